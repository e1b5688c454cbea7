/**
 * Anchoring: how a relative expression gets its value from the article date (dct), the tense of its clause and the
 * last date the text mentioned. News conventions (as in TimeML and HeidelTime's news mode): a bare weekday or month is
 * the latest one on or before the dct in a past or present clause and the next one in a future clause; chains ("a year
 * earlier", "the next day", "that month") move from the last date mentioned, or from the dct when there is none.
 */
import {
  addDays, compareDay, type Day, daysInMonth, isValidDate, pad, quarterOf, weekday, weekdayOnOrAfter, weekdayOnOrBefore,
} from './calendar.js';
import { at, formatPoint, type Gran, type Point, shift, unresolved } from './point.js';
import type { Tense } from './tense.js';
import type { UnitName } from './lexicon.js';

export interface Env {
  dct: Day | null;
  tense: Tense | null;
  /** the last date or time the text mentioned before this expression (explicit or resolved) */
  last: Point | null;
  /** the last quarter mentioned */
  lastQuarter: Point | null;
  /** the clause is a past perfect ("had filed"): about a time before the one it reports */
  pastPerfect?: boolean;
  /**
   * A future seen from the past ("would reopen") in a sentence that dates its report before the dct ("said Friday"):
   * that day, from which the future looks ahead.
   */
  reportDay?: Day | null;
  /**
   * The period under report is a span of the year to date ("For the nine months, net rose …"), named after the last
   * quarter mentioned: a comparison with a year earlier is then with the year before, not with one of its quarters.
   */
  yearToDate?: boolean;
}

/** A resolver gives a point (which may anchor later chains), a plain value, or null to drop the expression. */
export type Resolver = (env: Env) => Point | string | null;


const DAY_MS = 86_400_000;
const daysBetween = (a: Day, b: Day): number => Math.round(compareDay(a, b) / DAY_MS);

/**
 * The year for a month-day or a month without one. The dct's year, unless that puts it far on the wrong side of the dct
 * for the clause's tense: a past clause takes the year before when the date would be more than two months ahead, a
 * future clause the year after when it would be more than a month behind; without a tense both limits are wider.
 */
export function yearFor(dct: Day, tense: Tense | null, m: number, d: number | null): number {
  const y = dct.y;
  const first: Day = { y, m, d: d ?? 1 };
  const last: Day = { y, m, d: d ?? daysInMonth(y, m) };
  const ahead = daysBetween(first, dct);
  const behind = daysBetween(dct, last);
  if (tense === 'future') return behind > 31 ? y + 1 : y;
  if (tense === 'past') return ahead > 62 ? y - 1 : y;
  if (ahead > 122) return y - 1;
  if (behind > 244) return y + 1;
  return y;
}

/** A month and day without a year ("Sept. 30"). */
export const monthDay = (m: number, d: number, suffix = '', wd?: number, forward = false): Resolver => (env) => {
  if (!env.dct) return `XXXX-${pad(m)}-${pad(d)}${suffix}`;
  let y = yearFor(env.dct, forward ? 'future' : env.tense, m, d);
  // "Saturday, April 25": the year in which that day is that weekday, if one is near
  if (wd) for (const c of [env.dct.y, env.dct.y - 1, env.dct.y + 1]) if (isValidDate(c, m, d) && weekday({ y: c, m, d }) === wd) { y = c; break; }
  if (!isValidDate(y, m, d)) return null;
  return at('day', { y, m, d }, suffix ? { suffix } : {});
};

/** A month without a year ("in April"). */
export const bareMonth = (m: number, forward = false): Resolver => (env) => {
  if (!env.dct) return `XXXX-${pad(m)}`;
  return at('month', { y: yearFor(env.dct, forward ? 'future' : env.tense, m, null), m, d: 1 });
};

/** "last April", "next March", "this September". */
export const relMonth = (m: number, dir: -1 | 0 | 1): Resolver => (env) => {
  if (!env.dct) return `XXXX-${pad(m)}`;
  let y = env.dct.y;
  // "this September" is this year's
  if (dir < 0 && m >= env.dct.m) y--;
  if (dir > 0 && m <= env.dct.m) y++;
  return at('month', { y, m, d: 1 });
};

/**
 * How a word before a date bears on its direction: `until` ("until Friday", "as soon as Friday") looks ahead unless the
 * clause is a past perfect ("had not called him a suspect until Thursday"); `by` ("by Friday") looks ahead unless the
 * clause is in the past ("had filed reports by Wednesday").
 */
export type Deadline = 'until' | 'by' | null;

function deadlineAhead(deadline: Deadline | boolean, env: Env): boolean {
  if (deadline === 'until') return !env.pastPerfect;
  if (deadline === 'by') return env.tense !== 'past';
  return deadline === true;
}

/** A bare weekday: the latest on or before the dct, or the next on or after it in a future clause or after a deadline word. */
export const bareWeekday = (wd: number, suffix = '', deadline: Deadline | boolean = null): Resolver => (env) => {
  if (!env.dct) return `XXXX-WXX-${wd}${suffix}`;
  const ahead = deadlineAhead(deadline, env) || env.tense === 'future';
  // "the minister said Friday he would leave Saturday": the Saturday after that Friday
  const from = ahead && env.tense === 'future' && env.reportDay ? env.reportDay : env.dct;
  const day = ahead ? weekdayOnOrAfter(from, wd) : weekdayOnOrBefore(env.dct, wd);
  return at('day', day, suffix ? { suffix } : {});
};

/** "last Friday" (strictly before), "next Friday" (strictly after), "this Friday" (by tense, within a week). */
export const relWeekday = (wd: number, dir: -1 | 0 | 1, suffix = ''): Resolver => (env) => {
  if (!env.dct) return `XXXX-WXX-${wd}${suffix}`;
  let day: Day;
  if (dir < 0) day = weekdayOnOrBefore(env.dct, wd, true);
  else if (dir > 0) day = weekdayOnOrAfter(env.dct, wd, true);
  else day = env.tense === 'past' ? weekdayOnOrBefore(env.dct, wd) : weekdayOnOrAfter(env.dct, wd);
  return at('day', day, suffix ? { suffix } : {});
};

/** "the previous Friday", "the following Monday": from the last mentioned day. */
export const chainWeekday = (wd: number, dir: -1 | 1): Resolver => (env) => {
  const base = env.last?.gran === 'day' ? env.last.day : env.dct;
  if (!base) return `XXXX-WXX-${wd}`;
  return at('day', dir < 0 ? weekdayOnOrBefore(base, wd, true) : weekdayOnOrAfter(base, wd, true));
};

/** The dct, shifted by n units, at a granularity ("last month", "four years ago", "yesterday"). */
export const fromDct = (n: number, unit: UnitName, gran: Gran, extra: Partial<Point> = {}): Resolver => (env) => {
  if (!env.dct) return unresolvedRelative(gran, extra);
  const p = shift(at('day', env.dct), n, unit);
  return { ...at(gran, p.day), ...extra };
};

/**
 * "last week": the week before the dct's, except on a Sunday, when a report's "last week" is the one ending that day
 * (the Monday to Saturday just past).
 */
export const lastWeek: Resolver = (env) => {
  if (env.dct && weekday(env.dct) === 7) return at('week', env.dct);
  return fromDct(-1, 'week', 'week')(env);
};

function unresolvedRelative(gran: Gran, extra: Partial<Point>): string {
  if (gran === 'day' && extra.suffix) return `XXXX-XX-XX${extra.suffix}`;
  if (gran === 'season' && extra.season) return `XXXX-${extra.season}`;
  return unresolved(gran);
}

/** A season relative to the dct: dir -1 the last one before the current, 0 this year's, 1 the next one. */
export const relSeason = (code: string, dir: -1 | 0 | 1): Resolver => (env) => {
  if (!env.dct) return `XXXX-${code}`;
  const order = ['SP', 'SU', 'FA', 'WI'];
  const firstMonth = [3, 6, 9, 12];
  const dm = env.dct.m;
  // winter belongs to the year of its December
  const curIdx = dm === 12 || dm <= 2 ? 3 : Math.floor(dm / 3) - 1;
  const curYear = dm <= 2 ? env.dct.y - 1 : env.dct.y;
  const curKey = curYear * 4 + curIdx;
  const idx = order.indexOf(code);
  let y = curYear;
  if (dir < 0) y = curYear * 4 + idx < curKey ? curYear : curYear - 1;
  else if (dir > 0) y = curYear * 4 + idx > curKey ? curYear : curYear + 1;
  return at('season', { y, m: firstMonth[idx]!, d: 1 }, { season: code });
};

/** A chain: the last mentioned point (or the dct) moved by n units, at the anchor's granularity or a given one. */
export const chain = (n: number, unit: UnitName, gran?: Gran, opts: { needAnchor?: boolean } = {}): Resolver => (env) => {
  const base: Point | null = env.last ?? (env.dct && !opts.needAnchor ? at('day', env.dct) : null);
  if (!base) return gran ? unresolved(gran) : null;
  let p = shift(base, n, unit);
  if (gran && gran !== p.gran) {
    const order: Gran[] = ['day', 'week', 'weekend', 'month', 'quarter', 'half', 'season', 'year', 'decade', 'century'];
    // a chain cannot be finer than its anchor: "the next day" after "in April" stays a month-level guess
    if (order.indexOf(gran) < order.indexOf(p.gran)) return formatPoint({ ...p, suffix: undefined }) + (gran === 'day' && p.gran === 'month' ? '-XX' : '');
    p = { gran, day: p.day };
  }
  return p;
};

/** The year before the one under report, when that is a span of the year to date (see `Env.yearToDate`). */
export const yearBeforeReport = (env: Env): Point | null => {
  if (!env.yearToDate) return null;
  const base = env.lastQuarter?.day ?? env.dct;
  return base ? at('year', { y: base.y - 1, m: 1, d: 1 }) : null;
};

/** "a year ago" in a report about a quarter means that quarter a year earlier; else the year. */
export const yearAgo = (n: number): Resolver => (env) => {
  if (n === 1 && env.yearToDate) return yearBeforeReport(env);
  if (env.lastQuarter) return shift(env.lastQuarter, -n, 'year');
  if (!env.dct) return 'XXXX';
  return at('year', { y: env.dct.y - n, m: 1, d: 1 });
};

/** A quarter with a known ordinal but maybe no year: the dct's year, or the year before when it has not begun yet. */
export const quarterOfYear = (q: number, yearShift = 0): Resolver => (env) => {
  if (!env.dct) return `XXXX-Q${q}`;
  let y = env.dct.y + yearShift;
  if (yearShift === 0 && env.tense !== 'future' && (q - 1) * 3 + 1 > env.dct.m) y--;
  return at('quarter', { y, m: (q - 1) * 3 + 1, d: 1 });
};

/** "the quarter", "the latest quarter": the last quarter mentioned, else the last complete one before the dct. */
export const currentReportQuarter = (yearShift = 0): Resolver => (env) => {
  let p: Point | null = env.lastQuarter;
  if (env.dct) {
    const q = quarterOf(env.dct.m);
    const completed = shift(at('quarter', { y: env.dct.y, m: (q - 1) * 3 + 1, d: 1 }), -1, 'quarter');
    // a quarter that has not ended yet is not the one being reported
    if (!p || compareDay(p.day, completed.day) > 0) p = completed;
  }
  if (!p) return 'XXXX-QX';
  return yearShift ? shift(p, yearShift, 'year') : p;
};

/** "the weekend" (the latest one in a past clause, else the coming one), "last weekend", "next weekend". */
export const theWeekend = (dir: -1 | 0 | 1 | null): Resolver => (env) => {
  if (!env.dct) return 'XXXX-WXX-WE';
  const monday = addDays(env.dct, 1 - weekday(env.dct));
  let sat: Day;
  if (dir === -1) sat = addDays(monday, -2);
  else if (dir === 1) sat = addDays(monday, 12);
  else if (dir === 0) sat = addDays(monday, 5);
  else sat = env.tense === 'future' ? weekdayOnOrAfter(env.dct, 6) : weekday(env.dct) === 7 ? addDays(env.dct, -1) : weekdayOnOrBefore(env.dct, 6);
  return at('weekend', sat);
};
