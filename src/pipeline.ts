/**
 * The stages of summit-facts, as data and in order, in one place: each names the stages whose results it reads.
 * Asking for some kinds of fact (`only`) runs those kinds' stages and the stages they need, nothing else, so a kind's
 * list is the same whatever else is asked for.
 *
 * Every stage runs guarded: one that throws costs its own facts (and those built on them) and a warning, never the
 * sheet. An input above WINDOW characters is analysed in windows of whole paragraphs, one at a time (./pipeline/).
 */
import { parse, type Document } from './nlp/document.js';
import { normalizeText } from './text/normalize.js';
import { BATCHED_KINDS, FactBatch, FACT_KINDS, type Actor, type Check, type DateFact, type Distance, type Event, type FactKind, type FactSheet } from './schema.js';
import type { ActorDraft, AgeLink, LocationDraft, NameAnalysis, RoleFinding } from './findings.js';
import type { ExtractContext } from './extract/context.js';
import { extractDates } from './extract/dates.js';
import { findDateline } from './extract/dateline.js';
import { analyzeNames } from './extract/names.js';
import { extractLocations } from './extract/locations.js';
import { extractAges } from './extract/ages.js';
import { extractRoles } from './extract/roles.js';
import { extractEvents } from './extract/events.js';
import { extractDistances } from './extract/distances.js';
import { finishActors, groupActors, linkAges } from './link/actors.js';
import { distanceEnds, participants } from './link/mentions.js';
import { ageChecks, distanceChecks, eventChecks, sortChecks, weekdayChecks } from './checks/index.js';
import { lost, plan, runPlan, type StageTable } from './pipeline/graph.js';
import { Log } from './pipeline/log.js';
import { Merger, type Part } from './pipeline/merge.js';
import { resliceSpans, shiftSpans } from './pipeline/spans.js';
import { stringWindows, streamWindows, WINDOW } from './pipeline/windows.js';

export { WINDOW, windows } from './pipeline/windows.js';
export { MAX_PER_SENTENCE } from './pipeline/log.js';
import { checkExtractArguments } from './arguments.js';

export interface ExtractOptions {
  /** the article's publication date, YYYY-MM-DD; relative expressions resolve against it */
  referenceDate?: string | null;
  /** recorded in `source.path` */
  path?: string | null;
  /** limit the work and the output to these kinds (all by default) */
  only?: readonly FactKind[];
}

/** Each stage's result. */
export interface Results {
  parse: Document;
  names: NameAnalysis;
  actors: readonly ActorDraft[];
  ages: readonly AgeLink[];
  roles: readonly RoleFinding[];
  locations: readonly LocationDraft[];
  distances: readonly Distance[];
  dates: readonly DateFact[];
  events: readonly Event[];
  'distance-checks': readonly Check[];
  'age-checks': readonly Check[];
  'event-checks': readonly Check[];
  'weekday-checks': readonly Check[];
}
export type StageName = keyof Results;

/** What a stage has besides the results it needs: one window's text, the reference date, the log. */
export interface StageEnv {
  text: string;
  source: string;
  referenceDate: string | null;
  log: Log;
  /** where the window starts in the input */
  offset: number;
}
export type Stages = StageTable<Results, StageEnv>;

const none = Object.freeze([]) as readonly never[];
const ctx = (doc: Document, env: StageEnv): ExtractContext => ({ doc, referenceDate: env.referenceDate });

/**
 * The stages in order. Exported for tests only (not part of the public API): a test replaces an entry's `run` to make
 * a stage fail, and restores it afterwards.
 */
export const STAGES: Stages = {
  parse: { needs: [], gives: 'all facts', run: (_, env) => {
    const doc = parse(env.text, env.source);
    env.log.parsed(doc.report, env.offset);
    return doc;
  } },
  // person, organization or place, once for every stage that reads names
  names: { needs: ['parse'], gives: 'names', fallback: Object.freeze({ words: none, mentions: none }), run: (r) => analyzeNames(r.parse) },
  actors: { needs: ['parse', 'names'], gives: 'actors', fallback: none, run: (r) => groupActors(r.parse.source, r.names) },
  // every age the text states, with its person (each actor keeps its first; the age checks read them all)
  ages: { needs: ['parse', 'names', 'actors'], gives: 'ages', fallback: none, run: (r, env) => linkAges(r.actors, extractAges(ctx(r.parse, env), r.names)) },
  roles: { needs: ['parse', 'names'], gives: 'roles', fallback: none, run: (r, env) => extractRoles(ctx(r.parse, env), r.names) },
  locations: { needs: ['parse', 'names'], gives: 'locations', fallback: none, run: (r, env) => extractLocations(ctx(r.parse, env), r.names) },
  distances: { needs: ['parse', 'names', 'locations'], gives: 'distances', fallback: none, run: (r, env) => env.log.capped('distances', extractDistances(ctx(r.parse, env), distanceEnds(r.locations, r.names))) },
  dates: { needs: ['parse'], gives: 'dates', fallback: none, run: (r, env) => env.log.capped('dates', extractDates(ctx(r.parse, env))) },
  events: { needs: ['parse', 'dates', 'actors', 'locations'], gives: 'events', fallback: none, run: (r, env) => extractEvents(ctx(r.parse, env), r.dates, participants(r.actors, r.locations)) },
  'distance-checks': { needs: ['distances', 'locations'], gives: 'distance checks', fallback: none, run: (r) => distanceChecks(r.distances, r.locations) },
  'age-checks': { needs: ['parse', 'actors', 'ages', 'dates'], gives: 'age checks', fallback: none, run: (r, env) => ageChecks(r.parse, env.referenceDate, r.actors, r.ages, r.dates) },
  'event-checks': { needs: ['parse', 'events', 'dates', 'actors', 'locations'], gives: 'event-date checks', fallback: none, run: (r) => eventChecks(r.parse, r.events, r.dates, r.actors, r.locations) },
  'weekday-checks': { needs: ['parse', 'dates'], gives: 'weekday checks', fallback: none, run: (r, env) => weekdayChecks(r.parse, env.referenceDate, r.dates) },
};

/** The stages each kind of fact is made by, and the checks about it. */
const KINDS: Record<FactKind, readonly StageName[]> = {
  actors: ['actors', 'ages', 'roles', 'age-checks'],
  locations: ['locations'],
  distances: ['distances', 'distance-checks'],
  dates: ['dates', 'weekday-checks'],
  events: ['events', 'event-checks', 'weekday-checks'],
};
/** The stages that run when these kinds are asked for, in order. */
export function planFor(kinds: Iterable<FactKind>, stages: Stages = STAGES): StageName[] {
  return plan(stages, [...kinds].flatMap((kind) => KINDS[kind]));
}
const CHECKS = ['distance-checks', 'age-checks', 'event-checks', 'weekday-checks'] as const satisfies readonly StageName[];

export function extractFacts(input: string, options: ExtractOptions = {}): FactSheet {
  checkExtractArguments('extractFacts', input, options);
  return runStages(input, options, STAGES);
}

/** extractFacts with the given stages and window size; `extractFacts` passes STAGES and WINDOW (tests pass others). */
export function runStages(input: string, options: ExtractOptions, stages: Stages, windowSize = WINDOW): FactSheet {
  const batches = runStagesInBatches(input, options, stages, windowSize);
  const kept: FactBatch = { actors: [], locations: [], distances: [], dates: [], events: [], checks: [] };
  for (let step = batches.next(); ; step = batches.next()) {
    if (step.done) return { ...step.value, ...kept };
    for (const kind of BATCHED_KINDS) for (const fact of step.value[kind]) (kept[kind] as unknown[]).push(fact);
  }
}

/**
 * extractFacts in batches, for input too large to hold as one sheet: yields each window's distances, dates and
 * events as soon as the window is done, then the actors, locations and checks (merged across windows), and returns
 * the rest of the sheet (every list empty but `warnings`). Between windows it holds only the checks and the actors
 * and locations found so far, their mentions as bare offsets. An input of one window gives one batch.
 * `extractFacts` is this, collected.
 *
 * The input may also come as pieces of text in order (an iterable of strings: a file read a megabyte at a time):
 * then no more of it than a window or so is held at once, and the facts are the same as for the whole string.
 */
export function extractFactsInBatches(input: string | Iterable<string>, options: ExtractOptions = {}): Generator<FactBatch, FactSheet, void> {
  checkExtractArguments('extractFactsInBatches', input, options, true);
  return runStagesInBatches(input, options, STAGES, WINDOW);
}

/** extractFactsInBatches with the given stages and window size (for tests, as runStages). */
export function* runStagesInBatches(input: string | Iterable<string>, options: ExtractOptions, stages: Stages, windowSize: number): Generator<FactBatch, FactSheet, void> {
  const only = new Set(options.only ?? FACT_KINDS);
  const texts = typeof input === 'string' ? stringWindows(input, windowSize) : streamWindows(input, windowSize);
  // one window ahead, to know from the first whether there is more than one
  let next = texts.next();
  const windowed = !next.done && !next.value.last;
  // a dateline is near the top; a window's text is normalized when its turn comes (normalizing keeps every
  // character in place, and windows start and end between paragraphs, never inside a CRLF)
  const head = next.done ? '' : next.value.head;
  const referenceDate = options.referenceDate ?? findDateline(normalizeText(head.slice(0, 2_001)).slice(0, 2_000));
  const order = planFor(only, stages);
  const log = new Log(windowed, windowSize, (stage) => lost(stages, order, stage as StageName));
  const merged = new Merger();
  const count = { dates: 0, events: 0, windows: 0 };
  const empty = (): FactBatch => ({ actors: [], locations: [], distances: [], dates: [], events: [], checks: [] });
  let unresolved = false;
  let characters = 0;
  for (; !next.done; next = texts.next()) {
    const { start, text: source } = next.value;
    count.windows++;
    characters = start + source.length;
    const part = analyseWindow({ text: normalizeText(source), source, referenceDate, log, offset: start }, stages, order, only);
    // every span's text from the input itself, before the window's normalized text can go
    resliceSpans(part, source);
    if (start > 0) shiftSpans(part, start);
    unresolved ||= part.dates.some((d) => d.value.includes('X'));
    const batch: FactBatch = {
      ...empty(),
      distances: only.has('distances') ? part.distances : [],
      dates: only.has('dates') ? part.dates.map((d) => ((d.id = `t${++count.dates}`), d)) : [],
      events: only.has('events') ? part.events.map((e) => ((e.id = `e${++count.events}`), e)) : [],
    };
    if (!windowed) {
      // one window: its actors, locations and checks as the stages gave them, in the same batch
      yield { ...batch, actors: only.has('actors') ? numbered(part.actors, 'a') : [], locations: only.has('locations') ? numbered(part.locations, 'l') : [], checks: part.checks };
      continue;
    }
    // a place named differently in two windows ("U.S.", "United States") takes the merged name everywhere
    const rename = merged.add(part);
    for (const d of part.distances) {
      d.from = rename(d.from);
      d.to = rename(d.to);
    }
    for (const e of part.events) e.participants = [...new Set(e.participants.map((p) => rename(p)!))];
    yield batch;
  }
  if (windowed) {
    if (only.has('actors')) for (const actors of merged.actors(ACTORS_PER_BATCH)) yield { ...empty(), actors };
    if (only.has('locations')) for (const locations of merged.locations(ACTORS_PER_BATCH)) yield { ...empty(), locations };
    const checks = merged.checks();
    if (checks.length) yield { ...empty(), checks };
  }
  const warnings = log.warnings(count.windows);
  if (!referenceDate && unresolved) {
    warnings.unshift('relative dates were left unresolved: pass --date YYYY-MM-DD (the publication date) to resolve them');
  }
  return { schemaVersion: 1, source: { path: options.path ?? null, characters }, referenceDate, ...empty(), warnings };
}

/** Actors (and locations) per batch at the end of a large input: each is made whole (its mentions as spans) then. */
const ACTORS_PER_BATCH = 1_000;

/** Ids in order: a1, a2…; the facts are the pipeline's own objects, numbered in place. */
function numbered<T extends { id: string }>(facts: T[], prefix: string): T[] {
  facts.forEach((f, i) => (f.id = `${prefix}${i + 1}`));
  return facts;
}

/** One window through the planned stages, and its facts. Offsets are relative to the window; `env.offset` only places warnings. */
function analyseWindow(env: StageEnv, stages: Stages, order: readonly StageName[], only: ReadonlySet<FactKind>): Part {
  const failed = (stage: string, error: unknown) => env.log.failure(stage, error, env.offset, env.offset + env.text.length);
  const r = runPlan(stages, order, env, failed);
  let actors: Actor[] = [];
  if (only.has('actors')) {
    try {
      actors = finishActors(r.actors ?? [], r.ages ?? [], r.roles ?? []);
    } catch (error) {
      failed('actors', error);
    }
  }
  return {
    actors,
    // what the stages gave, asked for or not: places name the participants of windows merged, dates tell unresolved ones
    locations: (r.locations ?? []).map((d) => d.location),
    distances: [...(r.distances ?? [])],
    dates: [...(r.dates ?? [])],
    events: [...(r.events ?? [])],
    checks: sortChecks(CHECKS.flatMap((stage) => r[stage] ?? [])),
  };
}
