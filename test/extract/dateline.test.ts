import { describe, expect, it } from 'vitest';
import { findDateline } from '../../src/extract/dateline.js';

describe('dateline', () => {
  const cases: Array<[string, string | null]> = [
    ['Coastal firm wins contract\nMarch 4, 2022\nHALIFAX — The firm said…', '2022-03-04'],
    ['LONDON, Dec. 10, 2013\nShares fell.', '2013-12-10'],
    ['LONDON, Dec. 10, 2013 — Shares fell.', null],
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
