import { describe, expect, it } from 'vitest';
import { buildStory } from '../../src/story/index.js';
import { datesItsTrigger, distanceBounds } from '../../src/story/checks.js';
import { agesAgree } from '../../src/story/ages.js';
import { distance, event, person, place, sheet } from './helpers.js';

const aged = (age: number) => ({ age, ageEvidence: { start: 30, end: 32, text: String(age) } });
const warnings = (story: ReturnType<typeof buildStory>, kind: string) => story.checks.filter((c) => c.kind === kind && c.status === 'warning');

describe('ages as of dates', () => {
  it.each([
    [52, '1999-01-10', 52, '1999-06-10', true],
    [52, '1999-01-10', 53, '1999-06-10', true],
    [52, '1999-01-10', 54, '1999-06-10', false],
    [52, '1999-01-10', 51, '1999-06-10', false],
    [40, '2000-02-29', 41, '2001-02-28', true],
    [40, '2000-01-01', 42, '2001-12-31', true],
    [40, '2000-06-01', 42, '2001-05-31', false],
    [40, '2000-06-01', 42, '2002-06-01', true],
    [40, null, 60, '2001-12-30', true],
  ])('%i on %s and %i on %s: %s', (a, asOfA, b, asOfB, agree) => {
    expect(agesAgree({ age: a, asOf: asOfA }, { age: b, asOf: asOfB })).toBe(agree);
    expect(agesAgree({ age: b, asOf: asOfB }, { age: a, asOf: asOfA })).toBe(agree);
  });
});

describe('story checks', () => {
  it('an age that does not fit the dates is a warning citing both articles', () => {
    const story = buildStory([
      sheet({ date: '1999-01-10', actors: [person('a1', 'John Smith', aged(52))] }),
      sheet({ date: '1999-06-02', actors: [person('a1', 'John Smith', aged(54))] }),
    ]);
    const [w] = warnings(story, 'age');
    expect(w?.message).toBe('John Smith is 52 in article 1 (1999-01-10) and 54 in article 2 (1999-06-02): no birthday fits both');
    expect(w?.evidence.map((e) => e.article)).toEqual([0, 1]);
  });

  it('ages one birthday apart are fine, and said so', () => {
    const story = buildStory([
      sheet({ date: '1999-01-10', actors: [person('a1', 'John Smith', aged(52))] }),
      sheet({ date: '1999-06-02', actors: [person('a1', 'John Smith', aged(53))] }),
    ]);
    expect(warnings(story, 'age')).toEqual([]);
    expect(story.checks.filter((c) => c.kind === 'age').map((c) => c.status)).toEqual(['ok']);
  });

  it('"the then 35-year-old" is about another time: not compared', () => {
    const text = 'x'.repeat(20) + 'the then 35-year-old';
    const at = text.indexOf('35');
    const then = { age: 35, ageEvidence: { start: at, end: at + 2, text: '35' } };
    const sheets = [
      sheet({ date: '1999-01-10', actors: [person('a1', 'John Smith', aged(52))] }),
      sheet({ date: '1999-06-02', actors: [person('a1', 'John Smith', then)] }),
    ];
    expect(warnings(buildStory(sheets, { texts: [null, text] }), 'age')).toEqual([]);
    expect(warnings(buildStory(sheets), 'age')).toHaveLength(1);
  });

  it('articles without a date are not compared, and a warning says so', () => {
    const story = buildStory([sheet({ date: '1999-01-10', actors: [person('a1', 'John Smith', aged(52))] }), sheet({ actors: [person('a1', 'John Smith', aged(70))] })]);
    expect(story.checks).toEqual([]);
    expect(story.warnings).toEqual(["article 2 without a reference date: their ages are not compared with other articles' (give --date or --dates)"]);
  });

  it('a death dated differently is a warning naming the day most sources give', () => {
    const smith = person('a1', 'John Smith');
    const story = buildStory([
      sheet({ actors: [smith], events: [event('e1', '2001-03-04', 'killed', ['John Smith'])] }),
      sheet({ actors: [smith], events: [event('e1', '2001-03-04', 'died', ['John Smith'])] }),
      sheet({ actors: [smith], events: [event('e1', '2001-03-05', 'killed', ['John Smith'])] }),
    ]);
    const [w] = warnings(story, 'event-date');
    expect(w?.message).toContain('most sources give 2001-03-04 (2 of 3 articles)');
    expect(w?.message).toContain('2001-03-05');
    expect(new Set(w?.evidence.map((e) => e.article))).toEqual(new Set([0, 2]));
  });

  it.each([
    ['a visit on two days (people visit twice)', 'visited', 'visited', ['John Smith']],
    ['a shooting and a death a day later', 'shot', 'died', ['John Smith']],
    ['deaths of other people', 'killed', 'killed', ['Mary Jones']],
  ])('no event-date warning for %s', (_, t1, t2, who) => {
    const story = buildStory([
      sheet({ actors: [person('a1', 'John Smith')], events: [event('e1', '2001-03-04', t1, ['John Smith'])] }),
      sheet({ actors: [person('a1', 'John Smith'), person('a2', 'Mary Jones')], events: [event('e1', '2001-03-05', t2, who)] }),
    ]);
    expect(warnings(story, 'event-date')).toEqual([]);
  });

  it.each([
    [100, 'km', 100_000, 150, 'km', 150_000, true],
    [150, 'km', 150_000, 160, 'km', 160_000, false],
    [10, 'mi', 16_093, 16, 'km', 16_000, false],
    [20, 'km', 20_000, 25, 'km', 25_000, true],
    [1.5, 'km', 1_500, 1.6, 'km', 1_600, false],
    [1.5, 'km', 1_500, 1.7, 'km', 1_700, true],
    [1.5, 'km', 1_500, 1.55, 'km', 1_550, false],
  ] as const)('%d %s (%d m) and %d %s (%d m): disagree %s', (v1, u1, m1, v2, u2, m2, disagree) => {
    const story = buildStory([
      sheet({ locations: [place('l1', 'Paris', 'city', 'FR'), place('l2', 'Lyon', 'city', 'FR')], distances: [distance(v1, u1, m1, 'Paris', 'Lyon')] }),
      sheet({ locations: [place('l1', 'Lyon', 'city', 'FR'), place('l2', 'Paris', 'city', 'FR')], distances: [distance(v2, u2, m2, 'Lyon', 'Paris')] }),
    ]);
    expect(warnings(story, 'distance').length > 0).toBe(disagree);
    expect(story.checks.filter((c) => c.kind === 'distance')).toHaveLength(1);
  });

  it('an approximate distance has room', () => {
    const [low, high] = distanceBounds(distance(100, 'km', 100_000, 'A', 'B', true));
    expect(low).toBeLessThan(90_000);
    expect(high).toBeGreaterThan(110_000);
  });

  it('a role former in an earlier article and current in a later one is a warning; the other order is not', () => {
    const story = (first: string | null, second: string | null) =>
      buildStory([
        sheet({ date: '2001-01-01', actors: [person('a1', 'John Smith', { roleTitles: [['chairman', 'Acme', first]] })] }),
        sheet({ date: '2001-06-01', actors: [person('a1', 'John Smith', { roleTitles: [['Chairman', 'Acme', second]] })] }),
      ]);
    expect(warnings(story('former', null), 'role')).toHaveLength(1);
    expect(warnings(story('former', null), 'role')[0]!.message).toBe('John Smith is a former chairman in article 1 (2001-01-01) but Chairman in the later article 2 (2001-06-01)');
    expect(warnings(story(null, 'former'), 'role')).toEqual([]);
    expect(warnings(story('former', 'former'), 'role')).toEqual([]);
    expect(warnings(story('then', null), 'role')).toEqual([]);
  });
});

describe('a date written beside its trigger', () => {
  const at = (sentence: string, trigger: string, date: string) => {
    const t = sentence.indexOf(trigger);
    const d = sentence.indexOf(date);
    return {
      id: 'e1',
      date: { start: d, end: d + date.length, text: date, type: 'DATE' as const, value: '2001-01-01' },
      trigger: { start: t, end: t + trigger.length, text: trigger },
      summary: '',
      participants: [],
      sentence: { start: 0, end: sentence.length, text: sentence },
      rule: 'test',
    };
  };
  it.each([
    ['Smith was killed on Sunday in an accident.', 'killed', 'Sunday', true],
    ['Smith died Feb. 28.', 'died', 'Feb. 28', true],
    ['the Oct. 23 slaying of Smith', 'slaying', 'Oct. 23', true],
    ["Sunday's killing of Smith", 'killing', 'Sunday', true],
    ['On May 6, Jones was charged with the slaying.', 'slaying', 'May 6', false],
    ['Smith was shot to death at 10 p.m. as he stood.', 'death', '10 p.m.', false],
    ['Smith, who was killed in the attack, was buried on Monday.', 'killed', 'Monday', false],
  ])('%s (%s, %s): %s', (sentence, trigger, date, yes) => expect(datesItsTrigger(at(sentence, trigger, date))).toBe(yes));
});
