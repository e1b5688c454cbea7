/** JSON renderers: `json` prints one fact sheet object, or an array when several articles were given; `jsonl` one sheet per line. */
import { BATCHED_KINDS, type FactSheet } from '../schema.js';
import type { RenderOptions } from './types.js';
import { escapeJsonControls } from './sanitize.js';

/** JSON text of a value, with controls that JSON.stringify leaves raw escaped as \uXXXX (still the same JSON value). */
export function toJson(value: unknown, indent?: number): string {
  return escapeJsonControls(JSON.stringify(value, null, indent));
}

export function renderJson(sheets: readonly FactSheet[], options: RenderOptions): string {
  const value = options.several ? sheets : sheets[0];
  if (value === undefined) return '';
  return toJson(value, 2) + '\n';
}

export function renderJsonl(sheets: readonly FactSheet[], _options: RenderOptions): string {
  return sheets.map((sheet) => toJson(sheet) + '\n').join('');
}

/**
 * JSON for a sheet too large to hold as one string (see `extractFactsInBatches`): its lists are written element by
 * element as their batches come, and the text around them once the rest of the sheet is known.
 * Put together, the pieces are byte for byte `renderJson`/`renderJsonl`'s text for the whole sheet (and, inside a
 * json array of several articles, the array element `renderPiece` writes).
 */

export interface JsonShape {
  /** indented by two spaces (json), or on one line (jsonl) */
  pretty: boolean;
  /** the indentation of the sheet itself: two spaces as an element of json's array of several sheets */
  pad: string;
}

export function jsonShape(format: 'json' | 'jsonl', several: boolean): JsonShape {
  return { pretty: format === 'json', pad: format === 'json' && several ? '  ' : '' };
}

/** The sheet's text around its lists, in order: before actors, between each two of them, and after checks. */
export function sheetJsonFrame(rest: FactSheet, shape: JsonShape): string[] {
  const empty = { ...rest, actors: [], locations: [], distances: [], dates: [], events: [], checks: [] };
  const text = shape.pretty ? toJson(empty, 2).replace(/^(?=.)/gm, shape.pad) : toJson(empty);
  const pieces: string[] = [];
  let from = 0;
  for (const kind of BATCHED_KINDS) {
    // a key of the sheet itself: at its indentation, after a newline, or after a comma on one line
    const key = shape.pretty ? `\n${shape.pad}  "${kind}": []` : `,"${kind}":[]`;
    const at = text.indexOf(key, from);
    if (at < 0) throw new Error(`the sheet's JSON has no ${kind} array`);
    pieces.push(text.slice(from, at + key.length - 2));
    from = at + key.length;
  }
  const end = shape.pretty && shape.pad === '' ? '\n' : shape.pretty ? '' : '\n';
  pieces.push(text.slice(from) + end);
  return pieces;
}

/** One element of a batched array, with what comes before it: the array's opening for the first, a comma after. */
export function jsonElement(fact: unknown, first: boolean, shape: JsonShape): string {
  if (!shape.pretty) return (first ? '[' : ',') + toJson(fact);
  const inner = `${shape.pad}    `;
  return (first ? '[\n' : ',\n') + toJson(fact, 2).replace(/^/gm, inner);
}

/** The end of a batched array with `count` elements written by jsonElement (an empty one is the whole `[]`). */
export function jsonArrayEnd(count: number, shape: JsonShape): string {
  if (count === 0) return '[]';
  return shape.pretty ? `\n${shape.pad}  ]` : ']';
}
