import { describe, expect, it } from 'vitest';
import {
  alignGreedy, foldName, personPairScore, prf, roleCovers, scoreCorpus, scoreMentions, scoreMission, scoreTimexes, triggerFound,
  type Case,
} from '../../src/eval/metrics.js';
import type { FactSheet } from '../../src/schema.js';

/** A fact sheet with only the facts a test gives (the scorer reads sheets as the library makes them). */
const sheetOf = (facts: Record<string, unknown>): FactSheet =>
  ({ schemaVersion: 1, source: { path: null, characters: 0 }, referenceDate: null, actors: [], locations: [], distances: [], dates: [], events: [], checks: [], warnings: [], ...facts }) as FactSheet;

describe('metric helpers', () => {
  it('prf: precision, recall, F1 and the empty cases', () => {
    expect(prf(3, 4, 6)).toMatchObject({ p: 0.75, r: 0.5, f1: 0.6 });
    expect(prf(0, 0, 0)).toMatchObject({ p: 1, r: 1, f1: 1 });
    expect(prf(0, 0, 2)).toMatchObject({ p: 0, r: 0, f1: 0 });
  });

  it('alignGreedy: best score first, one to one', () => {
    const pairs = alignGreedy([10, 20], [11, 19, 30], (p, g) => (Math.abs(p - g) <= 2 ? 3 - Math.abs(p - g) : 0));
    expect(pairs).toEqual([[0, 0], [1, 1]]);
    // one prediction cannot take two gold items
    expect(alignGreedy([5], [5, 5], () => 1)).toEqual([[0, 0]]);
  });

  it('foldName drops case, accents, possessives, punctuation and a leading "the"', () => {
    expect(foldName("The Élysée Palace's")).toBe('elysee palace');
    expect(foldName('Jean-Luc  Picard.')).toBe('jean luc picard');
  });

  it('personPairScore: full name, alias, shared first or last name', () => {
    const gold = { name: 'Ada Lovelace', aliases: ['Countess'] };
    expect(personPairScore({ name: 'Ada Lovelace' }, gold)).toBe(3);
    expect(personPairScore({ name: 'Countess' }, gold)).toBe(2);
    expect(personPairScore({ name: 'Lovelace' }, gold)).toBe(1);
    expect(personPairScore({ name: 'Grace Hopper' }, gold)).toBe(0);
  });

  it('roleCovers expands abbreviations; triggerFound accepts a stem', () => {
    expect(roleCovers({ title: 'CEO', organization: 'Acme', qualifier: null }, { title: 'chief executive' })).toBe(true);
    expect(roleCovers({ title: 'chairman' }, { title: 'president' })).toBe(false);
    expect(triggerFound(new Set(['the', 'ferry', 'crossing']), 'crossed')).toBe(true);
    expect(triggerFound(new Set(['ferry', 'sank']), 'crossed')).toBe(false);
  });
});

describe('timex scores', () => {
  // gold: three timexes; predictions: one exact (right value), one overlapping (wrong value), one spurious
  const cases: Case[] = [
    {
      id: 'a',
      gold: {
        timexes: [
          { start: 0, end: 6, text: 'Monday', type: 'DATE', value: '2020-01-06' },
          { start: 20, end: 30, text: 'last month', type: 'DATE', value: '2019-12' },
          { start: 40, end: 45, text: 'today', type: 'DATE', value: '2020-01-07' },
        ],
      },
      sheet: sheetOf({
        dates: [
          { start: 0, end: 6, text: 'Monday', type: 'DATE', value: '2020-01-06' },
          { start: 25, end: 30, text: 'month', type: 'DURATION', value: 'P1M' },
          { start: 50, end: 55, text: 'later', type: 'DATE', value: 'FUTURE_REF' },
        ],
      }),
    },
  ];
  it('strict, relaxed, value and type F1', () => {
    const s = scoreTimexes(cases)!;
    expect(s).toMatchObject({ gold: 3, pred: 3 });
    expect(s.strictF1).toBeCloseTo(1 / 3);
    expect(s.relaxedF1).toBeCloseTo(2 / 3);
    expect(s.valueF1).toBeCloseTo(1 / 3); // 2·1 / (3 + 3)
    expect(s.typeF1).toBeCloseTo(1 / 3);
    expect(s.valueAccuracy).toBeCloseTo(0.5);
  });
  it('prefers an exact span over a larger overlap', () => {
    const exact: Case[] = [{
      id: 'b',
      gold: { timexes: [{ start: 0, end: 4, text: 'June', type: 'DATE', value: '2020-06' }] },
      sheet: sheetOf({ dates: [{ start: 0, end: 9, text: 'June 2020', type: 'DATE', value: 'X' }, { start: 0, end: 4, text: 'June', type: 'DATE', value: '2020-06' }] }),
    }];
    expect(scoreTimexes(exact)!.strictF1).toBeCloseTo(2 / 3);
    expect(scoreTimexes(exact)!.valueF1).toBeCloseTo(2 / 3);
  });
  it('ignores predictions on a dateline and after the annotated part', () => {
    const c: Case[] = [{
      id: 'c',
      gold: { dct_span: { start: 0, end: 10 }, annotated_end: 100, timexes: [{ start: 20, end: 24, text: 'then', type: 'DATE', value: 'PAST_REF' }] },
      sheet: sheetOf({ dates: [{ start: 0, end: 10, value: 'x' }, { start: 20, end: 24, value: 'PAST_REF', type: 'DATE' }, { start: 120, end: 125, value: 'y' }] }),
    }];
    expect(scoreTimexes(c)).toMatchObject({ pred: 1, strictF1: 1, valueF1: 1 });
  });
});

describe('named mentions', () => {
  it('counts named mentions; a prediction inside an unnamed one of its type is neutral', () => {
    const c: Case[] = [{
      id: 'm',
      gold: {
        entities: [
          { type: 'PERSON', syntactic_type: 'NAM', start: 0, end: 8, text: 'Ada King' },
          { type: 'PERSON', syntactic_type: 'NOM', start: 20, end: 33, text: 'the countess' },
          { type: 'LOCATION', syntactic_type: 'NAM', start: 40, end: 46, text: 'London' },
        ],
      },
      sheet: sheetOf({
        actors: [{ kind: 'person', mentions: [{ start: 4, end: 8 }, { start: 24, end: 33 }, { start: 60, end: 64 }] }],
        locations: [],
      }),
    }];
    const s = scoreMentions(c)!;
    expect(s.person).toMatchObject({ tp: 1, pred: 2, gold: 1 });
    expect(s.location).toMatchObject({ tp: 0, pred: 0, gold: 1 });
  });
});

describe('mission facts', () => {
  const gold = {
    persons: [{ name: 'Ada King', aliases: ['King'], age: 36, roles: [{ title: 'chief executive', org: 'Acme', qualifier: null }] }],
    organizations: [{ name: 'Acme', aliases: [] }],
    locations: [{ name: 'Lisbon', aliases: [], kind: 'city' }],
    optional_locations: ['the harbour'],
    distances: [{ text: '10 miles', start: 0, end: 8, value: 10, unit: 'mi', meters: 16093.44, from: 'Lisbon', to: null, alt: null }],
    events: [
      { date: { value: '2020-05-04' }, trigger: { text: 'sailed' }, participants: ['Ada King', 'Lisbon'] },
      { date: { value: '2020' }, trigger: { text: 'founded' }, participants: ['Acme'] },
    ],
  };
  const sheet = sheetOf({
    actors: [
      { kind: 'person', name: 'King', age: 36, roles: [{ title: 'CEO', organization: 'Acme', qualifier: null }, { title: 'pilot', organization: null, qualifier: null }] },
      { kind: 'person', name: 'Bob Stone', age: 50, roles: [] },
      { kind: 'organization', name: 'Acme', roles: [] },
    ],
    locations: [{ name: 'Lisbon', kind: 'country' }, { name: 'the harbour', kind: 'other' }],
    distances: [{ value: 16.1, unit: 'km', meters: 16100, from: 'Lisbon harbour', to: null }],
    events: [
      { date: { value: '2020-05-04', start: 5 }, trigger: { text: 'sails' }, summary: 'King sailed from Lisbon', participants: ['King'] },
      { date: { value: '2021' }, trigger: { text: 'founded' }, summary: 'founded', participants: [] },
    ],
  });
  it('scores each kind of fact', () => {
    const notes: Array<{ kind: string }> = [];
    const s = scoreMission([{ id: 'x', gold, sheet }], notes as never)!;
    expect(s.persons).toMatchObject({ tp: 1, pred: 2, gold: 1 });
    expect(s.ages).toMatchObject({ tp: 1, pred: 2, gold: 1 });
    expect(s.roles).toMatchObject({ p: 0.5, r: 1, tp: 1, pred: 2, gold: 1 });
    expect(s.locations).toMatchObject({ tp: 1, pred: 1, gold: 1 }); // the optional place is ignored
    expect(s.locationKinds).toMatchObject({ right: 0, of: 1 });
    expect(s.organizations).toMatchObject({ tp: 1, pred: 1, gold: 1 });
    expect(s.distances).toMatchObject({ tp: 1 });
    expect(s.distanceEndpoints).toMatchObject({ right: 1, of: 1 });
    expect(s.events).toMatchObject({ tp: 1, pred: 2, gold: 2 });
    // the alias "King" names Ada King; Lisbon is missing
    expect(s.eventParticipants).toMatchObject({ right: 1, of: 2 });
    expect(notes.map((n) => n.kind)).toContain('event-');
  });
  it('drops predicted events at or after events_end', () => {
    const s = scoreMission([{ id: 'y', gold: { ...gold, events_end: 3 }, sheet }])!;
    expect(s.events.pred).toBe(1);
  });
  it('scoreCorpus reports only the kinds the gold has', () => {
    const s = scoreCorpus([{ id: 'x', gold, sheet }]);
    expect(s.mission).toBeDefined();
    expect(s.timex).toBeUndefined();
    expect(s.mentions).toBeUndefined();
  });
});
