/**
 * The ordered stages of summit-facts, in one place. Order matters where a stage reads an earlier one's output:
 * locations before distances (endpoints), actors and locations before events (participants), dates before events.
 *
 * Hostile and huge input: every stage runs guarded, so one that throws costs its own facts (and those built on them)
 * and a warning, never the sheet. An input above WINDOW characters is analysed in windows of whole paragraphs, one at
 * a time, so memory holds one window's parse and the facts found so far; the windows' facts are merged (see `merge`).
 */
import { paragraphs, parse, MAX_SENTENCE, MAX_WORD, type Document, type ParseReport } from './nlp/document.js';
import { normalizeText } from './text/normalize.js';
import { formatNumber } from './text/numbers.js';
import { CheckKind, FactBatch, FactSheet, FACT_KINDS, type Actor, type Check, type DateFact, type Distance, type Event, type FactKind, type Location, type Role } from './schema.js';
import type { ExtractContext } from './extract/context.js';
import { extractDates } from './extract/dates.js';
import { findDateline } from './extract/dateline.js';
import { analyzeNames, type NameAnalysis } from './extract/names.js';
import { extractActors, type ActorDraft } from './extract/actors.js';
import { extractLocations, type LocationDraft } from './extract/locations.js';
import { extractAges, type AgeFinding } from './extract/ages.js';
import { extractRoles, type RoleFinding } from './extract/roles.js';
import { extractEvents, type NamedMention } from './extract/events.js';
import { attachAges, attachRoles } from './link/actors.js';
import { extractDistances, type PlaceMention } from './extract/distances.js';
import { lookupPlace, placeKey } from './geo/gazetteer.js';
import { runChecks, type CheckInput } from './checks/index.js';

export interface ExtractOptions {
  /** the article's publication date, YYYY-MM-DD; relative expressions resolve against it */
  referenceDate?: string | null;
  /** recorded in `source.path` */
  path?: string | null;
  /** limit the work and the output to these kinds (all by default) */
  only?: readonly FactKind[];
}

/** The stages, each a plain function of what earlier stages produced. */
export interface Stages {
  parse: (text: string, source: string) => Document;
  names: (doc: Document) => NameAnalysis;
  actors: (ctx: ExtractContext, names: NameAnalysis) => ActorDraft[];
  ages: (ctx: ExtractContext, names: NameAnalysis) => AgeFinding[];
  roles: (ctx: ExtractContext, names: NameAnalysis) => RoleFinding[];
  locations: (ctx: ExtractContext, names: NameAnalysis) => LocationDraft[];
  distances: (ctx: ExtractContext, places: readonly PlaceMention[]) => Distance[];
  dates: (ctx: ExtractContext) => DateFact[];
  events: (ctx: ExtractContext, dates: readonly DateFact[], named: readonly NamedMention[]) => Event[];
  checks: (input: CheckInput) => Check[];
}
export type StageName = keyof Stages;

/**
 * The stages `extractFacts` runs, looked up at each call. Exported for tests only (not part of the public API): a test
 * replaces an entry to make a stage fail and restores it afterwards.
 */
export const STAGES: Stages = {
  parse,
  names: analyzeNames,
  actors: extractActors,
  ages: extractAges,
  roles: extractRoles,
  locations: extractLocations,
  distances: extractDistances,
  dates: extractDates,
  events: extractEvents,
  checks: runChecks,
};

/** What is missing when a stage fails: its own facts and those built on them. */
const LOST: Record<StageName, string> = {
  parse: 'all facts are missing',
  names: 'actors and locations are missing, and distances and events may lack their places and people',
  actors: 'actors are missing, and events may lack their people',
  ages: 'ages are missing',
  roles: 'roles are missing',
  locations: 'locations are missing, and distances and events may lack their places',
  distances: 'distances are missing',
  dates: 'dates and events are missing',
  events: 'events are missing',
  checks: 'consistency checks are missing',
};

/** Inputs above this many characters are analysed in windows of whole paragraphs of about this size. */
export const WINDOW = 250_000;
/** At most this many dates and this many distances are kept per sentence; news has fewer than ten. */
export const MAX_PER_SENTENCE = 20;

export function extractFacts(input: string, options: ExtractOptions = {}): FactSheet {
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

/** The lists of a sheet that come in batches, in the sheet's order: all but `warnings`. */
export const BATCHED_KINDS = ['actors', 'locations', 'distances', 'dates', 'events', 'checks'] as const satisfies ReadonlyArray<keyof FactBatch>;

/**
 * extractFacts in batches, for input too large to hold as one sheet: yields each window's distances, dates and
 * events as soon as the window is done, then the actors, locations and checks (merged across windows), and returns
 * the rest of the sheet (every list empty but `warnings`). Between windows it holds only the checks and the actors
 * and locations found so far, their mentions as bare offsets. An input of one window gives one batch.
 * `extractFacts` is this, collected.
 */
export function extractFactsInBatches(input: string, options: ExtractOptions = {}): Generator<FactBatch, FactSheet, void> {
  return runStagesInBatches(input, options, STAGES, WINDOW);
}

/** extractFactsInBatches with the given stages and window size (for tests, as runStages). */
export function* runStagesInBatches(input: string, options: ExtractOptions, stages: Stages, windowSize: number): Generator<FactBatch, FactSheet, void> {
  const only = new Set(options.only ?? FACT_KINDS);
  // a dateline is near the top; a window's text is normalized when its turn comes (normalizing keeps every
  // character in place, and windows start and end between paragraphs, never inside a CRLF)
  const referenceDate = options.referenceDate ?? findDateline(normalizeText(input.slice(0, 2_001)).slice(0, 2_000));
  const ranges = windows(input, windowSize);
  const log = new Log(ranges.length > 1, windowSize);
  const merged = new Merger(input);
  const count = { dates: 0, events: 0 };
  const empty = (): FactBatch => ({ actors: [], locations: [], distances: [], dates: [], events: [], checks: [] });
  let unresolved = false;
  for (const [start, end] of ranges) {
    const source = input.slice(start, end);
    const part = analyseWindow(normalizeText(source), source, referenceDate, only, stages, log, start);
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
    if (ranges.length === 1) {
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
  if (ranges.length > 1) {
    if (only.has('actors')) for (const actors of merged.actors(ACTORS_PER_BATCH)) yield { ...empty(), actors };
    if (only.has('locations')) for (const locations of merged.locations(ACTORS_PER_BATCH)) yield { ...empty(), locations };
    const checks = merged.checks();
    if (checks.length) yield { ...empty(), checks };
  }
  const warnings = log.warnings(ranges.length);
  if (!referenceDate && unresolved) {
    warnings.unshift('relative dates were left unresolved: pass --date YYYY-MM-DD (the publication date) to resolve them');
  }
  return { schemaVersion: 1, source: { path: options.path ?? null, characters: input.length }, referenceDate, ...empty(), warnings };
}

/** Actors (and locations) per batch at the end of a large input: each is made whole (its mentions as spans) then. */
const ACTORS_PER_BATCH = 1_000;

/** Ids in order: a1, a2…; the facts are the pipeline's own objects, numbered in place. */
function numbered<T extends { id: string }>(facts: T[], prefix: string): T[] {
  facts.forEach((f, i) => (f.id = `${prefix}${i + 1}`));
  return facts;
}

/** The facts of one window (or of the whole input), with offsets into the input. */
interface Part {
  actors: Actor[];
  locations: Location[];
  distances: Distance[];
  dates: DateFact[];
  events: Event[];
  checks: Check[];
}

/** One window through the stages. Offsets are relative to the window; `offset` only places warnings. */
function analyseWindow(
  text: string,
  source: string,
  referenceDate: string | null,
  only: ReadonlySet<FactKind>,
  stages: Stages,
  log: Log,
  offset: number,
): Part {
  const run = <T>(stage: StageName, fallback: T, fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      log.failure(stage, error, offset, offset + text.length);
      return fallback;
    }
  };
  const empty: Part = { actors: [], locations: [], distances: [], dates: [], events: [], checks: [] };
  const doc = run('parse', null, () => stages.parse(text, source));
  if (!doc) return empty;
  log.parsed(doc.report, offset);
  const ctx: ExtractContext = { doc, referenceDate };

  const wantNames = only.has('actors') || only.has('locations') || only.has('distances') || only.has('events');
  const names = wantNames ? run('names', { words: [], mentions: [] }, () => stages.names(doc)) : { words: [], mentions: [] };

  // actors, then what is linked to them: ages and roles
  const actorDrafts = only.has('actors') || only.has('events') ? run('actors', [], () => stages.actors(ctx, names)) : [];
  if (only.has('actors')) {
    run('ages', undefined, () => attachAges(actorDrafts, stages.ages(ctx, names)));
    run('roles', undefined, () => attachRoles(actorDrafts, stages.roles(ctx, names)));
  }
  const locationDrafts = wantNames ? run('locations', [], () => stages.locations(ctx, names)) : [];

  // every place mention under its location's name, in text order: distance endpoints and event participants
  const placeMentions = locationDrafts
    .flatMap((d) => d.mentions.map((m) => ({ name: d.location.name, start: m.start, end: m.end, person: false })))
    .sort((a, b) => a.start - b.start);
  // a distance may end at a place named only by its demonym ("12 km from the Syrian border")
  const placeStarts = new Set(placeMentions.map((p) => p.start));
  const demonymEnds = names.mentions
    .filter((m) => m.rule === 'demonym' && m.place && !placeStarts.has(m.start))
    .map((m) => ({ name: m.place!.name, start: m.start, end: m.end, person: false }));
  const distances = only.has('distances') ? log.capped('distances', run('distances', [], () => stages.distances(ctx, [...placeMentions, ...demonymEnds]))) : [];

  const wantDates = only.has('dates') || only.has('events');
  const dates = wantDates ? log.capped('dates', run('dates', [], () => stages.dates(ctx))) : [];
  let events: Event[] = [];
  if (only.has('events')) {
    const named: NamedMention[] = [
      ...actorDrafts.flatMap((d) => d.mentions.map((m) => ({ name: d.actor.name, start: m.start, end: m.end, person: d.actor.kind === 'person' }))),
      ...placeMentions,
    ].sort((a, b) => a.start - b.start);
    events = run('events', [], () => stages.events(ctx, dates, named));
  }
  const checks = run('checks', [], () => stages.checks({ ctx, names, actors: actorDrafts, locations: locationDrafts, distances, dates, events, only }));
  return { actors: actorDrafts.map((d) => d.actor), locations: locationDrafts.map((d) => d.location), distances, dates, events, checks };
}

/**
 * Window boundaries: [start, end) ranges that cover the input, each made of whole parser chunks (paragraphs, or
 * pieces of a paragraph longer than the parser's chunk) and at most about WINDOW characters long: the chunks of the
 * normalized text, cut before the first chunk that would make a window longer than `size`.
 *
 * The input is normalized and split into chunks a block at a time, never whole (a copy of a 100 MB input is 100 to
 * 200 MB): a block ends after a blank line, which ends a paragraph whatever comes next and keeps a CRLF whole, so
 * each block's chunks are exactly the whole text's.
 */
export function windows(input: string, size = WINDOW): Array<[number, number]> {
  if (input.length <= size) return [[0, input.length]];
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let from = 0; from < input.length; ) {
    const to = blockEnd(input, from);
    for (const p of paragraphs(normalizeText(input.slice(from, to)))) {
      if (from + p.end - start > size && from + p.start > start) {
        out.push([start, from + p.start]);
        start = from + p.start;
      }
    }
    from = to;
  }
  out.push([start, input.length]);
  return out;
}

/** Blocks of at least this many characters (where a blank line allows), for `windows`. */
const BLOCK = 1 << 16;
const BLANK_LINE = /\n[ \t\r]*\n/g;

/** The end of the block that starts at `from`: just after the first blank line past BLOCK characters, or the input's end. */
function blockEnd(input: string, from: number): number {
  if (input.length - from <= BLOCK) return input.length;
  BLANK_LINE.lastIndex = from + BLOCK;
  const m = BLANK_LINE.exec(input);
  return m ? m.index + m[0].length : input.length;
}

/**
 * The windows' actors, locations and checks, merged as each window is done (the windows' own objects, changed in
 * place). Names are grouped into actors and locations within a window, as in an article; across windows, actors of
 * the same kind and name are one actor, and locations that are one place (the same kind, country and gazetteer
 * entry, or the same name) are one location, under the name the first window that mentions it gave it: a later
 * window's distances and events are written out before the end, so a name must not change once given.
 * Chains of relative dates ("the next day"), pronouns and consistency checks do not reach across a window's edge.
 */
class Merger {
  /** each actor, and its mentions' offsets (start, end, start, end…): spans are made again only when it is written */
  private readonly people = new Map<string, { fact: Actor; offsets: number[] }>();
  private readonly places = new Map<string, { fact: Location; offsets: number[] }>();
  private readonly found: Check[] = [];

  constructor(private readonly input: string) {}

  /** Take a window's actors, locations and checks; returns how to write its place names (merged under the first). */
  add(part: Part): (name: string | null) => string | null {
    for (const a of part.actors) {
      const key = `${a.kind}\u0000${a.name}`;
      const known = this.people.get(key);
      if (known) mergeActor(known.fact, a);
      else this.people.set(key, { fact: a, offsets: [] });
      pack(a.mentions, (known ?? this.people.get(key)!).offsets);
      a.mentions = [];
    }
    const names = new Map<string, string>();
    for (const l of part.locations) {
      const key = `${l.kind}\u0000${l.countryCode ?? ''}\u0000${placeKey(lookupPlace(l.name)?.name ?? l.name)}`;
      const known = this.places.get(key);
      if (known) names.set(l.name, known.fact.name);
      else this.places.set(key, { fact: l, offsets: [] });
      pack(l.mentions, (known ?? this.places.get(key)!).offsets);
      l.mentions = [];
    }
    for (const c of part.checks) this.found.push(c);
    return (name) => (name === null ? null : (names.get(name) ?? name));
  }

  /** The actors, persons first, each kind in order of first mention, numbered a1, a2…, `size` at a time. */
  *actors(size: number): Generator<Actor[]> {
    const all = [...this.people.values()].sort((a, b) => (a.fact.kind === b.fact.kind ? a.offsets[0]! - b.offsets[0]! : a.fact.kind === 'person' ? -1 : 1));
    yield* this.whole(all, size, 'a');
  }

  /** The locations in order of first mention, numbered l1, l2…, `size` at a time. */
  *locations(size: number): Generator<Location[]> {
    yield* this.whole([...this.places.values()].sort((a, b) => a.offsets[0]! - b.offsets[0]!), size, 'l');
  }

  /** in the checks' own order: by kind, then by where the evidence starts */
  checks(): Check[] {
    const kindOrder = (c: Check) => CheckKind.options.indexOf(c.kind);
    return this.found.sort((a, b) => kindOrder(a) - kindOrder(b) || (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  }

  private *whole<T extends Actor | Location>(entries: Array<{ fact: T; offsets: number[] }>, size: number, prefix: string): Generator<T[]> {
    for (let i = 0; i < entries.length; i += size) {
      yield entries.slice(i, i + size).map(({ fact, offsets }, k) => {
        fact.id = `${prefix}${i + k + 1}`;
        fact.mentions = [];
        for (let j = 0; j < offsets.length; j += 2) fact.mentions.push({ start: offsets[j]!, end: offsets[j + 1]!, text: this.input.slice(offsets[j], offsets[j + 1]) });
        return fact;
      });
    }
  }
}

function pack(spans: ReadonlyArray<{ start: number; end: number }>, into: number[]): void {
  for (const m of spans) into.push(m.start, m.end);
}

/** One actor found again in a later window: its other names, first age and roles join the earlier one (the mentions are the merger's). */
function mergeActor(into: Actor, from: Actor): void {
  for (const alias of from.aliases) if (alias !== into.name && !into.aliases.includes(alias)) into.aliases.push(alias);
  if (into.age === null && from.age !== null) {
    into.age = from.age;
    into.ageEvidence = from.ageEvidence;
  }
  for (const role of from.roles) if (!into.roles.some((r: Role) => sameRole(r, role))) into.roles.push(role);
}

/** One role written twice, or once in short ("chief executive" beside "chief executive officer"). */
function sameRole(a: Role, b: Role): boolean {
  const covers = (long: string, short: string) => ` ${long.toLowerCase()} `.includes(` ${short.toLowerCase()} `);
  return (covers(a.title, b.title) || covers(b.title, a.title)) && (a.organization === b.organization || !a.organization || !b.organization);
}

/** Move every span of a window's facts by the window's offset (each object once: spans may be shared). */
function shiftSpans(node: unknown, by: number, seen = new Set<object>()): void {
  if (!node || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const item of node) shiftSpans(item, by, seen);
    return;
  }
  const o = node as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    o.start += by;
    o.end = (o.end as number) + by;
  }
  for (const value of Object.values(o)) if (value && typeof value === 'object') shiftSpans(value, by, seen);
}

/**
 * What went wrong or was cut along the way, summed over the windows and told once each in the sheet's warnings:
 * failed stages, the parser's limits, facts dropped by the per-sentence cap.
 */
class Log {
  private readonly failures = new Map<StageName, { count: number; first: string }>();
  private readonly report: ParseReport = { cutSentences: 0, longWords: 0, failures: [] };
  private readonly dropped = { dates: { facts: 0, sentences: 0 }, distances: { facts: 0, sentences: 0 } };

  constructor(
    private readonly windowed: boolean,
    private readonly windowSize: number,
  ) {}

  failure(stage: StageName, error: unknown, start: number, end: number): void {
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim().slice(0, 200);
    const known = this.failures.get(stage);
    if (known) known.count++;
    else this.failures.set(stage, { count: 1, first: this.windowed ? `${message}, in characters ${start}-${end}` : message });
  }

  parsed(report: ParseReport, offset: number): void {
    this.report.cutSentences += report.cutSentences;
    this.report.longWords += report.longWords;
    for (const f of report.failures) this.report.failures.push({ ...f, start: f.start + offset, end: f.end + offset });
  }

  /** At most MAX_PER_SENTENCE facts of a kind per sentence, the first ones in the text. */
  capped<T extends { sentence: { start: number } }>(kind: 'dates' | 'distances', facts: T[]): T[] {
    const count = new Map<number, number>();
    const kept = facts.filter((f) => {
      const n = (count.get(f.sentence.start) ?? 0) + 1;
      count.set(f.sentence.start, n);
      return n <= MAX_PER_SENTENCE;
    });
    if (kept.length < facts.length) {
      this.dropped[kind].facts += facts.length - kept.length;
      this.dropped[kind].sentences += [...count.values()].filter((n) => n > MAX_PER_SENTENCE).length;
    }
    return kept;
  }

  warnings(windowCount: number): string[] {
    const out: string[] = [];
    for (const [stage, f] of this.failures) {
      const where = f.count > 1 ? ` (in ${f.count} of ${windowCount} windows; the first: ${f.first})` : ` (${f.first})`;
      out.push(`internal error in the ${stage} stage${where}: ${LOST[stage]}; a bug in summit-facts, please report it`);
    }
    const { failures, cutSentences, longWords } = this.report;
    if (failures.length) {
      const first = failures[0]!;
      const message = first.message.replace(/\s+/g, ' ').trim().slice(0, 200);
      out.push(`the parser failed on ${failures.length} passage${failures.length > 1 ? 's' : ''} (the first: characters ${first.start}-${first.end}, ${message}); no facts come from ${failures.length > 1 ? 'them' : 'it'}`);
    }
    if (cutSentences) out.push(`${cutSentences} sentence${cutSentences > 1 ? 's' : ''} longer than ${formatNumber(MAX_SENTENCE)} characters ${cutSentences > 1 ? 'were' : 'was'} cut into pieces: facts that cross a cut may be missed`);
    if (longWords) out.push(`${longWords} word${longWords > 1 ? 's' : ''} longer than ${MAX_WORD} characters (links, codes, runs of symbols) ${longWords > 1 ? 'were' : 'was'} not analysed`);
    for (const kind of ['dates', 'distances'] as const) {
      const d = this.dropped[kind];
      if (d.facts) out.push(`${d.facts} ${kind === 'dates' ? 'time expressions' : 'distances'} beyond ${MAX_PER_SENTENCE} in one sentence ${d.facts > 1 ? 'were' : 'was'} left out (${d.sentences} sentence${d.sentences > 1 ? 's' : ''})`);
    }
    if (this.windowed) {
      out.push(`a large input: analysed in ${windowCount} windows of about ${formatNumber(this.windowSize)} characters; names are linked within a window, and actors and locations are merged across windows by name (a place keeps the name its first window gave it)`);
    }
    return out;
  }
}

/**
 * Rules match on the normalized text, whose offsets equal the input's; every span's text is taken from the input
 * itself, so `input.slice(start, end) === text` holds whatever a rule matched on. (Spans shared by two facts are
 * visited twice, which is harmless here and cheaper than remembering them.)
 */
function resliceSpans(node: unknown, input: string): void {
  if (Array.isArray(node)) {
    for (const item of node) resliceSpans(item, input);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  // a slice of the input, never of a window's normalized text: those can go once their window is done
  if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') o.text = input.slice(o.start, o.end);
  for (const value of Object.values(o)) if (value && typeof value === 'object') resliceSpans(value, input);
}

/** Validate a batch of facts (see extractFactsInBatches) against the schema's own types for them. */
export function validateFactBatch(batch: FactBatch): { ok: true; batch: FactBatch } | { ok: false; error: string } {
  const result = FactBatch.safeParse(batch);
  return result.success ? { ok: true, batch: result.data } : { ok: false, error: result.error.message };
}

/** Validate a fact sheet against the schema; a failure is a bug in summit-facts, not in the input. */
export function validateFactSheet(sheet: unknown): { ok: true; sheet: FactSheet } | { ok: false; error: string } {
  const result = FactSheet.safeParse(sheet);
  return result.success ? { ok: true, sheet: result.data } : { ok: false, error: result.error.message };
}
