/**
 * The stages of summit-facts, as data and in order, in one place: each names the stages whose results it reads.
 * Asking for some kinds of fact (`only`) runs those kinds' stages and the stages they need, nothing else, so a kind's
 * list is the same whatever else is asked for.
 *
 * Every stage runs guarded: one that throws costs its own facts (and those built on them) and a warning, never the
 * sheet. An input above WINDOW characters is analysed in windows of whole paragraphs, one at a time (./pipeline/).
 */
import { parse, type Document } from './nlp/document.js';
import { BATCHED_KINDS, FactBatch, FACT_KINDS, type Actor, type Check, type DateFact, type Distance, type Event, type FactKind, type FactSheet } from './schema.js';
import type { ActorDraft, AgeLink, LocationDraft, NameAnalysis, RoleFinding } from './findings.js';
import type { ExtractContext } from './extract/context.js';
import { extractDates } from './extract/dates.js';
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
import { inBatches, type WindowEnv } from './pipeline/batches.js';
import type { Part } from './pipeline/merge.js';
import { WINDOW } from './pipeline/windows.js';

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
export type StageEnv = WindowEnv;
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
  events: { needs: ['parse', 'dates', 'actors', 'locations'], gives: 'events', fallback: none, run: (r, env) => extractEvents(ctx(r.parse, env), r.dates, participants(r.actors, r.locations, r.parse)) },
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
export function runStagesInBatches(input: string | Iterable<string>, options: ExtractOptions, stages: Stages, windowSize: number): Generator<FactBatch, FactSheet, void> {
  const only = new Set(options.only ?? FACT_KINDS);
  const order = planFor(only, stages);
  return inBatches(input, options, only, windowSize, {
    analyse: (env) => analyseWindow(env, stages, order, only),
    lost: (stage) => lost(stages, order, stage as StageName),
  });
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
