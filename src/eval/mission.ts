/**
 * Mission gold (see corpus/mission-dev/GUIDELINES.md): persons with ages and roles, locations and their kinds,
 * organizations, distances with endpoints, dated events with participants.
 */
import type { Actor, Event } from '../schema.js';
import { alignGreedy, foldName, list, prf, words, type Case, type Gold, type Note, type Prf } from './align.js';

export interface Ratio {
  right: number;
  of: number;
}

export interface MissionScores {
  persons: Prf;
  ages: Prf;
  roles: Prf;
  locations: Prf;
  organizations: Prf;
  distances: Prf;
  events: Prf;
  eventParticipants: Ratio & { recall: number };
  locationKinds: Ratio & { accuracy: number };
  distanceEndpoints: Ratio & { accuracy: number };
}

/** How well a predicted person's name fits a gold person: 3 the name, 2 an alias, 1 a first or last name in common. */
export function personPairScore(pred: Pick<Actor, 'name'>, gold: Gold): number {
  const name = foldName(pred.name);
  if (name === foldName(gold.name)) return 3;
  if ([gold.name, ...list(gold.aliases)].map(foldName).includes(name)) return 2;
  const pw = words(pred.name);
  const gw = words(gold.name);
  if (pw.length === 0 || gw.length === 0) return 0;
  const shareEnd = pw[pw.length - 1] === gw[gw.length - 1] || pw[0] === gw[0];
  const contained = pw.every((w) => gw.includes(w)) || gw.every((w) => pw.includes(w));
  return shareEnd && contained ? 1 : 0;
}

/** Abbreviated titles spelled out, and variants folded, so that "CEO" is "chief executive officer". */
const TITLE_EXPANSIONS: Record<string, string> = {
  ceo: 'chief executive officer', cfo: 'chief financial officer', coo: 'chief operating officer', cto: 'chief technology officer',
  chmn: 'chairman', pres: 'president', vp: 'vice president', capt: 'captain', gen: 'general', sen: 'senator',
  rep: 'representative', gov: 'governor', lt: 'lieutenant', col: 'colonel', sgt: 'sergeant', maj: 'major', adm: 'admiral',
  atty: 'attorney', supt: 'superintendent', insp: 'inspector', det: 'detective', cmdr: 'commander', amb: 'ambassador',
  sec: 'secretary', pm: 'prime minister', exec: 'executive', mgr: 'manager', dir: 'director', spokesperson: 'spokesman',
  spokeswoman: 'spokesman', chairwoman: 'chairman', chairperson: 'chairman', chair: 'chairman',
};
const titleWords = (s: unknown): string[] => words(s).flatMap((w) => (TITLE_EXPANSIONS[w] ?? w).split(' '));

/** A role as words: qualifier, organization and title (predicted roles say `organization`, gold ones `org`). */
function roleWords(role: unknown): string {
  if (typeof role === 'string') return role;
  const r = (role ?? {}) as Gold;
  return [r.qualifier, r.org ?? r.organization, r.title ?? r.name ?? r.text].filter(Boolean).join(' ');
}

/** A predicted role covers a gold role when every word of the gold title is among its words. */
export function roleCovers(pred: unknown, gold: Gold): boolean {
  const have = new Set(titleWords(roleWords(pred)));
  const need = titleWords(gold.title);
  return need.length > 0 && need.every((w) => have.has(w));
}

/** Every word of an event's trigger and summary. */
function eventWords(event: Event): Set<string> {
  const out = new Set<string>();
  for (const part of [event.trigger.text, event.summary]) for (const w of words(part)) out.add(w);
  return out;
}

/** A trigger is found when each of its words is among the event's words; a word longer than five letters also by its stem. */
export function triggerFound(eventWordSet: ReadonlySet<string>, trigger: string): boolean {
  const need = words(trigger);
  if (need.length === 0) return false;
  return need.every((w) => {
    const stem = w.length > 5 ? w.slice(0, Math.max(4, w.length - 3)) : w;
    for (const have of eventWordSet) if (have === w || have.startsWith(stem)) return true;
    return false;
  });
}

interface Tally {
  tp: number;
  pred: number;
  gold: number;
}
const tally = (): Tally => ({ tp: 0, pred: 0, gold: 0 });

export function scoreMission(cases: readonly Case[], notes?: Note[]): MissionScores | undefined {
  const t = {
    persons: tally(), ages: tally(), locations: tally(), organizations: tally(), distances: tally(), events: tally(),
  };
  const roles = { matchedPred: 0, pred: 0, gold: 0, found: 0 };
  const participants = { right: 0, of: 0 };
  const kinds = { right: 0, of: 0 };
  const endpoints = { right: 0, of: 0 };
  let any = false;
  const note = (kind: string, doc: string, what: string) => notes?.push({ kind, doc, what });

  for (const c of cases) {
    const g = c.gold;
    if (!g.persons) continue;
    any = true;
    const sheet = c.sheet;
    const actors = sheet?.actors ?? [];
    const people = actors.filter((a) => a.kind === 'person');
    const orgs = actors.filter((a) => a.kind === 'organization');
    const goldPersons = list(g.persons);

    // persons, and through them ages and roles
    const personPairs = alignGreedy(people, goldPersons, personPairScore);
    t.persons.tp += personPairs.length;
    t.persons.pred += people.length;
    t.persons.gold += goldPersons.length;
    const goldOf = new Map(personPairs.map(([i, j]) => [i, j]));
    const predOf = new Map(personPairs.map(([i, j]) => [j, i]));
    goldPersons.forEach((q, j) => predOf.has(j) || note('person-', c.id, q.name));
    people.forEach((p, i) => goldOf.has(i) || note('person+', c.id, p.name));

    people.forEach((p, i) => {
      if (p.age == null) return;
      t.ages.pred++;
      const j = goldOf.get(i);
      if (j !== undefined && p.age === Number(goldPersons[j].age)) t.ages.tp++;
      else note('age+', c.id, `${p.name} ${p.age}`);
    });
    goldPersons.forEach((q, j) => {
      if (q.age == null) return;
      t.ages.gold++;
      const i = predOf.get(j);
      if (i === undefined || people[i]!.age !== Number(q.age)) note('age-', c.id, `${q.name} ${q.age}`);
    });

    // roles: precision over predicted roles (those of unmatched people are all wrong), recall over gold roles
    people.forEach((p, i) => {
      const j = goldOf.get(i);
      const wanted = j === undefined ? [] : list(goldPersons[j].roles);
      for (const r of p.roles) {
        roles.pred++;
        if (wanted.some((gr) => roleCovers(r, gr))) roles.matchedPred++;
        else note('role+', c.id, `${p.name}: ${roleWords(r)}`);
      }
    });
    goldPersons.forEach((q, j) => {
      const i = predOf.get(j);
      const have = i === undefined ? [] : people[i]!.roles;
      for (const gr of list(q.roles)) {
        roles.gold++;
        if (have.some((r) => roleCovers(r, gr))) roles.found++;
        else note('role-', c.id, `${q.name}: ${roleWords(gr)}`);
      }
    });

    // locations by name; an optional place is ignored unless it is also a gold location
    const goldLocations = list(g.locations);
    const optional = new Set(list(g.optional_locations).map(foldName));
    const goldPlaceNames = new Set(goldLocations.flatMap((q) => [q.name, ...list(q.aliases)]).map(foldName));
    const locs = (sheet?.locations ?? []).filter((l) => goldPlaceNames.has(foldName(l.name)) || !optional.has(foldName(l.name)));
    const locPairs = alignGreedy(locs, goldLocations, (p, q) => {
      const name = foldName(p.name);
      if (name === foldName(q.name)) return 2;
      return list(q.aliases).map(foldName).includes(name) ? 1 : 0;
    });
    t.locations.tp += locPairs.length;
    t.locations.pred += locs.length;
    t.locations.gold += goldLocations.length;
    for (const [i, j] of locPairs) {
      const want = goldLocations[j];
      if (!want.kind) continue;
      kinds.of++;
      if (foldName(locs[i]!.kind) === foldName(want.kind)) kinds.right++;
      else note('loc-kind', c.id, `${want.name}: ${want.kind}, got ${locs[i]!.kind}`);
    }
    const locHitG = new Set(locPairs.map(([, j]) => j));
    const locHitP = new Set(locPairs.map(([i]) => i));
    goldLocations.forEach((q, j) => locHitG.has(j) || note('loc-', c.id, q.name));
    locs.forEach((p, i) => locHitP.has(i) || note('loc+', c.id, p.name));

    // organizations by name or alias
    const goldOrgs = list(g.organizations);
    const orgPairs = alignGreedy(orgs, goldOrgs, (p, q) => ([q.name, ...list(q.aliases)].map(foldName).includes(foldName(p.name)) ? 1 : 0));
    t.organizations.tp += orgPairs.length;
    t.organizations.pred += orgs.length;
    t.organizations.gold += goldOrgs.length;

    // distances: the same meters (within 0.5%, in either of the gold's units), else the same number and unit
    const dists = sheet?.distances ?? [];
    const goldDists = list(g.distances);
    const distPairs = alignGreedy(dists, goldDists, (p, q) => {
      const meters = p.meters;
      const near = (x: Gold) => Number.isFinite(meters) && Math.abs(meters - x.meters) <= Math.max(0.01, 0.005 * x.meters);
      if (near(q) || (q.alt && near(q.alt))) return 2;
      return p.value === q.value && foldName(p.unit) === foldName(q.unit) ? 1 : 0;
    });
    t.distances.tp += distPairs.length;
    t.distances.pred += dists.length;
    t.distances.gold += goldDists.length;
    for (const [i, j] of distPairs) {
      const q = goldDists[j];
      const got = [dists[i]!.from, dists[i]!.to].map(foldName).filter((x) => x.length > 0);
      for (const end of [q.from, q.to].filter(Boolean).map(foldName)) {
        endpoints.of++;
        if (got.some((x) => x.includes(end) || (x.length > 0 && end.includes(x)))) endpoints.right++;
        else note('endpoint', c.id, `${q.text}: wanted ${end}, got ${got.join(' / ') || 'nothing'}`);
      }
    }
    const distHitG = new Set(distPairs.map(([, j]) => j));
    const distHitP = new Set(distPairs.map(([i]) => i));
    goldDists.forEach((q, j) => distHitG.has(j) || note('dist-', c.id, q.text));
    dists.forEach((p, i) => distHitP.has(i) || note('dist+', c.id, p.text));

    // events: the same date value and the trigger among the event's words
    const goldEvents = list(g.events);
    let events = sheet?.events ?? [];
    if (Number.isInteger(g.events_end)) events = events.filter(({ date }) => !(Number.isInteger(date.start) && date.start >= g.events_end));
    const wordSets = events.map(eventWords);
    const eventPairs = alignGreedy(events.map((_, i) => i), goldEvents, (i, q) => {
      if (events[i]!.date.value !== String(q.date.value)) return 0;
      return [q.trigger.text, ...list(q.alt_triggers)].some((trig) => triggerFound(wordSets[i]!, trig)) ? 1 : 0;
    });
    t.events.tp += eventPairs.length;
    t.events.pred += events.length;
    t.events.gold += goldEvents.length;
    const everyone = [...goldPersons, ...goldOrgs, ...goldLocations];
    const formsOf = (name: string): string[] => {
      const entry = everyone.find((x) => foldName(x.name) === foldName(name));
      return [name, ...list(entry?.aliases)].map(foldName);
    };
    for (const [i, j] of eventPairs) {
      const named = events[i]!.participants.map(foldName);
      for (const want of list(goldEvents[j].participants)) {
        participants.of++;
        if (formsOf(want).some((f) => named.includes(f))) participants.right++;
        else note('particip', c.id, `${goldEvents[j].date.value} ${goldEvents[j].trigger.text}: ${want}`);
      }
    }
    const evHitG = new Set(eventPairs.map(([, j]) => j));
    const evHitP = new Set(eventPairs.map(([i]) => i));
    goldEvents.forEach((q, j) => evHitG.has(j) || note('event-', c.id, `${q.date.value} ${q.trigger.text}`));
    events.forEach((x, i) => evHitP.has(i) || note('event+', c.id, `${x.date.value} ${[...wordSets[i]!].slice(0, 6).join(' ')}`));
  }
  if (!any) return undefined;

  const rp = roles.pred > 0 ? roles.matchedPred / roles.pred : roles.gold > 0 ? 0 : 1;
  const rr = roles.gold > 0 ? roles.found / roles.gold : 1;
  const ratio = (x: Ratio) => (x.of > 0 ? x.right / x.of : 1);
  return {
    persons: prf(t.persons.tp, t.persons.pred, t.persons.gold),
    ages: prf(t.ages.tp, t.ages.pred, t.ages.gold),
    roles: { p: rp, r: rr, f1: rp + rr > 0 ? (2 * rp * rr) / (rp + rr) : 0, tp: roles.found, pred: roles.pred, gold: roles.gold },
    locations: prf(t.locations.tp, t.locations.pred, t.locations.gold),
    organizations: prf(t.organizations.tp, t.organizations.pred, t.organizations.gold),
    distances: prf(t.distances.tp, t.distances.pred, t.distances.gold),
    events: prf(t.events.tp, t.events.pred, t.events.gold),
    eventParticipants: { recall: ratio(participants), ...participants },
    locationKinds: { accuracy: ratio(kinds), ...kinds },
    distanceEndpoints: { accuracy: ratio(endpoints), ...endpoints },
  };
}

