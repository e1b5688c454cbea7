/** Cross-window merging: the windows' actors, locations and checks made one list each. */
import type { Actor, Check, DateFact, Distance, Event, Location } from '../schema.js';
import { CheckKind } from '../schema.js';
import { lookupPlace, placeKey } from '../geo/gazetteer.js';
import { sameRole } from '../link/actors.js';

/** The facts of one window (or of the whole input), with offsets into the input. */
export interface Part {
  actors: Actor[];
  locations: Location[];
  distances: Distance[];
  dates: DateFact[];
  events: Event[];
  checks: Check[];
}

/**
 * The windows' actors, locations and checks, merged as each window is done (the windows' own objects, changed in
 * place). Names are grouped into actors and locations within a window, as in an article; across windows, actors of
 * the same kind and name are one actor, and locations that are one place (the same kind, country and gazetteer
 * entry, or the same name) are one location, under the name the first window that mentions it gave it: a later
 * window's distances and events are written out before the end, so a name must not change once given.
 * Chains of relative dates ("the next day"), pronouns and consistency checks do not reach across a window's edge.
 */
export class Merger {
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
  for (const role of from.roles) if (!into.roles.some((r) => sameRole(r, role))) into.roles.push(detached(role));
}
