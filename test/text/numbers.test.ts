import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber } from '../../src/text/numbers.js';

const intl = (n: number, digits: number) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

describe('formatNumber', () => {
  it.each([
    [6416, 0, '6,416'],
    [1609.344, 1, '1,609.3'],
    [999.95, 1, '1,000'],
    [0.25, 1, '0.3'],
    [-0.04, 1, '-0'],
    [-1234567.891, 2, '-1,234,567.89'],
    [100, 1, '100'],
    [0, 0, '0'],
  ])('%d with %d digits is %s, as Intl writes it', (n, digits, text) => {
    expect(formatNumber(n, digits)).toBe(intl(n, digits));
    expect(formatNumber(n, digits)).toBe(text);
  });

  it('writes any number as Intl does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -1e20, max: 1e20, noNaN: true }), fc.integer().map((i) => i / 20)), fc.integer({ min: 0, max: 3 }), (n, digits) => {
        expect(formatNumber(n, digits)).toBe(intl(n, digits));
      }),
      { numRuns: 2000 },
    );
  });
});
