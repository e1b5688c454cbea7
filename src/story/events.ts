/**
 * One event, many sources: events of different articles are one story event when they fall on the same day (or have
 * the same date value, when it is not a day), their triggers are of one kind ("killed", "killing", "death"; checks/event-families.ts) and they
 * share a participant (a story actor or place). Events are compared only within a block of one day and family.
 */
import type { Event, FactSheet, StoryEvent } from '../schema.js';
import { eventKind } from '../checks/event-families.js';
import { UnionFind } from './union.js';

/** The calendar day of a date value (2023-09-12, 2023-09-12T14:00), or null when it is not a day. */
export function dayOf(value: string): string | null {
  return /^\d{4}-\d{2}-\d{2}(?![\d-])/.exec(value)?.[0] ?? null;
}

export interface EventNode {
  article: number;
  event: Event;
  /** the story id of each participant, or "=" and its name when it links to no story fact */
  participants: string[];
}

export interface EventLinks {
  events: StoryEvent[];
  /** the nodes of each story event, in the order of `events` */
  groups: EventNode[][];
}

/** Story events from every sheet's events; `nameOf` gives a story id's name for the participant list. */
export function linkEvents(nodes: readonly EventNode[], nameOf: (participant: string) => string): EventLinks {
  const sets = new UnionFind(nodes.length);
  const blocks = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    const key = `${dayOf(n.event.date.value) ?? n.event.date.value}|${eventKind(n.event.trigger.text)}`;
    const block = blocks.get(key);
    if (block) block.push(i);
    else blocks.set(key, [i]);
  });
  for (const block of blocks.values()) {
    if (block.length < 2) continue;
    const firstWith = new Map<string, number>();
    for (const i of block) {
      for (const p of nodes[i]!.participants) {
        const j = firstWith.get(p);
        if (j === undefined) firstWith.set(p, i);
        else sets.union(j, i);
      }
    }
  }
  const groups = sets.groups().map((g) => g.map((i) => nodes[i]!));
  // the timeline: by date (values that are not dates last), then by first telling
  const sortKey = (g: EventNode[]) => mostCommon(g.map((n) => n.event.date.value));
  const ordered = groups
    .map((g, k) => ({ g, k, value: sortKey(g) }))
    .sort((a, b) => compareValues(a.value, b.value) || a.k - b.k)
    .map((x) => x.g);
  const events = ordered.map((g, k): StoryEvent => {
    const participants = [...new Set(g.flatMap((n) => n.participants))].map(nameOf);
    return {
      id: `se${k + 1}`,
      date: { value: sortKey(g) },
      trigger: mostCommon(g.map((n) => n.event.trigger.text)),
      summary: g[0]!.event.summary,
      participants: [...new Set(participants)],
      members: g.map((n) => ({ article: n.article, id: n.event.id })),
    };
  });
  return { events, groups: ordered };
}

/** The most frequent string, the first of them on a tie. */
export function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0]!;
  for (const [v, n] of counts) if (n > counts.get(best)!) best = v;
  return best;
}

/** Date values in time order: a value that starts with a year before one that does not (PAST_REF, XXXX-WXX-2). */
function compareValues(a: string, b: string): number {
  const da = /^\d{4}/.test(a);
  const db = /^\d{4}/.test(b);
  if (da !== db) return da ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every sheet's events as nodes, their participants as story ids (through `storyIdOf`). */
export function eventNodes(sheets: readonly FactSheet[], storyIdOf: (article: number, name: string) => string | null): EventNode[] {
  const nodes: EventNode[] = [];
  sheets.forEach((sheet, article) => {
    for (const event of sheet.events) {
      nodes.push({ article, event, participants: event.participants.map((p) => storyIdOf(article, p) ?? `=${p}`) });
    }
  });
  return nodes;
}
