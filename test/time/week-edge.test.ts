/** "last week" at a week's edge: on a Sunday, a report's "last week" is the week ending that day. */
import { describe, expect, it } from 'vitest';
import { timexes } from './helpers.js';

/** [text, reference date, extent, expected value] */
const ROWS: Array<[string, string, string, string]> = [
  ['The talks collapsed last week.', '2023-09-17', 'last week', '2023-W37'], // a Sunday: Monday 11 to Sunday 17
  ['Late last week the union walked out.', '2023-09-17', 'Late last week', '2023-W37'],
  // negatives: on the other days the week before the reference date's
  ['The talks collapsed last week.', '2023-09-18', 'last week', '2023-W37'], // a Monday
  ['The talks collapsed last week.', '2023-09-16', 'last week', '2023-W36'], // a Saturday
  ['The talks collapsed last week.', '2023-09-13', 'last week', '2023-W36'], // a Wednesday
  // and on a Sunday "next week" is still the week after
  ['The talks resume next week.', '2023-09-17', 'next week', '2023-W38'],
];

describe('last week at the edge of a week', () => {
  it.each(ROWS)('%s (%s) → %s = %s', (text, dct, extent, value) => {
    const f = timexes(text, dct).find((x) => x.text === extent);
    expect(f, JSON.stringify(timexes(text, dct).map((x) => `${x.text}=${x.value}`))).toBeDefined();
    expect(f!.value).toBe(value);
  });
});
