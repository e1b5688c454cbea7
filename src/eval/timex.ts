/**
 * TempEval-3 Task A: predicted dates aligned 1:1 with gold timexes by overlap (an identical span first, then the
 * largest overlap); strict = same span, relaxed = any overlap, value and type = equal strings on relaxed pairs. F1 for
 * value and type is 2·hits / (|predicted| + |gold|). Counts are summed over all documents.
 */
import { alignGreedy, inAnnotatedPart, isInterval, list, overlapLength, prf, sameSpan, type Case, type Interval, type Note } from './align.js';

export interface TimexScores {
  gold: number;
  pred: number;
  strictP: number;
  strictR: number;
  strictF1: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF1: number;
  valueF1: number;
  typeF1: number;
  valueAccuracy: number;
}

/** Exact spans beat any overlap; among overlaps the larger wins. */
export function timexPairScore(p: Interval, g: Interval): number {
  const n = overlapLength(p, g);
  if (n === 0) return 0;
  return (sameSpan(p, g) ? 1_000_000 : 0) + n;
}

export function scoreTimexes(cases: readonly Case[], notes?: Note[]): TimexScores | undefined {
  let nGold = 0;
  let nPred = 0;
  let strict = 0;
  let relaxed = 0;
  let value = 0;
  let type = 0;
  let any = false;
  for (const c of cases) {
    if (!c.gold.timexes) continue;
    any = true;
    const gold = list(c.gold.timexes);
    const pred = inAnnotatedPart((c.sheet?.dates ?? []).filter(isInterval), c.gold);
    nGold += gold.length;
    nPred += pred.length;
    const pairs = alignGreedy(pred, gold, timexPairScore);
    for (const [i, j] of pairs) {
      const p = pred[i]!;
      const g = gold[j];
      relaxed++;
      if (sameSpan(p, g)) strict++;
      if (String(p.value) === String(g.value)) value++;
      else notes?.push({ kind: 'value', doc: c.id, what: `"${g.text}" gold ${g.value} got ${p.value}` });
      if (String(p.type).toUpperCase() === String(g.type).toUpperCase()) type++;
    }
    if (notes) {
      const hitP = new Set(pairs.map(([i]) => i));
      const hitG = new Set(pairs.map(([, j]) => j));
      gold.forEach((g, j) => hitG.has(j) || notes.push({ kind: 'timex-', doc: c.id, what: `missed "${g.text}" (${g.value})` }));
      pred.forEach((p, i) => hitP.has(i) || notes.push({ kind: 'timex+', doc: c.id, what: `spurious "${p.text}" (${p.value})` }));
    }
  }
  if (!any || nGold === 0) return undefined;
  const s = prf(strict, nPred, nGold);
  const r = prf(relaxed, nPred, nGold);
  const f = (hits: number) => (nPred + nGold > 0 ? (2 * hits) / (nPred + nGold) : 0);
  return {
    gold: nGold,
    pred: nPred,
    strictP: s.p,
    strictR: s.r,
    strictF1: s.f1,
    relaxedP: r.p,
    relaxedR: r.r,
    relaxedF1: r.f1,
    valueF1: f(value),
    typeF1: f(type),
    valueAccuracy: relaxed > 0 ? value / relaxed : 0,
  };
}

