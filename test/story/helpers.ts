/** Small fact sheets written by hand, for the story tests. */
import type { Actor, Distance, Event, FactSheet, Location, Role } from '../../src/schema.js';

const at = (text: string, start = 0) => ({ start, end: start + text.length, text });

export function person(id: string, name: string, extra: Partial<Actor> & { roleTitles?: Array<[string, string | null, string | null]> } = {}): Actor {
  const { roleTitles, ...rest } = extra;
  const roles: Role[] = (roleTitles ?? []).map(([title, organization, qualifier]) => ({ title, organization, qualifier, evidence: at(title, 50), rule: 'test' }));
  return { id, kind: 'person', name, aliases: [], age: null, ageEvidence: null, roles, mentions: [at(name)], rule: 'test', ...rest };
}

export function org(id: string, name: string, aliases: string[] = []): Actor {
  return { id, kind: 'organization', name, aliases, age: null, ageEvidence: null, roles: [], mentions: [at(name)], rule: 'test' };
}

export function place(id: string, name: string, kind: Location['kind'], countryCode: string | null): Location {
  return { id, name, kind, countryCode, mentions: [at(name)], rule: 'test' };
}

/** An event whose sentence is "<trigger> on Monday": the date written right after its trigger. */
export function event(id: string, value: string, trigger: string, participants: string[]): Event {
  const text = `${trigger} on Monday`;
  return {
    id,
    date: { start: trigger.length + 4, end: text.length, text: 'Monday', type: 'DATE', value },
    trigger: at(trigger),
    summary: `${participants.join(' and ')} ${trigger}`,
    participants,
    sentence: at(text),
    rule: 'test',
  };
}

export function distance(value: number, unit: Distance['unit'], meters: number, from: string, to: string, approximate = false): Distance {
  const text = `${value} ${unit}`;
  return { ...at(text, 20), value, upper: null, unit, meters, approximate, from, to, alt: null, sentence: at('s'), rule: 'test' };
}

export function sheet(facts: Partial<FactSheet> & { date?: string | null } = {}): FactSheet {
  const { date, ...rest } = facts;
  return {
    schemaVersion: 1,
    source: { path: null, characters: 100 },
    referenceDate: date ?? null,
    actors: [],
    locations: [],
    distances: [],
    dates: [],
    events: [],
    checks: [],
    warnings: [],
    ...rest,
  };
}

/** The story actor ids of each sheet actor, by "article:id". */
export function clusterOf(story: { actors: Array<{ id: string; members: Array<{ article: number; id: string }> }> }): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of story.actors) for (const m of a.members) out.set(`${m.article}:${m.id}`, a.id);
  return out;
}
