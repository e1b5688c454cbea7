/** A year-ago comparison after a report's span of the year to date ("For the nine months, …") names the year before. */
import { describe, expect, it } from 'vitest';
import { timexes } from './helpers.js';

const DCT = '1999-10-20';

/** [text, extent, expected value] */
const ROWS: Array<[string, string, string]> = [
  ['Profit rose in the third quarter. For the nine months, net was $9 million, up from $7 million a year earlier.', 'a year earlier', '1998'],
  ['Profit rose in the third quarter. In the first nine months, net rose 4% from a year ago.', 'a year ago', '1998'],
  ['Profit rose in the third quarter. For the nine months, the company compared with year-earlier net of $2 million.', 'year-earlier', '1998'],
  ['Profit rose in the third quarter. In the first six months, net was $3 million against $2 million in the 1998 period.', 'the 1998 period', '1998'],
  ['Profit rose in the third quarter. For the latest nine months, sales rose from the year-ago period.', 'the year-ago period', '1998'],
  // negatives: a quarter named after the span is under report again
  ['For the nine months, net rose. In the third quarter, profit rose 5% from a year earlier.', 'a year earlier', '1998-Q3'],
  // the span names its last day, which anchors the chain
  ['For the six months ended Aug. 12, net rose 4% from a year earlier.', 'a year earlier', '1998-08-12'],
  // a duration that is no report period: "the past six months", "nine months" alone
  ['Profit rose in the third quarter. Prices rose over the past six months, up from a year earlier.', 'a year earlier', '1998-Q3'],
  ['Profit rose in the third quarter. The strike lasted nine months; sales fell from a year earlier.', 'a year earlier', '1998-Q3'],
  // without a report span, the quarter under report
  ['Profit rose in the third quarter to $5 million from $4 million a year ago.', 'a year ago', '1998-Q3'],
  ['Profit rose in the third quarter. Sales matched those of the 1998 period.', 'the 1998 period', '1998-Q3'],
];

/** "last year" as the other side of a comparison of amounts, in a report on a quarter: that quarter a year back. */
const LAST_YEAR: Array<[string, string]> = [
  ['Profit rose in the third quarter, compared with a loss of $3 million last year.', '1998-Q3'],
  ['Sales in the third quarter were $1.7 billion, up from $1.5 billion last year.', '1998-Q3'],
  ['Net rose in the third quarter to $9 million from last year\'s $7 million.', '1998-Q3'],
  // negatives: no quarter under report, no amount, an amount that is not compared, after the nine months
  ['Sales were $1.7 billion, compared with $1.5 billion last year.', '1998'],
  ['Profit rose in the third quarter. The plant opened last year.', '1998'],
  ['Profit rose in the third quarter. The firm paid $3 million last year for the site.', '1998'],
  ['Profit rose in the third quarter. In the nine months, net rose to $5 million from $4 million last year.', '1998'],
];

describe('year-ago comparisons after a span of the year to date', () => {
  it.each(ROWS)('%s → %s = %s', (text, extent, value) => {
    const facts = timexes(text, DCT);
    const f = facts.find((x) => x.text === extent);
    expect(f, `${extent} in ${JSON.stringify(facts.map((x) => `${x.text}=${x.value}`))}`).toBeDefined();
    expect(f!.value).toBe(value);
  });
});

describe('"last year" compared with a quarter under report', () => {
  it.each(LAST_YEAR)('%s → %s', (text, value) => {
    const f = timexes(text, DCT).find((x) => /^last year$/i.test(x.text));
    expect(f, JSON.stringify(timexes(text, DCT).map((x) => `${x.text}=${x.value}`))).toBeDefined();
    expect(f!.value).toBe(value);
  });
});
