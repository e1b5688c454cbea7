/** Positions in the analysed document: the sentence or the token at an offset. */
import type { Span } from '../../schema.js';
import type { Document, Sentence, Token } from '../../nlp/document.js';

/** Index of the sentence that contains `pos`, or -1. */
export function sentenceIndexAt(doc: Document, pos: number): number {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (s.end <= pos) lo = mid + 1;
    else if (s.start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

export function sentenceAt(doc: Document, pos: number): Span {
  const i = sentenceIndexAt(doc, pos);
  const found: Sentence | undefined = doc.sentences[i];
  if (found) return { start: found.start, end: found.end, text: found.text };
  // outside any parsed sentence: its line, at most a few hundred characters either side
  const text = doc.text;
  const from = Math.max(0, pos - 300);
  const nl = text.slice(from, pos).lastIndexOf('\n');
  const start = nl >= 0 ? from + nl + 1 : from;
  const to = Math.min(text.length, pos + 300);
  const next = text.slice(pos, to).indexOf('\n');
  const end = next >= 0 ? pos + next : to;
  return { start, end, text: text.slice(start, end) };
}

export function tokenAt(doc: Document, pos: number): Token | null {
  const ts = doc.tokens;
  let lo = 0;
  let hi = ts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ts[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  const t = ts[lo];
  return t && t.start <= pos && pos < t.end ? t : null;
}
