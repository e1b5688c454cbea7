/**
 * One article from its task to its rendered output: read (for a file), decode, extract, validate, render.
 * The same function runs in the main thread (`--jobs 1`) and in each worker, so both give the same bytes.
 * Everything it returns is plain data (strings and arrays), cheap to send from a worker.
 */
import { Chalk } from 'chalk';
import type { FactKind, FactSheet } from '../schema.js';
import { renderers, type Format, type RenderOptions } from '../render/index.js';
import { analyse, type Extract } from './analyse.js';
import type { ColorLevel } from './color.js';
import { readFileInput } from './input.js';

export type Task =
  | { kind: 'file'; path: string }
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
}

export interface ArticleResult {
  name: string;
  /** about the input itself (invalid UTF-8), without the name */
  inputWarnings: string[];
  /** one line, with the name; `unreadable` is exit 2, `internal` exit 3 */
  error: { kind: 'unreadable' | 'internal'; message: string } | null;
  /** the article's part of stdout; null when there is none (an error) */
  piece: string | null;
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

export async function processArticle(task: Task, settings: ArticleSettings, extract?: Extract): Promise<ArticleResult> {
  const name = task.kind === 'file' ? task.path : task.name;
  const failed = (kind: 'unreadable' | 'internal', message: string, inputWarnings: string[] = []): ArticleResult => ({
    name,
    inputWarnings,
    error: { kind, message },
    piece: null,
    sheetWarnings: [],
  });
  if (task.kind === 'error') return failed('unreadable', task.message);
  const input = task.kind === 'file' ? await readFileInput(task.path, settings.maxSize) : { ok: true as const, name, path: null, text: task.text, warnings: task.warnings };
  if (!input.ok) return failed('unreadable', input.message);
  const result = analyse(input.text, { referenceDate: settings.referenceDate, path: input.path, only: settings.only }, extract);
  if (!result.ok) return failed('internal', `${name}: ${result.message}`, input.warnings);
  const options: RenderOptions = { chalk: new Chalk({ level: settings.colorLevel }), only: settings.only, several: settings.several };
  return { name, inputWarnings: input.warnings, error: null, piece: renderPiece(result.sheet, settings.format, settings.several, options), sheetWarnings: result.sheet.warnings };
}
