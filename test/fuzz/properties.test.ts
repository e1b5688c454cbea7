/**
 * Properties of every fact sheet, on generated input: it validates against the schema, every span is exactly the
 * input's text at its offsets, and every renderer prints it (the table without a raw control character, JSON and
 * JSONL parsing back to the same sheet).
 *
 * `npm test` runs a small profile (lines of 128 KB stand in for the megabyte ones); `npm run fuzz` runs at least
 * 10,000 cases (FUZZ_RUNS sets the count, FUZZ_SEED replays a run). A failure prints fast-check's seed and path, and
 * the shrunk input.
 */
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts, type ExtractOptions } from '../../src/index.js';
import { renderers } from '../../src/render/index.js';
import type { FactSheet } from '../../src/schema.js';
import { expectValidSheet } from '../pipeline/helpers.js';
import { extractOptions, longLine, mutatedArticle, unicodeString } from './arbitraries.js';

const RUNS = Number(process.env.FUZZ_RUNS) || 160;
const LONG = RUNS >= 1_000;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns: Math.max(1, Math.round(numRuns)), seed: SEED, endOnFailure: RUNS > 1_000 });

/** Controls, escape and bidi characters a terminal would act on; the table must show them escaped. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const SGR = /\u001b\[[0-9;]*m/g;

function check(input: string, options: ExtractOptions): void {
  const sheet = extractFacts(input, options);
  expectValidSheet(sheet, input);
  const only = options.only!;
  const plain = renderers.table([sheet], { chalk: new Chalk({ level: 0 }), only, several: false });
  expect(plain).not.toMatch(RAW_CONTROL);
  // with colours, the only escape sequences are the renderer's own
  const coloured = renderers.table([sheet], { chalk: new Chalk({ level: 1 }), only, several: false });
  expect(coloured.replace(SGR, '')).not.toMatch(RAW_CONTROL);
  const json = renderers.json([sheet], { chalk: new Chalk({ level: 0 }), only, several: false });
  expect(JSON.parse(json) as FactSheet).toEqual(sheet);
  const jsonl = renderers.jsonl([sheet, sheet], { chalk: new Chalk({ level: 0 }), only, several: true });
  const lines = jsonl.split('\n');
  expect(lines).toHaveLength(3);
  expect(lines[2]).toBe('');
  for (const line of lines.slice(0, 2)) expect(JSON.parse(line) as FactSheet).toEqual(sheet);
}

describe(`fact sheet properties (${RUNS} cases)`, () => {
  it('any Unicode string, with hostile characters', () => {
    fc.assert(fc.property(unicodeString(300), extractOptions, (input, options) => check(input, options)), params(RUNS * 0.45));
  });

  it('mutated articles', () => {
    fc.assert(fc.property(mutatedArticle, extractOptions, (input, options) => check(input, options)), params(RUNS * 0.55));
  });

  it(LONG ? 'lines of a megabyte' : 'long lines', () => {
    fc.assert(fc.property(longLine(LONG ? 1 << 20 : 1 << 17), extractOptions, (input, options) => check(input, options)), params(RUNS / 400));
  });
});
