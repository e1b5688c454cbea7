/**
 * Comparing a fact sheet with expected facts: is every expected fact in the actual sheet? Pure.
 *
 * Each expected fact is paired with an actual fact of the same kind by its anchor (actors by name or alias,
 * locations by name, distances by meters or value and unit, dates by text, events by trigger text), then every
 * other field it gives must match: numbers and strings exactly, objects field by field, arrays as sets (each
 * expected element must be found). `id` and `rule` are ignored: ids are sequence numbers and rules are provenance,
 * neither is a fact. With `strict`, actual facts that no expected fact claims are unexpected, and arrays inside a
 * fact may not hold more than the expected ones. A kind the expected file leaves out is not compared at all.
 *
 * Consistency checks are matched the same way (by their kind) when the expected file lists them. They are not facts
 * but findings about the facts, so `strict` reports only a `warning` that no expected check claims, and does so even
 * when the expected file has no `checks`: a new inconsistency fails a strict run, an `ok` never does.
 */
import type { ExpectedFacts, FactKind, FactSheet } from '../schema.js';
import { FACT_KINDS } from '../schema.js';

export type DiffStatus = 'missing' | 'unexpected' | 'different';
/** The lists of a fact sheet that `check` compares: the facts, and the consistency checks. */
export type DiffKind = FactKind | 'checks';

export interface FactDiff {
  kind: DiffKind;
  status: DiffStatus;
  /** names the fact: `actor "Kim Jong-un"`, `event "crossed" on 2023-09-12TMO` */
  label: string;
  /** for `different`: one line per field, e.g. `age: expected 39, got 40` */
  details: string[];
}

export interface Comparison {
  /** expected facts, and how many of them were found exactly */
  expected: number;
  found: number;
  diffs: FactDiff[];
}

export interface CompareOptions {
  strict: boolean;
}

type Json = unknown;
type Obj = Record<string, Json>;

const IGNORED = new Set(['id', 'rule']);
const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: Json): string => (v === undefined ? 'nothing' : JSON.stringify(v));
const norm = (s: unknown): string => String(s ?? '').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
const get = (o: Obj, path: string): Json => path.split('.').reduce<Json>((v, k) => (isObj(v) ? v[k] : undefined), o);

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Where `expected` and `actual` disagree, as readable lines; empty when every given field matches. */
export function compareValue(expected: Json, actual: Json, path: string, strict: boolean): string[] {
  const at = path ? `${path}: ` : '';
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${at}expected a list, got ${show(actual)}`];
    return compareArray(expected, actual, path, strict);
  }
  if (isObj(expected)) {
    if (!isObj(actual)) return [`${at}expected ${show(expected)}, got ${show(actual)}`];
    return Object.keys(expected)
      .filter((k) => !IGNORED.has(k) && expected[k] !== undefined)
      .flatMap((k) => compareValue(expected[k], actual[k], path ? `${path}.${k}` : k, strict));
  }
  if (typeof expected === 'number' && typeof actual === 'number' && sameNumber(expected, actual)) return [];
  return expected === actual ? [] : [`${at}expected ${show(expected)}, got ${show(actual)}`];
}

function compareArray(expected: Json[], actual: Json[], path: string, strict: boolean): string[] {
  const out: string[] = [];
  const used = new Set<number>();
  const unmatched: number[] = [];
  // first every exact match, so that a near miss cannot take the element another expected one matches exactly
  expected.forEach((e, i) => {
    const j = actual.findIndex((a, j) => !used.has(j) && compareValue(e, a, '', strict).length === 0);
    if (j >= 0) used.add(j);
    else unmatched.push(i);
  });
  for (const i of unmatched) {
    const e = expected[i];
    if (!isObj(e)) {
      out.push(`${path}: missing ${show(e)}`);
      continue;
    }
    const best = bestCandidate(e, actual, used, strict, () => true);
    if (best) {
      used.add(best.index);
      out.push(...best.mismatches.map((m) => `${path}[${i}].${m}`));
    } else out.push(`${path}: missing ${show(e)}`);
  }
  if (strict) actual.forEach((a, j) => used.has(j) || out.push(`${path}: unexpected ${show(a)}`));
  return out;
}

/** The unused actual element that the anchor admits and that disagrees on the fewest fields. */
function bestCandidate(
  expected: Obj,
  actual: readonly Json[],
  used: ReadonlySet<number>,
  strict: boolean,
  anchor: (e: Obj, a: Obj) => boolean,
): { index: number; mismatches: string[] } | null {
  let best: { index: number; mismatches: string[] } | null = null;
  actual.forEach((a, index) => {
    if (used.has(index) || !isObj(a) || !anchor(expected, a)) return;
    const mismatches = compareValue(expected, a, '', strict);
    if (!best || mismatches.length < best.mismatches.length) best = { index, mismatches };
  });
  return best;
}

/** How each kind pairs an expected fact with an actual one: the first anchor the expected fact gives decides. */
type Anchor = { has: (e: Obj) => boolean; same: (e: Obj, a: Obj) => boolean };
const textAnchor = (path: string): Anchor => ({
  has: (e) => get(e, path) !== undefined,
  same: (e, a) => norm(get(e, path)) === norm(get(a, path)),
});
const ANCHORS: Record<DiffKind, Anchor[]> = {
  actors: [
    {
      has: (e) => e.name !== undefined,
      same: (e, a) => norm(e.name) === norm(a.name) || (Array.isArray(a.aliases) && a.aliases.some((x) => norm(x) === norm(e.name))),
    },
  ],
  locations: [textAnchor('name')],
  distances: [
    {
      has: (e) => typeof e.meters === 'number',
      same: (e, a) => typeof a.meters === 'number' && Math.abs(a.meters - (e.meters as number)) <= 0.005 * Math.abs(e.meters as number),
    },
    {
      has: (e) => typeof e.value === 'number',
      same: (e, a) => typeof a.value === 'number' && sameNumber(a.value, e.value as number) && (e.unit === undefined || e.unit === a.unit),
    },
    textAnchor('text'),
  ],
  dates: [textAnchor('text'), textAnchor('value')],
  events: [textAnchor('trigger.text'), textAnchor('date.value'), textAnchor('date.text'), textAnchor('summary')],
  checks: [textAnchor('kind')],
};

function anchorFor(kind: DiffKind, expected: Obj): (e: Obj, a: Obj) => boolean {
  return ANCHORS[kind].find((anchor) => anchor.has(expected))?.same ?? (() => true);
}

/** A short name for a fact, from whatever fields it gives. */
function describeFact(kind: DiffKind, fact: Obj): string {
  const q = (v: Json) => JSON.stringify(String(v));
  switch (kind) {
    case 'actors':
      return `actor ${fact.name !== undefined ? q(fact.name) : show(fact)}`;
    case 'locations':
      return `location ${fact.name !== undefined ? q(fact.name) : show(fact)}`;
    case 'distances':
      return fact.text !== undefined ? `distance ${q(fact.text)}` : fact.meters !== undefined ? `distance of ${fact.meters} m` : `distance ${show(fact)}`;
    case 'dates':
      return `date ${fact.text !== undefined ? q(fact.text) : ''}${fact.value !== undefined ? ` (${fact.value})` : ''}`.replace('date  (', 'date (');
    case 'events': {
      const trigger = get(fact, 'trigger.text');
      const value = get(fact, 'date.value');
      return `event${trigger !== undefined ? ` ${q(trigger)}` : ''}${value !== undefined ? ` on ${value}` : ''}`;
    }
    case 'checks': {
      const evidence = Array.isArray(fact.evidence) ? fact.evidence.map((e) => (isObj(e) ? e.text : undefined)).filter((t) => t !== undefined) : [];
      const what = evidence.length ? ` on ${evidence.map(q).join(', ')}` : fact.message !== undefined ? `: ${q(fact.message)}` : '';
      return `${fact.status !== undefined ? `${String(fact.status)} ` : ''}check${fact.kind !== undefined ? ` ${String(fact.kind)}` : ''}${what}`;
    }
  }
}

const DIFF_KINDS: readonly DiffKind[] = [...FACT_KINDS, 'checks'];

export function compareFacts(expected: ExpectedFacts, actual: FactSheet, { strict }: CompareOptions): Comparison {
  const diffs: FactDiff[] = [];
  let count = 0;
  let found = 0;
  for (const kind of DIFF_KINDS) {
    const facts = actual[kind] as unknown as Obj[];
    // a strict run fails on a warning nobody expected, listed or not
    const wanted = (expected[kind] ?? (kind === 'checks' && strict ? [] : undefined)) as Obj[] | undefined;
    if (wanted === undefined) continue;
    count += wanted.length;
    const used = new Set<number>();
    const pending: number[] = [];
    // exact matches first, then the best remaining candidate for each fact still unmatched
    wanted.forEach((e, i) => {
      const j = facts.findIndex((a, j) => !used.has(j) && anchorFor(kind, e)(e, a) && compareValue(e, a, '', strict).length === 0);
      if (j >= 0) {
        used.add(j);
        found++;
      } else pending.push(i);
    });
    for (const i of pending) {
      const e = wanted[i]!;
      const best = bestCandidate(e, facts, used, strict, anchorFor(kind, e));
      if (best) {
        used.add(best.index);
        diffs.push({ kind, status: 'different', label: describeFact(kind, e), details: best.mismatches });
      } else diffs.push({ kind, status: 'missing', label: describeFact(kind, e), details: [] });
    }
    if (strict) {
      facts.forEach((a, j) => {
        if (used.has(j) || (kind === 'checks' && a.status !== 'warning')) return;
        // an unexpected warning says what the check found, in its own words
        const details = kind === 'checks' && typeof a.message === 'string' ? [a.message] : [];
        diffs.push({ kind, status: 'unexpected', label: describeFact(kind, a), details });
      });
    }
  }
  return { expected: count, found, diffs };
}
