import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { FACT_KINDS, FactSheet } from '../../src/schema.js';
import { FORMATS, renderers } from '../../src/render/index.js';
import { actor, sheet } from './make-sheet.js';

const options = { chalk: new Chalk({ level: 0 }), only: FACT_KINDS, several: false };
const one = sheet({ actors: [actor('Kim Jong-un', { age: 39 })] });
const two = sheet({ source: { path: 'b.txt', characters: 5 } });

describe('json and jsonl renderers', () => {
  it('json: one article is one object that parses back to the same sheet', () => {
    const parsed = JSON.parse(renderers.json([one], options));
    expect(Array.isArray(parsed)).toBe(false);
    expect(FactSheet.parse(parsed)).toEqual(one);
  });

  it('json: several articles are an array, even when only one of them could be read', () => {
    expect(JSON.parse(renderers.json([one, two], { ...options, several: true }))).toEqual([one, two]);
    expect(JSON.parse(renderers.json([one], { ...options, several: true }))).toEqual([one]);
  });

  it('jsonl: one sheet per line', () => {
    const lines = renderers.jsonl([one, two], options).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l))).toEqual([one, two]);
  });

  it('json never contains raw C1 or bidi controls from the article', () => {
    const hostile = sheet({ actors: [actor('Evil\u009b\u202e\u001b')] });
    for (const format of ['json', 'jsonl'] as const) {
      const out = renderers[format]([hostile], options);
      expect(out).not.toMatch(/[\u001b\u007f-\u009f\u202e]/);
      expect(JSON.parse(out.trim()).actors[0].name).toBe('Evil\u009b\u202e\u001b');
    }
  });

  it('every format has a renderer', () => {
    expect(Object.keys(renderers).sort()).toEqual([...FORMATS].sort());
  });
});
