/**
 * A large sheet's JSON is written in pieces (the frame, then each batched fact as its window finishes): put together,
 * the pieces must be exactly the JSON of the whole sheet, in every layout the CLI writes.
 */
import fs from 'node:fs';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline.js';
import { jsonArrayEnd, jsonElement, jsonShape, sheetJsonFrame } from '../../src/render/json.js';
import { renderPiece } from '../../src/cli/run/article.js';
import { BATCHED_KINDS, type FactSheet } from '../../src/schema.js';

const seed = fs.readFileSync(new URL('../../fixtures/kim-putin-summit.txt', import.meta.url), 'utf8');
const full = extractFacts(seed, { referenceDate: '2023-09-12', path: 'kim.txt' });
// the article's text may hold anything: controls and line separators in a fact's text must come out escaped as in toJson
const hostile: FactSheet = { ...full, dates: full.dates.map((d, i) => (i === 0 ? { ...d, text: 'a\u2028b\u0007"c"' } : d)) };
const datesOnly: FactSheet = { ...full, actors: [], locations: [], distances: [], events: [], checks: [] };

function assemble(sheet: FactSheet, format: 'json' | 'jsonl', several: boolean): string {
  const shape = jsonShape(format, several);
  const frame = sheetJsonFrame(sheet, shape);
  let out = frame[0];
  BATCHED_KINDS.forEach((kind, i) => {
    const facts: unknown[] = sheet[kind];
    out += facts.map((f, k) => jsonElement(f, k === 0, shape)).join('') + jsonArrayEnd(facts.length, shape) + frame[i + 1];
  });
  return out;
}

const options = { chalk: new Chalk({ level: 0 }), only: ['actors', 'locations', 'distances', 'dates', 'events'] as const, several: false };

describe('a sheet written in pieces', () => {
  for (const [name, sheet] of [
    ['the seed', full],
    ['a fact with controls in its text', hostile],
    ['empty arrays among the batched ones', datesOnly],
  ] as const) {
    for (const [format, several] of [
      ['json', false],
      ['json', true],
      ['jsonl', false],
      ['jsonl', true],
    ] as const) {
      it(`${name}: ${format}${several ? ', several articles' : ''} is the whole sheet's text`, () => {
        expect(sheet.dates.length).toBeGreaterThan(0);
        expect(assemble(sheet, format, several)).toBe(renderPiece(sheet, format, several, { ...options, several }));
      });
    }
  }

  it('the frame alone, with every batched array empty, is the JSON of that sheet', () => {
    const empty = { ...full, actors: [], locations: [], distances: [], dates: [], events: [], checks: [] };
    const shape = jsonShape('json', false);
    expect(sheetJsonFrame(empty, shape).join('[]')).toBe(renderPiece(empty, 'json', false, options));
    expect(JSON.parse(assemble(full, 'json', false))).toEqual(JSON.parse(JSON.stringify(full)));
  });
});
