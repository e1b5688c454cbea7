/**
 * Where the sources disagree: checks of the articles against each other, over the linked story. Like the article
 * checks they are conservative: a warning needs two facts, from two articles, that cannot both be true, and cites both.
 *   age         one person's ages that no birthday fits (52 in January 1999, 54 in June 1999)
 *   event-date  one event that happens once (a death) dated on two days, each date written beside its word, with
 *               the day most sources give
 *   distance    the distance between the same two places stated differently beyond rounding
 *   role        a role given as former in one article and as current in a later one
 */
import type { Distance, Event, FactSheet, Span, StoryActor, StoryCheck, StoryEvidence } from '../schema.js';
import { agesAgree, dayNumber } from './ages.js';
import { eventKind, happensOnce } from '../checks/event-families.js';
import { dayOf, type EventNode } from './events.js';
import { PAST_QUALIFIERS, PRESENT_QUALIFIERS } from './lexicon.js';
import type { ActorNode } from './actors.js';

const evidence = (article: number, s: Span): StoryEvidence => ({ article, start: s.start, end: s.end, text: s.text });
const articleName = (sheets: readonly FactSheet[], article: number) => `article ${article + 1}${sheets[article]?.referenceDate ? ` (${sheets[article]!.referenceDate})` : ''}`;

/** Ages: each person's dated ages, pairwise within the person (a person has few). */
export function ageChecks(sheets: readonly FactSheet[], actors: readonly StoryActor[], nodesOf: (id: string) => readonly ActorNode[]): StoryCheck[] {
  const out: StoryCheck[] = [];
  for (const actor of actors) {
    const aged = nodesOf(actor.id).filter((n) => n.age !== null && dayNumber(n.asOf) !== null && n.actor.ageEvidence);
    if (new Set(aged.map((n) => n.article)).size < 2) continue;
    let conflict: [ActorNode, ActorNode] | null = null;
    for (let i = 0; i < aged.length && !conflict; i++) {
      for (let j = i + 1; j < aged.length && !conflict; j++) {
        const a = aged[i]!;
        const b = aged[j]!;
        if (a.article !== b.article && !agesAgree({ age: a.age!, asOf: a.asOf }, { age: b.age!, asOf: b.asOf })) conflict = [a, b];
      }
    }
    if (conflict) {
      const [a, b] = conflict;
      out.push({
        kind: 'age',
        status: 'warning',
        message: `${actor.name} is ${a.age} in ${articleName(sheets, a.article)} and ${b.age} in ${articleName(sheets, b.article)}: no birthday fits both`,
        evidence: [evidence(a.article, a.actor.ageEvidence!), evidence(b.article, b.actor.ageEvidence!)],
      });
    } else {
      out.push({
        kind: 'age',
        status: 'ok',
        message: `${actor.name}: ${aged.length} ages in ${new Set(aged.map((n) => n.article)).size} articles fit one birth date`,
        evidence: aged.map((n) => evidence(n.article, n.actor.ageEvidence!)),
      });
    }
  }
  return out;
}

/**
 * Events that happen once to the same people, dated on different days by different articles. The people are the
 * story persons among the participants; the day most sources give is named.
 */
export function eventDateChecks(sheets: readonly FactSheet[], nodes: readonly EventNode[], isPerson: (id: string) => boolean, nameOf: (id: string) => string): StoryCheck[] {
  const byKey = new Map<string, EventNode[]>();
  for (const n of nodes) {
    if (!happensOnce(n.event.trigger.text) || !dayOf(n.event.date.value) || !datesItsTrigger(n.event)) continue;
    const people = [...new Set(n.participants.filter(isPerson))].sort();
    if (people.length === 0) continue;
    const key = `${eventKind(n.event.trigger.text)}|${people.join(' ')}`;
    const list = byKey.get(key);
    if (list) list.push(n);
    else byKey.set(key, [n]);
  }
  const out: StoryCheck[] = [];
  for (const list of byKey.values()) {
    const days = new Map<string, EventNode[]>();
    for (const n of list) {
      const day = dayOf(n.event.date.value)!;
      const same = days.get(day);
      if (same) same.push(n);
      else days.set(day, [n]);
    }
    if (days.size < 2) continue;
    const articlesOf = (ns: EventNode[]) => new Set(ns.map((n) => n.article)).size;
    const ranked = [...days].sort((a, b) => articlesOf(b[1]) - articlesOf(a[1]) || (a[0] < b[0] ? -1 : 1));
    const [topDay, top] = ranked[0]!;
    const tie = ranked.length > 1 && articlesOf(ranked[1]![1]) === articlesOf(top);
    const other = ranked[1]!;
    const who = [...new Set(list[0]!.participants.filter(isPerson))].map(nameOf);
    const total = new Set(list.map((n) => n.article)).size;
    const majority = tie ? `the sources are split (${ranked.map(([d, ns]) => `${d}: ${articlesOf(ns)}`).join(', ')})` : `most sources give ${topDay} (${articlesOf(top)} of ${total} articles)`;
    out.push({
      kind: 'event-date',
      status: 'warning',
      message: `"${top[0]!.event.trigger.text}" (${who.join(', ')}) is dated ${topDay} in ${articleName(sheets, top[0]!.article)} and ${other[0]} in ${articleName(sheets, other[1][0]!.article)}; ${majority}`,
      evidence: [top[0]!, other[1][0]!].flatMap((n) => [evidence(n.article, n.event.trigger), evidence(n.article, n.event.date)]),
    });
  }
  return out;
}

/** A clock time alone ("10 p.m."): its day is only the article's own, which may not be the event's. */
const CLOCK_ONLY = /^(at\s+)?(\d{1,2}([:.]\d{2})?\s*([ap]\.?\s?m\.?)?|noon|midnight)$/i;

/**
 * Whether an event's date is written right beside its trigger, so that it surely dates it: the trigger then the date
 * ("killed on Sunday", "died Feb. 28"), or the date then a noun trigger ("the Oct. 23 slaying", "Sunday's killing").
 * A date farther away may date another verb of the sentence ("charged on May 6 with the slaying").
 */
export function datesItsTrigger(event: Event): boolean {
  const { trigger, date, sentence } = event;
  if (CLOCK_ONLY.test(date.text.trim())) return false;
  if (trigger.start < sentence.start || date.end > sentence.end || date.start < sentence.start || trigger.end > sentence.end) return false;
  const between = (from: number, to: number) => sentence.text.slice(from - sentence.start, to - sentence.start);
  if (trigger.end <= date.start) return /^\s+((on|in|at|last|early|late|this|that)\s+)?$/i.test(between(trigger.end, date.start));
  if (date.end <= trigger.start) return /^('s)?\s+$/.test(between(date.end, trigger.start));
  return false;
}

/** The smallest and largest distance in meters a stated distance may be the rounding of. */
export function distanceBounds(d: Distance): [number, number] {
  const perUnit = d.meters / d.value;
  const step = roundingStep(d.value);
  const slack = d.approximate ? 0.1 : 0;
  const low = (d.value - step / 2) * (1 - slack);
  const high = ((d.upper ?? d.value) + roundingStep(d.upper ?? d.value) / 2) * (1 + slack);
  return [low * perUnit, high * perUnit];
}

/** The step a stated number may be rounded to: its last significant digit, at most two significant digits (150 → 10). */
function roundingStep(value: number): number {
  const text = String(value);
  if (text.includes('.')) return 10 ** -(text.split('.')[1]!.length);
  const zeros = /0*$/.exec(text)![0].length;
  return Math.min(10 ** zeros, 10 ** Math.max(0, text.length - 2));
}

/** Distances between the same two story places, from different articles, that no rounding makes equal. */
export function distanceChecks(sheets: readonly FactSheet[], placeOf: (article: number, name: string | null) => string | null, nameOf: (id: string) => string): StoryCheck[] {
  const byPair = new Map<string, Array<{ article: number; distance: Distance }>>();
  sheets.forEach((sheet, article) => {
    for (const distance of sheet.distances) {
      const from = placeOf(article, distance.from);
      const to = placeOf(article, distance.to);
      if (!from || !to || from === to) continue;
      const key = [from, to].sort().join('|');
      const list = byPair.get(key);
      if (list) list.push({ article, distance });
      else byPair.set(key, [{ article, distance }]);
    }
  });
  const out: StoryCheck[] = [];
  for (const [key, list] of byPair) {
    if (new Set(list.map((x) => x.article)).size < 2) continue;
    const [from, to] = key.split('|').map(nameOf) as [string, string];
    let conflict: [(typeof list)[number], (typeof list)[number]] | null = null;
    for (let i = 0; i < list.length && !conflict; i++) {
      for (let j = i + 1; j < list.length && !conflict; j++) {
        const [a0, a1] = distanceBounds(list[i]!.distance);
        const [b0, b1] = distanceBounds(list[j]!.distance);
        if (list[i]!.article !== list[j]!.article && (a1 < b0 * 0.99 || b1 < a0 * 0.99)) conflict = [list[i]!, list[j]!];
      }
    }
    const span = (x: (typeof list)[number]) => evidence(x.article, x.distance);
    out.push(
      conflict
        ? {
            kind: 'distance',
            status: 'warning',
            message: `${from} to ${to} is "${conflict[0].distance.text}" in ${articleName(sheets, conflict[0].article)} and "${conflict[1].distance.text}" in ${articleName(sheets, conflict[1].article)}, more than rounding apart`,
            evidence: [span(conflict[0]), span(conflict[1])],
          }
        : { kind: 'distance', status: 'ok', message: `${from} to ${to}: ${list.length} distances agree within rounding`, evidence: list.map(span) },
    );
  }
  return out;
}

const titleKey = (title: string) => title.toLowerCase().replace(/[^\p{L}\s]/gu, '').replace(/\s+/g, ' ').trim();
const orgKey = (org: string | null) => (org ?? '').toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').trim();

/** A role given as former in one article and as held (no qualifier, "current", "acting") in a later one. */
export function roleChecks(sheets: readonly FactSheet[], actors: readonly StoryActor[], nodesOf: (id: string) => readonly ActorNode[]): StoryCheck[] {
  const out: StoryCheck[] = [];
  for (const actor of actors) {
    if (actor.kind !== 'person') continue;
    const roles = nodesOf(actor.id).flatMap((n) => n.actor.roles.map((role) => ({ n, role, day: dayNumber(n.asOf) })));
    const past = roles.filter((r) => r.role.qualifier && PAST_QUALIFIERS.has(r.role.qualifier.toLowerCase()) && r.day !== null);
    const present = roles.filter((r) => (!r.role.qualifier || PRESENT_QUALIFIERS.has(r.role.qualifier.toLowerCase())) && r.day !== null);
    const conflict = past
      .flatMap((p) => present.filter((c) => c.n.article !== p.n.article && c.day! > p.day! && titleKey(c.role.title) === titleKey(p.role.title) && orgKey(c.role.organization) === orgKey(p.role.organization)).map((c) => [p, c] as const))
      .at(0);
    if (!conflict) continue;
    const [p, c] = conflict;
    out.push({
      kind: 'role',
      status: 'warning',
      message: `${actor.name} is a ${p.role.qualifier} ${p.role.title} in ${articleName(sheets, p.n.article)} but ${c.role.title} in the later ${articleName(sheets, c.n.article)}`,
      evidence: [evidence(p.n.article, p.role.evidence), evidence(c.n.article, c.role.evidence)],
    });
  }
  return out;
}
