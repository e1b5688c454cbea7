/** JSON renderers: `json` prints one fact sheet object, or an array when several articles were given; `jsonl` one sheet per line. */
import type { FactSheet } from '../schema.js';
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
