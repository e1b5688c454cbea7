/**
 * buildStory: many articles' fact sheets as one story. People, organizations and places are linked across articles
 * (actors.ts, places.ts), events told by several articles become one event with every source (events.ts), and the
 * articles are checked against each other (checks.ts). Pure: the same sheets give the same story.
 */
import { Story as StorySchema, type Actor, type FactSheet, type Story, type StoryCheck } from '../schema.js';
import { actorNodes, linkActors, type ActorNode } from './actors.js';
import { ageChecks, distanceChecks, eventDateChecks, roleChecks } from './checks.js';
import { eventNodes, linkEvents } from './events.js';
import { linkPlaces } from './places.js';

export interface StoryOptions {
  /**
   * The article texts, in the order of the sheets (what their offsets point into), where known. With a text, an age
   * written as of another time ("the then 35-year-old") is not compared with the article's date.
   */
  texts?: ReadonlyArray<string | null | undefined>;
}

/** An age about another time than the article's: "the then 35-year-old", "then aged 35". */
const ABOUT_ANOTHER_TIME = /\b(then|former|at the time)[\s-]*(aged?\s+)?$/i;

export function buildStory(sheets: readonly FactSheet[], options: StoryOptions = {}): Story {
  const currentAge = (article: number, actor: Actor) => {
    const text = options.texts?.[article];
    const at = actor.ageEvidence?.start;
    return !text || at === undefined || !ABOUT_ANOTHER_TIME.test(text.slice(Math.max(0, at - 24), at));
  };
  const nodes = actorNodes(sheets, currentAge);
  const { actors, storyIds } = linkActors(nodes);
  const places = linkPlaces(sheets);

  // names as the sheets write them (a name, an alias), to story ids, per article
  const byName = sheets.map(() => new Map<string, string>());
  const nodesByStoryId = new Map<string, ActorNode[]>();
  nodes.forEach((n, i) => {
    const id = storyIds[i]!;
    for (const name of [n.actor.name, ...n.actor.aliases]) if (!byName[n.article]!.has(name)) byName[n.article]!.set(name, id);
    const list = nodesByStoryId.get(id);
    if (list) list.push(n);
    else nodesByStoryId.set(id, [n]);
  });
  sheets.forEach((sheet, article) => {
    for (const location of sheet.locations) {
      const id = places.storyIds[article]!.get(location.id)!;
      if (!byName[article]!.has(location.name)) byName[article]!.set(location.name, id);
    }
  });
  const names = new Map<string, string>([...actors.map((a) => [a.id, a.name] as const), ...places.locations.map((l) => [l.id, l.name] as const)]);
  const nameOf = (id: string) => (id.startsWith('=') ? id.slice(1) : (names.get(id) ?? id));
  const storyIdOf = (article: number, name: string | null) => (name === null ? null : (byName[article]!.get(name) ?? null));
  const persons = new Set(actors.filter((a) => a.kind === 'person').map((a) => a.id));

  const evNodes = eventNodes(sheets, storyIdOf);
  const { events } = linkEvents(evNodes, nameOf);
  const nodesOf = (id: string) => nodesByStoryId.get(id) ?? [];
  const checks: StoryCheck[] = [
    ...ageChecks(sheets, actors, nodesOf),
    ...eventDateChecks(sheets, evNodes, (id) => persons.has(id), nameOf),
    ...distanceChecks(sheets, storyIdOf, nameOf),
    ...roleChecks(sheets, actors, nodesOf),
  ];

  const warnings: string[] = [];
  const undated = sheets.flatMap((s, i) => (s.referenceDate ? [] : [i + 1]));
  if (undated.length > 0 && undated.length < sheets.length) {
    warnings.push(`${undated.length === 1 ? 'article' : 'articles'} ${undated.slice(0, 10).join(', ')}${undated.length > 10 ? ', …' : ''} without a reference date: their ages are not compared with other articles' (give --date or --dates)`);
  } else if (undated.length > 0 && sheets.length > 1) {
    warnings.push('no article has a reference date: ages are not compared across articles (give --date or --dates)');
  }
  return { schemaVersion: 1, articles: [...sheets], actors, locations: places.locations, events, checks, warnings };
}

/** Validate a story against the schema; a failure is a bug in summit-facts, not in the input. */
export function validateStory(story: unknown): { ok: true; story: Story } | { ok: false; error: string } {
  const result = StorySchema.safeParse(story);
  return result.success ? { ok: true, story: result.data } : { ok: false, error: result.error.message };
}
