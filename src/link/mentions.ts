/**
 * Mentions under their fact's name, for the finders that place facts between named things: the ends of a distance
 * and the participants of an event.
 */
import type { ActorDraft, LocationDraft, NameAnalysis, NamedMention, PlaceMention } from '../findings.js';
import type { Document } from '../nlp/document.js';
import { nameEchoes } from './echoes.js';

/** Every place mention under its location's name, in text order. */
function placeMentions(locations: readonly LocationDraft[]): NamedMention[] {
  return locations
    .flatMap((d) => d.mentions.map((m) => ({ name: d.location.name, start: m.start, end: m.end, person: false })))
    .sort((a, b) => a.start - b.start);
}

/** Where a distance may end: every place mention, and a place named only by its demonym ("12 km from the Syrian border"). */
export function distanceEnds(locations: readonly LocationDraft[], names: NameAnalysis): PlaceMention[] {
  const places = placeMentions(locations);
  const placeStarts = new Set(places.map((p) => p.start));
  const demonymEnds = names.mentions
    .filter((m) => m.basis === 'demonym' && m.place && !placeStarts.has(m.start))
    .map((m) => ({ name: m.place!.name, start: m.start, end: m.end, person: false }));
  return [...places, ...demonymEnds];
}

/**
 * Who and where an event may involve: every actor and place mention under its fact's name, in text order, and with
 * the document, the later mentions of organizations by a short form of their name ("Upjohn" after "Upjohn Co.").
 */
export function participants(actors: readonly ActorDraft[], locations: readonly LocationDraft[], doc?: Document): NamedMention[] {
  const known = [
    ...actors.flatMap((d) => d.mentions.map((m) => ({ name: d.actor.name, start: m.start, end: m.end, person: d.actor.kind === 'person', organization: d.actor.kind === 'organization' }))),
    ...placeMentions(locations),
  ];
  return [...known, ...(doc ? nameEchoes(doc, actors, known) : [])].sort((a, b) => a.start - b.start);
}
