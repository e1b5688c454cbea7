/** Durations: "three years", "the past two weeks", "a 10-day visit", "more than a decade", "for years". */
import { COUNT, QUANT_MOD, UNIT, countValue, durationValue, isFortnight, unitName } from '../lexicon.js';
import { lc, mod } from './shared.js';
import type { Groups, Rule } from './types.js';

const count = (g: Groups): number | null => countValue(g.n!);
const single = (g: Groups): boolean => /^(a|an|one|single)$/.test(lc(g.n));

export const duration: Rule = {
  name: 'duration',
  pattern: `(?:(?<qm>${QUANT_MOD})\\s+)?(?:(?<the>the)\\s+)?(?:(?<adj>first|past|last|next|previous|coming|latest|following|final|year-earlier|year-ago|preceding|initial|remaining|same|current)\\s+)?(?<n>${COUNT})(?:\\s+(?:to|or|-)\\s+(?<n2>${COUNT}))?(?<hy>[\\s-]+)(?:more\\s+|full\\s+|straight\\s+|consecutive\\s+|additional\\s+|long\\s+)?(?<unit>${UNIT})(?<old>-old)?(?<andhalf>\\s+and\\s+a\\s+half)?(?<orso>\\s+or\\s+so)?`,
  // none of these reads the modifier when "the" is there, so they hold alike for "over the past three years"
  rejects: [
    { name: 'age', test: (g, cx) => !!g.old || /^old\b/.test(cx.nextWord) || /^(old|of age)\b/i.test(cx.text.slice(cx.end + 1, cx.end + 7).trim()), reason: 'an age: "a 44-year-old", "52 years old"' },
    {
      name: 'fraction',
      test: (g, cx) => {
        const n = count(g);
        if (unitName(g.unit!) !== 'quarter' || n === null || g.the || g.adj) return false;
        return /^(a|an|one)$/.test(lc(g.n)) || (cx.nextWord === 'of' && n <= 3) || (g.hy!.includes('-') && /s$/i.test(g.unit!));
      },
      reason: 'a fraction: "three-quarters of its food", "a quarter of the market"',
    },
    {
      name: 'one-alone',
      test: (g, cx) => {
        if (!single(g) || g.qm || g.adj || g.the) return false;
        const anchored = /^(after|before|later|earlier)$/.test(cx.nextWord) || g.hy!.includes('-');
        return !anchored && !/^(for|of|in|within|over|last|lasted|lasting|take|takes|took|spend|spent|than|about|after|nearly|almost|least)$/.test(cx.prevWord);
      },
      reason: '"one day, he left", "a day" alone: a duration only in a duration context ("for a day", "a day later")',
    },
    { name: 'vague-count', test: (g) => /^(some|many)$/.test(lc(g.n)) && !g.the, reason: '"some years", "many months" name no length' },
    {
      name: 'quarters-of-year',
      test: (g, cx) => /^quarters$/i.test(g.unit!) && /^\s+of\s+(?:1\d{3}|20\d{2})\b/.test(cx.text.slice(cx.end, cx.end + 12)),
      reason: '"the first two quarters of 1990" is a half of that year (another rule)',
    },
    { name: 'year-number', test: (g) => /^\d{4}$/.test(g.n!.replace(/,/g, '')) && /^(quarter|year|month|week|day)s?$/.test(lc(g.unit)), reason: '"the 1990 quarter" is not "1990 quarters"' },
  ],
  make: (g, cx) => {
    if (g.qm && g.the && /^(over|under|within|around|about)$/i.test(g.qm)) {
      // "over the past three years": a preposition, not "more than"
      const inner = duration.make({ ...g, qm: undefined }, cx);
      return inner && { ...inner, trimStart: g.qm.length + 1 };
    }
    const unit = unitName(g.unit!)!;
    let n = count(g);
    if (isFortnight(g.unit!) && n !== null) n *= 2;
    // "a minute and a half", "two years and a half"
    if (g.andhalf && n !== null && Number.isInteger(n)) n += 0.5;
    if (g.n2) n = countValue(g.n2) === null ? null : n;
    const value = durationValue(n, unit);
    const m = g.qm ? mod(g.qm) : g.orso ? 'APPROX' : null;
    return { type: 'DURATION', value, mod: m };
  },
};

export const vagueDuration: Rule = {
  name: 'vague-duration',
  // the lookahead first, so that the lookbehind runs only before a unit word (not at every space of a long run)
  pattern: `(?=years|months|weeks|days|decades|hours|minutes|centuries)(?<=\\b(?:for|over|in|within|took|takes|lasted)\\s+)(?<unit>years|months|weeks|days|decades|hours|minutes|centuries)(?!\\s+(?:ago|earlier|later|of|to))`,
  make: (g) => {
    const unit = unitName(g.unit!)!;
    return { type: 'DURATION', value: durationValue(null, unit) };
  },
};
