/**
 * The ordered stages of summit-facts, in one place. Order matters where a stage reads an earlier one's output:
 * locations before distances (endpoints), actors and locations before events (participants), dates before events.
 */
import { parse } from './nlp/document.js';
import { normalizeText } from './text/normalize.js';
import { FactSheet, type Event, type FactKind, FACT_KINDS } from './schema.js';
import { extractDates } from './extract/dates.js';
import { findDateline } from './extract/dateline.js';
import { analyzeNames } from './extract/names.js';
import { extractActors } from './extract/actors.js';
import { extractLocations } from './extract/locations.js';
import { extractAges } from './extract/ages.js';
import { extractRoles } from './extract/roles.js';
import { extractEvents, type NamedMention } from './extract/events.js';
import { attachAges, attachRoles } from './link/actors.js';
import { extractDistances } from './extract/distances.js';
import { runChecks } from './checks/index.js';

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
  const doc = parse(text, input);
  const ctx = { doc, referenceDate };

  const wantNames = only.has('actors') || only.has('locations') || only.has('distances') || only.has('events');
  const names = wantNames ? analyzeNames(doc) : { words: [], mentions: [] };

  // actors, then what is linked to them: ages and roles
  const actorDrafts = only.has('actors') || only.has('events') ? extractActors(ctx, names) : [];
  if (only.has('actors')) {
    attachAges(actorDrafts, extractAges(ctx, names));
    attachRoles(actorDrafts, extractRoles(ctx, names));
  }
  const locationDrafts = wantNames ? extractLocations(ctx, names) : [];

  // every place mention under its location's name, in text order: distance endpoints and event participants
  const placeMentions = locationDrafts
    .flatMap((d) => d.mentions.map((m) => ({ name: d.location.name, start: m.start, end: m.end, person: false })))
    .sort((a, b) => a.start - b.start);
  // a distance may end at a place named only by its demonym ("12 km from the Syrian border")
  const demonymEnds = names.mentions
    .filter((m) => m.rule === 'demonym' && m.place && !placeMentions.some((p) => p.start === m.start))
    .map((m) => ({ name: m.place!.name, start: m.start, end: m.end, person: false }));
  const distances = only.has('distances') ? extractDistances(ctx, [...placeMentions, ...demonymEnds]) : [];

  const wantDates = only.has('dates') || only.has('events');
  const dates = wantDates ? extractDates(ctx) : [];
  let events: Event[] = [];
  if (only.has('events')) {
    const named: NamedMention[] = [
      ...actorDrafts.flatMap((d) => d.mentions.map((m) => ({ name: d.actor.name, start: m.start, end: m.end, person: d.actor.kind === 'person' }))),
      ...placeMentions,
    ].sort((a, b) => a.start - b.start);
    events = extractEvents(ctx, dates, named).map((e, i) => ({ ...e, id: `e${i + 1}` }));
  }
  if (!referenceDate && dates.some((d) => d.value.includes('X'))) {
    warnings.push('relative dates were left unresolved: pass --date YYYY-MM-DD (the publication date) to resolve them');
  }

  const sheet: FactSheet = {
    schemaVersion: 1,
    source: { path: options.path ?? null, characters: input.length },
    referenceDate,
    actors: only.has('actors') ? actorDrafts.map((d, i) => ({ ...d.actor, id: `a${i + 1}` })) : [],
    locations: only.has('locations') ? locationDrafts.map((d, i) => ({ ...d.location, id: `l${i + 1}` })) : [],
    distances,
    dates: only.has('dates') ? dates : [],
    events,
    checks: runChecks({ ctx, names, actors: actorDrafts, locations: locationDrafts, distances, dates, events, only }),
    warnings,
  };
  resliceSpans(sheet, input);
  return sheet;
}

/**
 * Rules match on the normalized text, whose offsets equal the input's; every span's text is taken from the input
 * itself, so `input.slice(start, end) === text` holds whatever a rule matched on.
 */
function resliceSpans(node: unknown, input: string): void {
  if (Array.isArray(node)) {
    for (const item of node) resliceSpans(item, input);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') o.text = input.slice(o.start, o.end);
  for (const value of Object.values(o)) if (value && typeof value === 'object') resliceSpans(value, input);
}

/** Validate a fact sheet against the schema; a failure is a bug in summit-facts, not in the input. */
export function validateFactSheet(sheet: unknown): { ok: true; sheet: FactSheet } | { ok: false; error: string } {
  const result = FactSheet.safeParse(sheet);
  return result.success ? { ok: true, sheet: result.data } : { ok: false, error: result.error.message };
}
