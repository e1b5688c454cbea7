/**
 * The article's own date, when its text carries one as a dateline: a line near the top that is only a date
 * ("December 10, 2013", "2013-12-10", "Tuesday, 12 September 2023"), possibly after a place ("LONDON, Dec. 10, 2013").
 */
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';
const LINE_PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => [number, number, number]]> = [
  [new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i'), (m) => [+m[3]!, MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, +m[2]!]],
  [new RegExp(`^${WEEKDAY}(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})$`, 'i'), (m) => [+m[3]!, MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, +m[1]!]],
  [/^(\d{4})-(\d{2})-(\d{2})$/, (m) => [+m[1]!, +m[2]!, +m[3]!]],
];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isValidDate(y: number, m: number, d: number): boolean {
  if (!(m >= 1 && m <= 12 && d >= 1)) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function findDateline(text: string): string | null {
  const lines = text.slice(0, 2000).split('\n').slice(0, 6);
  for (const raw of lines) {
    // a place before the date: "LONDON, December 10, 2013" or "LONDON (Reuters) -"
    const line = raw.trim().replace(/^[A-Z][A-Za-z .'-]{1,40}(?:\([^)]{1,30}\))?\s*[,—–-]\s+/, '').replace(/[.\s]+$/, '');
    for (const [re, get] of LINE_PATTERNS) {
      const m = line.match(re);
      if (!m) continue;
      const [y, mo, d] = get(m);
      if (isValidDate(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
    }
  }
  return null;
}
