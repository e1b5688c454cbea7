import type { Span } from '../schema.js';

export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The one overlap rule used everywhere: the first longest wins. Sorts by start, prefers longer spans, and drops any
 * span that overlaps one already kept.
 */
export function filterSpans<T extends { start: number; end: number }>(items: readonly T[]): T[] {
  const ranked = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const item of ranked) if (!kept.some((k) => overlaps(k, item))) kept.push(item);
  return kept.sort((a, b) => a.start - b.start);
}
