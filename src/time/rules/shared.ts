/**
 * What the time rules share: small readers of a match (numbers, modifiers, two-digit years), the words around a date
 * that make it one, pattern fragments, clock times, and the day a time of day falls on.
 */
import { isValidDate, pad } from '../calendar.js';
import {
  PARTS_OF_DAY, POSITION_MOD, QUANT_MODS, WEEKDAY, monthNumber, positionMod, weekdayNumber,
} from '../lexicon.js';
import { at } from '../point.js';
import { bareWeekday, type Deadline, type Env, fromDct, monthDay, type Resolver } from '../resolve.js';
import type { TimexMod } from '../../schema.js';
import type { Draft, Groups, MatchCx } from './types.js';

export const num = (s: string | undefined): number => Number(s);
export const lc = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

export function mod(s: string | undefined): TimexMod | null {
  if (!s) return null;
  const m = QUANT_MODS[lc(s)] ?? positionMod(s);
  return (m as TimexMod | undefined) ?? null;
}

export function twoDigitYear(yy: number, env: Env | null): number {
  const base = env?.dct ? Math.floor(env.dct.y / 100) * 100 : 1900;
  const y = base + yy;
  return env?.dct && y > env.dct.y + 10 ? y - 100 : y;
}

/** Words after which a bare month or year is a date ("in April", "since 1991", "last May"). */
export const DATE_PREPS = new Set([
  'in', 'since', 'until', 'till', 'til', 'by', 'through', 'throughout', 'during', 'before', 'after', 'from', 'to', 'of', 'between',
  'and', 'or', 'on', 'for', 'early', 'late', 'mid', 'last', 'this', 'next', 'each', 'every', 'around', 'into', 'than', 'as',
  'about', 'past', 'that', 'until', 'circa', 'ca', 'spring', 'summer', 'fall', 'autumn', 'winter', 'fiscal', 'year', 'end',
  'beginning', 'middle', 'start', 'the', 'at', 'within', 'toward', 'towards', 'against', 'over', 'then', 'starting', 'ending',
  'ended', 'beginning', 'effective', 'dated', 'born', 'calendar', 'versus', 'vs', 'like', 'later', 'earlier', 'whereas', 'while',
]);

/** Words before a date that make it a deadline or a start ahead of the article: "effective Feb. 1", "until May". */
export const FORWARD = /^(effective|until|till|til|starting|beginning|by|expires?|expiring|due)$/;

/** Words before a weekday or clock time that make it a deadline ahead: "until Tuesday", "by 5 p.m. Friday". */
export function deadline(word: string): Deadline {
  return /^(until|till|til|as)$/.test(word) ? 'until' : word === 'by' ? 'by' : null;
}

/** Words after which a bare month name is the month ("in April", "last May"); not "the" ("the March for Peace"). */
export const MONTH_PREPS = new Set([...DATE_PREPS].filter((w) => !['the', 'fiscal', 'year', 'end', 'beginning', 'middle', 'start', 'calendar', 'like', 'spring', 'summer', 'fall', 'autumn', 'winter'].includes(w)));

/** Pattern fragments: a day of the month, a four-digit year, a weekday before a date, a position ("early", "the end of"). */
export const D = '(?<d>[0-3]?\\d)(?:st|nd|rd|th)?';
export const Y4 = '(?<y>1\\d{3}|20\\d{2})';
export const WD_OPT = `(?:(?<wd>${WEEKDAY}),?\\s+)?`;
export const POS = `(?:(?<pos>${POSITION_MOD})\\s*)?`;

export function dayDraft(y: number, m: number, d: number, suffix = ''): Draft | null {
  if (!isValidDate(y, m, d)) return null;
  return { type: suffix ? 'TIME' : 'DATE', value: at('day', { y, m, d }, suffix ? { suffix } : {}) };
}

export const REL_DIR: Record<string, -1 | 0 | 1> = {
  last: -1, past: -1, previous: -1, 'the past': -1, 'the last': -1, 'this past': -1, 'the previous': -1, 'the preceding': -1,
  this: 0, current: 0, 'the current': 0, 'this current': 0, present: 0, 'the present': 0,
  next: 1, coming: 1, 'the coming': 1, 'this coming': 1, 'the upcoming': 1, upcoming: 1,
};
export const REL = '(?:this past|this coming|the past|the last|the previous|the preceding|the current|the coming|the upcoming|last|past|previous|this|current|next|coming|upcoming)';

export function partOfDayCode(s: string | undefined): string {
  return s ? PARTS_OF_DAY[lc(s)] ?? '' : '';
}

export function clockValue(hs: string, mis: string | undefined, ap: string | undefined): string | null {
  let h = num(hs);
  const mi = mis ? num(mis) : 0;
  if (h > 24 || mi > 59) return null;
  const a = lc(ap).replace(/\./g, '');
  if (a === 'pm' && h < 12) h += 12;
  if (a === 'am' && h === 12) h = 0;
  if (!a && (h > 24 || hs.length < 2)) return null;
  return `T${pad(h)}:${pad(mi)}`;
}

/** A day named next to a clock time or part of day: a weekday, today/yesterday/tomorrow, or a month-day. */
export function dayResolver(g: Groups, suffix: string, before: Deadline = null): Resolver | null {
  if (g.wd) return bareWeekday(weekdayNumber(g.wd)!, suffix, before);
  if (g.dw) {
    const n = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 }[lc(g.dw)] ?? 0;
    return fromDct(n, 'day', 'day', { suffix });
  }
  if (g.month && g.d) return monthDay(monthNumber(g.month)!, num(g.d), suffix);
  return null;
}

/** A capitalized time word inside a sentence is part of a name: the programme "This Week", the paper "USA Today". */
export function titleCased(cx: MatchCx): boolean {
  const span = cx.text.slice(cx.start, cx.end);
  // a sentence may open with a quotation mark (``Today, …): that is still its start
  const opensSentence = cx.start === 0 || /(?:^|[.!?\n])\s*(?:["'`\u201c]+\s*)?$/.test(cx.text.slice(Math.max(0, cx.start - 5), cx.start));
  return !opensSentence && /^\p{Lu}/u.test(span) && span.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
}

/** A time of day on the day the text is talking about: the last day mentioned, else the article's. */
export const onTheDay = (suffix: string): Resolver => (env) => {
  const base = env.last?.gran === 'day' ? env.last.day : env.dct;
  return base ? at('day', base, { suffix }) : `XXXX-XX-XX${suffix}`;
};
