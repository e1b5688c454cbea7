/** Sets, things that recur: "every March", "on Mondays", "every Friday night", "daily", "every two years", "$5 a year". */
import { pad } from '../calendar.js';
import { COUNT, MONTH_NAME, PARTS_OF_DAY, PART_OF_DAY, UNIT, WEEKDAY, WEEKDAY_PLURAL, countValue, durationValue, monthNumber, unitName, weekdayNumber } from '../lexicon.js';
import { lc, partOfDayCode } from './shared.js';
import type { Groups, MatchCx, Rule } from './types.js';

/** How many units an "every …" set counts: "every other year" is 2, "every three years" 3; null when not whole. */
function everyCount(g: Groups): number | null {
  const n = g.n ? (lc(g.n) === 'other' ? 2 : countValue(g.n)) : 1;
  return n !== null && Number.isInteger(n) ? n : null;
}

export const monthSet: Rule = {
  name: 'month-set',
  pattern: `(?:every|each)\\s+(?<mname>${MONTH_NAME})`,
  rejects: [{ name: 'lower-case', test: (g) => !/^[A-Z]/.test(g.mname!), reason: '"every march": a month is written with a capital' }],
  make: (g) => ({ type: 'SET', value: `XXXX-${pad(monthNumber(g.mname!)!)}` }),
};

export const weekdaySet: Rule = {
  name: 'weekday-set',
  pattern: `(?:(?<every>every|each)\\s+(?<wd>${WEEKDAY})(?:\\s+(?<pod>${PART_OF_DAY}))?|(?<wdp>${WEEKDAY_PLURAL}|${WEEKDAY}(?=\\s+(?:mornings|afternoons|evenings|nights)))(?:\\s+(?<pods>mornings|afternoons|evenings|nights))?)`,
  make: (g) => {
    const wd = weekdayNumber(g.wd ?? g.wdp!)!;
    const pod = partOfDayCode(g.pod ?? g.pods?.replace(/s$/i, ''));
    return { type: 'SET', value: `XXXX-WXX-${wd}${pod}` };
  },
};

export const set: Rule = {
  name: 'set',
  pattern: `(?<adv>daily|weekly|monthly|annually|yearly|nightly|hourly)|(?<every>every|each|per)\\s+(?:(?<n>other|${COUNT})\\s+)?(?<unit>${UNIT}|morning|afternoon|evening|night|weekend)|(?<a>a|an)\\s+(?<aunit>year|month|week|day|hour|quarter)(?!\\s*(?:ago|earlier|later|before|after|from|or|and|old|long))`,
  rejects: [
    {
      name: 'uneven-count',
      test: (g) => !!g.every && !PARTS_OF_DAY[lc(g.unit)] && lc(g.unit) !== 'weekend' && everyCount(g) === null,
      reason: '"every few years" names no period',
    },
    {
      name: 'not-a-rate',
      test: (g, cx) => !g.adv && !g.every && !countedBefore(cx.text.slice(Math.max(0, cx.start - 24), cx.start), cx),
      reason: '"a year" is a rate only after an amount: "$5 a year", "twice a day", "10% a year"',
    },
  ],
  make: (g) => {
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
      // "every year" is a set; "each of the past three years" is another rule
      return { type: 'SET', value: durationValue(everyCount(g)!, unitName(w)!) };
    }
    // "$5 a year", "twice a day", "10% a year"
    return { type: 'SET', value: durationValue(1, unitName(lc(g.aunit))!) };
  },
};

/** An amount right before "a year": a counted token, or a number, a percentage, "times", "twice", a currency. */
function countedBefore(before: string, cx: MatchCx): boolean {
  const pt = cx.prevToken;
  const counted = !!pt && pt.end >= cx.start - 2 && (pt.tags.has('Plural') || pt.tags.has('Value') || pt.tags.has('Money'));
  return counted || /(\d%?|percent|times|twice|once|thrice|dollars?|cents?|million|billion|thousand|trillion)\s*$/i.test(before);
}
