import { describe, expect, it } from 'vitest';
import { buildStory } from '../../src/story/index.js';
import { dayOf } from '../../src/story/events.js';
import { eventKind } from '../../src/checks/event-families.js';
import { event, org, person, place, sheet } from './helpers.js';

describe('places across articles', () => {
  it('link a country by its code, whatever its name, and call it by the gazetteer\'s name', () => {
    const story = buildStory([
      sheet({ locations: [place('l1', 'U.S.', 'country', 'US'), place('l2', 'Britain', 'country', 'GB')] }),
      sheet({ locations: [place('l1', 'America', 'country', 'US'), place('l2', 'UK', 'country', 'GB')] }),
      sheet({ locations: [place('l1', 'United States', 'country', 'US')] }),
    ]);
    expect(story.locations.map((l) => [l.id, l.name, l.members.length])).toEqual([
      ['country:us', 'United States', 3],
      ['country:gb', 'United Kingdom', 2],
    ]);
  });

  it('keep places of one name in two countries apart', () => {
    const story = buildStory([sheet({ locations: [place('l1', 'San Jose', 'city', 'US')] }), sheet({ locations: [place('l1', 'San Jose', 'city', 'CR')] })]);
    expect(story.locations).toHaveLength(2);
    expect(new Set(story.locations.map((l) => l.id)).size).toBe(2);
  });

  it('link a place the gazetteer does not know by its name', () => {
    const story = buildStory([sheet({ locations: [place('l1', 'Camp Bastion', 'other', null)] }), sheet({ locations: [place('l4', 'Camp Bastion', 'other', null)] })]);
    expect(story.locations).toHaveLength(1);
    expect(story.locations[0]!.members).toEqual([{ article: 0, id: 'l1' }, { article: 1, id: 'l4' }]);
  });
});

describe('the kinds a story links events by', () => {
  it.each([
    ['killed', 'death'], ['killing', 'death'], ['shooting', 'death'], ['death', 'death'],
    ['visit', 'visit'], ['trip', 'visit'], ['met', 'meeting'], ['talks', 'meeting'],
    ['announced', 'announcement'], ['signed', 'signing'], ['signs', 'signing'], ['treaty', 'signing'], ['rescued', 'rescu'],
  ])('%s → %s', (word, family) => expect(eventKind(word)).toBe(family));
  it.each([['visit', 'meeting'], ['killed', 'visited'], ['said', 'sign']])('%s is not of the family of %s', (a, b) => expect(eventKind(a)).not.toBe(eventKind(b)));
  it.each([['2023-09-12', '2023-09-12'], ['2023-09-12T14:00', '2023-09-12'], ['2023-09', null], ['2023-W37', null], ['PAST_REF', null]])('the day of %s is %s', (value, day) => expect(dayOf(value)).toBe(day));
});

describe('one event, many sources', () => {
  const smith = person('a1', 'John Smith');
  it('the same day, trigger family and a participant make one story event with every source', () => {
    const story = buildStory([
      sheet({ actors: [smith], events: [event('e1', '2001-03-04', 'killed', ['John Smith'])] }),
      sheet({ actors: [person('a1', 'Smith')], events: [event('e1', '2001-03-04', 'killing', ['Smith'])] }),
      sheet({ actors: [smith], events: [event('e2', '2001-03-04T10:00', 'death', ['John Smith'])] }),
    ]);
    const deaths = story.events.filter((e) => e.members.length > 1);
    expect(deaths).toHaveLength(1);
    expect(deaths[0]!.members).toEqual([{ article: 0, id: 'e1' }, { article: 1, id: 'e1' }, { article: 2, id: 'e2' }]);
    expect(deaths[0]!.participants).toEqual(['John Smith']);
  });

  it.each([
    ['another day', '2001-03-05', 'killed', 'John Smith'],
    ['another family', '2001-03-04', 'visited', 'John Smith'],
    ['no shared participant', '2001-03-04', 'killed', 'Mary Jones'],
  ])('%s keeps two events apart', (_, value, trigger, who) => {
    const story = buildStory([
      sheet({ actors: [smith], events: [event('e1', '2001-03-04', 'killed', ['John Smith'])] }),
      sheet({ actors: [smith, person('a2', 'Mary Jones')], events: [event('e1', value, trigger, [who])] }),
    ]);
    expect(story.events).toHaveLength(2);
  });

  it('the timeline is in date order, values that are not dates last', () => {
    const acme = org('a1', 'Acme');
    const story = buildStory([
      sheet({ actors: [acme], events: [event('e1', 'PAST_REF', 'said', ['Acme']), event('e2', '2001-05-01', 'sold', ['Acme'])] }),
      sheet({ actors: [acme], events: [event('e1', '2001-01-01', 'bought', ['Acme'])] }),
    ]);
    expect(story.events.map((e) => [e.id, e.date.value])).toEqual([
      ['se1', '2001-01-01'],
      ['se2', '2001-05-01'],
      ['se3', 'PAST_REF'],
    ]);
  });
});

describe('places: states and places without a country', () => {
  it('link a US state by its abbreviation and with "State"', () => {
    const story = buildStory([
      sheet({ locations: [place('l1', 'N.Y.', 'state', 'US')] }),
      sheet({ locations: [place('l1', 'New York State', 'state', 'US'), place('l2', 'New York', 'city', 'US')] }),
    ]);
    expect(story.locations.map((l) => [l.kind, l.members.length])).toEqual([['state', 2], ['city', 1]]);
  });

  it('a place without a country joins the one place of its kind and name that has one, not one of two', () => {
    const one = buildStory([sheet({ locations: [place('l1', 'Amherst', 'city', null)] }), sheet({ locations: [place('l1', 'Amherst', 'city', 'US')] })]);
    expect(one.locations).toHaveLength(1);
    const two = buildStory([
      sheet({ locations: [place('l1', 'Amherst', 'city', null)] }),
      sheet({ locations: [place('l1', 'Amherst', 'city', 'US'), place('l2', 'Amherst', 'city', 'CA')] }),
    ]);
    expect(two.locations).toHaveLength(3);
  });
});

describe('story place names', () => {
  it.each([
    ['N.Y.', 'state', 'US', 'New York'],
    ['Ala.', 'state', 'US', 'Alabama'],
    ['New York State', 'state', 'US', 'New York'],
    ['WASHINGTON', 'city', 'US', 'Washington'],
    ['Britain', 'country', 'GB', 'United Kingdom'],
    ['Camp Bastion', 'other', null, 'Camp Bastion'],
  ] as const)('%s is called %s', (name, kind, code, shown) => {
    expect(buildStory([sheet({ locations: [place('l1', name, kind, code)] })]).locations[0]!.name).toBe(shown);
  });

  it('a name in capitals (a dateline) gives way to the same name written otherwise', () => {
    const story = buildStory([sheet({ locations: [place('l1', 'CAMP BASTION', 'other', null)] }), sheet({ locations: [place('l1', 'Camp Bastion', 'other', null)] })]);
    expect(story.locations.map((l) => l.name)).toEqual(['Camp Bastion']);
  });
});
