/**
 * Screening the date rules on the joined sentences must never change what they find: every rule that matches in a
 * sentence must match in the joined text. The texts here put date words at sentence edges, where the joining
 * character stands in for the string's end (lookaheads like "not followed by 'percent'", "not followed by a digit").
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/nlp/document.js';
import { normalizeText } from '../../src/text/normalize.js';
import { extractDates } from '../../src/extract/dates.js';

const both = (text: string, referenceDate: string | null) => {
  const normal = normalizeText(text);
  const ctx = { doc: parse(normal, text), referenceDate };
  return { screened: extractDates(ctx), all: extractDates(ctx, { screen: false }) };
};

const FRAGMENTS = [
  'On March 3', 'in 2019', 'March', 'May 5 and 6', "in '98", 'the 1990s', 'last week', 'two years ago', 'the day before',
  'percent of voters', '12 percent', '5 to 7 p.m.', 'in the morning', 'on Tuesday', 'this quarter', 'the third quarter of 2020',
  'a year earlier', 'every week', 'for three decades', 'at 10:30', 'in spring', 'spring of 2001', '2001-2003', 'the next day',
  '2015', '3', 'of 2020', 'before dawn', 'quarter results', '- 4', '/2021', 'Mr. Lee', '"Now"', 'years', 'ago', 'earlier',
];
const SEPARATORS = ['. ', '! ', '? ', '.\n', '\n\n', ', ', ' ', '; '];

describe('screening the date rules', () => {
  it('finds the same dates as running every rule on every sentence (generated sentence edges)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 30 }), (parts) => {
        const text = parts.map(([f, s]) => f + s).join('');
        const { screened, all } = both(text, '2023-09-12');
        expect(screened).toEqual(all);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    'They met in spring\n\n2015 was a good year for both.',
    'It happened in March\n\n12 percent of voters agreed.',
    'Sales rose a year earlier\n\nQuarter results fell.',
    'The talks ended the day\n\nBefore that, nothing.',
    'It was a wet season\n\nSpring 2001 began late.',
  ])('a date word at a paragraph end, before a digit or a word its rule looks ahead for: %j', (text) => {
    const { screened, all } = both(text, '2023-09-12');
    expect(all.length).toBeGreaterThan(0);
    expect(screened).toEqual(all);
  });

  it('finds the same dates on the fixtures', () => {
    const dir = new URL('../../fixtures/', import.meta.url);
    const articles = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(articles.length).toBeGreaterThan(0);
    for (const name of articles) {
      const { screened, all } = both(fs.readFileSync(new URL(name, dir), 'utf8'), '2023-09-12');
      expect(screened).toEqual(all);
    }
  });
});
