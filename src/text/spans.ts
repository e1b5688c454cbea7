import type { Span } from '../schema.js';

export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The one overlap rule used everywhere: the first longest wins. Prefers longer spans, then (between spans as long)
 * what `tie` ranks first, then the earlier start, and drops any span that overlaps one already kept.
 */
export function filterSpans<T extends { start: number; end: number }>(items: readonly T[], tie: (a: T, b: T) => number = () => 0): T[] {
  const ranked = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || tie(a, b) || a.start - b.start);
  const kept: T[] = [];
  for (const item of ranked) if (!kept.some((k) => overlaps(k, item))) kept.push(item);
  return kept.sort((a, b) => a.start - b.start);
}

/** In a list where `pred` is false then true (sorted by offset), the index of the first true item, or the length. */
export function firstIndex<T>(list: readonly T[], pred: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(list[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
