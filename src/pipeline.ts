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
import { BATCHED_KINDS, CheckKind, FactBatch, FactSheet, FACT_KINDS, type Actor, type Check, type DateFact, type Distance, type Event, type FactKind, type Location, type Role } from './schema.js';
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
import { checkExtractArguments } from './arguments.js';

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
  const log = new Log(windowed, windowSize);
  const merged = new Merger();
  const count = { dates: 0, events: 0, windows: 0 };
  const empty = (): FactBatch => ({ actors: [], locations: [], distances: [], dates: [], events: [], checks: [] });
  let unresolved = false;
  let characters = 0;
  for (; !next.done; next = texts.next()) {
    const { start, text: source } = next.value;
    count.windows++;
    characters = start + source.length;
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

/** A window's text and where it starts; `head` is the input's first 2,001 characters (or all of it, if shorter). */
interface WindowText {
  start: number;
  text: string;
  last: boolean;
  head: string;
}

function* stringWindows(input: string, size: number): Generator<WindowText> {
  const ranges = windows(input, size);
  const head = input.slice(0, 2_001);
  for (let i = 0; i < ranges.length; i++) {
    const [start, end] = ranges[i]!;
    yield { start, text: input.slice(start, end), last: i === ranges.length - 1, head };
  }
}

/**
 * The windows of text that comes in pieces, the same as `windows` gives for the whole: the text is read a block at
 * a time (see blockEnd), and a window is given as soon as the block after its end has been read.
 */
function* streamWindows(pieces: Iterable<string>, size: number): Generator<WindowText> {
  const source = pieces[Symbol.iterator]();
  const cutter = new WindowCutter(size);
  let pending = ''; // the text read from the current window's start on
  let start = 0; // where `pending` starts in the input
  let from = 0; // where the next block starts
  let head = '';
  let done = false;
  const ready: Array<{ start: number; text: string }> = [];
  while (true) {
    const end = start + pending.length;
    let to = -1;
    if (done) to = end;
    else if (end - from > BLOCK) {
      const e = blockEnd(pending, from - start + BLOCK, false);
      if (e >= 0) to = start + e;
    }
    if (to < 0) {
      const piece = source.next();
      if (piece.done) done = true;
      else {
        pending += piece.value;
        if (head.length < 2_001) head = (head + piece.value).slice(0, 2_001);
      }
      continue;
    }
    for (const cut of cutter.cuts(from, normalizeText(pending.slice(from - start, to - start)))) {
      ready.push({ start, text: pending.slice(0, cut - start) });
      pending = pending.slice(cut - start);
      start = cut;
    }
    from = to;
    // a window is given once the next one has begun, or the text has ended: it knows whether it is the last
    while (ready.length > 0) yield { ...ready.shift()!, last: false, head };
    if (done && from === start + pending.length) {
      yield { start, text: pending, last: true, head };
      return;
    }
  }
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
  // every age the text states (each actor keeps its first; the checks read them all)
  let ages: AgeFinding[] = [];
  if (only.has('actors')) {
    run('ages', undefined, () => {
      ages = stages.ages(ctx, names);
      attachAges(actorDrafts, ages);
    });
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
      ...actorDrafts.flatMap((d) => d.mentions.map((m) => ({ name: d.actor.name, start: m.start, end: m.end, person: d.actor.kind === 'person', organization: d.actor.kind === 'organization' }))),
      ...placeMentions,
    ].sort((a, b) => a.start - b.start);
    events = run('events', [], () => stages.events(ctx, dates, named));
  }
  const checks = run('checks', [], () => stages.checks({ ctx, names, actors: actorDrafts, ages, locations: locationDrafts, distances, dates, events, only }));
  return { actors: actorDrafts.map((d) => d.actor), locations: locationDrafts.map((d) => d.location), distances, dates, events, checks };
}

/**
 * Window boundaries: [start, end) ranges that cover the input, each made of whole parser chunks (paragraphs, or
 * pieces of a paragraph longer than the parser's chunk) and at most about WINDOW characters long: the chunks of the
 * normalized text, cut before the first chunk that would make a window longer than `size`.
 *
 * The input is normalized and split into chunks a block at a time, never whole (a copy of a 100 MB input is 100 to
 * 200 MB): a block ends at a line end that ends a chunk whatever comes next and keeps a CRLF whole, so each block's
 * chunks are exactly the whole text's.
 */
export function windows(input: string, size = WINDOW): Array<[number, number]> {
  if (input.length <= size) return [[0, input.length]];
  const cutter = new WindowCutter(size);
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let from = 0; from < input.length; ) {
    const to = blockEnd(input, from + BLOCK, true);
    for (const cut of cutter.cuts(from, normalizeText(input.slice(from, to)))) {
      out.push([start, cut]);
      start = cut;
    }
    from = to;
  }
  out.push([start, input.length]);
  return out;
}

/** Blocks of at least this many characters (where a line end allows), for `windows`. */
const BLOCK = 1 << 16;
/**
 * A line end that ends a parser chunk whatever comes before it and wherever the text is cut after it: a raw LF
 * (never the CR of a CRLF) before a line that does not start with a lower-case letter, so it cannot be a wrapped
 * sentence's line break (see `paragraphs`).
 */
const HARD_LINE_END = /\n(?=[ \t]*[^a-z \t])/g;

/** Where the block whose first BLOCK characters end at `from` ends: after the next hard line end; else the text's end (`whole`) or -1. */
function blockEnd(text: string, from: number, whole: boolean): number {
  if (from >= text.length) return whole ? text.length : -1;
  HARD_LINE_END.lastIndex = from;
  const m = HARD_LINE_END.exec(text);
  return m ? m.index + 1 : whole ? text.length : -1;
}

/** Window cuts, from the parser chunks of the normalized text, given a block at a time in order. */
class WindowCutter {
  private start = 0;

  constructor(private readonly size: number) {}

  /** The cuts inside the block of normalized text that starts at `from`: before each chunk that would make the window too long. */
  cuts(from: number, block: string): number[] {
    const out: number[] = [];
    for (const p of paragraphs(block)) {
      if (from + p.end - this.start > this.size && from + p.start > this.start) {
        this.start = from + p.start;
        out.push(this.start);
      }
    }
    return out;
  }
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
  /** each actor, and its mentions (start, end, text): spans are made again only when it is written */
  private readonly people = new Map<string, { fact: Actor; mentions: Packed }>();
  private readonly places = new Map<string, { fact: Location; mentions: Packed }>();
  private readonly found: Check[] = [];
  /** one copy of each mention's text ("Kim" a thousand times is one string) */
  private readonly strings = new Map<string, string>();

  /** Take a window's actors, locations and checks; returns how to write its place names (merged under the first). */
  add(part: Part): (name: string | null) => string | null {
    for (const a of part.actors) {
      const key = `${a.kind}\u0000${a.name}`;
      let entry = this.people.get(key);
      if (entry) mergeActor(entry.fact, a);
      else this.people.set(key, (entry = { fact: detached({ ...a, mentions: [] }), mentions: new Packed() }));
      for (const m of a.mentions) entry.mentions.push(m.start, m.end, this.intern(m.text));
    }
    const names = new Map<string, string>();
    for (const l of part.locations) {
      const key = `${l.kind}\u0000${l.countryCode ?? ''}\u0000${placeKey(lookupPlace(l.name)?.name ?? l.name)}`;
      let entry = this.places.get(key);
      if (entry) names.set(l.name, entry.fact.name);
      else this.places.set(key, (entry = { fact: detached({ ...l, mentions: [] }), mentions: new Packed() }));
      for (const m of l.mentions) entry.mentions.push(m.start, m.end, this.intern(m.text));
    }
    for (const c of part.checks) this.found.push(detached(c));
    return (name) => (name === null ? null : (names.get(name) ?? name));
  }

  /** The actors, persons first, each kind in order of first mention, numbered a1, a2…, `size` at a time. */
  *actors(size: number): Generator<Actor[]> {
    const all = [...this.people.values()].sort((a, b) => (a.fact.kind === b.fact.kind ? a.mentions.first - b.mentions.first : a.fact.kind === 'person' ? -1 : 1));
    yield* whole(all, size, 'a');
  }

  /** The locations in order of first mention, numbered l1, l2…, `size` at a time. */
  *locations(size: number): Generator<Location[]> {
    yield* whole([...this.places.values()].sort((a, b) => a.mentions.first - b.mentions.first), size, 'l');
  }

  /** in the checks' own order: by kind, then by where the evidence starts */
  checks(): Check[] {
    const kindOrder = (c: Check) => CheckKind.options.indexOf(c.kind);
    return this.found.sort((a, b) => kindOrder(a) - kindOrder(b) || (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  }

  private intern(text: string): string {
    let kept = this.strings.get(text);
    if (kept === undefined) this.strings.set((kept = detach(text)), kept);
    return kept;
  }
}

/** Mentions as offsets and shared texts: a few bytes each, where a span object costs a hundred. */
class Packed {
  readonly offsets: number[] = [];
  readonly texts: string[] = [];

  push(start: number, end: number, text: string): void {
    this.offsets.push(start, end);
    this.texts.push(text);
  }

  get first(): number {
    return this.offsets[0] ?? 0;
  }

  spans(): Array<{ start: number; end: number; text: string }> {
    return this.texts.map((text, i) => ({ start: this.offsets[2 * i]!, end: this.offsets[2 * i + 1]!, text }));
  }
}

/**
 * Actors or locations numbered in order and made whole (their mentions as spans), a batch at a time: up to `size` of
 * them, and no more than about MENTIONS_PER_BATCH mentions in all (one with more comes alone).
 */
function* whole<T extends Actor | Location>(entries: Array<{ fact: T; mentions: Packed }>, size: number, prefix: string): Generator<T[]> {
  let batch: T[] = [];
  let mentions = 0;
  for (const [i, { fact, mentions: packed }] of entries.entries()) {
    if (batch.length > 0 && (batch.length >= size || mentions + packed.texts.length > MENTIONS_PER_BATCH)) {
      yield batch;
      batch = [];
      mentions = 0;
    }
    batch.push({ ...fact, id: `${prefix}${i + 1}`, mentions: packed.spans() });
    mentions += packed.texts.length;
  }
  if (batch.length > 0) yield batch;
}

const MENTIONS_PER_BATCH = 50_000;

/**
 * A string that holds no part of a larger one. V8 makes a slice of 13 characters or more a view into the string it
 * was cut from: a name kept from a window (for the actors, places and checks of a large input) would keep the whole
 * window's text alive. Joining a character to it makes a new string; slicing that one again keeps only it.
 */
function detach(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/** A copy of a fact kept across windows, with every string in it detached. */
function detached<T>(value: T): T {
  if (typeof value === 'string') return detach(value) as T;
  if (Array.isArray(value)) return value.map(detached) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, detached(v)])) as T;
  return value;
}

/** One actor found again in a later window: its other names, first age and roles join the earlier one (the mentions are the merger's). */
function mergeActor(into: Actor, from: Actor): void {
  for (const alias of from.aliases) if (alias !== into.name && !into.aliases.includes(alias)) into.aliases.push(detach(alias));
  if (into.age === null && from.age !== null) {
    into.age = from.age;
    into.ageEvidence = detached(from.ageEvidence);
  }
  for (const role of from.roles) if (!into.roles.some((r: Role) => sameRole(r, role))) into.roles.push(detached(role));
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
