import { describe, expect, expectTypeOf, it } from 'vitest';
import { buildStory, extractFacts, Story, storyJsonSchema, validateStory, type StoryActor } from '../../src/index.js';
import { event, org, place, sheet } from './helpers.js';

const ARTICLES = [
  'WASHINGTON (AP) John Smith, 52, the chairman of General Motors, met union leaders on Monday. GM said the talks went well.',
  'Mr. Smith visited the U.S. plant in Detroit on Tuesday. General Motors Corp. shares rose.',
];

describe('buildStory', () => {
  const sheets = ARTICLES.map((text) => extractFacts(text, { referenceDate: '2023-09-13' }));

  it('gives a story that passes its own schema, with every article in input order', () => {
    const story = buildStory(sheets);
    expect(Story.safeParse(story).success).toBe(true);
    expect(validateStory(story).ok).toBe(true);
    expect(story.articles).toEqual(sheets);
  });

  it('is pure: the same sheets give the same story, and the sheets are not changed', () => {
    const before = JSON.stringify(sheets);
    expect(JSON.stringify(buildStory(sheets))).toBe(JSON.stringify(buildStory(sheets)));
    expect(JSON.stringify(sheets)).toBe(before);
  });

  it('every member points at a fact of its article', () => {
    const story = buildStory(sheets);
    for (const list of ['actors', 'locations', 'events'] as const) {
      for (const fact of story[list]) {
        for (const m of fact.members) expect(story.articles[m.article]![list].some((f) => f.id === m.id)).toBe(true);
      }
    }
  });

  it('every sheet fact belongs to exactly one story fact', () => {
    const story = buildStory(sheets);
    for (const list of ['actors', 'locations', 'events'] as const) {
      const members = story[list].flatMap((f) => f.members.map((m) => `${m.article}:${m.id}`));
      const facts = story.articles.flatMap((s, a) => s[list].map((f) => `${a}:${f.id}`));
      expect(members.sort()).toEqual(facts.sort());
    }
  });

  it('an empty story is a story', () => {
    expect(buildStory([])).toEqual({ schemaVersion: 1, articles: [], actors: [], locations: [], events: [], checks: [], warnings: [] });
  });

  it('rejects what is not a story', () => {
    expect(validateStory({ schemaVersion: 1, articles: [] }).ok).toBe(false);
    expect(validateStory(sheet()).ok).toBe(false);
  });

  it('participants are story names', () => {
    const story = buildStory([
      sheet({ actors: [org('a1', 'GM')], locations: [place('l1', 'U.S.', 'country', 'US')], events: [event('e1', '2001-01-01', 'sold', ['GM', 'U.S.'])] }),
      sheet({ actors: [org('a1', 'General Motors')], events: [event('e1', '2001-01-02', 'said', ['General Motors', 'nobody known'])] }),
    ]);
    expect(story.events.map((e) => e.participants)).toEqual([['General Motors', 'United States'], ['General Motors', 'nobody known']]);
  });

  it('has a JSON Schema naming the contract fields', () => {
    const schema = storyJsonSchema() as { properties: Record<string, { items?: { properties?: Record<string, unknown> } }> };
    expect(Object.keys(schema.properties)).toEqual(['schemaVersion', 'articles', 'actors', 'locations', 'events', 'checks', 'warnings']);
    expect(Object.keys(schema.properties.actors!.items!.properties!)).toEqual(['id', 'kind', 'name', 'aliases', 'ages', 'roles', 'members']);
  });

  it('types', () => {
    expectTypeOf(buildStory).returns.toEqualTypeOf<Story>();
    expectTypeOf<StoryActor['members'][number]>().toEqualTypeOf<{ article: number; id: string }>();
  });
});
