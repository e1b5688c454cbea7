import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decode, readStreamInput } from '../../src/cli/input.js';

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decode', () => {
  it.each([
    ['plain UTF-8', bytes('Kim Jong-un, 39'), 'Kim Jong-un, 39', 0],
    ['empty', bytes(''), '', 0],
    ['a leading BOM is dropped', bytes([0xef, 0xbb, 0xbf], 'Seoul'), 'Seoul', 0],
    ['only the leading BOM', bytes('a', [0xef, 0xbb, 0xbf], 'b'), 'a\ufeffb', 0],
    ['CRLF is kept as read', bytes('a\r\nb'), 'a\r\nb', 0],
    ['invalid UTF-8 becomes U+FFFD, with a warning', bytes('Caf', [0xe9], ' Paris'), 'Caf\ufffd Paris', 1],
    ['a truncated sequence', bytes('ab', [0xe2, 0x82]), 'ab\ufffd', 1],
  ])('%s', (_name, input, text, warnings) => {
    const result = decode(input, 'x.txt');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.text).toBe(text);
      expect(result.warnings).toHaveLength(warnings);
    }
  });

  it.each([
    ['NUL bytes', bytes('abc', [0], 'def')],
    ['UTF-16 text', Buffer.from('\ufeffhello', 'utf16le')],
  ])('refuses %s as binary', (_name, input) => {
    const result = decode(input, 'x.bin');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^x\.bin: not a text file/);
  });
});

describe('readStreamInput', () => {
  it('reads a stream as <stdin> with no path', async () => {
    const input = await readStreamInput(Readable.from([Buffer.from('Mos'), Buffer.from('cow')]), 1000);
    expect(input).toEqual({ ok: true, name: '<stdin>', path: null, text: 'Moscow', warnings: [] });
  });

  it('refuses a stream above the limit', async () => {
    const input = await readStreamInput(Readable.from([Buffer.alloc(600, 97), Buffer.alloc(600, 97)]), 1000);
    expect(input.ok).toBe(false);
    if (!input.ok) expect(input.message).toMatch(/too large.*--max-size/);
  });
});
