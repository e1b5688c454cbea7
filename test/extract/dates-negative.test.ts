import { describe, it, expect } from 'vitest';
import { parse } from '../../src/nlp/document.js';
import { normalizeText } from '../../src/text/normalize.js';
import { extractDates } from '../../src/extract/dates.js';

const texts = (s: string) => extractDates({ doc: parse(normalizeText(s)), referenceDate: '2023-09-12' }).map((f) => f.text);

/** [sentence, a span that must not be tagged (or be part of a tag)] */
const NOT_DATES: Array<[string, string]> = [
  ['Officials may meet again soon.', 'may'],
  ['May I ask a question?', 'May'],
  ['The rebels may march on the capital.', 'march'],
  ['Thousands joined the March for Peace.', 'March'],
  ['Mr. August told the committee he had resigned.', 'August'],
  ['Analyst August Wolf said shares were cheap.', 'August'],
  ['Foreign Minister Cho Sun-hui attended the dinner.', 'Sun'],
  ['The firm released version 2.1 of its software.', '2.1'],
  ['The home side won 3-1 in extra time.', '3-1'],
  ['Unemployment rose to 10.5 percent.', '10.5'],
  ['The company paid $1,991 for the licence.', '1,991'],
  ['Call 555-1991 for tickets.', '1991'],
  ['The dealer sold 1991 cars in the quarter.', '1991 cars'],
  ['The bill passed by a vote of 2004 to 11.', '2004'],
  ['Troops numbered 1500 at the border.', '1500'],
  ['The 44-year-old farmer was arrested.', '44-year-old'],
  ['Mr. Smith, 52 years old, will retire.', '52 years'],
  ['Iraq imports about three-quarters of its food.', 'three-quarters'],
  ['Funds hold more than a quarter of the bonds.', 'a quarter'],
  ['The fall in prices worried investors.', 'fall'],
  ['Snow may fall in the mountains.', 'fall'],
  ['Pat Summer won the race.', 'Summer'],
  ['He lives at 1600 Pennsylvania Avenue.', '1600'],
  ['The shares rose 2.5% to $19.50.', '19.50'],
  ['Flight 2012 landed safely.', '2012'],
  ['The Jan Smuts airport was closed.', 'Jan'],
  ['He finished the marathon in 3:07:35.', '3:07'],
  ['She is in her 40s and lives in Ohio.', '40s'],
  ['The now-defunct airline sold its planes.', 'now'],
  ['The score was 21:14 at half-time.', '21:14'],
  ['The ministry said 1,200-1,500 people fled.', '1,200-1,500'],
];

describe('what must not be tagged', () => {
  it.each(NOT_DATES)('%s (not "%s")', (sentence, span) => {
    const got = texts(sentence);
    const start = sentence.indexOf(span);
    const facts = extractDates({ doc: parse(normalizeText(sentence)), referenceDate: '2023-09-12' });
    const overlapping = facts.filter((f) => f.start < start + span.length && start < f.end);
    expect(overlapping.map((f) => f.text), JSON.stringify(got)).toEqual([]);
  });

  it('tags nothing in a sentence without time expressions', () => {
    expect(texts('The spokesman said the two delegations would hold personal discussions.')).toEqual([]);
  });
});
