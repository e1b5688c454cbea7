/**
 * `-o/--output FILE`: the run's output written to a file instead of stdout. It goes to a temporary file in the same
 * folder, renamed over FILE once everything is written, so that FILE is never left half-written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sanitize } from '../render/sanitize.js';
import type { Io } from './io.js';

export type OutputFile = { ok: true; io: Io; finish(): Promise<string | null> } | { ok: false; message: string };

const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/** An Io whose stdout is a new temporary file beside `file`; finish() renames it over `file` (or says why it could not). */
export async function toFile(file: string, io: Io): Promise<OutputFile> {
  const name = sanitize(file);
  const dir = path.dirname(path.resolve(file));
  const stat = await fs.promises.stat(file).catch(() => null);
  if (stat?.isDirectory()) return { ok: false, message: `--output ${name}: a folder, not a file` };
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  let stream: fs.WriteStream;
  try {
    const handle = await fs.promises.open(temp, 'w');
    stream = fs.createWriteStream(temp, { fd: handle });
  } catch (error) {
    return { ok: false, message: `--output ${name}: cannot write there (${reason(error)})` };
  }
  let failure: unknown = null;
  stream.on('error', (error) => (failure ??= error));
  const finish = async (): Promise<string | null> => {
    await new Promise<void>((resolve) => stream.end(resolve));
    try {
      if (failure) throw failure;
      await fs.promises.rename(temp, file);
      return null;
    } catch (error) {
      await fs.promises.rm(temp, { force: true });
      return `--output ${name}: could not be written (${reason(error)})`;
    }
  };
  const stdout: Io['stdout'] = { write: (text: string) => stream.write(text), once: (event, listener) => stream.once(event, listener) };
  return { ok: true, io: { ...io, stdout }, finish };
}
