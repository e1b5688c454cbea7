/** Parsers for option values; each throws commander's InvalidArgumentError, which makes a one-line usage error. */
import { InvalidArgumentError } from 'commander';
import { FACT_KINDS, type FactKind } from '../schema.js';
import { dateProblem, unknownKinds } from '../arguments.js';

/** `--date YYYY-MM-DD`: a real calendar date (2023-02-30 is refused) in the years 1000 to 9999. */
export function parseDate(value: string): string {
  const problem = dateProblem(value);
  if (problem) throw new InvalidArgumentError(`${problem}.`);
  return value;
}

/** Edit distance (insertions, deletions, substitutions) between two short words. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The one choice a mistyped word most likely meant ("actor" → "actors", "evnets" → "events"), or null. */
export function closest<T extends string>(word: string, choices: readonly T[]): T | null {
  const scored = choices.map((c) => ({ c, d: distance(word, c) })).filter(({ d }) => d <= (word.length > 3 ? 2 : 1));
  const best = Math.min(...scored.map(({ d }) => d));
  const ties = scored.filter(({ d }) => d === best);
  return ties.length === 1 ? ties[0]!.c : null;
}

/** `--only actors,dates`: a non-empty subset of the fact kinds, returned in the sheet's own order. */
export function parseKinds(value: string): FactKind[] {
  const asked = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = unknownKinds(asked);
  if (unknown.length > 0) {
    const guesses = unknown.map((k) => closest(k, FACT_KINDS)).filter((g): g is FactKind => g !== null);
    const hint = guesses.length === unknown.length ? `; did you mean ${guesses.join(',')}?` : `; choose from ${FACT_KINDS.join(', ')}.`;
    throw new InvalidArgumentError(`unknown kind ${unknown.map((k) => `"${k}"`).join(', ')}${hint}`);
  }
  if (asked.length === 0) throw new InvalidArgumentError(`expected one or more of ${FACT_KINDS.join(', ')}.`);
  return FACT_KINDS.filter((k) => asked.includes(k));
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** The default largest input, in bytes: 50 MB. News articles are a few kilobytes. */
export const DEFAULT_MAX_SIZE = 50 * 1024 ** 2;

/** `--max-size 200MB`: a size in bytes, with an optional unit (B, KB, MB, GB; powers of 1024). */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const factor = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || factor === undefined) throw new InvalidArgumentError('expected a size such as 1048576, 500KB or 200MB.');
  const bytes = Math.floor(Number(m[1]) * factor);
  if (bytes <= 0) throw new InvalidArgumentError('the size must be above zero.');
  return bytes;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** `--jobs N`: how many worker threads; a whole number from 1 up. */
export function parseJobs(value: string): number {
  if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of jobs, 1 or more.');
  return Number(value);
}
