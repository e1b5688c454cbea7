/**
 * The time-expression rules, as data: each rule has a name, a pattern (a regular-expression source built from the word
 * tables, matched case-insensitively against a sentence, with named groups) and a builder that turns a match into a
 * draft TIMEX3 (type, value or resolver, mod), or rejects it. Patterns are alternations of words with optional parts
 * and no nested quantifiers, so each runs in linear time.
 */
import type { Token } from '../nlp/document.js';
import type { TimexMod, TimexType } from '../schema.js';
import { type Day, isValidDate, pad } from './calendar.js';
import {
  COUNT, DECADE_WORDS, HOLIDAY, MONTH, ORDINAL, PART_OF_DAY, PARTS_OF_DAY, POSITION_MOD, QUANT_MOD, QUANT_MODS, SEASON,
  SEASONS, SPELLED_YEAR, UNIT, WEEKDAY, WEEKDAY_PLURAL, ZONE, countValue, durationValue, isFortnight, monthNumber,
  ordinalValue, positionMod, spelledYearValue, unitName, weekdayNumber, type UnitName,
} from './lexicon.js';
import { at, finer, type Point } from './point.js';
import {
  bareMonth, bareWeekday, chain, type Deadline, chainWeekday, currentReportQuarter, type Env, fromDct, monthDay, quarterOfYear, relMonth,
  relSeason, relWeekday, type Resolver, theWeekend, yearAgo, yearFor,
} from './resolve.js';
import { addDays, easter, nthWeekday, quarterOf } from './calendar.js';

export interface Draft {
  type: TimexType;
  value: string | Point | Resolver;
  mod?: TimexMod | null;
  /** false when the value is derived from another date ("a year earlier") and must not anchor later chains */
  anchor?: boolean;
  /** trim the match: characters to drop at the start and the end */
  trimStart?: number;
  trimEnd?: number;
}

export interface MatchCx {
  /** the whole document text and the match's absolute offsets */
  text: string;
  start: number;
  end: number;
  /** lower-case word just before and just after the match ('' at the edges) */
  prevWord: string;
  nextWord: string;
  /** the token that starts at an absolute offset, if any */
  tokenAt(offset: number): Token | undefined;
  /** the first token after the match */
  nextToken: Token | undefined;
  /** the token just before the match */
  prevToken: Token | undefined;
  /** a few tokens after the match, in order */
  after: readonly Token[];
}

export type Groups = Record<string, string | undefined>;

export interface Rule {
  name: string;
  pattern: string;
  /** the rule reads numbers glued to other numbers itself ("2009-2010"); the generic guard is off */
  glued?: boolean;
  /** a draft, several drafts for several expressions in one match ("1957-58"), or null to reject */
  make(g: Groups, cx: MatchCx): Draft | Draft[] | null;
}

const num = (s: string | undefined): number => Number(s);
const lc = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

function mod(s: string | undefined): TimexMod | null {
  if (!s) return null;
  const m = QUANT_MODS[lc(s)] ?? positionMod(s);
  return (m as TimexMod | undefined) ?? null;
}

function twoDigitYear(yy: number, env: Env | null): number {
  const base = env?.dct ? Math.floor(env.dct.y / 100) * 100 : 1900;
  const y = base + yy;
  return env?.dct && y > env.dct.y + 10 ? y - 100 : y;
}

/** What follows "the quarter" when the text names its last day: " ended Sept. 30", " ending June 30". */
const QUARTER_ENDED = new RegExp(`^\\s+(?:ended|ending)\\s+(${MONTH})\\s*(\\d{1,2})(?!\\d)`, 'i');

/** Words after which a bare month or year is a date ("in April", "since 1991", "last May"). */
export const DATE_PREPS = new Set([
  'in', 'since', 'until', 'till', 'til', 'by', 'through', 'throughout', 'during', 'before', 'after', 'from', 'to', 'of', 'between',
  'and', 'or', 'on', 'for', 'early', 'late', 'mid', 'last', 'this', 'next', 'each', 'every', 'around', 'into', 'than', 'as',
  'about', 'past', 'that', 'until', 'circa', 'ca', 'spring', 'summer', 'fall', 'autumn', 'winter', 'fiscal', 'year', 'end',
  'beginning', 'middle', 'start', 'the', 'at', 'within', 'toward', 'towards', 'against', 'over', 'then', 'starting', 'ending',
  'ended', 'beginning', 'effective', 'dated', 'born', 'calendar', 'versus', 'vs', 'like', 'later', 'earlier', 'whereas', 'while',
]);

/** Words before a date that make it a deadline or a start ahead of the article: "effective Feb. 1", "until May". */
const FORWARD = /^(effective|until|till|til|starting|beginning|by|expires?|expiring|due)$/;

/** Words before a weekday or clock time that make it a deadline ahead: "until Tuesday", "by 5 p.m. Friday". */
function deadline(word: string): Deadline {
  return /^(until|till|til|as)$/.test(word) ? 'until' : word === 'by' ? 'by' : null;
}

/** Nouns a number counts, so "1991 cars" is not a year; a singular noun after a year is fine ("the 1990 budget"). */
const AMOUNT_WORDS = new Set(['percent', 'per', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'points', 'point', 'shares', 'people', 'troops', 'miles', 'kilometers', 'feet', 'meters', 'tons', 'dollars', 'yen', 'marks', 'francs', 'pounds']);

/** Words after which a bare month name is the month ("in April", "last May"); not "the" ("the March for Peace"). */
const MONTH_PREPS = new Set([...DATE_PREPS].filter((w) => !['the', 'fiscal', 'year', 'end', 'beginning', 'middle', 'start', 'calendar', 'like', 'spring', 'summer', 'fall', 'autumn', 'winter'].includes(w)));

function yearOk(cx: MatchCx, y: number): boolean {
  if (y < 1000 || y > 2100) return false;
  // old years need a date context: "in 1492", "since 1066"; "1500 troops", "at 1600 Pennsylvania Avenue" are not years
  if (y < 1800 && !/^(in|since|by|of|from|until|till|before|after|circa|ca|around|year|about|early|late|mid|between|and|to|through)$/.test(cx.prevWord)) return false;
  // a score or a tally: "a vote of 2004 to 11"
  if (/^\s+(?:to|-)\s+\d{1,3}(?!\d)/.test(cx.text.slice(cx.end, cx.end + 10))) return false;
  const t = cx.nextToken;
  const next = cx.nextWord;
  if (AMOUNT_WORDS.has(next)) return false;
  const determiner = /^(the|a|an|its|his|her|their|our|this|that|these|those|of|in|since|by|before|after|until|from)$/.test(cx.prevWord);
  if (!determiner && t && t.start - cx.end <= 1 && t.tags.has('Plural') && !t.tags.has('Date') && !/^(and|or)$/.test(next)) return false;
  // "No. 1991", "Flight 1991", "Route 2000", "at 1200 hours"
  if (/^(no|number|flight|route|room|suite|box|model|version|v|apt|unit|highway|interstate|channel|page|pages|rule|article|section|chapter|hours|game|bill|resolution)$/.test(cx.prevWord)) return false;
  return true;
}

// ---------------------------------------------------------------- patterns
const D = '(?<d>[0-3]?\\d)(?:st|nd|rd|th)?';
const Y4 = '(?<y>1\\d{3}|20\\d{2})';
const WD_OPT = `(?:(?<wd>${WEEKDAY}),?\\s+)?`;
const POS = `(?:(?<pos>${POSITION_MOD})\\s*)?`;

function dayDraft(y: number, m: number, d: number, suffix = ''): Draft | null {
  if (!isValidDate(y, m, d)) return null;
  return { type: suffix ? 'TIME' : 'DATE', value: at('day', { y, m, d }, suffix ? { suffix } : {}) };
}

const REL_DIR: Record<string, -1 | 0 | 1> = {
  last: -1, past: -1, previous: -1, 'the past': -1, 'the last': -1, 'this past': -1, 'the previous': -1, 'the preceding': -1,
  this: 0, current: 0, 'the current': 0, 'this current': 0, present: 0, 'the present': 0,
  next: 1, coming: 1, 'the coming': 1, 'this coming': 1, 'the upcoming': 1, upcoming: 1,
};
const REL = '(?:this past|this coming|the past|the last|the previous|the preceding|the current|the coming|the upcoming|last|past|previous|this|current|next|coming|upcoming)';

function partOfDay(s: string | undefined): string {
  return s ? PARTS_OF_DAY[lc(s)] ?? '' : '';
}

function clock(hs: string, mis: string | undefined, ap: string | undefined): string | null {
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
function dayResolver(g: Groups, suffix: string, before: Deadline = null): Resolver | null {
  if (g.wd) return bareWeekday(weekdayNumber(g.wd)!, suffix, before);
  if (g.dw) {
    const n = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 }[lc(g.dw)] ?? 0;
    return fromDct(n, 'day', 'day', { suffix });
  }
  if (g.month && g.d) return monthDay(monthNumber(g.month)!, num(g.d), suffix);
  return null;
}

/** The rules, longest forms first where it matters; the extractor prefers the longest match anyway. */
export const RULES: Rule[] = [
  {
    name: 'iso-date',
    pattern: `(?<y>\\d{4})-(?<mo>[01]\\d)-(?<d>[0-3]\\d)(?:T(?<h>[0-2]\\d):(?<mi>[0-5]\\d))?`,
    make: (g) => dayDraft(num(g.y), num(g.mo), num(g.d), g.h ? `T${g.h}:${g.mi}` : ''),
  },
  {
    name: 'numeric-date',
    pattern: `(?<mo>[01]?\\d)/(?<d>[0-3]?\\d)/(?<y>\\d{4}|\\d{2})(?![/\\d])`,
    make: (g) => {
      const y = g.y!.length === 2 ? (num(g.y) > 30 ? 1900 : 2000) + num(g.y) : num(g.y);
      return dayDraft(y, num(g.mo), num(g.d));
    },
  },
  {
    name: 'month-day-year',
    pattern: `${WD_OPT}(?<month>${MONTH})\\s*${D},?\\s+(?:(?<y>\\d{4})|'(?<yy>\\d{2}))`,
    make: (g) => {
      const y = g.y ? num(g.y) : twoDigitYear(num(g.yy), null);
      return dayDraft(y, monthNumber(g.month!)!, num(g.d));
    },
  },
  {
    name: 'day-month-year',
    pattern: `${WD_OPT}(?:the\\s+)?${D}\\s+(?:of\\s+)?(?<month>${MONTH}),?\\s+${Y4}`,
    make: (g) => dayDraft(num(g.y), monthNumber(g.month!)!, num(g.d)),
  },
  {
    name: 'clock',
    pattern: `(?:(?<qm>about|around|approximately|shortly after|shortly before|just after|just before)\\s+)?(?:(?<h>[0-2]?\\d)(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)|(?<noon>noon|midnight|midday))(?:\\s+(?<zone>${ZONE}))?(?:,?\\s+(?:(?<wd>${WEEKDAY})|(?<dw>today|yesterday|tomorrow)|(?<month>${MONTH})\\s*${D}))?`,
    make: (g, cx) => {
      let t: string | null;
      // "High Noon", "high noon": a title and an idiom
      if (g.noon && (cx.prevWord === 'high' || (/^[A-Z]/.test(g.noon) && titleCased(cx)))) return null;
      if (g.noon) t = lc(g.noon) === 'midnight' ? 'T24:00' : 'T12:00';
      else t = clock(g.h!, g.mi, g.ap);
      if (!t) return null;
      // "am" is a verb far more often than a clock suffix: need digits glued or a known time context
      if (g.ap && /^am$/i.test(g.ap) && !/\d\s?am/i.test(cx.text.slice(cx.start, cx.end))) return null;
      const qm = g.qm && /^(about|around|approximately)$/i.test(g.qm) ? 'APPROX' : null;
      // "until 9 a.m. Tuesday": a deadline ahead, as for a bare weekday
      const explicit = dayResolver(g, t, g.qm ? null : deadline(cx.prevWord));
      const value: Resolver = explicit ?? ((env) => {
        const base = env.last?.gran === 'day' ? env.last.day : env.dct;
        return base ? at('day', base, { suffix: t! }) : `XXXX-XX-XX${t}`;
      });
      return { type: 'TIME', value, mod: qm as TimexMod | null };
    },
  },
  {
    name: 'clock-part-of-day',
    pattern: `(?<h>1[0-2]|[1-9])(?::(?<mi>[0-5]\\d))?\\s+(?:o'clock\\s+)?in\\s+the\\s+(?<pod>morning|afternoon|evening)`,
    make: (g, cx) => {
      // "at 4 in the morning": a clock time; "2 in the afternoon session" is not
      if (!/^(at|by|until|till|before|after|around|about|from|to|since)$/.test(cx.prevWord)) return null;
      const t = clock(g.h!, g.mi, lc(g.pod) === 'morning' ? 'am' : 'pm');
      if (!t) return null;
      const value: Resolver = (env) => {
        const base = env.last?.gran === 'day' ? env.last.day : env.dct;
        return base ? at('day', base, { suffix: t }) : `XXXX-XX-XX${t}`;
      };
      return { type: 'TIME', value };
    },
  },
  {
    name: 'part-of-day',
    pattern: `(?<=\\b(?:in|during)\\s)the\\s+(?<pod>morning|afternoon|evening)|(?<=\\b(?:by|at|in|until|since|around|about)\\s)(?<mid>mid[- ]?(?:afternoon|morning))`,
    make: (g, cx) => {
      // "the morning of Oct. 23", "the morning after the vote": another anchor follows
      if (/^(of|after|before|when|that|session|sessions|paper|papers|edition|editions|news|shift|rush|trading)$/.test(cx.nextWord)) return null;
      const suffix = g.pod ? PARTS_OF_DAY[lc(g.pod)]! : /morning/i.test(g.mid!) ? 'TMO' : 'TAF';
      // the day the text is talking about: the last day mentioned, else the article's
      const value: Resolver = (env) => {
        const base = env.last?.gran === 'day' ? env.last.day : env.dct;
        return base ? at('day', base, { suffix }) : `XXXX-XX-XX${suffix}`;
      };
      return { type: 'TIME', value };
    },
  },
  {
    name: 'month-day-pair',
    glued: true,
    pattern: `(?<month>${MONTH})\\s*(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?<sep>\\s*(?:and|or|to|through|-|–)\\s*)(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?(?=\\s*(?:[,.;:)]|$)|\\s+(?:in|at|on|when|this|next|last|of|and|with|for)\\b)`,
    make: (g, cx) => {
      // "April 24 and 25": two days, each its own expression (TimeML tags each)
      const m = monthNumber(g.month!)!;
      const d1 = num(g.d);
      const d2 = num(g.d2);
      if (!(d1 >= 1 && d2 <= 31 && d2 > d1)) return null;
      if (/^(may|march)$/i.test(g.month!) && cx.prevWord === 'i') return null;
      const first = g.month!.length + cx.text.slice(cx.start + g.month!.length, cx.end).indexOf(g.d!) + g.d!.length;
      const len = cx.end - cx.start;
      const secondAt = len - (cx.text.slice(cx.start, cx.end).length - cx.text.slice(cx.start, cx.end).lastIndexOf(g.d2!));
      const forward = FORWARD.test(cx.prevWord);
      return [
        { type: 'DATE', value: monthDay(m, d1, '', undefined, forward), trimEnd: len - first },
        { type: 'DATE', value: monthDay(m, d2, '', undefined, forward), trimStart: secondAt },
      ];
    },
  },
  {
    name: 'month-day',
    pattern: `${WD_OPT}(?<month>${MONTH})\\s*(?:${D}|(?:the\\s+)?(?<od>${ORDINAL}))(?!\\s*(?:%|percent))`,
    make: (g, cx) => {
      const m = monthNumber(g.month!)!;
      const d = g.d ? num(g.d) : ordinalValue(g.od!) ?? 0;
      if (!(d >= 1 && d <= 31)) return null;
      // "May 5" needs "May" to be the month; "March 12" likewise
      if (/^(may|march)$/i.test(g.month!) && cx.prevWord === 'i') return null;
      return { type: 'DATE', value: monthDay(m, d, '', g.wd ? weekdayNumber(g.wd) : undefined, FORWARD.test(cx.prevWord)) };
    },
  },
  {
    name: 'day-month',
    pattern: `${WD_OPT}(?:the\\s+)?${D}\\s+(?:of\\s+)?(?<month>january|february|march|april|may|june|july|august|september|october|november|december)`,
    make: (g, cx) => {
      if (/^[\d$]/.test(cx.prevWord)) return null;
      const d = num(g.d);
      if (!(d >= 1 && d <= 31)) return null;
      return { type: 'DATE', value: monthDay(monthNumber(g.month!)!, d) };
    },
  },
  {
    name: 'month-year',
    pattern: `${POS}(?<month>${MONTH}),?\\s+(?:of\\s+)?(?:${Y4}|'(?<yy>\\d{2})(?!\\w))`,
    make: (g) => {
      const y = g.y ? num(g.y) : twoDigitYear(num(g.yy), null);
      return { type: 'DATE', value: at('month', { y, m: monthNumber(g.month!)!, d: 1 }), mod: mod(g.pos) };
    },
  },
  {
    name: 'month-rel-year',
    pattern: `${POS}(?<month>${MONTH})\\s+(?:of\\s+)?(?<rel>this|last|next)\\s+year`,
    make: (g) => {
      const m = monthNumber(g.month!)!;
      const n = { this: 0, last: -1, next: 1 }[lc(g.rel)] ?? 0;
      const value: Resolver = (env) => (env.dct ? at('month', { y: env.dct.y + n, m, d: 1 }) : `XXXX-${pad(m)}`);
      return { type: 'DATE', value, mod: mod(g.pos) };
    },
  },
  {
    name: 'month',
    pattern: `(?:(?<rel>last|this|next|this past|this coming)\\s+|(?<pos>${POSITION_MOD})\\s*)?(?<month>${MONTH})(?!\\.?\\s*\\d)`,
    make: (g, cx) => {
      const m = monthNumber(g.month!)!;
      const tok = cx.tokenAt(cx.end - g.month!.length);
      // abbreviations alone are too ambiguous ("Jan" the name, "Dec" …)
      if (!/^(january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(g.month!)) return null;
      // "Mr. August", "August Busch": a name, not a month
      const next = cx.after[0];
      const nameNext = !!next && /^[A-Z]/.test(next.text) && !/[,.;:]/.test(cx.text.slice(cx.end, next.start)) && !next.tags.has('Date') && !next.tags.has('Value');
      if (tok?.tags.has('Honorific') || /^(mr|mrs|ms|dr)$/.test(cx.prevWord) || nameNext) return null;
      if (!g.rel && !g.pos) {
        // "the October slaying" is a date; "the March for Peace" is not
        const attributive = cx.prevWord === 'the' && !!next && /^[a-z]/.test(next.text) && next.tags.has('Noun') && !/[,.;:]/.test(cx.text.slice(cx.end, next.start));
        if (!MONTH_PREPS.has(cx.prevWord) && !attributive) return null;
        // "May I", "may be": the verb
        const glued = !!next && !/[,.;:!?"()]/.test(cx.text.slice(cx.end, next.start));
        if (/^may$/i.test(g.month!) && glued && (/^(i|we|you|he|she|it|they|be|have|not|also|well|still|never|soon)$/.test(cx.nextWord) || next!.tags.has('Verb'))) return null;
        if (/^march$/i.test(g.month!) && next?.tags.has('Preposition') && /^(on|through|to|toward|towards|into|down|across|past)$/.test(cx.nextWord)) return null;
      }
      if (g.rel) {
        const dir = REL_DIR[lc(g.rel)] ?? 0;
        return { type: 'DATE', value: relMonth(m, dir) };
      }
      return { type: 'DATE', value: bareMonth(m, !g.pos && FORWARD.test(cx.prevWord)), mod: mod(g.pos) };
    },
  },
  {
    name: 'holiday',
    pattern: `(?:(?<rel>last|this|next)\\s+)?(?<hol>${HOLIDAY})(?:(?<wk>\\s+week)|,?\\s+${Y4})?`,
    make: (g) => {
      if (!/^[A-Z]/.test(g.hol!)) return null;
      // "Easter week": the (ISO) week of the holiday
      const gran = g.wk ? 'week' : 'day';
      const h = lc(g.hol).replace(/'s/, 's');
      const dateIn = (y: number): Day => {
        if (h.startsWith('christmas eve')) return { y, m: 12, d: 24 };
        if (h.startsWith('christmas')) return { y, m: 12, d: 25 };
        if (h.startsWith('new years eve')) return { y, m: 12, d: 31 };
        if (h.startsWith('new years')) return { y, m: 1, d: 1 };
        if (h.startsWith('thanksgiving')) return nthWeekday(y, 11, 4, 4);
        if (h === 'easter monday') return addDays(easter(y), 1);
        if (h.startsWith('easter')) return easter(y);
        if (h === 'good friday') return addDays(easter(y), -2);
        if (h === 'independence day') return { y, m: 7, d: 4 };
        if (h === 'halloween') return { y, m: 10, d: 31 };
        if (h.startsWith('valentine')) return { y, m: 2, d: 14 };
        if (h === 'labor day') return nthWeekday(y, 9, 1, 1);
        if (h === 'memorial day') return nthWeekday(y, 5, 1, -1);
        if (h === 'veterans day') return { y, m: 11, d: 11 };
        if (h === 'election day') return addDays(nthWeekday(y, 11, 1, 1), 1);
        return { y, m: 12, d: 26 };
      };
      if (g.y) return { type: 'DATE', value: at('day', dateIn(num(g.y))) };
      const dir = g.rel ? REL_DIR[lc(g.rel)] ?? 0 : null;
      const value: Resolver = (env) => {
        if (!env.dct) return gran === 'week' ? 'XXXX-WXX' : 'XXXX-XX-XX';
        const probe = dateIn(env.dct.y);
        let y = yearFor(env.dct, dir === -1 ? 'past' : dir === 1 ? 'future' : env.tense, probe.m, probe.d);
        if (dir === -1 && y === env.dct.y && probe.m === env.dct.m && probe.d === env.dct.d) y--;
        return at(gran, dateIn(y));
      };
      return { type: 'DATE', value };
    },
  },
  {
    name: 'spelled-year',
    pattern: `(?:(?<the>the\\s+year)\\s+)?(?:(?<season>${SEASON})\\s+of\\s+|(?<month>january|february|march|april|may|june|july|august|september|october|november|december),?\\s+(?:of\\s+)?)?(?<sy>${SPELLED_YEAR})`,
    make: (g, cx) => {
      const y = spelledYearValue(g.sy!);
      if (!y || y < 1000 || y > 2100) return null;
      // "January nineteen ninety-seven", as transcripts write dates
      if (g.month && /^[A-Z]/.test(g.month) && /^(nineteen|eighteen|two thousand|twenty)/i.test(g.sy!)) return { type: 'DATE', value: at('month', { y, m: monthNumber(g.month)!, d: 1 }) };
      if (g.month) return null;
      const safe = /^(nineteen|eighteen)/i.test(g.sy!);
      if (!g.the && !g.season && !safe && !DATE_PREPS.has(cx.prevWord)) return null;
      if (!g.the && !safe && cx.nextToken && (cx.nextToken.tags.has('Noun') || cx.nextToken.tags.has('Plural')) && cx.nextToken.start - cx.end <= 1) return null;
      if (g.season) return { type: 'DATE', value: at('season', { y, m: 1, d: 1 }, { season: SEASONS[lc(g.season)]! }) };
      return { type: 'DATE', value: at('year', { y, m: 1, d: 1 }) };
    },
  },
  {
    name: 'season-year',
    pattern: `(?:the\\s+)?${POS}(?<season>${SEASON})\\s+(?:of\\s+)?${Y4}|${Y4.replace('<y>', '<y2>')}\\s+(?<season2>${SEASON})`,
    make: (g) => {
      const s = SEASONS[lc(g.season ?? g.season2)]!;
      const y = num(g.y ?? g.y2);
      return { type: 'DATE', value: at('season', { y, m: 1, d: 1 }, { season: s }), mod: mod(g.pos) };
    },
  },
  {
    name: 'season',
    pattern: `(?:(?<the>the)\\s+)?(?:(?<rel>${REL})\\s+|(?<pos>early|late|mid-|mid)\\s*)?(?<season>${SEASON})(?!\\s+(?:of\\s+)?\\d)`,
    make: (g, cx) => {
      const s = SEASONS[lc(g.season)]!;
      const dir = g.rel ? REL_DIR[lc(g.rel)] : 0;
      if (dir === undefined) return null;
      if (!g.rel && !g.the && !g.pos && !DATE_PREPS.has(cx.prevWord)) return null;
      // "fall" the verb
      if (lc(g.season) === 'fall' && !g.rel && !g.the) return null;
      if (cx.nextToken && cx.nextToken.start - cx.end <= 1 && cx.nextToken.tags.has('Noun') && !cx.nextToken.tags.has('Date') && !g.rel) return null;
      return { type: 'DATE', value: relSeason(s, dir), mod: g.pos ? mod(g.pos) : null };
    },
  },
  {
    name: 'decade',
    pattern: `(?:(?<pos>${POSITION_MOD})\\s*)?(?:the\\s+)?(?:(?<pos2>early|mid-|mid|late)\\s*)?(?:(?<dec>1\\d{2}|20\\d)0'?s|'(?<dd>\\d)0s|(?<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?<bare>[2-9])0s)`,
    make: (g, cx) => {
      const span = cx.text.slice(cx.start, cx.end).toLowerCase();
      if (g.dw && !/\bthe\b/.test(span)) return null;
      // "the 70s and 80s": two-digit decades only after "the" or in a list of them ("in her 40s" is an age)
      if (g.bare && !/\bthe\b/.test(span) && !/\d0'?s\s+(?:and|or|to)\s*$/.test(cx.text.slice(Math.max(0, cx.start - 16), cx.start))) return null;
      // "in her 40s", "temperatures in the 90s": only four-digit decades and 'NNs are safe
      let value: string;
      if (g.dec) value = g.dec;
      else if (g.dd) value = (num(g.dd) <= 2 ? '20' : '19') + g.dd;
      else if (g.bare) value = '19' + g.bare;
      else value = '19' + DECADE_WORDS[lc(g.dw)];
      return { type: 'DATE', value, mod: mod(g.pos2 ? (lc(g.pos2) === 'mid-' ? 'mid' : g.pos2) : g.pos) };
    },
  },
  {
    name: 'century',
    pattern: `(?:the\\s+)?(?:(?<pos>early|mid-|mid|late)\\s*)?(?:(?<ord>${ORDINAL})|(?<rel>this|last|next|the last|the next|the past))[- ]century`,
    make: (g) => {
      if (g.ord) {
        const n = ordinalValue(g.ord);
        if (!n) return null;
        return { type: 'DATE', value: pad(n - 1), mod: mod(g.pos) };
      }
      const dir = REL_DIR[lc(g.rel)] ?? 0;
      if (/^the (last|next|past)$/.test(lc(g.rel))) return { type: 'DURATION', value: 'P100Y' };
      return { type: 'DATE', value: fromDct(dir * 100, 'year', 'century'), mod: mod(g.pos) };
    },
  },
  {
    name: 'quarter',
    pattern: `(?:(?<the>the)\\s+)?(?:(?<poss>this year's|last year's|next year's)\\s+)?(?:(?<rel>latest|current|most recent|same|comparable|previous|prior|past|this|last|next|coming|year-ago|year-earlier|year ago|year earlier)\\s+)?(?:(?<py>\\d{4})\\s+)?(?:(?<fiscal>fiscal)[- ])?(?:(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)[- ])?(?:(?<fiscal2>fiscal)\\s+)?(?:(?<q>quarter)|(?<period>period))(?:\\s+of\\s+(?:(?<ofy>\\d{4})|(?<ofrel>this|last|next)\\s+year|fiscal\\s+(?<ofy2>\\d{4})))?(?![\\w-])`,
    make: (g, cx) => {
      const qn = g.ord ? ordinalValue(g.ord) : undefined;
      const rel = lc(g.rel);

      if (g.period && !g.py && !/^(latest|year-ago|year-earlier|year ago|year earlier|same|comparable)$/.test(rel)) return null;
      if (!g.ord && !g.the && !g.rel && !g.poss && !g.py) return null;
      // "a quarter of the shares", "the quarter point"
      if (!g.ord && cx.nextWord === 'of' && !g.ofy && !g.ofrel && !g.ofy2) return null;
      const yearAgoShift = /year.ago|year.earlier/.test(rel) || g.poss === "last year's" ? -1 : g.poss === "next year's" ? 1 : 0;
      const explicitYear = g.py ?? g.ofy ?? g.ofy2;
      if (qn && qn <= 4) {
        if (explicitYear) return { type: 'DATE', value: at('quarter', { y: num(explicitYear), m: (qn - 1) * 3 + 1, d: 1 }) };
        const ofShift = g.ofrel ? ({ this: 0, last: -1, next: 1 }[lc(g.ofrel)] ?? 0) : 0;
        if (rel === 'same' || /year.ago|year.earlier/.test(rel)) {
          return { type: 'DATE', value: (env) => { const p = currentReportQuarter(-1)(env); return p && typeof p !== 'string' ? at('quarter', { y: p.day.y, m: (qn - 1) * 3 + 1, d: 1 }) : p; }, anchor: false };
        }
        const shiftYears = yearAgoShift || ofShift || (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
        if (shiftYears || g.poss === "this year's" || g.ofrel) {
          return { type: 'DATE', value: (env) => (env.dct ? at('quarter', { y: env.dct.y + shiftYears, m: (qn - 1) * 3 + 1, d: 1 }) : `XXXX-Q${qn}`) };
        }
        return { type: 'DATE', value: quarterOfYear(qn) };
      }
      if (!g.q && !g.period) return null;
      // no ordinal: "the quarter", "the latest quarter", "last quarter", "the year-ago quarter"
      if (g.py && !g.ofy && !g.ofy2) {
        // "the 1988 quarter": the quarter under report, in that year
        const y = num(g.py);
        return { type: 'DATE', value: (env) => { const p = currentReportQuarter(0)(env); return p && typeof p !== 'string' ? at('quarter', { y, m: p.day.m, d: 1 }) : `${y}-QX`; }, anchor: false };
      }
      if (explicitYear) return null;
      if (rel === 'last' || rel === 'previous' || rel === 'prior' || rel === 'past') {
        if (!g.the || rel === 'last') return { type: 'DATE', value: fromDct(-3, 'month', 'quarter') };
        return { type: 'DATE', value: fromDct(-3, 'month', 'quarter') };
      }
      if (rel === 'next' || rel === 'coming') return { type: 'DATE', value: fromDct(3, 'month', 'quarter') };
      if (rel === 'this' || rel === 'current') return { type: 'DATE', value: fromDct(0, 'month', 'quarter') };
      // "the quarter ended Sept. 30": when the text has not named the quarter under report (a fiscal one may differ from
      // the calendar's), the quarter whose middle lies six weeks before that day
      const ended = yearAgoShift === 0 ? QUARTER_ENDED.exec(cx.text.slice(cx.end, cx.end + 24)) : null;
      if (ended && monthNumber(ended[1]!) && Number(ended[2]) <= 31) {
        const endDay = monthDay(monthNumber(ended[1]!)!, Number(ended[2]));
        return {
          type: 'DATE',
          value: (env) => {
            const p = env.lastQuarter ? null : endDay({ ...env, tense: 'past' });
            if (!p || typeof p === 'string') return currentReportQuarter(0)(env);
            const mid = addDays(p.day, -45);
            return at('quarter', { y: mid.y, m: (quarterOf(mid.m) - 1) * 3 + 1, d: 1 });
          },
        };
      }
      return { type: 'DATE', value: currentReportQuarter(yearAgoShift), anchor: yearAgoShift === 0 };
    },
  },
  {
    name: 'quarter-year-ago',
    pattern: `the\\s+(?:(?:same|corresponding|comparable|year-ago|year-earlier)\\s+)?(?:quarter|period)\\s+(?:last\\s+year|a\\s+year\\s+(?:ago|earlier)|the\\s+year\\s+before)`,
    // "the quarter a year ago", "the corresponding period last year": the quarter under report, a year back
    make: () => ({ type: 'DATE', value: currentReportQuarter(-1), anchor: false }),
  },
  {
    name: 'quarters-of-year',
    pattern: `(?<qm>${QUANT_MOD}\\s+)?the\\s+(?<which>first|last)\\s+two\\s+quarters\\s+of\\s+${Y4}`,
    // "the first two quarters of 1990" is its first half ("at least" is not part of the expression)
    make: (g) => {
      const half = lc(g.which) === 'first' ? 1 : 2;
      return { type: 'DATE', value: at('half', { y: num(g.y), m: half === 1 ? 1 : 7, d: 1 }, { half }), trimStart: g.qm?.length ?? 0 };
    },
  },
  {
    name: 'quarter-abbreviation',
    pattern: `(?:Q(?<qa>[1-4])|(?<qb>[1-4])Q)(?:\\s+(?:(?<y>(?:19|20)\\d{2})|FY\\s*(?<fy>(?:19|20)\\d{2}))|\\s*'(?<yy>\\d{2}))?`,
    make: (g, cx) => {
      const span = cx.text.slice(cx.start, cx.end);
      if (!/Q/.test(span)) return null;
      const q = num(g.qa ?? g.qb);
      const y = g.y ?? g.fy;
      if (y) return { type: 'DATE', value: at('quarter', { y: num(y), m: (q - 1) * 3 + 1, d: 1 }) };
      if (g.yy) { const yy = num(g.yy); return { type: 'DATE', value: (env) => at('quarter', { y: twoDigitYear(yy, env), m: (q - 1) * 3 + 1, d: 1 }) }; }
      return { type: 'DATE', value: quarterOfYear(q) };
    },
  },
  {
    name: 'week-of',
    pattern: `the\\s+week\\s+of\\s+(?<month>${MONTH})\\s*${D}(?:,?\\s+${Y4})?`,
    make: (g) => {
      const m = monthNumber(g.month!)!;
      const d = num(g.d);
      const toWeek = (p: Point | string | null) => (p && typeof p !== 'string' ? { gran: 'week' as const, day: p.day } : p);
      if (g.y) return isValidDate(num(g.y), m, d) ? { type: 'DATE', value: at('week', { y: num(g.y), m, d }) } : null;
      const inner = monthDay(m, d);
      return { type: 'DATE', value: (env) => toWeek(inner(env)) };
    },
  },
  {
    name: 'half',
    pattern: `(?:(?<the>the)\\s+)?(?:(?<poss>this year's|last year's|next year's)\\s+)?(?<ord>first|second|last|latter)[- ]half(?:\\s+of\\s+(?:(?<ofy>\\d{4})|(?<ofrel>this|last|next)\\s+year|the\\s+year|fiscal\\s+(?<ofy2>\\d{4})))?`,
    make: (g, cx) => {
      if (!g.the && !g.poss && !g.ofy && !g.ofrel && !g.ofy2) return null;
      const half = lc(g.ord) === 'first' ? 1 : 2;
      if (!g.ofy && !g.ofrel && !g.ofy2 && !g.poss && cx.nextWord === 'of') return null;
      const y = g.ofy ?? g.ofy2;
      if (y) return { type: 'DATE', value: at('half', { y: num(y), m: half === 1 ? 1 : 7, d: 1 }, { half }) };
      const shiftY = g.ofrel ? ({ this: 0, last: -1, next: 1 }[lc(g.ofrel)] ?? 0) : g.poss ? ({ "this year's": 0, "last year's": -1, "next year's": 1 }[lc(g.poss)] ?? 0) : 0;
      return { type: 'DATE', value: (env) => (env.dct ? at('half', { y: env.dct.y + shiftY, m: half === 1 ? 1 : 7, d: 1 }, { half }) : `XXXX-H${half}`) };
    },
  },
  {
    name: 'year-range',
    glued: true,
    pattern: `(?<y1>1\\d{3}|20\\d{2})(?<sep>\\s*[-–]\\s*)(?<y2>1\\d{3}|20\\d{2}|\\d{2})(?![-/.,:]?\\d)`,
    make: (g, cx) => {
      const y1 = num(g.y1);
      let y2 = num(g.y2);
      if (g.y2!.length === 2) y2 = Math.floor(y1 / 100) * 100 + y2;
      if (!(y2 > y1 && y2 - y1 <= 100)) return null;
      if (/^[$#]/.test(cx.text.slice(cx.start - 1, cx.start)) || AMOUNT_WORDS.has(cx.nextWord)) return null;
      const len = cx.end - cx.start;
      // TimeML tags the two ends apart: "2009" and "2010", "1957" and "58"
      return [
        { type: 'DATE', value: at('year', { y: y1, m: 1, d: 1 }), trimEnd: len - g.y1!.length },
        { type: 'DATE', value: at('year', { y: y2, m: 1, d: 1 }), trimStart: len - g.y2!.length },
      ];
    },
  },
  {
    name: 'clock-24h',
    pattern: `(?:(?<qm>about|around|approximately)\\s+)?(?<h>[01]?\\d|2[0-3])(?::(?<mi>[0-5]\\d)|(?<mi2>[0-5]\\d))(?:\\s*(?<zone>UTC|GMT|Z|${ZONE})|(?<hrs>\\s*(?:hours|hrs|h)))?(?:,?\\s+(?:(?<wd>${WEEKDAY})|(?<dw>today|yesterday|tomorrow)|(?<month>${MONTH})\\s*${D}))?`,
    make: (g, cx) => {
      const h = num(g.h);
      const mi = num(g.mi ?? g.mi2);
      if (g.mi2 !== undefined && (g.h!.length !== 2 || (!g.zone && !g.hrs))) return null;
      if (!g.zone && !g.hrs && !/^(at|by|until|till|from|before|after|around|about|since|to|between|and)$/.test(cx.prevWord)) return null;
      if (g.zone === 'Z' && g.mi === undefined) return null;
      const utc = !!g.zone && /^(UTC|GMT|Z)$/.test(g.zone);
      const t = `T${pad(h)}:${pad(mi)}${utc ? 'Z' : ''}`;
      const explicit = dayResolver(g, t);
      const value: Resolver = explicit ?? ((env) => {
        const base = env.last?.gran === 'day' ? env.last.day : env.dct;
        return base ? at('day', base, { suffix: t }) : `XXXX-XX-XX${t}`;
      });
      return { type: 'TIME', value, mod: g.qm ? 'APPROX' : null };
    },
  },
  {
    name: 'year-short',
    pattern: `'(?<yy>\\d{2})(?![\\w'])`,
    make: (g, cx) => {
      if (!/^(in|since|of|from|until|by|before|after|class|spring|summer|fall|autumn|winter)$/.test(cx.prevWord)) return null;
      const yy = num(g.yy);
      const value: Resolver = (env) => at('year', { y: twoDigitYear(yy, env), m: 1, d: 1 });
      return { type: 'DATE', value };
    },
  },
  {
    name: 'year',
    pattern: `(?:(?<pos>${POSITION_MOD})\\s*)?(?:(?<fiscal>fiscal(?:\\s+year)?|calendar(?:\\s+year)?|the\\s+year|model\\s+year)\\s+)?${Y4}(?<tail>'s)?(?![-/.,:]\\d)(?:\\s+or\\s+(?<orl>later|after|earlier|before|sooner))?`,
    make: (g, cx) => {
      const y = num(g.y);
      if (!g.fiscal && !g.pos && !yearOk(cx, y)) return null;
      if (g.tail && !g.fiscal) return null;
      // a bare number with a thousands separator before it is an amount
      if (/[\d][,.]$/.test(cx.text.slice(Math.max(0, cx.start - 2), cx.start))) return null;
      // "1994 or later", "2010 or earlier"
      const open = g.orl ? (/later|after/i.test(g.orl) ? 'ON_OR_AFTER' : 'ON_OR_BEFORE') : null;
      return { type: 'DATE', value: at('year', { y, m: 1, d: 1 }), mod: open ?? mod(g.pos), trimEnd: g.tail ? 2 : 0 };
    },
  },
  {
    name: 'ago',
    pattern: `(?:(?<qm>${QUANT_MOD})\\s+)?(?:(?<n>${COUNT})[\\s-]+)?(?:more\\s+)?(?<unit>${UNIT})\\s+(?:or\\s+so\\s+)?ago`,
    make: (g) => {
      const unit = unitName(g.unit!)!;
      const plural = /s$/i.test(g.unit!);
      if (!g.n) return plural ? { type: 'DATE', value: 'PAST_REF' } : null;
      let n = countValue(g.n);
      if (n === null) return { type: 'DATE', value: 'PAST_REF', mod: mod(g.qm) };
      if (isFortnight(g.unit!)) n *= 2;
      const m = g.qm ? mod(g.qm) : /or so/i.test(g.unit ?? '') ? 'APPROX' : null;
      if (unit === 'year' && n === 1 && !g.qm) return { type: 'DATE', value: yearAgo(1), anchor: false };
      if (!Number.isInteger(n)) return { type: 'DATE', value: fromDct(-Math.round(n * 12), 'month', 'month'), mod: m };
      const gran = unit === 'hour' || unit === 'minute' || unit === 'second' ? 'day' : unit === 'decade' || unit === 'century' ? 'year' : unit;
      const back = unit === 'decade' ? n * 10 : unit === 'century' ? n * 100 : n;
      const u: UnitName = unit === 'decade' || unit === 'century' ? 'year' : unit === 'hour' || unit === 'minute' || unit === 'second' ? 'day' : unit;
      return { type: 'DATE', value: fromDct(unit === 'hour' || unit === 'minute' || unit === 'second' ? 0 : -back, u, gran as Point['gran']), mod: m };
    },
  },
  {
    name: 'from-now',
    pattern: `(?:(?<qm>${QUANT_MOD})\\s+)?(?<n>${COUNT})[\\s-]+(?<unit>${UNIT})\\s+(?:from\\s+(?:now|today)|hence)`,
    make: (g) => {
      const unit = unitName(g.unit!)!;
      const n = countValue(g.n!);
      if (n === null || !Number.isInteger(n)) return { type: 'DATE', value: 'FUTURE_REF' };
      const gran = unit === 'hour' || unit === 'minute' || unit === 'second' ? 'day' : unit === 'decade' || unit === 'century' ? 'year' : unit;
      const u: UnitName = unit === 'decade' ? 'year' : unit === 'century' ? 'year' : unit === 'hour' || unit === 'minute' || unit === 'second' ? 'day' : unit;
      const k = unit === 'decade' ? 10 * n : unit === 'century' ? 100 * n : unit === 'hour' || unit === 'minute' || unit === 'second' ? 0 : n;
      // "a week from now" names a day
      return { type: 'DATE', value: fromDct(k, u, u === 'week' ? 'day' : (gran as Point['gran'])), mod: mod(g.qm) };
    },
  },
  {
    name: 'chain-offset',
    pattern: `(?:(?<qm>${QUANT_MOD})\\s+)?(?<n>${COUNT})[\\s-]+(?<unit>${UNIT})\\s+(?<dir>earlier|later|before|after|afterwards?|previously|prior)(?![\\w])`,
    make: (g, cx) => {
      const dirWord = lc(g.dir);
      // "two days after the attack": the duration is the timex, the anchor is an event
      if (/^(before|after|prior)$/.test(dirWord) && /^[a-z]/i.test(cx.nextWord) && !/^(that|this)$/.test(cx.nextWord)) return null;
      const unit = unitName(g.unit!)!;
      const n = countValue(g.n!);
      if (n === null || !Number.isInteger(n)) return { type: 'DATE', value: /later|after/.test(dirWord) ? 'FUTURE_REF' : 'PAST_REF' };
      const sign = /later|after/.test(dirWord) ? 1 : -1;
      if (unit === 'hour' || unit === 'minute' || unit === 'second') return null;
      const u: UnitName = unit === 'decade' ? 'year' : unit === 'century' ? 'year' : unit;
      const k = unit === 'decade' ? 10 * n : unit === 'century' ? 100 * n : n;
      // "a year earlier" keeps the anchor's granularity (a quarter a year earlier); "two days later" is a day
      const value: Resolver = (env) => {
        const p = chain(sign * k, u)(env);
        if (!p || typeof p === 'string') return p;
        if ((u === 'day' || u === 'week') && p.gran !== 'day') return p;
        if (u === 'year' || u === 'month' || u === 'quarter') {
          // the anchor's granularity, but never finer than a day with a time
          return { ...p, suffix: undefined };
        }
        return p;
      };
      return { type: 'DATE', value, mod: mod(g.qm), anchor: false };
    },
  },
  {
    name: 'year-ago-adjective',
    pattern: `year[- ](?:ago|earlier)(?!\\s+(?:quarter|period|third|second|first|fourth|nine|six|three))`,
    make: (g, cx) => {
      void g;
      if (/^the$/.test(cx.prevWord)) return { type: 'DATE', value: currentReportQuarter(-1), anchor: false };
      return { type: 'DATE', value: (env) => (env.lastQuarter ? currentReportQuarter(-1)(env) : fromDct(-1, 'year', 'year')(env)), anchor: false };
    },
  },
  {
    name: 'chain-unit',
    pattern: `(?:(?<pos>earlier|later|early|late)\\s+)?(?:(?<the>the)\\s+)?(?<rel>next|following|previous|preceding|prior|same|that|that same)\\s+(?<unit>day|week|month|year|morning|afternoon|evening|night|weekend|quarter)|(?:the\\s+)?(?<unit2>day|week|month|year)\\s+(?<dir2>before|after|earlier)(?![\\w])`,
    make: (g, cx) => {
      const unitWord = lc(g.unit ?? g.unit2);
      const rel = lc(g.rel ?? (lc(g.dir2) === 'after' ? 'following' : 'previous'));
      if (g.unit2) {
        // "the day before the vote": an anchor follows; only take "the day before." at the end of a clause
        if (lc(g.dir2) !== 'earlier' && /^[a-z]/i.test(cx.nextWord) && !/^(yesterday|today)$/.test(cx.nextWord)) return null;
        if (!/^the\s/i.test(cx.text.slice(cx.start, cx.end))) return null;
      }
      if ((rel === 'next' || rel === 'previous' || rel === 'following' || rel === 'preceding' || rel === 'prior') && !g.the && !g.unit2) {
        // "next week" without "the" is relative to the dct: another rule
        if (rel === 'next' || rel === 'previous') return null;
      }
      if (rel === 'that' && /^(day|week)$/.test(unitWord) && cx.nextWord === 'of') return null;
      const sign = /next|following/.test(rel) ? 1 : /previous|preceding|prior/.test(rel) ? -1 : 0;
      const pod = PARTS_OF_DAY[unitWord];
      if (pod) {
        const value: Resolver = (env) => {
          const base = env.last?.gran === 'day' ? env.last.day : null;
          if (!base) return sign === 0 && env.dct && rel !== 'that' ? null : 'XXXX-XX-XX' + pod;
          const p = chain(sign, 'day')({ ...env, last: at('day', base) });
          return p && typeof p !== 'string' ? { ...p, suffix: pod } : p;
        };
        return { type: 'TIME', value };
      }
      if (unitWord === 'weekend') return null;
      const unit = unitName(unitWord)!;
      const gran = unit === 'day' ? 'day' : unit === 'week' ? 'week' : unit === 'month' ? 'month' : unit === 'quarter' ? 'quarter' : 'year';
      const value: Resolver = (env) => {
        if (sign === 0 && !env.last) return null;
        // "that day" needs a day to point back to; after "in 1987" it is not resolvable
        if (sign === 0 && env.last && finer(gran, env.last.gran)) return null;
        return chain(sign, unit, gran)(env);
      };
      return { type: 'DATE', value, mod: mod(g.pos) };
    },
  },
  {
    name: 'rel-unit',
    pattern: `(?:(?<pos>${POSITION_MOD})\\s*)?(?<rel>${REL})\\s+(?:(?<fiscal>fiscal|calendar)\\s+)?(?<unit>week|weekend|month|year|decade|summer|spring|fall|autumn|winter)(?!-)`,
    make: (g, cx) => {
      const rel = lc(g.rel);
      const dir = REL_DIR[rel];
      if (dir === undefined) return null;
      if (titleCased(cx)) return null;
      const unitWord = lc(g.unit);
      const m = mod(g.pos);
      if (SEASONS[unitWord]) return { type: 'DATE', value: relSeason(SEASONS[unitWord]!, dir), mod: m };
      if (unitWord === 'weekend') return { type: 'DATE', value: theWeekend(dir) };
      // "the past year" is the year before; "the past decade" is ten years
      if (unitWord === 'decade' && /^(the past|past)$/.test(rel)) return { type: 'DURATION', value: 'P10Y' };
      // "for the next year": a duration-like use; keep it a date of the next year
      const unit = unitName(unitWord)!;
      const gran = unit === 'week' ? 'week' : unit === 'month' ? 'month' : unit === 'decade' ? 'decade' : 'year';
      const n = unit === 'decade' ? dir * 10 : dir;
      void cx;
      return { type: 'DATE', value: fromDct(n, unit === 'decade' ? 'year' : unit, gran), mod: m };
    },
  },
  {
    name: 'the-year',
    pattern: `the\\s+(?:(?<full>full|entire|whole|current|latest)\\s+)?(?:(?<fiscal>fiscal)\\s+)?year(?:(?=\\s+(?:ended|ending|to)\\b)(?<ended>)|)`,
    make: (g, cx) => {
      if (g.ended !== undefined) return { type: 'DURATION', value: 'P1Y' };
      if (g.full === 'latest') return { type: 'DATE', value: fromDct(-1, 'year', 'year') };
      if (g.full) return { type: 'DATE', value: fromDct(0, 'year', 'year') };
      if (g.fiscal && cx.nextWord !== 'of') return { type: 'DURATION', value: 'P1Y' };
      if (g.fiscal) return null;
      // "a high for the year", "the first nine months of the year": the year the text is about, that of the last date
      // mentioned (else the article's); not "the year of the dragon", "the year he left", "the year before"
      if (/^(of|he|she|they|we|i|it|when|that|which|before|after|in|on|to|and)$/.test(cx.nextWord)) return null;
      const value: Resolver = (env) => {
        const base = env.last && !finer('year', env.last.gran) ? env.last.day : env.dct;
        return base ? at('year', base) : 'XXXX';
      };
      return { type: 'DATE', value };
    },
  },
  {
    name: 'position-of-unit',
    pattern: `(?<pos>the beginning of|the start of|the middle of|the end of|the close of|the turn of|earlier in|later in|early in|late in)\\s+the\\s+(?<unit>year|month|week|decade|century|quarter|day)|(?<ye>year[- ]end|year's end|month[- ]end)`,
    make: (g) => {
      if (g.ye) {
        const unit = /month/i.test(g.ye) ? 'month' : 'year';
        return { type: 'DATE', value: fromDct(0, unit, unit), mod: 'END' };
      }
      const pos = lc(g.pos);
      const m = /beginning|start|earl/.test(pos) ? 'START' : /middle/.test(pos) ? 'MID' : /turn/.test(pos) ? 'START' : 'END';
      const unit = unitName(lc(g.unit))!;
      const gran = unit === 'day' ? 'day' : unit === 'week' ? 'week' : unit === 'month' ? 'month' : unit === 'quarter' ? 'quarter' : unit === 'decade' ? 'decade' : unit === 'century' ? 'century' : 'year';
      // the unit the text is talking about: the last one mentioned at that granularity or coarser, else the dct's
      const value: Resolver = (env) => {
        if (env.last && (env.last.gran === gran || (gran === 'year' && env.last.gran !== 'decade' && env.last.gran !== 'century'))) {
          return { gran, day: env.last.day };
        }
        return fromDct(0, unit === 'decade' || unit === 'century' ? 'year' : unit, gran)(env);
      };
      return { type: 'DATE', value, mod: m as TimexMod };
    },
  },
  {
    name: 'deictic-day',
    pattern: `(?<ppod>mid-afternoon|midafternoon|mid afternoon|mid-morning|midmorning|mid morning)\\s+(?<pdw>today|yesterday|tomorrow)|(?:(?<pos>early|earlier|late|later|mid-|mid)[\\s-]*)?(?<dw>today|yesterday|tomorrow|tonight)(?:\\s+(?<pod>morning|afternoon|evening|night))?|(?<last>last)\\s+(?<lpod>night|evening)|(?<this>this)\\s+(?<tpod>morning|afternoon|evening)|the day (?<dd>before yesterday|after tomorrow)`,
    make: (g, cx) => {
      if (g.dd) return { type: 'DATE', value: fromDct(/before/.test(g.dd) ? -2 : 2, 'day', 'day') };
      if (g.ppod) {
        const n = { today: 0, yesterday: -1, tomorrow: 1 }[lc(g.pdw)] ?? 0;
        return { type: 'TIME', value: fromDct(n, 'day', 'day', { suffix: /morning/i.test(g.ppod) ? 'TMO' : 'TAF' }) };
      }
      if (g.last) return { type: 'TIME', value: fromDct(-1, 'day', 'day', { suffix: partOfDay(g.lpod) }) };
      if (g.this) return { type: 'TIME', value: fromDct(0, 'day', 'day', { suffix: partOfDay(g.tpod) }) };
      const w = lc(g.dw);
      if (!g.pos && !g.pod && titleCased(cx)) return null;
      const n = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      const suffix = w === 'tonight' ? 'TNI' : partOfDay(g.pod);
      const m = mod(g.pos);
      if (w === 'today' && !g.pod && !g.pos && genericToday(cx)) return { type: 'DATE', value: 'PRESENT_REF' };
      return { type: suffix ? 'TIME' : 'DATE', value: fromDct(n, 'day', 'day', suffix ? { suffix } : {}), mod: m };
    },
  },
  {
    name: 'weekday',
    pattern: `(?:(?<pos>early|earlier|late|later)\\s+)?(?:(?<rel>last|next|this|this past|this coming|the previous|the following|the next|the preceding|coming)\\s+)?(?<wd>${WEEKDAY})(?:\\s+(?<pod>${PART_OF_DAY}))?`,
    make: (g, cx) => {
      const wd = weekdayNumber(g.wd!)!;
      const suffix = partOfDay(g.pod);
      const rel = lc(g.rel);
      if (g.pod && cx.nextWord === 'of') return null;
      let value: Resolver;
      if (rel === 'the previous' || rel === 'the preceding') value = chainWeekday(wd, -1);
      else if (rel === 'the following' || rel === 'the next') value = chainWeekday(wd, 1);
      else if (rel) value = relWeekday(wd, rel === 'last' || rel === 'this past' ? -1 : rel === 'next' || rel === 'this coming' || rel === 'coming' ? 1 : 0, suffix);
      // "until Tuesday", "as soon as Tuesday", "by Tuesday": a deadline ahead
      else value = bareWeekday(wd, suffix, deadline(cx.prevWord));
      // "Earlier Friday" and "Later Thursday" are tagged without the adverb
      const adverb = g.pos && /^(earlier|later)$/i.test(g.pos) ? g.pos.length + 1 : 0;
      return { type: suffix ? 'TIME' : 'DATE', value, mod: adverb ? null : mod(g.pos), trimStart: adverb };
    },
  },
  {
    name: 'month-set',
    pattern: `(?:every|each)\\s+(?<mname>january|february|march|april|may|june|july|august|september|october|november|december)`,
    make: (g) => (/^[A-Z]/.test(g.mname!) ? { type: 'SET', value: `XXXX-${pad(monthNumber(g.mname!)!)}` } : null),
  },
  {
    name: 'weekday-set',
    pattern: `(?:(?<every>every|each)\\s+(?<wd>${WEEKDAY})(?:\\s+(?<pod>${PART_OF_DAY}))?|(?<wdp>${WEEKDAY_PLURAL}|${WEEKDAY}(?=\\s+(?:mornings|afternoons|evenings|nights)))(?:\\s+(?<pods>mornings|afternoons|evenings|nights))?)`,
    make: (g) => {
      const wd = weekdayNumber(g.wd ?? g.wdp!)!;
      const pod = partOfDay(g.pod ?? g.pods?.replace(/s$/i, ''));
      return { type: 'SET', value: `XXXX-WXX-${wd}${pod}` };
    },
  },
  {
    name: 'the-day',
    pattern: `the\\s+day(?!\\s+(?:before|after|of|when|that|which|on|in|to|he|she|they|we|I)\\b)(?!-)`,
    make: (g, cx) => {
      void g;
      // "to end the day at 7,114", "for the day, the index fell": the trading day being reported
      if (!/^(end|ended|ends|ending|finish|finished|finishing|close|closed|for|during|start|started|begin|began|throughout|of|in|later|earlier)$/.test(cx.prevWord)) return null;
      const value: Resolver = (env) => (env.last?.gran === 'day' ? at('day', env.last.day) : env.dct ? at('day', env.dct) : 'XXXX-XX-XX');
      return { type: 'DATE', value };
    },
  },
  {
    name: 'the-weekend',
    pattern: `the\\s+weekend`,
    make: (g, cx) => {
      void g;
      if (cx.nextWord === 'of' || cx.nextWord === 'before' || cx.nextWord === 'after') return null;
      return { type: 'DATE', value: theWeekend(null) };
    },
  },
  {
    name: 'set',
    pattern: `(?<adv>daily|weekly|monthly|annually|yearly|nightly|hourly)|(?<every>every|each|per)\\s+(?:(?<n>other|${COUNT})\\s+)?(?<unit>${UNIT}|morning|afternoon|evening|night|weekend)|(?<a>a|an)\\s+(?<aunit>year|month|week|day|hour|quarter)(?!\\s*(?:ago|earlier|later|before|after|from|or|and|old|long))`,
    make: (g, cx) => {
      if (g.adv) {
        const v = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', nightly: 'XXXX-XX-XXTNI', hourly: 'PT1H' }[lc(g.adv)]!;
        // "a daily newspaper": an adjective before a noun is still a set in TimeML
        return { type: 'SET', value: v };
      }
      if (g.every) {
        const w = lc(g.unit);
        const pod = PARTS_OF_DAY[w];
        if (pod) return { type: 'SET', value: `XXXX-XX-XX${pod}` };
        if (w === 'weekend') return { type: 'SET', value: 'XXXX-WXX-WE' };
        const unit = unitName(w)!;
        let n: number | null = 1;
        if (g.n) n = lc(g.n) === 'other' ? 2 : countValue(g.n);
        if (n === null || !Number.isInteger(n)) return null;
        // "every year" is a set; "each of the past three years" is another rule
        return { type: 'SET', value: durationValue(n, unit) };
      }
      // "$5 a year", "twice a day", "10% a year"
      const before = cx.text.slice(Math.max(0, cx.start - 24), cx.start);
      const pt = cx.prevToken;
      const counted = !!pt && pt.end >= cx.start - 2 && (pt.tags.has('Plural') || pt.tags.has('Value') || pt.tags.has('Money'));
      if (!counted && !/(\d%?|percent|times|twice|once|thrice|dollars?|cents?|million|billion|thousand|trillion)\s*$/i.test(before)) return null;
      return { type: 'SET', value: durationValue(1, unitName(lc(g.aunit))!) };
    },
  },
  {
    name: 'ref',
    pattern: `(?<now>now|currently|nowadays|presently|these days|at present|at the moment|the present|right now)|(?<past>recently|lately|the past|in the past)|(?<fut>the (?:near |foreseeable |distant |not-too-distant |immediate )?future|the (?:near|short|long|longer) term|the years ahead|the months ahead|the weeks ahead|the days ahead)|(?<recent>recent|coming|past|the past few|the last few|the coming|the next few|the past several|the last several)\\s+(?<runit>years|months|weeks|days|decades|quarters)`,
    make: (g, cx) => {
      if (g.now) {
        const w = lc(g.now);
        if (w === 'at present' || w === 'at the moment') return { type: 'DATE', value: 'PRESENT_REF', trimStart: w.indexOf(' ') + 1 };
        if (w === 'right now') return { type: 'DATE', value: 'PRESENT_REF', trimStart: 6 };
        // "the now-cancelled deal": part of an adjective
        if (w === 'now' && cx.text[cx.end] === '-') return null;
        return { type: 'DATE', value: 'PRESENT_REF' };
      }
      if (g.past) {
        const w = lc(g.past);
        if (w === 'in the past') return { type: 'DATE', value: 'PAST_REF', trimStart: 3 };
        if (w === 'the past' && /^(week|weekend|month|year|decade|century|quarter|few|several|two|three|four|five|six)$/.test(cx.nextWord)) return null;
        return { type: 'DATE', value: 'PAST_REF' };
      }
      if (g.fut) {
        const w = lc(g.fut);
        if (/ahead$/.test(w)) return { type: 'DURATION', value: w.includes('year') ? 'PXY' : w.includes('month') ? 'PXM' : w.includes('week') ? 'PXW' : 'PXD' };
        return { type: 'DATE', value: 'FUTURE_REF' };
      }
      const r = lc(g.recent);
      const u = lc(g.runit);
      const letter = u.startsWith('year') ? 'Y' : u.startsWith('month') ? 'M' : u.startsWith('week') ? 'W' : u.startsWith('day') ? 'D' : u.startsWith('quarter') ? 'Q' : 'E';
      if (r === 'recent') return { type: 'DATE', value: 'PAST_REF' };
      if (r === 'coming' || r === 'the coming') return { type: 'DATE', value: 'FUTURE_REF' };
      if (r === 'past') return { type: 'DATE', value: 'PAST_REF' };
      return { type: 'DURATION', value: letter === 'E' ? 'PXE' : `PX${letter}` };
    },
  },
  {
    name: 'duration',
    pattern: `(?:(?<qm>${QUANT_MOD})\\s+)?(?:(?<the>the)\\s+)?(?:(?<adj>first|past|last|next|previous|coming|latest|following|final|year-earlier|year-ago|preceding|initial|remaining|same|current)\\s+)?(?<n>${COUNT})(?:\\s+(?:to|or|-)\\s+(?<n2>${COUNT}))?(?<hy>[\\s-]+)(?:more\\s+|full\\s+|straight\\s+|consecutive\\s+|additional\\s+|long\\s+)?(?<unit>${UNIT})(?<old>-old)?(?<andhalf>\\s+and\\s+a\\s+half)?(?<orso>\\s+or\\s+so)?`,
    make: (g, cx) => {
      if (g.qm && g.the && /^(over|under|within|around|about)$/i.test(g.qm)) {
        // "over the past three years": a preposition, not "more than"
        const inner = RULES_BY_NAME.duration!.make({ ...g, qm: undefined }, cx);
        return inner && { ...inner, trimStart: g.qm.length + 1 };
      }
      const unit = unitName(g.unit!)!;
      let n = countValue(g.n!);
      const nw = lc(g.n);
      // ages: "a 44-year-old", "52 years old"
      if (g.old || /^old\b/.test(cx.nextWord) || /^(old|of age)\b/i.test(cx.text.slice(cx.end + 1, cx.end + 7).trim())) return null;
      // fractions: "three-quarters of its food", "a quarter of the market"
      if (unit === 'quarter' && n !== null && !g.the && !g.adj) {
        if (/^(a|an|one)$/.test(nw) || (cx.nextWord === 'of' && n <= 3) || (g.hy!.includes('-') && /s$/i.test(g.unit!))) return null;
      }
      // "one day" as in "one day, he left" and "a day" alone: a duration only in a duration context
      if (/^(a|an|one|single)$/.test(nw) && !g.qm && !g.adj && !g.the) {
        const anchored = /^(after|before|later|earlier)$/.test(cx.nextWord) || g.hy!.includes('-');
        if (!anchored && !/^(for|of|in|within|over|last|lasted|lasting|take|takes|took|spend|spent|than|about|after|nearly|almost|least)$/.test(cx.prevWord)) return null;
      }
      if (/^(some|many)$/.test(nw) && !g.the) return null;
      // "the first two quarters of 1990" is a half of that year (another rule)
      if (/^quarters$/i.test(g.unit!) && /^\s+of\s+(?:1\d{3}|20\d{2})\b/.test(cx.text.slice(cx.end, cx.end + 12))) return null;
      // "the 1990 quarter" is not "1990 quarters"
      if (/^\d{4}$/.test(g.n!.replace(/,/g, '')) && /^(quarter|year|month|week|day)s?$/.test(lc(g.unit))) return null;
      if (isFortnight(g.unit!) && n !== null) n *= 2;
      // "a minute and a half", "two years and a half"
      if (g.andhalf && n !== null && Number.isInteger(n)) n += 0.5;
      if (g.n2) n = countValue(g.n2) === null ? null : n;
      const value = durationValue(n, unit);
      const m = g.qm ? mod(g.qm) : g.orso ? 'APPROX' : null;
      return { type: 'DURATION', value, mod: m };
    },
  },
  {
    name: 'vague-duration',
    // the lookahead first, so that the lookbehind runs only before a unit word (not at every space of a long run)
    pattern: `(?=years|months|weeks|days|decades|hours|minutes|centuries)(?<=\\b(?:for|over|in|within|took|takes|lasted)\\s+)(?<unit>years|months|weeks|days|decades|hours|minutes|centuries)(?!\\s+(?:ago|earlier|later|of|to))`,
    make: (g) => {
      const unit = unitName(g.unit!)!;
      return { type: 'DURATION', value: durationValue(null, unit) };
    },
  },
];

const RULES_BY_NAME: Record<string, Rule> = Object.fromEntries(RULES.map((r) => [r.name, r]));

/** A capitalized time word inside a sentence is part of a name: the programme "This Week", the paper "USA Today". */
function titleCased(cx: MatchCx): boolean {
  const span = cx.text.slice(cx.start, cx.end);
  // a sentence may open with a quotation mark (``Today, …): that is still its start
  const opensSentence = cx.start === 0 || /(?:^|[.!?\n])\s*(?:["'`\u201c]+\s*)?$/.test(cx.text.slice(Math.max(0, cx.start - 5), cx.start));
  return !opensSentence && /^\p{Lu}/u.test(span) && span.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
}

/** "Today, China is …" about the present era rather than the article's day: a present-tense sentence opening with it. */
function genericToday(cx: MatchCx): boolean {
  const before = cx.text.slice(Math.max(0, cx.start - 2), cx.start);
  const atStart = cx.start === 0 || /^\s*$/.test(before) || /[.!?"]\s*$/.test(before) || /\n/.test(before);
  if (!atStart) return false;
  const t = cx.nextToken;
  if (!t || cx.text.slice(cx.end, t.start).includes(',')) return false;
  // the next few tokens: a present-tense verb and no past one
  for (const tok of cx.after.slice(0, 6)) {
    if (tok.tags.has('PastTense') && !tok.tags.has('Passive')) return false;
    if (tok.tags.has('Verb') && (tok.tags.has('PresentTense') || tok.tags.has('Copula'))) return true;
  }
  return false;
}
