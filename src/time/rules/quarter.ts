/**
 * Quarters and halves, and the quarter under report: "the third quarter", "the fourth quarter of 1990", "last quarter",
 * "the year-ago quarter", "the quarter ended Sept. 30", "Q3 2023", "the first half", "the first two quarters of 1990".
 */
import { addDays, quarterOf } from '../calendar.js';
import { MONTH, QUANT_MOD, monthNumber, ordinalValue } from '../lexicon.js';
import { at } from '../point.js';
import { currentReportQuarter, fromDct, monthDay, quarterOfYear, type Resolver, yearBeforeReport } from '../resolve.js';
import { Y4, lc, num, twoDigitYear } from './shared.js';
import type { Groups, Rule } from './types.js';

/** What follows "the quarter" when the text names its last day: " ended Sept. 30", " ending June 30". */
const QUARTER_ENDED = new RegExp(`^\\s+(?:ended|ending)\\s+(${MONTH})\\s*(\\d{1,2})(?!\\d)`, 'i');

const validOrdinal = (g: Groups): boolean => {
  const qn = g.ord ? ordinalValue(g.ord) : undefined;
  return !!qn && qn <= 4;
};

export const quarter: Rule = {
  name: 'quarter',
  pattern: `(?:(?<the>the)\\s+)?(?:(?<poss>this year's|last year's|next year's)\\s+)?(?:(?<rel>latest|current|most recent|same|comparable|previous|prior|past|this|last|next|coming|year-ago|year-earlier|year ago|year earlier)\\s+)?(?:(?<py>\\d{4})\\s+)?(?:(?<fiscal>fiscal)[- ])?(?:(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)[- ])?(?:(?<fiscal2>fiscal)\\s+)?(?:(?<q>quarter)|(?<period>period))(?:\\s+of\\s+(?:(?<ofy>\\d{4})|(?<ofrel>this|last|next)\\s+year|fiscal\\s+(?<ofy2>\\d{4})))?(?![\\w-])`,
  rejects: [
    {
      name: 'period',
      test: (g) => !!g.period && !g.py && !/^(latest|year-ago|year-earlier|year ago|year earlier|same|comparable)$/.test(lc(g.rel)),
      reason: '"the period" is a quarter only with a year or as "the year-ago period", "the same period"',
    },
    { name: 'bare', test: (g) => !g.ord && !g.the && !g.rel && !g.poss && !g.py, reason: '"quarter" alone is a fraction or a district' },
    { name: 'fraction', test: (g, cx) => !g.ord && cx.nextWord === 'of' && !g.ofy && !g.ofrel && !g.ofy2, reason: '"a quarter of the shares", "the quarter of the city"' },
    { name: 'year-without-ordinal', test: (g) => !validOrdinal(g) && (!!g.ofy || !!g.ofy2), reason: '"the quarter of 1990" names no quarter' },
  ],
  make: (g, cx) => {
    const qn = g.ord ? ordinalValue(g.ord) : undefined;
    const rel = lc(g.rel);
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
    // no ordinal: "the quarter", "the latest quarter", "last quarter", "the year-ago quarter"
    if (g.py && !g.ofy && !g.ofy2) {
      // "the 1988 quarter": the quarter under report, in that year; "the 1988 period" after "the nine months": that year
      const y = num(g.py);
      return {
        type: 'DATE',
        value: (env) => {
          if (g.period && env.yearToDate) return at('year', { y, m: 1, d: 1 });
          const p = currentReportQuarter(0)(env);
          return p && typeof p !== 'string' ? at('quarter', { y, m: p.day.m, d: 1 }) : `${y}-QX`;
        },
        anchor: false,
      };
    }
    if (rel === 'last' || rel === 'previous' || rel === 'prior' || rel === 'past') return { type: 'DATE', value: fromDct(-3, 'month', 'quarter') };
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
    const reported = currentReportQuarter(yearAgoShift);
    // "the year-ago period" after "For the nine months": the year before
    const value: Resolver = g.period && yearAgoShift < 0 ? (env) => yearBeforeReport(env) ?? reported(env) : reported;
    return { type: 'DATE', value, anchor: yearAgoShift === 0 };
  },
};

export const quarterYearAgo: Rule = {
  name: 'quarter-year-ago',
  pattern: `the\\s+(?:(?:same|corresponding|comparable|year-ago|year-earlier)\\s+)?(?:quarter|period)\\s+(?:last\\s+year|a\\s+year\\s+(?:ago|earlier)|the\\s+year\\s+before)`,
  // "the quarter a year ago", "the corresponding period last year": the quarter under report, a year back (a period
  // after "the nine months": the year before)
  make: (_g, cx) => {
    const period = /\bperiod\b/i.test(cx.text.slice(cx.start, cx.end));
    return { type: 'DATE', value: (env) => (period && yearBeforeReport(env)) || currentReportQuarter(-1)(env), anchor: false };
  },
};

export const quartersOfYear: Rule = {
  name: 'quarters-of-year',
  pattern: `(?<qm>${QUANT_MOD}\\s+)?the\\s+(?<which>first|last)\\s+two\\s+quarters\\s+of\\s+${Y4}`,
  // "the first two quarters of 1990" is its first half ("at least" is not part of the expression)
  make: (g) => {
    const half = lc(g.which) === 'first' ? 1 : 2;
    return { type: 'DATE', value: at('half', { y: num(g.y), m: half === 1 ? 1 : 7, d: 1 }, { half }), trimStart: g.qm?.length ?? 0 };
  },
};

export const quarterAbbreviation: Rule = {
  name: 'quarter-abbreviation',
  pattern: `(?:Q(?<qa>[1-4])|(?<qb>[1-4])Q)(?:\\s+(?:(?<y>(?:19|20)\\d{2})|FY\\s*(?<fy>(?:19|20)\\d{2}))|\\s*'(?<yy>\\d{2}))?`,
  rejects: [{ name: 'lower-case', test: (_g, cx) => !/Q/.test(cx.text.slice(cx.start, cx.end)), reason: '"q3" is not written for a quarter: "Q3", "3Q"' }],
  make: (g) => {
    const q = num(g.qa ?? g.qb);
    const y = g.y ?? g.fy;
    if (y) return { type: 'DATE', value: at('quarter', { y: num(y), m: (q - 1) * 3 + 1, d: 1 }) };
    if (g.yy) { const yy = num(g.yy); return { type: 'DATE', value: (env) => at('quarter', { y: twoDigitYear(yy, env), m: (q - 1) * 3 + 1, d: 1 }) }; }
    return { type: 'DATE', value: quarterOfYear(q) };
  },
};

export const half: Rule = {
  name: 'half',
  pattern: `(?:(?<the>the)\\s+)?(?:(?<poss>this year's|last year's|next year's)\\s+)?(?<ord>first|second|last|latter)[- ]half(?:\\s+of\\s+(?:(?<ofy>\\d{4})|(?<ofrel>this|last|next)\\s+year|the\\s+year|fiscal\\s+(?<ofy2>\\d{4})))?`,
  rejects: [
    { name: 'bare', test: (g) => !g.the && !g.poss && !g.ofy && !g.ofrel && !g.ofy2, reason: '"first half" alone: "the first half", "first half of 1990"' },
    { name: 'of-something-else', test: (g, cx) => !g.ofy && !g.ofrel && !g.ofy2 && !g.poss && cx.nextWord === 'of', reason: '"the first half of the game", "the second half of the century"' },
  ],
  make: (g) => {
    const half = lc(g.ord) === 'first' ? 1 : 2;
    const y = g.ofy ?? g.ofy2;
    if (y) return { type: 'DATE', value: at('half', { y: num(y), m: half === 1 ? 1 : 7, d: 1 }, { half }) };
    const shiftY = g.ofrel ? ({ this: 0, last: -1, next: 1 }[lc(g.ofrel)] ?? 0) : g.poss ? ({ "this year's": 0, "last year's": -1, "next year's": 1 }[lc(g.poss)] ?? 0) : 0;
    return { type: 'DATE', value: (env) => (env.dct ? at('half', { y: env.dct.y + shiftY, m: half === 1 ? 1 : 7, d: 1 }, { half }) : `XXXX-H${half}`) };
  },
};

export const yearAgoAdjective: Rule = {
  name: 'year-ago-adjective',
  pattern: `year[- ](?:ago|earlier)(?!\\s+(?:quarter|period|third|second|first|fourth|nine|six|three))`,
  make: (_g, cx) => {
    if (/^the$/.test(cx.prevWord)) return { type: 'DATE', value: (env) => yearBeforeReport(env) ?? currentReportQuarter(-1)(env), anchor: false };
    return { type: 'DATE', value: (env) => yearBeforeReport(env) ?? (env.lastQuarter ? currentReportQuarter(-1)(env) : fromDct(-1, 'year', 'year')(env)), anchor: false };
  },
};
