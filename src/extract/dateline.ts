/**
 * The article's own date, when its text carries one as a dateline: a line near the top that is only a date
 * ("December 10, 2013", "2013-12-10", "Tuesday, 12 September 2023"), possibly after a place ("LONDON, Dec. 10, 2013").
 */
import { fmtDay, isValidDate } from '../time/calendar.js';
import { MONTH, WEEKDAY as WEEKDAY_NAME, monthNumber } from '../time/lexicon.js';

const MONTH_WORD = `(${MONTH})`;
const WEEKDAY = `(?:${WEEKDAY_NAME},?\\s+)?`;
const LINE_PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => [number, number, number]]> = [
  [new RegExp(`^${WEEKDAY}${MONTH_WORD}\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i'), (m) => [+m[3]!, monthNumber(m[1]!)!, +m[2]!]],
  [new RegExp(`^${WEEKDAY}(\\d{1,2})\\s+${MONTH_WORD},?\\s+(\\d{4})$`, 'i'), (m) => [+m[3]!, monthNumber(m[2]!)!, +m[1]!]],
  [/^(\d{4})-(\d{2})-(\d{2})$/, (m) => [+m[1]!, +m[2]!, +m[3]!]],
];

export function findDateline(text: string): string | null {
  const lines = text.slice(0, 2000).split('\n').slice(0, 6);
  for (const raw of lines) {
    // a place before the date: "LONDON, December 10, 2013" or "LONDON (Reuters) -"
    const line = raw.trim().replace(/^[A-Z][A-Za-z .'-]{1,40}(?:\([^)]{1,30}\))?\s*[,—–-]\s+/, '').replace(/[.\s]+$/, '');
    for (const [re, get] of LINE_PATTERNS) {
      const m = line.match(re);
      if (!m) continue;
      const [y, mo, d] = get(m);
      if (isValidDate(y, mo, d)) return fmtDay({ y, m: mo, d });
    }
  }
  return null;
}
