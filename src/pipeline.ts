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
import { CheckKind, FactSheet, FACT_KINDS, type Actor, type Check, type DateFact, type Distance, type Event, type FactKind, type Location, type Role } from './schema.js';
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
  const only = new Set(options.only ?? FACT_KINDS);
  // a dateline is near the top; a window's text is normalized when its turn comes (normalizing keeps every
  // character in place, and windows start and end between paragraphs, never inside a CRLF)
  const referenceDate = options.referenceDate ?? findDateline(normalizeText(input.slice(0, 2_001)).slice(0, 2_000));
  const ranges = input.length <= windowSize ? [[0, input.length] as [number, number]] : windows(normalizeText(input), windowSize);
  const log = new Log(ranges.length > 1, windowSize);
  const parts: Part[] = [];
  for (const [start, end] of ranges) {
    const source = input.slice(start, end);
    const part = analyseWindow(normalizeText(source), source, referenceDate, only, stages, log, start);
    // every span's text from the input itself, before the window's normalized text can go
    resliceSpans(part, source);
    if (start > 0) shiftSpans(part, start);
    parts.push(part);
  }
  const facts = parts.length === 1 ? parts[0]! : merge(parts);
  const warnings = log.warnings(ranges.length);
  if (!referenceDate && facts.dates.some((d) => d.value.includes('X'))) {
    warnings.unshift('relative dates were left unresolved: pass --date YYYY-MM-DD (the publication date) to resolve them');
  }

  const sheet: FactSheet = {
    schemaVersion: 1,
    source: { path: options.path ?? null, characters: input.length },
    referenceDate,
    actors: only.has('actors') ? numbered(facts.actors, 'a') : [],
    locations: only.has('locations') ? numbered(facts.locations, 'l') : [],
    distances: only.has('distances') ? facts.distances : [],
    dates: only.has('dates') ? numbered(facts.dates, 't') : [],
    events: only.has('events') ? numbered(facts.events, 'e') : [],
    checks: facts.checks,
    warnings,
  };
  return sheet;
}

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
 * Window boundaries: [start, end) ranges that cover the text, each made of whole parser chunks (paragraphs, or pieces
 * of a paragraph longer than the parser's chunk) and at most about WINDOW characters long.
 */
export function windows(text: string, size = WINDOW): Array<[number, number]> {
  if (text.length <= size) return [[0, text.length]];
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const p of paragraphs(text)) {
    if (p.end - start > size && p.start > start) {
      out.push([start, p.start]);
      start = p.start;
    }
  }
  out.push([start, text.length]);
  return out;
}

/**
 * The windows' facts as one sheet (the windows' own objects, changed in place). Names are grouped into actors and locations within a window, as in an article;
 * across windows, actors of the same kind and name are one actor, and locations that are one place (the same kind,
 * country and gazetteer entry, or the same name) are one location, named by the fullest form any window used.
 * Chains of relative dates ("the next day"), pronouns and consistency checks do not reach across a window's edge.
 */
function merge(parts: readonly Part[]): Part {
  const actors = new Map<string, Actor>();
  const locations = new Map<string, { location: Location; windows: number }>();
  // per window: each of its location names, and the merged location it went to
  const placed: Array<Map<string, string>> = [];
  for (const part of parts) {
    for (const a of part.actors) {
      const key = `${a.kind}\u0000${a.name}`;
      const known = actors.get(key);
      if (known) mergeActor(known, a);
      else actors.set(key, a);
    }
    const keys = new Map<string, string>();
    for (const l of part.locations) {
      const key = `${l.kind}\u0000${l.countryCode ?? ''}\u0000${placeKey(lookupPlace(l.name)?.name ?? l.name)}`;
      keys.set(l.name, key);
      const known = locations.get(key);
      if (known) {
        for (const m of l.mentions) known.location.mentions.push(m);
        known.windows++;
      } else locations.set(key, { location: l, windows: 1 });
    }
    placed.push(keys);
  }
  for (const { location, windows } of locations.values()) {
    if (windows > 1) location.name = fullestName(location.mentions.map((m) => m.text.replace(/'s?$/i, '')));
  }
  const out: Part = { actors: [], locations: [], distances: [], dates: [], events: [], checks: [] };
  parts.forEach((part, i) => {
    // a place named differently in two windows ("U.S.", "United States") takes the merged name everywhere
    const rename = (name: string | null) => {
      const key = name === null ? undefined : placed[i]!.get(name);
      return key === undefined ? name : locations.get(key)!.location.name;
    };
    for (const d of part.distances) {
      d.from = rename(d.from);
      d.to = rename(d.to);
      out.distances.push(d);
    }
    for (const d of part.dates) out.dates.push(d);
    for (const e of part.events) {
      e.participants = [...new Set(e.participants.map((p) => rename(p)!))];
      out.events.push(e);
    }
    for (const c of part.checks) out.checks.push(c);
  });
  // in the checks' own order: by kind, then by where the evidence starts
  const kindOrder = (c: Check) => CheckKind.options.indexOf(c.kind);
  out.checks.sort((a, b) => kindOrder(a) - kindOrder(b) || (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  const byFirstMention = <T extends { mentions: Array<{ start: number }> }>(a: T, b: T) => a.mentions[0]!.start - b.mentions[0]!.start;
  out.actors = [...actors.values()].sort((a, b) => (a.kind === b.kind ? byFirstMention(a, b) : a.kind === 'person' ? -1 : 1));
  out.locations = [...locations.values()].map((l) => l.location).sort(byFirstMention);
  return out;
}

/** The fullest form, preferring one written in ordinary case to a dateline's capitals (as the locations stage does). */
function fullestName(forms: readonly string[]): string {
  const cased = forms.filter((f) => /\p{Ll}/u.test(f));
  return (cased.length ? cased : forms).reduce((a, b) => (b.length > a.length ? b : a));
}

/** One actor found again in a later window: its mentions, other names, first age and roles join the earlier one. */
function mergeActor(into: Actor, from: Actor): void {
  for (const m of from.mentions) into.mentions.push(m);
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
      out.push(`a large input: analysed in ${windowCount} windows of about ${formatNumber(this.windowSize)} characters; names are linked within a window, and actors and locations are merged across windows by name`);
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

/** Validate a fact sheet against the schema; a failure is a bug in summit-facts, not in the input. */
export function validateFactSheet(sheet: unknown): { ok: true; sheet: FactSheet } | { ok: false; error: string } {
  const result = FactSheet.safeParse(sheet);
  return result.success ? { ok: true, sheet: result.data } : { ok: false, error: result.error.message };
}
