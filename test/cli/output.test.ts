/** Streaming the output piece by piece gives the bytes the renderers give for all the sheets at once. */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderPiece } from '../../src/cli/article.js';
import { FramedWriter, framingFor, STREAMED } from '../../src/cli/output.js';
import { extractFacts, FACT_KINDS } from '../../src/index.js';
import { FORMATS, renderers, type RenderOptions } from '../../src/render/index.js';

const sheets = [
  extractFacts('Prime Minister Anna Berg, 52, visited Oslo on Wednesday. Oslo is 400 kilometers from Bergen.\n', { path: 'a.txt', referenceDate: '2022-05-04' }),
  extractFacts('', { path: 'empty.txt' }),
  extractFacts('Minister Evil\u001b[2J Name met Vlad\u202eimir in Mos\u2028cow on Monday.\n', { path: 'hostile.txt', referenceDate: '2022-05-04' }),
];

function streamed(format: 'table' | 'json' | 'jsonl', several: boolean, options: RenderOptions, count: number): string {
  let out = '';
  const writer = new FramedWriter((text) => (out += text), framingFor(format, several));
  for (const sheet of sheets.slice(0, count)) writer.piece(renderPiece(sheet, format, several, options));
  writer.end();
  return out;
}

describe('pieces and framing', () => {
  it('the streamed formats are every format but html, which needs every sheet for its index', () => {
    expect(FORMATS.filter((f) => STREAMED[f])).toEqual(['table', 'json', 'jsonl']);
  });

  for (const format of FORMATS.filter((f) => STREAMED[f])) {
    for (const level of [0, 3] as const) {
      for (const count of [1, 2, 3]) {
        for (const several of count > 1 ? [true] : [false, true]) {
          it(`${format}, ${count} sheet(s), several=${several}, colour level ${level}`, () => {
            const options: RenderOptions = { chalk: new Chalk({ level }), only: FACT_KINDS, several };
            expect(streamed(format, several, options, count)).toBe(renderers[format](sheets.slice(0, count), options));
          });
        }
      }
    }
  }

  it('json for several articles parses back to the sheets', () => {
    const options: RenderOptions = { chalk: new Chalk({ level: 0 }), only: FACT_KINDS, several: true };
    expect(JSON.parse(streamed('json', true, options, 3))).toEqual(JSON.parse(JSON.stringify(sheets)));
  });

  it('no piece: nothing at all, not even brackets', () => {
    let out = '';
    const writer = new FramedWriter((text) => (out += text), framingFor('json', true));
    writer.end();
    expect(out).toBe('');
  });

  it('each piece is written when it is given, not at the end', () => {
    const writes: string[] = [];
    const writer = new FramedWriter((text) => writes.push(text), framingFor('jsonl', true));
    writer.piece('{"a":1}\n');
    expect(writes).toEqual(['{"a":1}\n']);
    writer.piece('{"a":2}\n');
    expect(writes).toEqual(['{"a":1}\n', '{"a":2}\n']);
  });
});
