/**
 * Dates chained to the last date mentioned: "two days later", "a year earlier", "the next day", "that week", "the day
 * before", "the year", "the end of the month", "the day" (the trading day reported), "the weekend".
 */
import type { TimexMod } from '../../schema.js';
import { COUNT, PARTS_OF_DAY, QUANT_MOD, UNIT, countValue, unitName, type UnitName } from '../lexicon.js';
import { at, finer } from '../point.js';
import { chain, fromDct, type Resolver, theWeekend as weekendOf, yearBeforeReport } from '../resolve.js';
import { lc, mod } from './shared.js';
import type { Rule } from './types.js';

const HOURS = /^(hours?|minutes?|seconds?)$/i;

export const chainOffset: Rule = {
  name: 'chain-offset',
  pattern: `(?:(?<qm>${QUANT_MOD})\\s+)?(?<n>${COUNT})[\\s-]+(?<unit>${UNIT})\\s+(?<dir>earlier|later|before|after|afterwards?|previously|prior)(?![\\w])`,
  rejects: [
    {
      name: 'event-after',
      test: (g, cx) => /^(before|after|prior)$/.test(lc(g.dir)) && /^[a-z]/i.test(cx.nextWord) && !/^(that|this)$/.test(cx.nextWord),
      reason: '"two days after the attack": the duration is the expression, the anchor is an event',
    },
    {
      name: 'hours',
      test: (g) => HOURS.test(g.unit!) && Number.isInteger(countValue(g.n!)),
      reason: '"two hours later": no clock time to count from',
    },
  ],
  make: (g) => {
    const dirWord = lc(g.dir);
    const unit = unitName(g.unit!)!;
    const n = countValue(g.n!);
    if (n === null || !Number.isInteger(n)) return { type: 'DATE', value: /later|after/.test(dirWord) ? 'FUTURE_REF' : 'PAST_REF' };
    const sign = /later|after/.test(dirWord) ? 1 : -1;
    const u: UnitName = unit === 'decade' ? 'year' : unit === 'century' ? 'year' : unit;
    const k = unit === 'decade' ? 10 * n : unit === 'century' ? 100 * n : n;
    // "a year earlier" keeps the anchor's granularity (a quarter a year earlier); "two days later" is a day
    const value: Resolver = (env) => {
      // "a year earlier" after "For the nine months": the year before
      if (sign < 0 && k === 1 && u === 'year' && env.yearToDate) return yearBeforeReport(env);
      const p = chain(sign * k, u)(env);
      if (!p || typeof p === 'string') return p;
      // the anchor's granularity, but never finer than a day with a time
      return u === 'year' || u === 'month' || u === 'quarter' ? { ...p, suffix: undefined } : p;
    };
    return { type: 'DATE', value, mod: mod(g.qm), anchor: false };
  },
};

export const chainUnit: Rule = {
  name: 'chain-unit',
  pattern: `(?:(?<pos>earlier|later|early|late)\\s+)?(?:(?<the>the)\\s+)?(?<rel>next|following|previous|preceding|prior|same|that|that same)\\s+(?<unit>day|week|month|year|morning|afternoon|evening|night|weekend|quarter)|(?:the\\s+)?(?<unit2>day|week|month|year)\\s+(?<dir2>before|after|earlier)(?![\\w])`,
  rejects: [
    {
      name: 'anchor-after',
      test: (g, cx) => !!g.unit2 && lc(g.dir2) !== 'earlier' && /^[a-z]/i.test(cx.nextWord) && !/^(yesterday|today)$/.test(cx.nextWord),
      reason: '"the day before the vote": an anchor follows; only "the day before." at the end of a clause',
    },
    { name: 'without-the', test: (g, cx) => !!g.unit2 && !/^the\s/i.test(cx.text.slice(cx.start, cx.end)), reason: '"a day before" is a duration, "the day before" a date' },
    { name: 'relative-to-article', test: (g) => !g.unit2 && !g.the && /^(next|previous)$/.test(lc(g.rel)), reason: '"next week" without "the" counts from the article\'s date: another rule' },
    { name: 'that-day-of', test: (g, cx) => lc(g.rel) === 'that' && /^(day|week)$/.test(lc(g.unit)) && cx.nextWord === 'of', reason: '"that day of the festival": another anchor follows' },
    { name: 'weekend', test: (g) => lc(g.unit) === 'weekend', reason: '"the following weekend" is left unresolved: no weekend counts from the last date' },
  ],
  make: (g) => {
    const unitWord = lc(g.unit ?? g.unit2);
    const rel = lc(g.rel ?? (lc(g.dir2) === 'after' ? 'following' : 'previous'));
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
};

export const theYear: Rule = {
  name: 'the-year',
  pattern: `the\\s+(?:(?<full>full|entire|whole|current|latest)\\s+)?(?:(?<fiscal>fiscal)\\s+)?year(?:(?=\\s+(?:ended|ending|to)\\b)(?<ended>)|)`,
  rejects: [
    { name: 'fiscal-year-of', test: (g, cx) => g.ended === undefined && !g.full && !!g.fiscal && cx.nextWord === 'of', reason: '"the fiscal year of the company": no year named' },
    {
      name: 'a-year-described',
      test: (g, cx) => g.ended === undefined && !g.full && !g.fiscal && /^(of|he|she|they|we|i|it|when|that|which|before|after|in|on|to|and)$/.test(cx.nextWord),
      reason: '"the year of the dragon", "the year he left", "the year before": a year described, not the one the text is about',
    },
  ],
  make: (g) => {
    if (g.ended !== undefined) return { type: 'DURATION', value: 'P1Y' };
    if (g.full === 'latest') return { type: 'DATE', value: fromDct(-1, 'year', 'year') };
    if (g.full) return { type: 'DATE', value: fromDct(0, 'year', 'year') };
    if (g.fiscal) return { type: 'DURATION', value: 'P1Y' };
    // "a high for the year", "the first nine months of the year": the year the text is about, that of the last date
    // mentioned (else the article's)
    const value: Resolver = (env) => {
      const base = env.last && !finer('year', env.last.gran) ? env.last.day : env.dct;
      return base ? at('year', base) : 'XXXX';
    };
    return { type: 'DATE', value };
  },
};

export const positionOfUnit: Rule = {
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
};

export const theDay: Rule = {
  name: 'the-day',
  pattern: `the\\s+day(?!\\s+(?:before|after|of|when|that|which|on|in|to|he|she|they|we|I)\\b)(?!-)`,
  rejects: [
    {
      name: 'no-day-word',
      test: (_g, cx) => !/^(end|ended|ends|ending|finish|finished|finishing|close|closed|for|during|start|started|begin|began|throughout|of|in|later|earlier)$/.test(cx.prevWord),
      reason: '"the day" is a date only as the trading day reported: "to end the day at 7,114", "for the day"',
    },
  ],
  make: () => {
    const value: Resolver = (env) => (env.last?.gran === 'day' ? at('day', env.last.day) : env.dct ? at('day', env.dct) : 'XXXX-XX-XX');
    return { type: 'DATE', value };
  },
};

export const theWeekend: Rule = {
  name: 'the-weekend',
  pattern: `the\\s+weekend`,
  rejects: [{ name: 'anchor-after', test: (_g, cx) => /^(of|before|after)$/.test(cx.nextWord), reason: '"the weekend of the festival", "the weekend before the vote": another anchor follows' }],
  make: () => {
    return { type: 'DATE', value: weekendOf(null) };
  },
};
