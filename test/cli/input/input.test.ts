import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { decode, FilePieces, InputError, readFileInput, readStreamInput } from '../../../src/cli/input/input.js';

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

describe('a file read in pieces', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-facts-pieces-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, bytes: Buffer) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, bytes);
    return p;
  };
  const whole = (p: string) => decode(fs.readFileSync(p), p);

  it('gives the text a whole read gives, a character cut by a megabyte boundary included, without the BOM', () => {
    // 'é' (2 bytes), '€' (3) and an emoji (4) straddle the first 1 MiB boundary at some offset
    const text = 'a'.repeat((1 << 20) - 5) + 'é€😀 Kim Jong-un, 39, met Putin.\n'.repeat(3);
    const p = file('multi.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const pieces = new FilePieces(p);
    const read = [...pieces];
    expect(read.length).toBeGreaterThan(1);
    expect(read.join('')).toBe(text);
    expect(whole(p)).toEqual({ ok: true, text, warnings: [] });
    expect(pieces.warnings).toEqual([]);
  });

  it('replaces invalid UTF-8 as a whole read does, with its warning', () => {
    const p = file('latin1.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' in Paris.\n'.repeat(200_000))]));
    const pieces = new FilePieces(p);
    const text = [...pieces].join('');
    const expected = whole(p);
    expect(expected.ok && expected.text).toBe(text);
    expect(pieces.warnings).toEqual(expected.ok ? expected.warnings : []);
    expect(pieces.warnings).toHaveLength(1);
  });

  it('stops at a NUL byte, or at a file that cannot be opened, with the one-line message of a whole read', () => {
    const p = file('nul.txt', Buffer.concat([Buffer.from('text '.repeat(300_000)), Buffer.from([0]), Buffer.from('more')]));
    expect(() => [...new FilePieces(p)]).toThrow(InputError);
    expect(() => [...new FilePieces(p)]).toThrow(/nul\.txt: not a text file/);
    expect(() => [...new FilePieces(path.join(dir, 'missing.txt'))]).toThrow(/missing\.txt: no such file/);
  });
});

describe('the size limit holds while reading, not only at stat', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-facts-bounded-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a device that stat measures as empty stops at the limit', async () => {
    const result = await readFileInput('/dev/zero', 100_000);
    expect(result).toEqual({ ok: false, name: '/dev/zero', message: expect.stringMatching(/^\/dev\/zero: too large \(more than 97\.7 KB, the limit is 97\.7 KB\)/) });
  });

  it('a file of exactly the limit is read whole; one byte more is too large', async () => {
    const file = path.join(dir, 'exact.txt');
    fs.writeFileSync(file, 'a'.repeat(70_000));
    expect(await readFileInput(file, 70_000)).toMatchObject({ ok: true, text: 'a'.repeat(70_000) });
    expect(await readFileInput(file, 69_999)).toMatchObject({ ok: false, message: expect.stringMatching(/too large/) });
  });

  it('a file read in pieces that grows past the limit as it is read stops there', () => {
    const file = path.join(dir, 'growing.txt');
    fs.writeFileSync(file, 'Seoul. '.repeat(150_000));
    const pieces = new FilePieces(file, 1.5 * 1024 ** 2)[Symbol.iterator]();
    expect(pieces.next().done).toBe(false);
    fs.appendFileSync(file, 'Seoul. '.repeat(150_000));
    expect(() => {
      while (!pieces.next().done);
    }).toThrow(new InputError(`${file}: too large (more than 1.5 MB, the limit is 1.5 MB); raise it with --max-size if this is really one article`));
  });

  it('a file in pieces within the limit is read whole', () => {
    const file = path.join(dir, 'fits.txt');
    fs.writeFileSync(file, 'Seoul. '.repeat(200_000));
    expect([...new FilePieces(file, 1.4e6)].join('')).toBe('Seoul. '.repeat(200_000));
  });
});
