/** Reading one article: from a file or from stdin, with the checks that turn bad input into one clear line. */
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import { stripBom } from '../../text/normalize.js';
import { formatSize } from '../options.js';

export type Input =
  /** `warnings` are about the input itself (e.g. invalid UTF-8), without the input's name */
  | { ok: true; name: string; path: string | null; text: string; warnings: string[] }
  | { ok: false; name: string; message: string };

export const STDIN_NAME = '<stdin>';

/**
 * Bytes to text. NUL bytes mean a binary file (or UTF-16, which we do not read). Invalid UTF-8 is decoded with
 * U+FFFD replacement characters and a warning. A leading BOM is dropped: offsets count from after it.
 */
export function decode(bytes: Uint8Array, name: string): { ok: true; text: string; warnings: string[] } | { ok: false; message: string } {
  if (bytes.includes(0)) return { ok: false, message: notText(name) };
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
    warnings.push(INVALID_UTF8);
  }
  return { ok: true, text: stripBom(text), warnings };
}

const notText = (name: string) => `${name}: not a text file (it contains NUL bytes: binary, or UTF-16); summit-facts reads UTF-8 text`;
const INVALID_UTF8 = 'not valid UTF-8; the invalid bytes were replaced with U+FFFD';

/** `size`: the input's size, or for an input measured as it is read (a device, a pipe, a growing file) what was read */
const tooLarge = (name: string, size: number, maxSize: number, atLeast = false) =>
  `${name}: too large (${atLeast ? 'more than ' : ''}${formatSize(atLeast ? maxSize : size)}, the limit is ${formatSize(maxSize)}); raise it with --max-size if this is really one article`;

function describeError(name: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `${name}: no such file`;
  if (code === 'EACCES' || code === 'EPERM') return `${name}: permission denied`;
  if (code === 'EISDIR') return `${name}: is a directory, not a file`;
  return `${name}: cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

export async function readFileInput(file: string, maxSize: number): Promise<Input> {
  const checked = await checkFile(file, maxSize);
  if (!checked.ok) return { ok: false, name: file, message: checked.message };
  try {
    const bytes = await readBounded(file, checked.size, maxSize);
    if (bytes === null) return { ok: false, name: file, message: tooLarge(file, maxSize + 1, maxSize, true) };
    const decoded = decode(bytes, file);
    return decoded.ok ? { ok: true, name: file, path: file, text: decoded.text, warnings: decoded.warnings } : { ok: false, name: file, message: decoded.message };
  } catch (error) {
    return { ok: false, name: file, message: describeError(file, error) };
  }
}

/**
 * A file's bytes, or null as soon as there are more than `maxSize`: the limit holds while reading, for what `stat`
 * cannot measure (a device such as /dev/zero, a FIFO, a file that grows as it is read). `expected` is stat's size.
 */
async function readBounded(file: string, expected: number, maxSize: number): Promise<Buffer | null> {
  const handle = await fs.open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    // a regular file in one read (and one more to see its end); anything else a block at a time
    let room = Math.min(maxSize + 1, Math.max(expected + 1, 64 * 1024));
    for (;;) {
      const buffer = Buffer.allocUnsafe(room);
      const { bytesRead } = await handle.read(buffer, 0, room, null);
      if (bytesRead === 0) return Buffer.concat(chunks, size);
      chunks.push(buffer.subarray(0, bytesRead));
      size += bytesRead;
      if (size > maxSize) return null;
      room = Math.min(maxSize + 1 - size, 1 << 20);
    }
  } finally {
    await handle.close();
  }
}

export async function readStreamInput(stream: NodeJS.ReadableStream, maxSize: number): Promise<Input> {
  const name = STDIN_NAME;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > maxSize) return { ok: false, name, message: tooLarge(name, size, maxSize) };
      chunks.push(buffer);
    }
  } catch (error) {
    return { ok: false, name, message: describeError(name, error) };
  }
  const decoded = decode(Buffer.concat(chunks), name);
  return decoded.ok ? { ok: true, name, path: null, text: decoded.text, warnings: decoded.warnings } : { ok: false, name, message: decoded.message };
}

/** Something wrong with an input found while reading it in pieces: the article is unreadable (exit code 2). */
export class InputError extends Error {}

/**
 * A file read a megabyte at a time (for an article too large to hold whole), decoded as `decode` decodes a whole
 * file: NUL bytes are an error (thrown as InputError when met), invalid UTF-8 becomes U+FFFD with a warning (in
 * `warnings` once read), a leading BOM is dropped. Iterate it once.
 */
export class FilePieces implements Iterable<string> {
  readonly warnings: string[] = [];

  /** `maxSize`: the limit, held while reading (the file may grow, or be a device) */
  constructor(
    readonly file: string,
    readonly maxSize: number = Infinity,
  ) {}

  *[Symbol.iterator](): Generator<string> {
    let fd: number;
    try {
      fd = fsSync.openSync(this.file, 'r');
    } catch (error) {
      throw new InputError(describeError(this.file, error));
    }
    try {
      const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
      const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
      let valid = true;
      let first = true;
      const buffer = Buffer.alloc(1 << 20);
      let size = 0;
      for (;;) {
        let n: number;
        try {
          n = fsSync.readSync(fd, buffer, 0, buffer.length, null);
        } catch (error) {
          throw new InputError(describeError(this.file, error));
        }
        const bytes = buffer.subarray(0, n);
        size += n;
        if (size > this.maxSize) throw new InputError(tooLarge(this.file, size, this.maxSize, true));
        if (bytes.includes(0)) throw new InputError(notText(this.file));
        const more = n > 0;
        if (valid) {
          try {
            strict.decode(bytes, { stream: more });
          } catch {
            valid = false;
            this.warnings.push(INVALID_UTF8);
          }
        }
        let text = lenient.decode(bytes, { stream: more });
        if (first && text) {
          text = stripBom(text);
          first = false;
        }
        if (text) yield text;
        if (!more) return;
      }
    } finally {
      fsSync.closeSync(fd);
    }
  }
}

/** Whether a file is there to be read, and small enough (before reading it whole, or in pieces). */
export async function checkFile(file: string, maxSize: number): Promise<{ ok: true; size: number } | { ok: false; message: string }> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { ok: false, message: `${file}: is a directory, not a file` };
    if (stat.size > maxSize) return { ok: false, message: tooLarge(file, stat.size, maxSize) };
    return { ok: true, size: stat.size };
  } catch (error) {
    return { ok: false, message: describeError(file, error) };
  }
}
