/**
 * Calendar arithmetic on plain year-month-day triples (proleptic Gregorian, UTC, no clock): ISO weeks, weekday
 * searches, adding days, months and years, and TIMEX3 value formatting.
 */

/** Is y-m-d a day of the Gregorian calendar? */
export function isValidDate(y: number, m: number, d: number): boolean {
  if (!(m >= 1 && m <= 12 && d >= 1)) return false;
  return d <= daysInMonth(y, m);
}

/** Milliseconds since 1970 of a UTC midnight; unlike Date.UTC's, the years 0 to 99 are those years, not 1900–1999. */
export function utc(y: number, monthIndex: number, d: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, monthIndex, d);
  return date.getTime();
}

/** The number of days of month m (from 1) of year y. */
export const daysInMonth = (y: number, m: number): number => new Date(utc(y, m, 0)).getUTCDate();

export interface Day {
  y: number;
  m: number;
  d: number;
}

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** "2023-09-12" → Day, or null when the string is not a real date. */
export function parseDay(s: string | null | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  if (!m) return null;
  const day = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return isValidDate(day.y, day.m, day.d) ? day : null;
}


const toUtc = (x: Day): number => utc(x.y, x.m - 1, x.d);
function fromUtc(t: number): Day {
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export const fmtDay = (x: Day): string => `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
export const fmtMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const fmtYear = (y: number): string => pad(y, 4);

export function addDays(x: Day, n: number): Day {
  return fromUtc(toUtc(x) + n * 86_400_000);
}

/** Add months, clamping the day to the target month's length. */
export function addMonths(x: Day, n: number): Day {
  const total = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(x: Day): number {
  const w = new Date(toUtc(x)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO week-numbering year and week. */
export function isoWeek(x: Day): { y: number; w: number } {
  const thursday = addDays(x, 4 - weekday(x));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const w = Math.floor((toUtc(thursday) - toUtc(jan1)) / 86_400_000 / 7) + 1;
  return { y: thursday.y, w };
}

export function fmtWeek(x: Day): string {
  const { y, w } = isoWeek(x);
  return `${pad(y, 4)}-W${pad(w)}`;
}

/** The given ISO weekday (1-7) on or before `x` (or strictly before when `strict`). */
export function weekdayOnOrBefore(x: Day, wd: number, strict = false): Day {
  let diff = (weekday(x) - wd + 7) % 7;
  if (strict && diff === 0) diff = 7;
  return addDays(x, -diff);
}

/** The given ISO weekday (1-7) on or after `x` (or strictly after when `strict`). */
export function weekdayOnOrAfter(x: Day, wd: number, strict = false): Day {
  let diff = (wd - weekday(x) + 7) % 7;
  if (strict && diff === 0) diff = 7;
  return addDays(x, diff);
}

/** Days since 1970-01-01 (negative before it): differences of two are day counts. */
export const dayNumber = (x: Day): number => toUtc(x) / 86_400_000;

export function compareDay(a: Day, b: Day): number {
  return toUtc(a) - toUtc(b);
}

/** The n-th (1-based; -1 = last) given weekday of a month: Thanksgiving is nthWeekday(y, 11, 4, 4). */
export function nthWeekday(y: number, m: number, wd: number, n: number): Day {
  if (n > 0) return addDays(weekdayOnOrAfter({ y, m, d: 1 }, wd), 7 * (n - 1));
  return weekdayOnOrBefore({ y, m, d: daysInMonth(y, m) }, wd);
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;
