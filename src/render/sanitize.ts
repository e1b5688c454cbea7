/**
 * Article text must never reach a terminal as raw control or escape sequences: an ESC from the article could move
 * the cursor or rewrite the screen, a C1 CSI (U+009B) does the same on some terminals, and a bidi override reorders
 * what the reader sees. Every article-derived string in human output goes through `sanitize`; JSON goes through
 * `escapeJsonControls`, which keeps the JSON valid and the parsed values unchanged.
 */

/** C0 and C1 controls, DEL, bidi marks, embeddings, overrides and isolates, line/paragraph separators, BOM. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** The characters `sanitize` escapes (a global pattern), for renderers that show them their own way. */
export const UNSAFE_CHARACTERS = UNSAFE;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0').toUpperCase()}` : `\\u${code.toString(16).padStart(4, '0').toUpperCase()}`;
}

/** Make a string safe to print on a terminal: every control, escape or bidi character becomes a visible escape. */
export function sanitize(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** What JSON.stringify leaves raw inside strings: DEL, C1, bidi controls, U+2028/9, BOM (C0 it escapes itself). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Escape those as \uXXXX: the JSON text stays equivalent, and its layout (newlines, indentation) untouched. */
export function escapeJsonControls(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
