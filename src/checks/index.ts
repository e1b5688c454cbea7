/**
 * Consistency checks: the article against itself and against geography. Each check reads facts the earlier stages
 * found and says `ok` when they agree, `warning` when they cannot both be right. A check runs only when the fact kinds
 * it reads were asked for (`--only`): distances for the distance check, actors for the age checks, dates for the
 * weekday check, events for the event-dates check.
 *
 * The order of the list: by kind, in the order below, then by where the evidence starts.
 */
import type { Check, CheckKind, DateFact, Distance, Event, FactKind } from '../schema.js';
import type { ExtractContext } from '../extract/context.js';
import type { ActorDraft } from '../extract/actors.js';
import type { NameAnalysis } from '../extract/names.js';
import type { LocationDraft } from '../extract/locations.js';
import type { AgeFinding } from '../extract/ages.js';
import { extractDates } from '../extract/dates.js';
import { articlePoints, checkDistances } from './distance.js';
import { birthDates, statedAges } from './person-ages.js';
import { checkAgeBirthYears } from './age-birth-year.js';
import { checkAgeConflicts } from './age-conflict.js';
import { checkEventDates } from './event-dates.js';
import { checkWeekdays } from './weekday.js';

export interface CheckInput {
  ctx: ExtractContext;
  names: NameAnalysis;
  /** the actors with every mention, before they are numbered */
  actors: ActorDraft[];
  /** every age the text states (the ages stage's findings; an actor keeps only its first) */
  ages: readonly AgeFinding[];
  /** the places, with every mention and the gazetteer entry it was read as */
  locations: readonly LocationDraft[];
  distances: readonly Distance[];
  dates: readonly DateFact[];
  events: readonly Event[];
  only: ReadonlySet<FactKind>;
}

const ORDER: readonly CheckKind[] = ['distance', 'age-birth-year', 'age-conflict', 'event-dates', 'weekday'];

export function runChecks(input: CheckInput): Check[] {
  const { ctx, only } = input;
  const { doc, referenceDate } = ctx;
  const out: Check[] = [];
  const add = (checks: readonly Check[]) => {
    for (const c of checks) out.push(c);
  };
  if (only.has('distances')) add(checkDistances(input.distances, articlePoints(input.locations)));
  if (only.has('actors')) {
    // every age the text states, not only the first one each actor keeps
    // the dates tell birth dates and ages of other years apart; read them here when they were not asked for
    const dates = only.has('dates') || only.has('events') ? input.dates : extractDates(ctx);
    const births = birthDates(doc, input.actors, dates);
    const ages = statedAges(doc, input.actors, input.ages, dates, births, referenceDate);
    add(checkAgeBirthYears(ages, births, referenceDate));
    add(checkAgeConflicts(ages));
  }
  if (only.has('events')) {
    const people = new Set(input.actors.filter((d) => d.actor.kind === 'person').map((d) => d.actor.name));
    const places = new Set(input.locations.map((l) => l.location.name));
    add(checkEventDates(input.events, { doc, dates: input.dates, people, places }));
  }
  if (only.has('dates') || only.has('events')) add(checkWeekdays(doc.text, input.dates, referenceDate));
  return out.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
}
