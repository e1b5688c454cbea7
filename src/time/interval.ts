/**
 * The stretch of time a TIMEX3 calendar value denotes, as [start, end) in milliseconds of UTC: a year, a decade ("199"),
 * a century ("19"), a month, a season, a quarter, a half, an ISO week or its weekend, a day, a part of a day or a clock
 * time. Values with an X, durations and references (PAST_REF) denote no known stretch: null.
 *
 * Seasons are the meteorological ones of the northern hemisphere (summer is June to August; winter runs from December
 * into the next year's February); parts of day are morning 06–12, midday 11–13, afternoon 12–18, daytime 06–18,
 * evening 18–22 and night 21–06. Only the order they give matters: "2012-SU" starts before "2012-08".
 */
import { addDays, isValidDate, utc, weekday } from './calendar.js';

export interface TimeSpan {
  start: number;
  end: number;
}

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 24 * HOUR;

/** Midnight UTC of a calendar day (m from 1), for any year. */
const midnight = (y: number, m: number, d: number): number => utc(y, m - 1, d);
/** From the first day of (y, m) to the first day of the month `months` later. */
const months = (y: number, m: number, count: number): TimeSpan => ({ start: midnight(y, m, 1), end: midnight(y, m + count, 1) });

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const PART_OF_DAY: Record<string, [number, number]> = { MO: [6, 12], MI: [11, 13], AF: [12, 18], DT: [6, 18], EV: [18, 22], NI: [21, 30] };

/** A day, with an optional time part: "T10", "T10:30", "T10:30:15", or a part of day ("TMO"). */
function dayAndTime(y: number, m: number, d: number, time: string | undefined): TimeSpan | null {
  if (!isValidDate(y, m, d)) return null;
  const day = midnight(y, m, d);
  if (time === undefined) return { start: day, end: day + DAY };
  const part = PART_OF_DAY[time];
  if (part) return { start: day + part[0] * HOUR, end: day + part[1] * HOUR };
  const clock = /^(\d{2})(?::(\d{2})(?::(\d{2}))?)?$/.exec(time);
  if (!clock || +clock[1]! > 24 || +(clock[2] ?? 0) > 59 || +(clock[3] ?? 0) > 59) return null;
  const start = day + +clock[1]! * HOUR + +(clock[2] ?? 0) * MINUTE + +(clock[3] ?? 0) * 1000;
  const length = clock[3] !== undefined ? 1000 : clock[2] !== undefined ? MINUTE : HOUR;
  return { start, end: start + length };
}

const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => TimeSpan | null]> = [
  // a day, and perhaps its time: 2023-09-12, 2023-09-12TMO, 2023-09-12T10:30 (a zone suffix is ignored)
  [/^(\d{4})-(\d{2})-(\d{2})(?:T(MO|MI|AF|DT|EV|NI|\d{2}(?::\d{2}(?::\d{2})?)?)(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/, (m) => dayAndTime(+m[1]!, +m[2]!, +m[3]!, m[4])],
  [/^(\d{4})-(\d{2})$/, (m) => (+m[2]! >= 1 && +m[2]! <= 12 ? months(+m[1]!, +m[2]!, 1) : null)],
  [/^(\d{4})-(SP|SU|FA|WI)$/, (m) => months(+m[1]!, SEASON_START[m[2]!]!, 3)],
  [/^(\d{4})-Q([1-4])$/, (m) => months(+m[1]!, 3 * (+m[2]! - 1) + 1, 3)],
  [/^(\d{4})-H([12])$/, (m) => months(+m[1]!, 6 * (+m[2]! - 1) + 1, 6)],
  // an ISO week (week 1 holds January 4th), its weekend, or one of its days (2008-W35-3)
  [/^(\d{4})-W(\d{2})(?:-(WE|[1-7]))?$/, (m) => {
    if (+m[2]! < 1 || +m[2]! > 53) return null;
    const jan4 = { y: +m[1]!, m: 1, d: 4 };
    const monday = addDays(jan4, 1 - weekday(jan4) + 7 * (+m[2]! - 1));
    const start = midnight(monday.y, monday.m, monday.d);
    if (m[3] === 'WE') return { start: start + 5 * DAY, end: start + 7 * DAY };
    if (m[3] !== undefined) return { start: start + (+m[3] - 1) * DAY, end: start + +m[3] * DAY };
    return { start, end: start + 7 * DAY };
  }],
  [/^(\d{4})$/, (m) => months(+m[1]!, 1, 12)],
  [/^(\d{3})$/, (m) => months(+m[1]! * 10, 1, 120)],
  [/^(\d{2})$/, (m) => months(+m[1]! * 100, 1, 1200)],
];

export function timexSpan(value: string): TimeSpan | null {
  for (const [re, span] of PATTERNS) {
    const m = re.exec(value);
    if (m) return span(m);
  }
  return null;
}

/**
 * Time order of two TIMEX3 values: by the start of the stretch each denotes, then by its end (the shorter first);
 * values that denote no known stretch (X's, durations, PAST_REF) after all others, equal among themselves.
 */
export function compareTimex(a: string, b: string): number {
  const x = timexSpan(a);
  const y = timexSpan(b);
  if (!x || !y) return x ? -1 : y ? 1 : 0;
  return x.start - y.start || x.end - y.end;
}
