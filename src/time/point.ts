/**
 * A resolved calendar point at some granularity (a day, an ISO week, a quarter…), the shifts that chains and deictic
 * expressions apply to it, and its TIMEX3 value.
 */
import { addDays, addMonths, type Day, fmtDay, fmtMonth, fmtWeek, fmtYear, isoWeek, pad, quarterOf } from './calendar.js';
import type { UnitName } from './lexicon.js';

export type Gran = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

export interface Point {
  gran: Gran;
  /** a day inside the point (its first day for months, quarters, years…) */
  day: Day;
  /** season code SP/SU/FA/WI when gran is season */
  season?: string;
  /** half 1 or 2 when gran is half */
  half?: number;
  /** appended to a day value: "TMO", "T15:00" */
  suffix?: string;
}

const GRAN_ORDER: Gran[] = ['day', 'week', 'weekend', 'month', 'quarter', 'half', 'season', 'year', 'decade', 'century'];
export const finer = (a: Gran, b: Gran): boolean => GRAN_ORDER.indexOf(a) < GRAN_ORDER.indexOf(b);

/**
 * The TIMEX3 value of a point. TIMEX3 writes a year in four digits: a point counted out of the years 0 to 9999 (a
 * hundred centuries before an early reference date) keeps its granularity but not its year ("XXXX-WXX").
 */
export function formatPoint(p: Point): string {
  const y = p.gran === 'week' || p.gran === 'weekend' ? isoWeek(p.day).y : p.day.y;
  if (y < 0 || y > 9999) return unresolved(p.gran) + (p.gran === 'day' ? (p.suffix ?? '') : '');
  return formatInRange(p);
}

function formatInRange(p: Point): string {
  const { y, m } = p.day;
  switch (p.gran) {
    case 'day': return fmtDay(p.day) + (p.suffix ?? '');
    case 'week': return fmtWeek(p.day);
    case 'weekend': return fmtWeek(p.day) + '-WE';
    case 'month': return fmtMonth(y, m);
    case 'quarter': return `${fmtYear(y)}-Q${quarterOf(m)}`;
    case 'half': return `${fmtYear(y)}-H${p.half ?? (m <= 6 ? 1 : 2)}`;
    case 'season': return `${fmtYear(y)}-${p.season ?? 'SU'}`;
    case 'year': return fmtYear(y);
    case 'decade': return pad(Math.floor(y / 10), 3);
    case 'century': return pad(Math.floor(y / 100), 2);
  }
}

/** The value of a point whose anchor is unknown: "XXXX-XX-XX", "XXXX-WXX"… */
export function unresolved(gran: Gran): string {
  switch (gran) {
    case 'day': return 'XXXX-XX-XX';
    case 'week': return 'XXXX-WXX';
    case 'weekend': return 'XXXX-WXX-WE';
    case 'month': return 'XXXX-XX';
    case 'quarter': return 'XXXX-QX';
    case 'half': return 'XXXX-HX';
    case 'season': return 'XXXX-XX';
    case 'year': return 'XXXX';
    case 'decade': return 'XXX';
    case 'century': return 'XX';
  }
}

export const at = (gran: Gran, day: Day, extra: Partial<Point> = {}): Point => ({ gran, day, ...extra });

/** Move a point by n units, keeping its granularity. */
export function shift(p: Point, n: number, unit: UnitName): Point {
  let day = p.day;
  switch (unit) {
    case 'second': case 'minute': case 'hour': break;
    case 'day': day = addDays(day, n); break;
    case 'week': day = addDays(day, 7 * n); break;
    case 'month': day = addMonths(day, n); break;
    case 'quarter': day = addMonths(day, 3 * n); break;
    case 'year': day = addMonths(day, 12 * n); break;
    case 'decade': day = addMonths(day, 120 * n); break;
    case 'century': day = addMonths(day, 1200 * n); break;
    case 'millennium': day = addMonths(day, 12000 * n); break;
  }
  const out: Point = { ...p, day };
  if (p.gran === 'day' && (unit === 'day' || unit === 'week')) return out;
  delete out.suffix;
  return out;
}
