/**
 * Consistency checks: the article against itself and against geography. Each check reads facts the earlier stages
 * found and says `ok` when they agree, `warning` when they cannot both be right. Each family is a stage of its own
 * that runs when the kind of fact it is about was asked for (`--only`): distances for the distance check, actors for
 * the age checks, events for the event-dates check, dates or events for the weekday check.
 *
 * The order of the list: by kind, in the order below, then by where the evidence starts.
 */
import type { Check, CheckKind, DateFact, Distance, Event } from '../schema.js';
import type { Document } from '../nlp/document.js';
import type { ActorDraft, AgeLink, LocationDraft } from '../findings.js';
import { articlePoints, checkDistances } from './distance.js';
import { birthDates, statedAges } from './person-ages.js';
import { checkAgeBirthYears } from './age-birth-year.js';
import { checkAgeConflicts } from './age-conflict.js';
import { checkEventDates } from './event-dates.js';
import { checkWeekdays } from './weekday.js';

/** Distances that cannot be right given where the article's places are. */
export function distanceChecks(distances: readonly Distance[], locations: readonly LocationDraft[]): Check[] {
  return checkDistances(distances, articlePoints(locations));
}

/**
 * Ages against birth years and against each other: every age the text states (not only the first one each actor
 * keeps); the dates tell birth dates and ages of other years apart.
 */
export function ageChecks(doc: Document, referenceDate: string | null, actors: readonly ActorDraft[], ages: readonly AgeLink[], dates: readonly DateFact[]): Check[] {
  const births = birthDates(doc, actors, dates);
  const stated = statedAges(doc, ages, dates, births, referenceDate);
  return [...checkAgeBirthYears(stated, births, referenceDate), ...checkAgeConflicts(stated)];
}

/** Events dated before they could have happened, or against what the text says of their people and places. */
export function eventChecks(doc: Document, events: readonly Event[], dates: readonly DateFact[], actors: readonly ActorDraft[], locations: readonly LocationDraft[]): Check[] {
  const people = new Set(actors.filter((d) => d.actor.kind === 'person').map((d) => d.actor.name));
  const places = new Set(locations.map((l) => l.location.name));
  return checkEventDates(events, { doc, dates, people, places });
}

/** Weekdays written beside dates they do not fall on. */
export function weekdayChecks(doc: Document, referenceDate: string | null, dates: readonly DateFact[]): Check[] {
  return checkWeekdays(doc.text, dates, referenceDate);
}

const ORDER: readonly CheckKind[] = ['distance', 'age-birth-year', 'age-conflict', 'event-dates', 'weekday'];

/** The checks in their order: by kind, then by where the evidence starts. */
export function sortChecks(checks: Check[]): Check[] {
  return checks.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
}
