/** Hand-made fact sheets for renderer and matcher tests: they do not depend on what the extractors find today. */
import type { Actor, DateFact, Distance, Event, FactSheet, Location } from '../../src/schema.js';

const span = (start: number, text: string) => ({ start, end: start + text.length, text });

export function actor(name: string, extra: Partial<Actor> = {}): Actor {
  return { id: `a-${name}`, kind: 'person', name, aliases: [], age: null, ageEvidence: null, roles: [], mentions: [span(0, name)], rule: 'test', ...extra };
}

export function location(name: string, extra: Partial<Location> = {}): Location {
  return { id: `l-${name}`, name, kind: 'city', countryCode: null, mentions: [span(0, name)], rule: 'test', ...extra };
}

export function distance(text: string, meters: number, extra: Partial<Distance> = {}): Distance {
  return {
    ...span(0, text), value: meters / 1000, upper: null, unit: 'km', meters, approximate: false, route: false, from: null, to: null, alt: null,
    sentence: span(0, text), rule: 'test', ...extra,
  };
}

export function date(text: string, value: string, extra: Partial<DateFact> = {}): DateFact {
  return { id: `d-${text}`, ...span(0, text), type: 'DATE', value, mod: null, sentence: span(0, text), rule: 'test', ...extra };
}

export function event(trigger: string, dateText: string, value: string, extra: Partial<Event> = {}): Event {
  return {
    id: `e-${trigger}`, date: { ...span(0, dateText), type: 'DATE', value }, trigger: span(10, trigger), summary: `${trigger} ${dateText}`,
    participants: [], sentence: span(0, `${trigger} ${dateText}`), rule: 'test', ...extra,
  };
}

export function sheet(extra: Partial<FactSheet> = {}): FactSheet {
  return {
    schemaVersion: 1, source: { path: 'article.txt', characters: 100 }, referenceDate: '2023-09-12',
    actors: [], locations: [], distances: [], dates: [], events: [], checks: [], warnings: [], ...extra,
  };
}
