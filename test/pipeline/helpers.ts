/** Shared checks for the pipeline and fuzz suites: every span of a sheet is exact, and the sheet has its schema. */
import { expect } from 'vitest';
import { FactSheet } from '../../src/schema.js';

export interface FoundSpan {
  path: string;
  start: number;
  end: number;
  text: string;
}

/** Every object anywhere in the sheet with numeric start and end and a string text, with where it was found. */
export function spansOf(node: unknown, path = '$', out: FoundSpan[] = []): FoundSpan[] {
  if (Array.isArray(node)) {
    node.forEach((item, i) => spansOf(item, `${path}[${i}]`, out));
    return out;
  }
  if (!node || typeof node !== 'object') return out;
  const o = node as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') out.push({ path, start: o.start, end: o.end, text: o.text });
  for (const [key, value] of Object.entries(o)) if (value && typeof value === 'object') spansOf(value, `${path}.${key}`, out);
  return out;
}

/** The first span that is not exactly input.slice(start, end), or null. */
export function badSpan(sheet: unknown, input: string): FoundSpan | null {
  for (const s of spansOf(sheet)) {
    const inRange = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= input.length;
    if (!inRange || input.slice(s.start, s.end) !== s.text) return s;
  }
  return null;
}

export function expectValidSheet(sheet: unknown, input: string): void {
  const parsed = FactSheet.safeParse(sheet);
  expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  expect(badSpan(sheet, input)).toBeNull();
}

/** A sheet's facts without ids (sequence numbers) and warnings, to compare two runs. */
export function factsOf(sheet: FactSheet): unknown {
  const noId = <T extends { id: string }>(list: readonly T[]) => list.map(({ id: _id, ...rest }) => rest);
  return { actors: noId(sheet.actors), locations: noId(sheet.locations), distances: sheet.distances, dates: noId(sheet.dates), events: noId(sheet.events) };
}
