/**
 * Absolute dates, day by day and month by month: "2023-09-12", "9/12/2023", "Sept. 12, 2023", "12 September 2023",
 * "April 24 and 25", "Sept. 12", "12 September", "September 2023", "in September", "the week of Sept. 11".
 */
import { isValidDate } from '../calendar.js';
import { MONTH, MONTH_NAME, ORDINAL, POSITION_MOD, isMonthName, monthNumber, ordinalValue, weekdayNumber } from '../lexicon.js';
import { at, type Point } from '../point.js';
import { bareMonth, monthDay as resolveMonthDay, relMonth } from '../resolve.js';
import { D, FORWARD, MONTH_PREPS, POS, REL_DIR, WD_OPT, Y4, dayDraft, lc, mod, num, twoDigitYear } from './shared.js';
import type { Groups, MatchCx, Rejection, Rule } from './types.js';

/** After "I", "may" and "march" are verbs: "I may 5 …" is not a date. */
const VERB_AFTER_I: Rejection = {
  name: 'verb-after-i',
  test: (g, cx) => /^(may|march)$/i.test(g.month!) && cx.prevWord === 'i',
  reason: 'after "I", "may" and "march" are verbs',
};

export const isoDate: Rule = {
  name: 'iso-date',
  pattern: `(?<y>\\d{4})-(?<mo>[01]\\d)-(?<d>[0-3]\\d)(?:T(?<h>[0-2]\\d):(?<mi>[0-5]\\d))?`,
  make: (g) => dayDraft(num(g.y), num(g.mo), num(g.d), g.h ? `T${g.h}:${g.mi}` : ''),
};

export const numericDate: Rule = {
  name: 'numeric-date',
  pattern: `(?<mo>[01]?\\d)/(?<d>[0-3]?\\d)/(?<y>\\d{4}|\\d{2})(?![/\\d])`,
  make: (g) => {
    const y = g.y!.length === 2 ? (num(g.y) > 30 ? 1900 : 2000) + num(g.y) : num(g.y);
    return dayDraft(y, num(g.mo), num(g.d));
  },
};

export const monthDayYear: Rule = {
  name: 'month-day-year',
  pattern: `${WD_OPT}(?<month>${MONTH})\\s*${D},?\\s+(?:(?<y>\\d{4})|'(?<yy>\\d{2}))`,
  make: (g) => {
    const y = g.y ? num(g.y) : twoDigitYear(num(g.yy), null);
    return dayDraft(y, monthNumber(g.month!)!, num(g.d));
  },
};

export const dayMonthYear: Rule = {
  name: 'day-month-year',
  pattern: `${WD_OPT}(?:the\\s+)?${D}\\s+(?:of\\s+)?(?<month>${MONTH}),?\\s+${Y4}`,
  make: (g) => dayDraft(num(g.y), monthNumber(g.month!)!, num(g.d)),
};

export const monthDayPair: Rule = {
  name: 'month-day-pair',
  glued: true,
  pattern: `(?<month>${MONTH})\\s*(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?<sep>\\s*(?:and|or|to|through|-|–)\\s*)(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?(?=\\s*(?:[,.;:)]|$)|\\s+(?:in|at|on|when|this|next|last|of|and|with|for)\\b)`,
  rejects: [
    { name: 'not-a-day-range', test: (g) => !(num(g.d) >= 1 && num(g.d2) <= 31 && num(g.d2) > num(g.d)), reason: 'the second day must follow the first within a month' },
    VERB_AFTER_I,
  ],
  make: (g, cx) => {
    // "April 24 and 25": two days, each its own expression (TimeML tags each)
    const m = monthNumber(g.month!)!;
    const d1 = num(g.d);
    const d2 = num(g.d2);
    const first = g.month!.length + cx.text.slice(cx.start + g.month!.length, cx.end).indexOf(g.d!) + g.d!.length;
    const len = cx.end - cx.start;
    const secondAt = len - (cx.text.slice(cx.start, cx.end).length - cx.text.slice(cx.start, cx.end).lastIndexOf(g.d2!));
    const forward = FORWARD.test(cx.prevWord);
    return [
      { type: 'DATE', value: resolveMonthDay(m, d1, '', undefined, forward), trimEnd: len - first },
      { type: 'DATE', value: resolveMonthDay(m, d2, '', undefined, forward), trimStart: secondAt },
    ];
  },
};

export const monthDay: Rule = {
  name: 'month-day',
  pattern: `${WD_OPT}(?<month>${MONTH})\\s*(?:${D}|(?:the\\s+)?(?<od>${ORDINAL}))(?!\\s*(?:%|percent))`,
  rejects: [
    { name: 'not-a-day', test: (g) => !isDayOfMonth(dayOf(g)), reason: 'a day of the month is 1 to 31' },
    VERB_AFTER_I,
  ],
  make: (g, cx) => {
    const m = monthNumber(g.month!)!;
    return { type: 'DATE', value: resolveMonthDay(m, dayOf(g), '', g.wd ? weekdayNumber(g.wd) : undefined, FORWARD.test(cx.prevWord)) };
  },
};

export const dayMonth: Rule = {
  name: 'day-month',
  pattern: `${WD_OPT}(?:the\\s+)?${D}\\s+(?:of\\s+)?(?<month>${MONTH_NAME})`,
  rejects: [
    { name: 'number-before', test: (_g, cx) => /^[\d$]/.test(cx.prevWord), reason: 'a number or an amount right before: the day is one of a list of numbers' },
    { name: 'not-a-day', test: (g) => !isDayOfMonth(num(g.d)), reason: 'a day of the month is 1 to 31' },
  ],
  make: (g) => ({ type: 'DATE', value: resolveMonthDay(monthNumber(g.month!)!, num(g.d)) }),
};

export const monthYear: Rule = {
  name: 'month-year',
  pattern: `${POS}(?<month>${MONTH}),?\\s+(?:of\\s+)?(?:${Y4}|'(?<yy>\\d{2})(?!\\w))`,
  make: (g) => {
    const y = g.y ? num(g.y) : twoDigitYear(num(g.yy), null);
    return { type: 'DATE', value: at('month', { y, m: monthNumber(g.month!)!, d: 1 }), mod: mod(g.pos) };
  },
};

export const month: Rule = {
  name: 'month',
  pattern: `(?:(?<rel>last|this|next|this past|this coming)\\s+|(?<pos>${POSITION_MOD})\\s*)?(?<month>${MONTH})(?!\\.?\\s*\\d)`,
  rejects: [
    { name: 'abbreviation', test: (g) => !isMonthName(g.month!), reason: 'an abbreviation alone is too ambiguous ("Jan" the name, "Dec" …)' },
    { name: 'name', test: (g, cx) => !!cx.tokenAt(cx.end - g.month!.length)?.tags.has('Honorific') || /^(mr|mrs|ms|dr)$/.test(cx.prevWord) || nameNext(cx), reason: 'a name, not a month: "Mr. August", "August Busch"' },
    { name: 'no-date-word', test: (g, cx) => bare(g) && !MONTH_PREPS.has(cx.prevWord) && !attributive(cx), reason: 'a bare month needs a date word before it ("in April", "last May") or a noun after "the" ("the October slaying", not "the March for Peace")' },
    { name: 'may-verb', test: (g, cx) => bare(g) && /^may$/i.test(g.month!) && glued(cx) && (/^(i|we|you|he|she|it|they|be|have|not|also|well|still|never|soon)$/.test(cx.nextWord) || cx.after[0]!.tags.has('Verb')), reason: '"May I", "may be": the verb' },
    { name: 'march-verb', test: (g, cx) => bare(g) && /^march$/i.test(g.month!) && !!cx.after[0]?.tags.has('Preposition') && /^(on|through|to|toward|towards|into|down|across|past)$/.test(cx.nextWord), reason: '"march on", "march to": the verb' },
  ],
  make: (g, cx) => {
    const m = monthNumber(g.month!)!;
    if (g.rel) {
      const dir = REL_DIR[lc(g.rel)] ?? 0;
      return { type: 'DATE', value: relMonth(m, dir) };
    }
    return { type: 'DATE', value: bareMonth(m, !g.pos && FORWARD.test(cx.prevWord)), mod: mod(g.pos) };
  },
};

export const weekOf: Rule = {
  name: 'week-of',
  pattern: `the\\s+week\\s+of\\s+(?<month>${MONTH})\\s*${D}(?:,?\\s+${Y4})?`,
  make: (g) => {
    const m = monthNumber(g.month!)!;
    const d = num(g.d);
    const toWeek = (p: Point | string | null) => (p && typeof p !== 'string' ? { gran: 'week' as const, day: p.day } : p);
    if (g.y) return isValidDate(num(g.y), m, d) ? { type: 'DATE', value: at('week', { y: num(g.y), m, d }) } : null;
    const inner = resolveMonthDay(m, d);
    return { type: 'DATE', value: (env) => toWeek(inner(env)) };
  },
};

const dayOf = (g: Groups): number => (g.d ? num(g.d) : ordinalValue(g.od!) ?? 0);
const isDayOfMonth = (d: number): boolean => d >= 1 && d <= 31;

/** A month without "last", "next" or "early" before it. */
const bare = (g: Groups): boolean => !g.rel && !g.pos;
/** The next token follows the month with no punctuation between. */
function glued(cx: MatchCx): boolean {
  const next = cx.after[0];
  return !!next && !/[,.;:!?"()]/.test(cx.text.slice(cx.end, next.start));
}
/** A capitalized word right after, not a date or a number: "August Busch". */
function nameNext(cx: MatchCx): boolean {
  const next = cx.after[0];
  return !!next && /^[A-Z]/.test(next.text) && !/[,.;:]/.test(cx.text.slice(cx.end, next.start)) && !next.tags.has('Date') && !next.tags.has('Value');
}
/** "the October slaying": a month before a noun, after "the". */
function attributive(cx: MatchCx): boolean {
  const next = cx.after[0];
  return cx.prevWord === 'the' && !!next && /^[a-z]/.test(next.text) && next.tags.has('Noun') && !/[,.;:]/.test(cx.text.slice(cx.end, next.start));
}
