/** Streaming the output piece by piece gives the bytes the renderers give for all the sheets at once. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderPiece } from '../../../src/cli/run/article.js';
import { FramedWriter, framingFor, STREAMED } from '../../../src/cli/run/output.js';
import type { Piece } from '../../../src/cli/run/large.js';
import { extractFacts, FACT_KINDS } from '../../../src/index.js';
import { FORMATS, renderers, type Format, type RenderOptions } from '../../../src/render/index.js';

const sheets = [
  extractFacts('Prime Minister Anna Berg, 52, visited Oslo on Wednesday. Oslo is 400 kilometers from Bergen.\n', { path: 'a.txt', referenceDate: '2022-05-04' }),
  extractFacts('', { path: 'empty.txt' }),
  extractFacts('Minister Evil\u001b[2J Name met Vlad\u202eimir in Mos\u2028cow on Monday.\n', { path: 'hostile.txt', referenceDate: '2022-05-04' }),
];

async function streamed(format: Format, several: boolean, options: RenderOptions, count: number): Promise<string> {
  let out = '';
  const writer = new FramedWriter({ write: (text) => (out += text) }, framingFor(format, several));
  for (const sheet of sheets.slice(0, count)) writer.piece(renderPiece(sheet, format, several, options));
  await writer.end();
  return out;
}

/** A piece made of text and files in a fresh temporary folder, as a large article's is. */
function filePiece(texts: Array<string | { content: string }>): { piece: Piece; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-facts-test-'));
  const parts = texts.map((t, i) => {
    if (typeof t === 'string') return t;
    const file = path.join(dir, `${i}.json`);
    fs.writeFileSync(file, t.content);
    return { file };
  });
  return { piece: { parts, dir }, dir };
}

describe('pieces and framing', () => {
  it('the streamed formats are every format but html, which needs every sheet for its index', () => {
    expect(FORMATS.filter((f) => STREAMED[f])).toEqual(['table', 'json', 'jsonl']);
  });

  for (const format of FORMATS.filter((f) => STREAMED[f])) {
    for (const level of [0, 3] as const) {
      for (const count of [1, 2, 3]) {
        for (const several of count > 1 ? [true] : [false, true]) {
          it(`${format}, ${count} sheet(s), several=${several}, colour level ${level}`, async () => {
            const options: RenderOptions = { chalk: new Chalk({ level }), only: FACT_KINDS, several };
            expect(await streamed(format, several, options, count)).toBe(renderers[format](sheets.slice(0, count), options));
          });
        }
      }
    }
  }

  it('json for several articles parses back to the sheets', async () => {
    const options: RenderOptions = { chalk: new Chalk({ level: 0 }), only: FACT_KINDS, several: true };
    expect(JSON.parse(await streamed('json', true, options, 3))).toEqual(JSON.parse(JSON.stringify(sheets)));
  });

  it('no piece: nothing at all, not even brackets', async () => {
    let out = '';
    const writer = new FramedWriter({ write: (text) => (out += text) }, framingFor('json', true));
    await writer.end();
    expect(out).toBe('');
  });

  it('each piece is written when it is given, not at the end', () => {
    const writes: string[] = [];
    const writer = new FramedWriter({ write: (text) => writes.push(text) }, framingFor('jsonl', true));
    writer.piece('{"a":1}\n');
    expect(writes).toEqual(['{"a":1}\n']);
    writer.piece('{"a":2}\n');
    expect(writes).toEqual(['{"a":1}\n', '{"a":2}\n']);
  });

  it('a piece of files is copied in place, in order, and its folder removed; text given after it waits its turn', async () => {
    let out = '';
    const writer = new FramedWriter({ write: (text) => (out += text) }, framingFor('json', true));
    writer.piece('{"n": 1}');
    const big = 'x'.repeat(3 << 20) + 'é€😀'.repeat(100_000);
    const { piece, dir } = filePiece(['{"n": [', { content: big }, '], "m": ', { content: '2' }, '}']);
    writer.piece(piece);
    writer.piece('{"n": 3}');
    await writer.end();
    expect(out).toBe(`[\n{"n": 1},\n{"n": [${big}], "m": 2},\n{"n": 3}\n]\n`);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('waits for a full pipe to drain before writing more', async () => {
    const writes: string[] = [];
    let draining = false;
    let overlapped = false;
    let waits = 0;
    const sink = {
      // a pipe that is always full: every write is buffered
      write: (text: string) => {
        if (draining) overlapped = true;
        writes.push(text);
        return false;
      },
      drained: () => {
        waits++;
        draining = true;
        return new Promise<void>((resolve) => setTimeout(() => ((draining = false), resolve()), 2));
      },
    };
    const writer = new FramedWriter(sink, framingFor('jsonl', false));
    const { piece } = filePiece(['a', { content: 'b' }, 'c\n']);
    writer.piece(piece);
    await writer.end();
    expect(writes.join('')).toBe('abc\n');
    expect(overlapped).toBe(false);
    expect(waits).toBe(writes.length);
  });

  it('stops writing when no one reads any more, and still removes the files', async () => {
    const writes: string[] = [];
    const closed = new AbortController();
    const writer = new FramedWriter({ write: (text) => writes.push(text), closed: closed.signal }, framingFor('jsonl', false));
    const { piece, dir } = filePiece(['a', { content: 'b' }, 'c\n']);
    closed.abort();
    writer.piece(piece);
    await writer.end();
    expect(writes).toEqual([]);
    expect(fs.existsSync(dir)).toBe(false);
  });
});
