import { describe, expect, it } from 'vitest';
import { findDateline } from '../../src/extract/dateline.js';
import { extractFacts } from '../../src/index.js';

describe('dateline', () => {
  const cases: Array<[string, string | null]> = [
    ['Coastal firm wins contract\nMarch 4, 2022\nHALIFAX — The firm said…', '2022-03-04'],
    ['LONDON, Dec. 10, 2013\nShares fell.', '2013-12-10'],
    // inline, opening the lede: a place, the date, a dash
    ['LONDON, Dec. 10, 2013 — The talks resume on Monday.', '2013-12-10'],
    ['LONDON, Dec. 10, 2013 – The talks resume on Monday.', '2013-12-10'],
    ['LONDON, Dec. 10, 2013 - The talks resume on Monday.', '2013-12-10'],
    ['LONDON, Dec. 10, 2013 (Reuters) - The talks resume on Monday.', '2013-12-10'],
    ['LONDON (AP), Dec. 10, 2013 -- The talks resume on Monday.', '2013-12-10'],
    ['HALIFAX, Nova Scotia, March 4, 2024 — The firm said on Tuesday…', '2024-03-04'],
    ['CAGUAS, Puerto Rico, Tuesday, 4 March 2024 _ The firm said…', '2024-03-04'],
    ['London, DEC. 10, 2013 — Shares fell.', '2013-12-10'],
    ['Talks resume\n\nGENEVA, 2013-12-10 — Diplomats met.', '2013-12-10'],
    // not a dateline: a date inside an ordinary sentence, no dash after it, no year, no place before it, a bad day
    ['The talks began on March 4, 2022 — in Geneva.', null],
    ['Officials in Geneva, March 4, 2022 — the day the talks began — said little.', null],
    ['LONDON, Dec. 10, 2013, was the day the talks began.', null],
    ['LONDON, Dec. 10 (Reuters) - The talks resume on Monday.', null],
    ['LONDON — Talks resume on Dec. 10, 2013 — officials said.', null],
    ['LONDON, Feb. 30, 2013 — Shares fell.', null],
    ['LONDON, Dec. 10, 2013 —', null],
    ['First line\nSecond\nThird\nFourth\nFifth\nSixth\nLONDON, Dec. 10, 2013 — Shares fell.', null],
    ['Tuesday, 12 September 2023\nKim crossed the border.', '2023-09-12'],
    ['2013-12-10\nText.', '2013-12-10'],
    ['February 30, 2023\nText.', null],
    ['The talks began on March 4, 2022, in Geneva.', null],
    ['No date here.\nNone at all.', null],
  ];
  it.each(cases)('%j → %s', (text, expected) => {
    expect(findDateline(text)).toBe(expected);
  });
});

describe('the date of an inline dateline', () => {
  it.each([
    'LONDON, Dec. 10, 2013 — The talks resumed on Monday.',
    'LONDON, Dec. 10, 2013 – The talks resumed on Monday.',
    'LONDON, Dec. 10, 2013 (Reuters) - The talks resumed on Monday.',
    'LONDON (AP), Dec. 10, 2013 -- The talks resumed on Monday.',
    'HALIFAX, Nova Scotia, Dec. 10, 2013 — The talks resumed on Monday.',
  ])('%j: dates the report, anchors no event', (text) => {
    const sheet = extractFacts(text);
    expect(sheet.referenceDate).toBe('2013-12-10');
    expect(sheet.dates.find((d) => d.text === 'Dec. 10, 2013')?.rule).toBe('dateline');
    expect(sheet.events.map((e) => e.date.text)).not.toContain('Dec. 10, 2013');
  });

  it('a date in the first sentence still anchors its event', () => {
    const sheet = extractFacts('The talks resumed on Dec. 10, 2013, in London.');
    expect(sheet.dates.find((d) => d.text.includes('Dec. 10, 2013'))?.rule).not.toBe('dateline');
  });
});
