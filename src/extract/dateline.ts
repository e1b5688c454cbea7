/**
 * The article's own date, when its text carries one as a dateline near the top:
 * - on a line of its own: "December 10, 2013", "2013-12-10", "Tuesday, 12 September 2023", "LONDON, Dec. 10, 2013";
 * - inline, opening the lede: a place, the date, then a dash before the story ("LONDON, Dec. 10, 2013 — The talks…",
 *   "LONDON, Dec. 10, 2013 (Reuters) - …", "LONDON (AP), Dec. 10, 2013 -- …", "HALIFAX, Nova Scotia, March 4, 2024 — …").
 * A date inside an ordinary sentence is not a dateline: inline, the date must follow a place written as a name (every
 * word capitalized) and a comma at the start of the line, and be followed by a dash.
 */
import { fmtDay, isValidDate } from '../time/calendar.js';
import { MONTH, WEEKDAY as WEEKDAY_NAME, monthNumber } from '../time/lexicon.js';

type Ymd = [number, number, number];

/** A fragment of plain words in any case, inside a pattern that is otherwise case-sensitive: "dec" → "[dD][eE][cC]". */
const anyCase = (words: string): string => words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const MONTH_WORD = `(${anyCase(MONTH)})`;
const WEEKDAY = `(?:${anyCase(WEEKDAY_NAME)},?\\s+)?`;
/** The date itself, in the three written orders; each reads its match's groups from `at` on. */
const DATES: Array<[string, (m: RegExpMatchArray, at: number) => Ymd]> = [
  [`${WEEKDAY}${MONTH_WORD}\\s+(\\d{1,2}),?\\s+(\\d{4})`, (m, at) => [+m[at + 2]!, monthNumber(m[at]!)!, +m[at + 1]!]],
  [`${WEEKDAY}(\\d{1,2})\\s+${MONTH_WORD},?\\s+(\\d{4})`, (m, at) => [+m[at + 2]!, monthNumber(m[at + 1]!)!, +m[at]!]],
  ['(\\d{4})-(\\d{2})-(\\d{2})', (m, at) => [+m[at]!, +m[at + 1]!, +m[at + 2]!]],
];

/** A word of a place name as datelines write it: "LONDON", "Nova", "St.", "Port-au-Prince", "O'Hare". */
const NAME_WORD = "[A-Z][A-Za-z.'-]*";
const PLACE = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}(?:,\\s+${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})?`;
/** The agency in parentheses: "(Reuters)", "(AP)". */
const AGENCY = '(?:\\s*\\([^()\\n]{1,30}\\))?';
/** The dash between a dateline and the story: an em or en dash, one or two hyphens, or the wires' underscore. */
const DASH = '(?:—|–|--?|_)';

/** "LONDON, " or "LONDON (Reuters) - " before a date on a line of its own. */
const LINE_PREFIX = /^[A-Z][A-Za-z .'-]{1,40}(?:\([^)]{1,30}\))?\s*[,—–-]\s+/;

interface Pattern {
  re: RegExp;
  get: (m: RegExpMatchArray) => Ymd;
}
const ON_ITS_LINE: Pattern[] = DATES.map(([date, get]) => ({ re: new RegExp(`^${date}$`), get: (m) => get(m, 1) }));
// the place is read case-sensitively (a name), the date's words in any case
const INLINE: Pattern[] = DATES.map(([date, get]) => ({
  re: new RegExp(`^${PLACE}${AGENCY},\\s+${date}${AGENCY}\\s*${DASH}\\s+\\S`),
  get: (m) => get(m, 1),
}));

function dateOf(line: string, patterns: Pattern[]): string | null {
  for (const { re, get } of patterns) {
    const m = line.match(re);
    if (!m) continue;
    const [y, mo, d] = get(m);
    if (isValidDate(y, mo, d)) return fmtDay({ y, m: mo, d });
  }
  return null;
}

export function findDateline(text: string): string | null {
  const lines = text.slice(0, 2000).split('\n').slice(0, 6);
  for (const raw of lines) {
    const trimmed = raw.trim();
    const own = dateOf(trimmed.replace(LINE_PREFIX, '').replace(/[.\s]+$/, ''), ON_ITS_LINE);
    if (own) return own;
    const inline = dateOf(trimmed, INLINE);
    if (inline) return inline;
  }
  return null;
}
