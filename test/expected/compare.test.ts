import { describe, expect, it } from 'vitest';
import { compareValue, compareFacts } from '../../src/expected/compare.js';
import { ExpectedFacts } from '../../src/schema.js';
import { actor, date, distance, event, location, sheet } from '../render/make-sheet.js';

const role = (title: string, organization: string | null = null, qualifier: string | null = null) => ({
  title, organization, qualifier, evidence: { start: 0, end: title.length, text: title }, rule: 'test',
});

const actual = sheet({
  actors: [
    actor('Kim Jong-un', { age: 39, aliases: ['Kim'] }),
    actor('Dmitry Peskov', { roles: [role('spokesman', 'Kremlin')] }),
    actor('Donald Trump', { roles: [role('President', 'US', 'then')] }),
  ],
  locations: [location('Vladivostok'), location('Russia', { kind: 'country' })],
  distances: [
    distance('130 kilometers', 130_000, { value: 130, from: 'Vladivostok', to: 'North Korea' }),
    distance('approximately 6,500 kilometers', 6_500_000, { value: 6500, approximate: true, from: 'Vladivostok', to: 'Moscow' }),
  ],
  dates: [date('Tuesday', '2023-09-12', { start: 100, end: 107 }), date('Tuesday', '2023-09-12', { start: 300, end: 307 }), date('April 2019', '2019-04')],
  events: [event('crossed', 'Tuesday morning', '2023-09-12TMO', { participants: ['Kim Jong-un'] }), event('visited', 'April 2019', '2019-04')],
});

type Case = [name: string, expected: unknown, strict: boolean, diffs: Array<[status: string, label: string, detail?: RegExp]>];

const cases: Case[] = [
  ['an empty expectation passes', {}, false, []],
  ['an empty expectation passes, strict too: omitted kinds are not checked', {}, true, []],
  ['actor by name', { actors: [{ name: 'Kim Jong-un' }] }, false, []],
  ['actor by name, case and spacing aside', { actors: [{ name: ' kim  jong-un' }] }, false, [['different', 'actor " kim  jong-un"', /^name: expected/]]],
  ['actor with age', { actors: [{ name: 'Kim Jong-un', age: 39 }] }, false, []],
  ['actor with a wrong age', { actors: [{ name: 'Kim Jong-un', age: 40 }] }, false, [['different', 'actor "Kim Jong-un"', /^age: expected 40, got 39$/]]],
  ['actor with age null when one was found', { actors: [{ name: 'Kim Jong-un', age: null }] }, false, [['different', 'actor "Kim Jong-un"', /^age: expected null, got 39$/]]],
  ['a missing actor', { actors: [{ name: 'Cho Sun-hui' }] }, false, [['missing', 'actor "Cho Sun-hui"']]],
  ['actor found by alias is reported with its other name', { actors: [{ name: 'Kim' }] }, false, [['different', 'actor "Kim"', /^name: expected "Kim", got "Kim Jong-un"$/]]],
  ['aliases: a subset is enough', { actors: [{ name: 'Kim Jong-un', aliases: [] }] }, false, []],
  ['aliases: strict wants the same set', { actors: [{ name: 'Kim Jong-un', aliases: [] }] }, true, [['different', 'actor "Kim Jong-un"', /^aliases: unexpected "Kim"$/], ['unexpected', 'actor "Dmitry Peskov"'], ['unexpected', 'actor "Donald Trump"']]],
  ['aliases: a missing one', { actors: [{ name: 'Kim Jong-un', aliases: ['Jong-un'] }] }, false, [['different', 'actor "Kim Jong-un"', /^aliases: missing "Jong-un"$/]]],
  ['role title', { actors: [{ name: 'Dmitry Peskov', roles: [{ title: 'spokesman' }] }] }, false, []],
  ['role with organization and qualifier', { actors: [{ name: 'Donald Trump', roles: [{ title: 'President', organization: 'US', qualifier: 'then' }] }] }, false, []],
  ['role with the wrong organization', { actors: [{ name: 'Dmitry Peskov', roles: [{ title: 'spokesman', organization: 'TASS' }] }] }, false, [['different', 'actor "Dmitry Peskov"', /^roles\[0\]\.organization: expected "TASS", got "Kremlin"$/]]],
  ['a role that is not there', { actors: [{ name: 'Kim Jong-un', roles: [{ title: 'leader' }] }] }, false, [['different', 'actor "Kim Jong-un"', /^roles: missing \{"title":"leader"\}$/]]],
  ['ids and rules are ignored', { actors: [{ id: 'zzz', rule: 'other', name: 'Kim Jong-un' }] }, false, []],
  ['location by name and kind', { locations: [{ name: 'Russia', kind: 'country' }] }, false, []],
  ['location with the wrong kind', { locations: [{ name: 'Vladivostok', kind: 'country' }] }, false, [['different', 'location "Vladivostok"', /^kind: expected "country", got "city"$/]]],
  ['a missing location', { locations: [{ name: 'Seoul' }] }, false, [['missing', 'location "Seoul"']]],
  ['strict: unexpected locations', { locations: [{ name: 'Russia' }] }, true, [['unexpected', 'location "Vladivostok"']]],
  ['strict: an empty list expects none', { distances: [] }, true, [['unexpected', 'distance "130 kilometers"'], ['unexpected', 'distance "approximately 6,500 kilometers"']]],
  ['distance by meters', { distances: [{ meters: 130000 }] }, false, []],
  ['distance by value and unit with endpoints', { distances: [{ value: 6500, unit: 'km', approximate: true, from: 'Vladivostok', to: 'Moscow' }] }, false, []],
  ['distance with a wrong endpoint', { distances: [{ meters: 6500000, to: 'Pyongyang' }] }, false, [['different', 'distance of 6500000 m', /^to: expected "Pyongyang", got "Moscow"$/]]],
  ['distance asked to be a route', { distances: [{ meters: 130000, route: true }] }, false, [['different', 'distance of 130000 m', /^route: expected true, got false$/]]],
  ['distance that leaves route out', { distances: [{ meters: 130000 }] }, false, []],
  ['distance in the wrong unit is missing', { distances: [{ value: 130, unit: 'mi' }] }, false, [['missing', 'distance {"value":130,"unit":"mi"}']]],
  ['a distance nobody wrote', { distances: [{ meters: 42 }] }, false, [['missing', 'distance of 42 m']]],
  ['date by text and value', { dates: [{ text: 'April 2019', value: '2019-04' }] }, false, []],
  ['date with a wrong value', { dates: [{ text: 'April 2019', value: '2019-05' }] }, false, [['different', 'date "April 2019" (2019-05)', /^value: expected "2019-05", got "2019-04"$/]]],
  ['two dates with the same text pair by start', { dates: [{ text: 'Tuesday', start: 300 }, { text: 'Tuesday', start: 100 }] }, false, []],
  ['a third "Tuesday" is missing', { dates: [{ text: 'Tuesday' }, { text: 'Tuesday' }, { text: 'Tuesday' }] }, false, [['missing', 'date "Tuesday"']]],
  ['event by date value and trigger', { events: [{ date: { value: '2023-09-12TMO' }, trigger: { text: 'crossed' } }] }, false, []],
  ['event on the wrong date', { events: [{ date: { value: '2023-09-13' }, trigger: { text: 'crossed' } }] }, false, [['different', 'event "crossed" on 2023-09-13', /^date\.value: expected "2023-09-13", got "2023-09-12TMO"$/]]],
  ['event participants', { events: [{ trigger: { text: 'crossed' }, participants: ['Kim Jong-un'] }] }, false, []],
  ['an event that did not happen', { events: [{ trigger: { text: 'signed' } }] }, false, [['missing', 'event "signed"']]],
];

describe('compareFacts', () => {
  it.each(cases)('%s', (_name, expected, strict, diffs) => {
    const result = compareFacts(ExpectedFacts.parse(expected), actual, { strict });
    expect(result.diffs.map((d) => [d.status, d.label])).toEqual(diffs.map(([status, label]) => [status, label]));
    diffs.forEach(([, , detail], i) => {
      if (detail) expect(result.diffs[i]!.details.join('\n')).toMatch(detail);
    });
  });

  it('counts expected and found facts', () => {
    const result = compareFacts(ExpectedFacts.parse({ actors: [{ name: 'Kim Jong-un' }, { name: 'Nobody' }], locations: [{ name: 'Russia' }] }), actual, { strict: false });
    expect([result.expected, result.found]).toEqual([3, 2]);
  });

  it('the full sheet always matches itself, strict too', () => {
    const result = compareFacts(ExpectedFacts.parse(JSON.parse(JSON.stringify(actual))), actual, { strict: true });
    expect(result.diffs).toEqual([]);
  });
});

describe('compareValue', () => {
  it.each([
    [1, 1, []],
    [0.1 + 0.2, 0.3, []],
    [1, 2, ['x: expected 1, got 2']],
    ['a', 'a', []],
    [null, 'a', ['x: expected null, got "a"']],
    [{ a: 1 }, { a: 1, b: 2 }, []],
    [{ a: 1 }, null, ['x: expected {"a":1}, got null']],
    [['a'], 'a', ['x: expected a list, got "a"']],
  ])('%j against %j', (expected, got, lines) => {
    expect(compareValue(expected, got, 'x', false)).toEqual(lines);
  });
});

describe('ExpectedFacts', () => {
  it.each([
    ['a typo in a kind', { actros: [] }],
    ['a typo in a field', { actors: [{ nmae: 'Kim' }] }],
    ['a wrong type', { actors: [{ age: '39' }] }],
    ['a malformed referenceDate', { referenceDate: '12/09/2023' }],
  ])('refuses %s', (_name, value) => {
    expect(ExpectedFacts.safeParse(value).success).toBe(false);
  });
});
