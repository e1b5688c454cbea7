/**
 * Pathological input degrades gracefully: a warning and fewer facts, never a crash, and every offset still exact.
 * No timing assertions: the test timeout is the guard (before the parser's limits, 'Mr. ' x 50,000 took seconds and
 * hundreds of megabytes, growing with the square of its length).
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';
import { MAX_PER_SENTENCE } from '../../src/pipeline.js';
import { expectValidSheet } from './helpers.js';

const MB = 1 << 20;
const options = { referenceDate: '2023-09-12' };

const maxPerSentence = (facts: ReadonlyArray<{ sentence: { start: number } }>) => {
  const count = new Map<number, number>();
  for (const f of facts) count.set(f.sentence.start, (count.get(f.sentence.start) ?? 0) + 1);
  return Math.max(...count.values());
};

function analyse(input: string) {
  const sheet = extractFacts(input, options);
  expectValidSheet(sheet, input);
  return sheet;
}

describe('hostile input', () => {
  it("'Mr. ' repeated 50,000 times", () => {
    const sheet = analyse('Mr. '.repeat(50_000));
    expect(sheet.dates).toEqual([]);
  });

  it("'. ' repeated 100,000 times", () => {
    const sheet = analyse('. '.repeat(100_000));
    expect([sheet.actors, sheet.locations, sheet.dates, sheet.distances, sheet.events].flat()).toEqual([]);
  });

  it('one line of 1 MB without spaces', () => {
    const sheet = analyse('x'.repeat(MB));
    expect(sheet.warnings).toContainEqual(expect.stringMatching(/^\d+ words longer than 200 characters .* not analysed$/));
  });

  it('one line of 1 MB of dots, of "a." and of emoji', () => {
    for (const input of ['.'.repeat(MB), 'a.'.repeat(MB / 2), '\u{1F600}'.repeat(MB / 2)]) analyse(input);
  });

  it('1 MB of one capitalized word', () => {
    const sheet = analyse('Washington '.repeat(MB / 11));
    expect(sheet.warnings).toContainEqual(expect.stringMatching(/^\d+ sentences longer than 1,000 characters were cut into pieces/));
  });

  it('a sentence of nothing but dates keeps the first ones, with a warning', () => {
    const input = 'Monday '.repeat(200) + 'and Tuesday.';
    const sheet = analyse(input);
    expect(sheet.dates.length).toBeGreaterThan(0);
    expect(maxPerSentence(sheet.dates)).toBe(MAX_PER_SENTENCE);
    expect(sheet.dates[0]!.start).toBe(0);
    expect(sheet.warnings).toContainEqual(expect.stringMatching(/^\d+ time expressions beyond 20 in one sentence were left out \(\d+ sentences?\)$/));
  });

  it('a sentence of nothing but distances keeps the first ones, with a warning', () => {
    const sheet = analyse('It is 5 km from Paris, '.repeat(60) + 'they said.');
    expect(maxPerSentence(sheet.distances)).toBe(MAX_PER_SENTENCE);
    expect(sheet.warnings).toContainEqual(expect.stringMatching(/^\d+ distances beyond 20 in one sentence were left out/));
  });

  it('control characters, escape sequences, bidi controls, NUL and CRLF, repeated', () => {
    const piece = 'Kim\u001b[31m Jong-un\u001b[0m, 39, met \u202eVladimir\u202c Putin\u0000 in Moscow on Monday.\r\n\u200b\ufeff';
    const sheet = analyse(piece.repeat(2_000));
    expect(sheet.dates.length).toBeGreaterThan(0);
  });
});
