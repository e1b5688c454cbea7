import { describe, expect, it } from 'vitest';
import { buildStory } from '../../src/story/index.js';
import { clusterOf, org, person, sheet } from './helpers.js';

const same = (story: ReturnType<typeof buildStory>, a: string, b: string) => clusterOf(story).get(a) === clusterOf(story).get(b);

describe('linking people across articles', () => {
  it.each([
    ['the same full name', 'John Smith', 'John Smith'],
    ['a title and an honorific', 'President John Smith', 'Mr. John Smith'],
    ['an initial', 'J. Smith', 'John Smith'],
    ['a middle name', 'John A. Smith', 'John Smith'],
    ['the surname alone', 'Smith', 'John Smith'],
  ])('%s: %s = %s', (_, a, b) => {
    const story = buildStory([sheet({ actors: [person('a1', a)] }), sheet({ actors: [person('a1', b)] })]);
    expect(same(story, '0:a1', '1:a1')).toBe(true);
  });

  it.each([
    ['other given names', 'John Smith', 'Mary Smith'],
    ['other surnames', 'John Smith', 'John Jones'],
    ['other initials', 'J. Smith', 'Mary Smith'],
    ['other middle initials', 'George H. Bush', 'George W. Bush'],
  ])('%s: %s ≠ %s', (_, a, b) => {
    const story = buildStory([sheet({ actors: [person('a1', a)] }), sheet({ actors: [person('a1', b)] })]);
    expect(same(story, '0:a1', '1:a1')).toBe(false);
  });

  it('a surname shared by two people of the story links to neither', () => {
    const story = buildStory([
      sheet({ actors: [person('a1', 'John Smith')] }),
      sheet({ actors: [person('a1', 'Mary Smith')] }),
      sheet({ actors: [person('a1', 'Smith')] }),
    ]);
    const ids = clusterOf(story);
    expect(new Set([ids.get('0:a1'), ids.get('1:a1'), ids.get('2:a1')]).size).toBe(3);
  });

  it('a shared role decides between two people with that surname', () => {
    const story = buildStory([
      sheet({ actors: [person('a1', 'John Smith', { roleTitles: [['Governor', null, null]] })] }),
      sheet({ actors: [person('a1', 'Mary Smith', { roleTitles: [['Senator', null, null]] })] }),
      sheet({ actors: [person('a1', 'Smith', { roleTitles: [['senator', null, null]] })] }),
    ]);
    expect(same(story, '2:a1', '1:a1')).toBe(true);
    expect(same(story, '2:a1', '0:a1')).toBe(false);
  });

  it('an age that cannot be the same person forbids a surname link; one that fits allows it', () => {
    const aged = (age: number) => ({ age, ageEvidence: { start: 30, end: 32, text: String(age) } });
    const story = buildStory([
      sheet({ date: '2000-01-10', actors: [person('a1', 'John Smith', aged(52))] }),
      sheet({ date: '2000-06-01', actors: [person('a1', 'Smith', aged(30))] }),
      sheet({ date: '2000-06-01', actors: [person('a1', 'Smith', aged(53))] }),
    ]);
    expect(same(story, '0:a1', '1:a1')).toBe(false);
    expect(same(story, '0:a1', '2:a1')).toBe(true);
  });

  it('people and organizations of one name stay apart', () => {
    const story = buildStory([sheet({ actors: [person('a1', 'Ford')] }), sheet({ actors: [org('a1', 'Ford')] })]);
    expect(same(story, '0:a1', '1:a1')).toBe(false);
  });
});

describe('linking organizations across articles', () => {
  it.each([
    ['a legal form', 'Apple', 'Apple Inc.'],
    ['"the" and a legal form', 'The Boeing Company', 'Boeing'],
    ['an acronym', 'GM', 'General Motors'],
    ['an acronym of a name with a legal form', 'GM', 'General Motors Corp.'],
    ['a country written two ways', 'U.S. Air Force', 'United States Air Force'],
    ['an acronym with a dotted word', 'USAF', 'U.S. Air Force'],
    ['an acronym with letters inside a word', 'SIA', 'Singapore Airlines'],
  ])('%s: %s = %s', (_, a, b) => {
    const story = buildStory([sheet({ actors: [org('a1', a)] }), sheet({ actors: [org('a1', b)] })]);
    expect(same(story, '0:a1', '1:a1')).toBe(true);
  });

  it.each([
    ['another company that starts the same', 'Apple', 'Apple Corps'],
    ['initials of another name', 'GM', 'General Electric'],
    ['a longer acronym', 'GMC', 'General Motors Europe'],
  ])('%s: %s ≠ %s', (_, a, b) => {
    const story = buildStory([sheet({ actors: [org('a1', a)] }), sheet({ actors: [org('a1', b)] })]);
    expect(same(story, '0:a1', '1:a1')).toBe(false);
  });

  it('an acronym that fits two organizations links to neither, unless its own article names one of them', () => {
    const apart = buildStory([sheet({ actors: [org('a1', 'Singapore Airlines')] }), sheet({ actors: [org('a1', 'Shanghai Airlines')] }), sheet({ actors: [org('a1', 'SIA')] })]);
    expect(new Set(clusterOf(apart).values()).size).toBe(3);
    const near = buildStory([sheet({ actors: [org('a1', 'Singapore Airlines')] }), sheet({ actors: [org('a1', 'Shanghai Airlines'), org('a2', 'SIA')] })]);
    expect(same(near, '1:a2', '1:a1')).toBe(true);
  });

  it('an alias an article gives links its name ("General Motors (GM)")', () => {
    const story = buildStory([sheet({ actors: [org('a1', 'General Motors', ['GM'])] }), sheet({ actors: [org('a1', 'GM')] })]);
    expect(same(story, '0:a1', '1:a1')).toBe(true);
  });
});

describe('story actors', () => {
  it('name a story actor by its most frequent name, an acronym last, with the others as aliases', () => {
    const story = buildStory([sheet({ actors: [org('a1', 'GM')] }), sheet({ actors: [org('a1', 'General Motors')] }), sheet({ actors: [org('a1', 'GM')] })]);
    expect(story.actors).toHaveLength(1);
    expect(story.actors[0]).toMatchObject({ id: 'organization:general-motors', name: 'General Motors', aliases: ['GM'], kind: 'organization' });
    expect(story.actors[0]!.members).toEqual([{ article: 0, id: 'a1' }, { article: 1, id: 'a1' }, { article: 2, id: 'a1' }]);
  });

  it('keep each article\'s ages (as of its date) and roles', () => {
    const story = buildStory([
      sheet({ date: '2001-02-03', actors: [person('a1', 'John Smith', { age: 40, ageEvidence: { start: 0, end: 2, text: '40' }, roleTitles: [['governor', 'Ohio', 'former']] })] }),
      sheet({ actors: [person('a1', 'John Smith')] }),
    ]);
    expect(story.actors[0]!.ages).toEqual([{ age: 40, article: 0, asOf: '2001-02-03' }]);
    expect(story.actors[0]!.roles).toEqual([{ title: 'governor', organization: 'Ohio', qualifier: 'former', article: 0 }]);
  });

  it('give two people of one name apart different ids', () => {
    const aged = (age: number) => ({ age, ageEvidence: { start: 30, end: 32, text: String(age) } });
    const story = buildStory([
      sheet({ date: '2000-01-10', actors: [person('a1', 'Smith', aged(20))] }),
      sheet({ date: '2000-01-10', actors: [person('a1', 'Smith', aged(70))] }),
    ]);
    expect(story.actors.map((a) => a.id)).toEqual(['person:smith', 'person:smith-2']);
  });
});
