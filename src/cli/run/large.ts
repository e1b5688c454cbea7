/**
 * A large article in json or jsonl: extracted a window at a time (extractFactsInBatches), each batch of facts written
 * to temporary files (one per list) as it comes, so that memory holds one window and the article's actors and places
 * as bare offsets, never the whole sheet (whose JSON may pass the length a string can have). The article's output is
 * then the text around those lists and the files, which the main thread copies to stdout in order and deletes
 * (output.ts). Between windows the event loop runs, so that an interrupt (Ctrl-C) is handled within a window's time
 * and the files are removed (main.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractFactsInBatches, validateFactBatch, validateFactSheet, type ExtractOptions } from '../../index.js';
import { BATCHED_KINDS, type BatchedKind } from '../../schema.js';
import { jsonArrayEnd, jsonElement, jsonShape, sheetJsonFrame } from '../../render/json.js';
import { firstIssue, oneLine } from '../analyse.js';
import { InputError, type FilePieces } from '../input/input.js';

/** An article's output: text, or parts of text and files of text to be copied in order (and `dir` removed after). */
export type Piece = string | { parts: Array<string | { file: string }>; dir: string };

/** Text for a file, written a megabyte at a time. */
class FileWriter {
  private buffered: string[] = [];
  private size = 0;
  private open = true;
  readonly fd: number;

  constructor(readonly file: string) {
    this.fd = fs.openSync(file, 'w');
  }

  write(text: string): void {
    this.buffered.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) this.flush();
  }

  flush(): void {
    if (this.size > 0) fs.writeSync(this.fd, this.buffered.join(''));
    this.buffered = [];
    this.size = 0;
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    this.flush();
    fs.closeSync(this.fd);
  }

  /** after a failure: let the file go, whatever state it is in */
  drop(): void {
    if (this.open) fs.closeSync(this.fd);
    this.open = false;
  }
}

export type LargeResult =
  | { ok: true; piece: Piece; warnings: string[]; inputWarnings: string[] }
  | { ok: false; kind: 'unreadable' | 'internal'; message: string; inputWarnings: string[] };

/** Let the event loop run (a signal's handler, a worker's message) between two windows of a long analysis. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * `input`: the text, or a file read in pieces (then an error reading it makes the article unreadable). The temporary
 * files go in a folder of their own inside `tempRoot` (created if need be), which the CLI removes on exit.
 */
export async function extractLarge(
  input: string | FilePieces,
  options: ExtractOptions,
  format: 'json' | 'jsonl',
  several: boolean,
  tempRoot: string,
): Promise<LargeResult> {
  const inputWarnings = () => (typeof input === 'string' ? [] : input.warnings);
  let dir: string | null = null;
  const writers = new Map<BatchedKind, FileWriter>();
  const counts = Object.fromEntries(BATCHED_KINDS.map((k) => [k, 0])) as Record<BatchedKind, number>;
  const shape = jsonShape(format, several);
  const fail = (message: string, kind: 'unreadable' | 'internal' = 'internal'): LargeResult => {
    for (const w of writers.values()) w.drop();
    if (dir !== null) fs.rmSync(dir, { recursive: true, force: true });
    return { ok: false, kind, message, inputWarnings: inputWarnings() };
  };
  try {
    // the run's own folder, made by whichever article needs it first (never TMPDIR itself: a missing TMPDIR is an error)
    try {
      fs.mkdirSync(tempRoot);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    dir = fs.mkdtempSync(path.join(tempRoot, 'article-'));
    for (const kind of BATCHED_KINDS) writers.set(kind, new FileWriter(path.join(dir, `${kind}.json`)));
    const batches = extractFactsInBatches(input, options);
    let step = batches.next();
    for (; !step.done; step = batches.next()) {
      await breathe();
      const valid = validateFactBatch(step.value);
      if (!valid.ok) return fail(`internal error: the fact sheet fails its own schema at ${firstIssue(valid.error)} (a bug in summit-facts; please report it)`);
      for (const kind of BATCHED_KINDS) {
        const writer = writers.get(kind)!;
        for (const fact of valid.batch[kind]) writer.write(jsonElement(fact, counts[kind]++ === 0, shape));
      }
    }
    const rest = validateFactSheet(step.value);
    if (!rest.ok) return fail(`internal error: the fact sheet fails its own schema at ${firstIssue(rest.error)} (a bug in summit-facts; please report it)`);
    for (const w of writers.values()) w.close();
    const frame = sheetJsonFrame(rest.sheet, shape);
    const parts: Array<string | { file: string }> = [frame[0]];
    BATCHED_KINDS.forEach((kind, i) => {
      if (counts[kind] > 0) parts.push({ file: writers.get(kind)!.file });
      parts.push(jsonArrayEnd(counts[kind], shape) + frame[i + 1]);
    });
    return { ok: true, piece: { parts, dir: dir! }, warnings: rest.sheet.warnings, inputWarnings: inputWarnings() };
  } catch (error) {
    if (error instanceof InputError) return fail(error.message, 'unreadable');
    const message = oneLine(error instanceof Error ? error.message : String(error));
    // the temporary files could not be written (a full disk, no permission): the article cannot be done here (exit
    // code 2, as for an input that cannot be read), and it is not a bug of ours
    if ((error as NodeJS.ErrnoException | null)?.syscall) return fail(`could not write temporary files in ${path.dirname(tempRoot)} (${message}); free some space there or set TMPDIR`, 'unreadable');
    return fail(`internal error while extracting facts: ${message} (a bug in summit-facts; please report it)`);
  }
}
