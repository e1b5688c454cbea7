import { describe, expect, it } from 'vitest';
import { parse } from '../../src/nlp/document.js';
import { normalizeText } from '../../src/text/normalize.js';
import { extractDates } from '../../src/extract/dates.js';
import { RULES } from '../../src/time/rules.js';

/** The rules that tagged a word of a sentence (an empty list when none did). */
function rulesAt(sentence: string, word: string): string[] {
  const text = normalizeText(sentence);
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`"${word}" is not in "${sentence}"`);
  const facts = extractDates({ doc: parse(text), referenceDate: '2023-09-12' });
  return facts.filter((f) => f.start < at + word.length && at < f.end).map((f) => f.rule);
}

describe('the rules and their rejections', () => {
  it('every rule has a unique name, and its rejections unique names and a reason', () => {
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
    for (const r of RULES) {
      const names = (r.rejects ?? []).map((x) => x.name);
      expect(new Set(names).size, r.name).toBe(names.length);
      for (const x of r.rejects ?? []) expect(x.reason.length, `${r.name}/${x.name}`).toBeGreaterThan(10);
    }
  });
});

/** [rule, rejection, a sentence it drops (the word), a near one the rule keeps (the word)] */
const table: Array<[rule: string, rejection: string, dropped: [string, string], kept: [string, string]]> = [
  ['month', 'may-verb', ['Officials may meet again soon.', 'may'], ['The talks ended in May.', 'May']],
  ['month', 'name', ['Mr. August told the committee he had resigned.', 'August'], ['The talks ended in August.', 'August']],
  ['month', 'no-date-word', ['Thousands joined the March for Peace.', 'March'], ['Thousands marched in March.', 'March']],
  ['month-day', 'verb-after-i', ['I may 5 times a day.', 'may'], ['The vote is on May 5.', 'May 5']],
  ['year', 'plural-after', ['The dealer sold 1991 cars in the quarter.', '1991'], ['The dealer sold cars in 1991.', '1991']],
  ['year', 'score', ['The bill passed by a vote of 2004 to 11.', '2004'], ['The bill passed in 2004.', '2004']],
  ['year', 'label', ['Flight 2012 landed safely.', '2012'], ['The flight landed safely in 2012.', '2012']],
  ['decade', 'two-digits-without-the', ['She is in her 40s and lives in Ohio.', '40s'], ['Prices rose in the 70s and 80s.', '70s']],
  ['clock', 'high-noon', ['It was high noon for the rebels.', 'noon'], ['The rebels attacked at noon.', 'noon']],
  ['clock-24h', 'no-time-word', ['The score was 21:14 at half-time.', '21:14'], ['The train left at 21:14.', '21:14']],
  ['holiday', 'lower-case', ['They ate an easter egg.', 'easter'], ['They left on Easter.', 'Easter']],
  ['quarter', 'fraction', ['Funds hold a quarter of the bonds.', 'quarter'], ['Profit rose in the third quarter.', 'third quarter']],
  ['season', 'fall-verb', ['Snow may fall in the mountains.', 'fall'], ['Snow came in the fall.', 'fall']],
  ['ago', 'no-count', ['The treaty was signed a full year ago.', 'year ago'], ['The treaty was signed years ago.', 'years ago']],
  ['ref', 'adjective', ['The now-defunct airline sold its planes.', 'now'], ['The airline is now defunct.', 'now']],
  ['chain-offset', 'event-after', ['Two days after the attack, police arrived.', 'after'], ['Police arrived two days later.', 'later']],
  ['chain-unit', 'relative-to-article', ['The talks resume next week.', 'next week'], ['The talks resumed the next week.', 'the next week']],
  ['the-weekend', 'anchor-after', ['Rain fell the weekend of the fair.', 'weekend'], ['Rain fell over the weekend.', 'weekend']],
  ['duration', 'age', ['The 44-year-old farmer was arrested.', '44-year'], ['The farmer was held for 44 years.', '44 years']],
  ['duration', 'fraction', ['Iraq imports about three-quarters of its food.', 'three-quarters'], ['The plan takes three quarters.', 'three quarters']],
  ['set', 'not-a-rate', ['He was given a year to pay.', 'a year'], ['He earns $5,000 a year.', 'a year']],
  ['month-set', 'lower-case', ['Soldiers march every march past the hall.', 'march'], ['They meet every March.', 'March']],
];

describe('rejections: each drops its case, and the rule keeps the near one', () => {
  for (const [rule, name, [dropped, dw], [kept, kw]] of table) {
    it(`${rule}/${name}`, () => {
      expect(RULES.find((r) => r.name === rule)?.rejects?.some((x) => x.name === name), 'the rejection exists').toBe(true);
      expect(rulesAt(dropped, dw)).not.toContain(rule);
      expect(rulesAt(kept, kw)).toContain(rule);
    });
  }
});
