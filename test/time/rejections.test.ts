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
  ['month-day-pair', 'not-a-day-range', ['The fair runs April 25 and 24 in the park.', 'April 25'], ['The fair runs April 24 and 25 in the park.', 'April 24']],
  ['day-month', 'number-before', ['Scores were 10 12 May in the draw.', '12 May'], ['The vote was held on 12 May.', '12 May']],
  ['month', 'abbreviation', ['He met Jan yesterday.', 'Jan'], ['He met her in January.', 'January']],
  ['month', 'march-verb', ['The rebels may march on the capital.', 'march'], ['The rebels arrived in March.', 'March']],
  ['spelled-year', 'no-date-word', ['She ate twenty twenty-one grapes.', 'twenty twenty-one'], ['The law passed in twenty twenty-one.', 'twenty twenty-one']],
  ['decade', 'word-without-the', ['He is in his sixties now.', 'sixties'], ['Rock began in the sixties.', 'sixties']],
  ['year-range', 'amount', ['The ministry said 1990-2000 troops fled.', '1990-2000'], ['The war lasted 1990-2000 in the region.', '1990-2000']],
  ['year-short', 'no-date-word', ["He shouted '98 times.", "'98"], ["He graduated in '98.", "'98"]],
  ['year', 'old-year-without-context', ['Troops numbered 1500 at the border.', '1500'], ['The town was founded in 1500.', '1500']],
  ['year', 'amount-word', ['The firm sold 1991 shares.', '1991'], ['The firm was sold in 1991.', '1991']],
  ['year', 'thousands', ['The company paid $1,991 for the licence.', '991'], ['The company paid for the licence in 1991.', '1991']],
  ['clock', 'am-verb', ['Room 5   am I right?', 'am I'], ['The blast came at 5 am Tuesday.', '5 am']],
  ['clock-part-of-day', 'no-time-word', ['He scored 2 in the afternoon session.', '2 in the afternoon'], ['He left at 2 in the afternoon.', '2 in the afternoon']],
  ['part-of-day', 'anchor-after', ['Voters came in the morning after the vote.', 'morning'], ['Voters came in the morning.', 'morning']],
  ['quarter', 'bare', ['He paid quarter price.', 'quarter'], ['Profit fell last quarter.', 'last quarter']],
  ['half', 'of-something-else', ['Rain fell in the first half of the game.', 'first half'], ['Sales fell in the first half.', 'first half']],
  ['rel-unit', 'title', ['He spoke on This Week with reporters.', 'This Week'], ['He spoke this week with reporters.', 'this week']],
  ['deictic-day', 'title', ['He wrote in USA Today about it.', 'Today'], ['He wrote about it today.', 'today']],
  ['ref', 'the-past-unit', ['Sales rose over the past week.', 'the past'], ['Such sales belong to the past.', 'the past']],
  ['chain-unit', 'without-the', ['Police came a day before.', 'day before'], ['Police came the day before.', 'day before']],
  ['the-year', 'a-year-described', ['It was the year of the dragon.', 'the year'], ['Sales rose 5% for the year.', 'the year']],
  ['the-day', 'no-day-word', ['The day was long.', 'The day'], ['Stocks rose 2% for the day.', 'the day']],
  ['duration', 'one-alone', ['One day, he left the city.', 'One day'], ['He left the city for one day.', 'one day']],
  ['duration', 'vague-count', ['It took some years to build.', 'some years'], ['It took three years to build.', 'three years']],
  ['set', 'uneven-count', ['It happens every few years.', 'every few years'], ['It happens every two years.', 'every two years']],
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
