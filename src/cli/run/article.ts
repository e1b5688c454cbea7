/**
 * Articles from their tasks to their rendered output: read (for a file), decode, extract, validate, render.
 * The same code runs in the main thread (`--jobs 1`) and in each worker, so both give the same bytes.
 * Everything it returns is plain data (strings and arrays), cheap to send from a worker.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { FactKind, FactSheet } from '../../schema.js';
import { renderers, type Format, type RenderOptions } from '../../render/index.js';
import { analyse, type Extract } from '../analyse.js';
import type { ColorLevel } from '../color.js';
import { checkFile, FilePieces, readFileInput } from '../input/input.js';
import { STREAMED } from './output.js';
import { extractLarge, type Piece } from './large.js';
import { WINDOW } from '../../pipeline.js';

export type Task =
  /** `referenceDate`: the article's own date (--dates), before the run's --date */
  | { kind: 'file'; path: string; referenceDate?: string }
  /** text read by the main thread (stdin) */
  | { kind: 'text'; name: string; text: string; warnings: string[] }
  /** an input that failed before any work (no such pattern, stdin given twice…): reported in its place */
  | { kind: 'error'; name: string; message: string };

export interface ArticleSettings {
  format: Format;
  /** several articles: `json` frames the pieces as an array (see output.ts) */
  several: boolean;
  only: readonly FactKind[];
  referenceDate: string | null;
  maxSize: number;
  colorLevel: ColorLevel;
  /** the terminal's width, when stdout is one: the table fits it */
  width?: number;
  /** where a large article's temporary files go (a folder of this run's, removed when it ends) */
  tempRoot: string;
}

export interface ArticleResult {
  name: string;
  /** about the input itself (invalid UTF-8), without the name */
  inputWarnings: string[];
  /** one line, with the name; `unreadable` is exit 2, `internal` exit 3 */
  error: { kind: 'unreadable' | 'internal'; message: string } | null;
  /** the article's part of stdout, for a streamed format; null when there is none (an error) */
  piece: Piece | null;
  /** for a format rendered from every sheet at the end (html): the sheet and the text its offsets point into */
  whole: { sheet: FactSheet; text: string } | null;
  /** the library's warnings for this sheet (reported once per warning, at the end) */
  sheetWarnings: string[];
}

const indent = (text: string) => text.replace(/^(?=.)/gm, '  ');

/**
 * One sheet's part of the output. Put together by output.ts's framing, the parts are byte for byte what the
 * renderer gives for all the sheets at once: jsonl lines in a row, tables one after the other with a blank line,
 * and for `json` with several articles the elements of the array (indented as JSON.stringify indents them).
 */
export function renderPiece(sheet: FactSheet, format: Format, several: boolean, options: RenderOptions): string {
  if (format === 'json' && several) return indent(renderers.json([sheet], { ...options, several: false }).replace(/\n$/, ''));
  return renderers[format]([sheet], options);
}

type Read =
  | { ok: true; name: string; path: string | null; text: string; warnings: string[] }
  /** a large file, for a format written in pieces: read as it is extracted */
  | { ok: true; name: string; path: string; pieces: FilePieces }
  | { ok: false; name: string; message: string };

/** The formats a large article is written in as it is read (see large.ts); the others hold the whole sheet. */
const inPieces = (format: Format): format is 'json' | 'jsonl' => format === 'json' || format === 'jsonl';

/** The I/O half: a file's bytes read and decoded (or the reason it could not be). */
async function read(task: Task, settings: ArticleSettings, extract?: Extract): Promise<Read> {
  const { maxSize } = settings;
  if (task.kind === 'file' && inPieces(settings.format) && !extract) {
    // a file of more bytes than a window has characters may be more than a window: read it in pieces
    const checked = await checkFile(task.path, maxSize);
    if (!checked.ok) return { ok: false, name: task.path, message: checked.message };
    if (checked.size > WINDOW) return { ok: true, name: task.path, path: task.path, pieces: new FilePieces(task.path, maxSize) };
  }
  if (task.kind === 'file') return readFileInput(task.path, maxSize);
  if (task.kind === 'error') return { ok: false, name: task.name, message: task.message };
  return { ok: true, name: task.name, path: null, text: task.text, warnings: task.warnings };
}

/** The CPU half: extract, validate and render one article that was read. */
async function finish(input: Read, settings: ArticleSettings, extract?: Extract): Promise<ArticleResult> {
  const name = input.name;
  const failed = (kind: 'unreadable' | 'internal', message: string, inputWarnings: string[] = []): ArticleResult => ({
    name,
    inputWarnings,
    error: { kind, message },
    piece: null,
    whole: null,
    sheetWarnings: [],
  });
  if (!input.ok) return failed('unreadable', input.message);
  // a large article in json or jsonl goes out in pieces, as its windows are done (a swapped-in library call does not)
  const { format } = settings;
  if (inPieces(format) && ('pieces' in input || (input.text.length > WINDOW && !extract))) {
    const [source, inputWarnings] = 'pieces' in input ? [input.pieces, []] : [input.text, input.warnings];
    const done = await extractLarge(source, { referenceDate: settings.referenceDate, path: input.path, only: settings.only }, format, settings.several, settings.tempRoot);
    // a reading error names the file already (as readFileInput's do); the others get the name here
    if (!done.ok) return failed(done.kind, done.message.startsWith(`${name}: `) ? done.message : `${name}: ${done.message}`, [...inputWarnings, ...done.inputWarnings]);
    return { name, inputWarnings: [...inputWarnings, ...done.inputWarnings], error: null, piece: done.piece, whole: null, sheetWarnings: done.warnings };
  }
  // read() gives pieces only for the formats above
  if ('pieces' in input) return failed('internal', `${name}: internal error: a large file was read in pieces for the ${format} format (a bug in summit-facts; please report it)`);
  const result = analyse(input.text, { referenceDate: settings.referenceDate, path: input.path, only: settings.only }, extract);
  if (!result.ok) return failed('internal', `${name}: ${result.message}`, input.warnings);
  const done = { name, inputWarnings: input.warnings, error: null, sheetWarnings: result.sheet.warnings };
  if (!STREAMED[settings.format]) return { ...done, piece: null, whole: { sheet: result.sheet, text: input.text } };
  const options: RenderOptions = { chalk: chalkAt(settings.colorLevel), only: settings.only, several: settings.several, width: settings.width };
  return { ...done, piece: renderPiece(result.sheet, settings.format, settings.several, options), whole: null };
}

const chalks = new Map<ColorLevel, ChalkInstance>();
const chalkAt = (level: ColorLevel) => chalks.get(level) ?? chalks.set(level, new Chalk({ level })).get(level)!;

/**
 * A batch in order, reporting each article as it is done. The next file is read while the current article is
 * being extracted (the read runs on libuv's threads), so the thread never sits idle waiting for the disk.
 */
export async function processBatch(
  batch: ReadonlyArray<{ index: number; task: Task }>,
  settings: ArticleSettings,
  done: (index: number, result: ArticleResult) => void,
  extract?: Extract,
): Promise<void> {
  let next = batch.length > 0 ? read(batch[0]!.task, settings, extract) : null;
  for (let i = 0; i < batch.length; i++) {
    const input = await next!;
    next = i + 1 < batch.length ? read(batch[i + 1]!.task, settings, extract) : null;
    const task = batch[i]!.task;
    const own = task.kind === 'file' && task.referenceDate ? { ...settings, referenceDate: task.referenceDate } : settings;
    done(batch[i]!.index, await finish(input, own, extract));
  }
}
