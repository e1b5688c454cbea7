import { describe, expect, it } from 'vitest';
import { numberBefore } from '../../src/extract/distances/find.js';

describe('the number before a unit word', () => {
  // the window before the unit, the number or range read from its end (null: none)
  const cases: Array<[string, string | null]> = [
    ['the border lies about 1,200 ', '1,200 '],
    ['a trip of 1.5 million ', '1.5 million '],
    ['a 26.2-', '26.2-'],
    ['some 20-odd ', '20-odd '],
    ['between 3 and 5 ', 'between 3 and 5 '],
    ['from 3 to 5 ', '3 to 5 '],
    ['it ran 3-5 ', '3-5 '],
    // a range whose low end is in words: the digits alone would lose it
    ['it ran two to 5 ', 'two to 5 '],
    ['between two and 5 ', 'between two and 5 '],
    ['roughly ten-', 'ten-'],
    // numbers in words
    ['some twenty-five ', 'twenty-five '],
    ['nearly two hundred ', 'two hundred '],
    ['within a dozen ', 'a dozen '],
    ['walked half a ', 'half a '],
    ['walked a ', 'a '],
    ['ran Five ', 'Five '],
    // no number before the unit
    ['stood on his ', null],
    ['a cost of $5 ', null],
    ['the 1990s ', null],
    ['I', null],
    ['', null],
  ];
  it.each(cases)('%j', (window, expected) => {
    expect(numberBefore(window)?.[0] ?? null).toBe(expected);
  });
});
