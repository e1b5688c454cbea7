/**
 * What every kind of scoring shares: the case (a gold file and the fact sheet made for its article), precision and
 * recall, one-to-one alignment of predictions with gold items, and names folded for comparison. Pure functions.
 */
import type { FactSheet } from '../schema.js';

export interface Interval {
  start: number;
  end: number;
}

/** One scored count: precision, recall and F1 with the counts behind them. */
export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  pred: number;
  gold: number;
}

/** One line of a verbose report: what kind of miss, in which article, and what. */
export interface Note {
  kind: string;
  doc: string;
  what: string;
}

/** A gold file as read from disk: only the keys the scorer reads are typed, loosely (gold is external data). */
export type Gold = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Case {
  id: string;
  gold: Gold;
  /** null when the article could not be analysed: every gold item counts as missed */
  sheet: FactSheet | null;
  /** the article's text, for naming predicted spans in notes */
  text?: string;
}

/** A list from the gold (missing or malformed lists count as empty). */
export const list = (x: unknown): any[] => (Array.isArray(x) ? x : []); // eslint-disable-line @typescript-eslint/no-explicit-any

export function overlapLength(a: Interval, b: Interval): number {
  const n = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return n > 0 ? n : 0;
}

export const sameSpan = (a: Interval, b: Interval): boolean => a.start === b.start && a.end === b.end;

/** A span that covers at least one character. */
export const isInterval = (x: Interval): boolean => Number.isInteger(x.start) && Number.isInteger(x.end) && x.end > x.start;

/**
 * Precision, recall and F1. With nothing predicted precision is 1 only when there was nothing to find; with nothing to
 * find recall is 1.
 */
export function prf(tp: number, pred: number, gold: number): Prf {
  const p = pred > 0 ? tp / pred : gold > 0 ? 0 : 1;
  const r = gold > 0 ? tp / gold : 1;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, tp, pred, gold };
}

/**
 * Greedy one-to-one alignment: every (prediction, gold) pair with a positive score, best score first (ties by
 * prediction index, then gold index); a pair is taken when neither side is taken yet. Returns [pred, gold] indices.
 */
export function alignGreedy<P, G>(pred: readonly P[], gold: readonly G[], score: (p: P, g: G) => number): Array<[number, number]> {
  const candidates: Array<{ s: number; i: number; j: number }> = [];
  for (let i = 0; i < pred.length; i++) {
    for (let j = 0; j < gold.length; j++) {
      const s = score(pred[i]!, gold[j]!);
      if (s > 0) candidates.push({ s, i, j });
    }
  }
  candidates.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  const takenP = new Set<number>();
  const takenG = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const { i, j } of candidates) {
    if (takenP.has(i) || takenG.has(j)) continue;
    takenP.add(i);
    takenG.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

/**
 * A name folded for comparison: accents, case, possessive 's, punctuation and hyphens dropped, a leading "the" dropped,
 * spaces collapsed ("The Kremlin's" → "kremlin").
 */
export function foldName(s: unknown): string {
  return String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2019\u2018`\u00b4]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[.,;:!?"\u201c\u201d()[\]]/g, ' ')
    .replace(/[-\u2010\u2013\u2014_/]/g, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export const words = (s: unknown): string[] => foldName(s).split(' ').filter((w) => w.length > 0);

/** Predictions that the gold does not annotate: MEANTIME's dateline and the unannotated rest of an article. */
export function inAnnotatedPart<T extends Interval>(items: readonly T[], gold: Gold): T[] {
  let out = [...items];
  if (gold.dct_span) out = out.filter((x) => overlapLength(x, gold.dct_span as Interval) === 0);
  if (Number.isInteger(gold.annotated_end)) out = out.filter((x) => x.start < (gold.annotated_end as number));
  return out;
}
