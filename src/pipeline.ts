/**
 * The ordered stages of summit-facts, in one place. Order matters where a stage reads an earlier one's output:
 * locations before distances (endpoints), actors and locations before events (participants), dates before events.
 */
import { parse } from './nlp/document.js';
import { normalizeText } from './text/normalize.js';
import { FactSheet, type FactKind, FACT_KINDS } from './schema.js';
import { extractDates } from './extract/dates.js';
import { findDateline } from './extract/dateline.js';

export interface ExtractOptions {
  /** the article's publication date, YYYY-MM-DD; relative expressions resolve against it */
  referenceDate?: string | null;
  /** recorded in `source.path` */
  path?: string | null;
  /** limit the work and the output to these kinds (all by default) */
  only?: readonly FactKind[];
}

export function extractFacts(input: string, options: ExtractOptions = {}): FactSheet {
  const only = new Set(options.only ?? FACT_KINDS);
  const text = normalizeText(input);
  const warnings: string[] = [];
  const referenceDate = options.referenceDate ?? findDateline(text);
  const doc = parse(text);
  const ctx = { doc, referenceDate };

  const wantDates = only.has('dates') || only.has('events');
  const dates = wantDates ? extractDates(ctx) : [];
  if (!referenceDate && dates.some((d) => d.value.includes('X'))) {
    warnings.push('relative dates were left unresolved: pass --date YYYY-MM-DD (the publication date) to resolve them');
  }

  const sheet: FactSheet = {
    schemaVersion: 1,
    source: { path: options.path ?? null, characters: input.length },
    referenceDate,
    actors: [],
    locations: [],
    distances: [],
    dates: only.has('dates') ? dates : [],
    events: [],
    warnings,
  };
  return sheet;
}

/** Validate a fact sheet against the schema; a failure is a bug in summit-facts, not in the input. */
export function validateFactSheet(sheet: unknown): { ok: true; sheet: FactSheet } | { ok: false; error: string } {
  const result = FactSheet.safeParse(sheet);
  return result.success ? { ok: true, sheet: result.data } : { ok: false, error: result.error.message };
}
