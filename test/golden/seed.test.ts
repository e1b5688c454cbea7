/**
 * The seed article and its acceptance facts: every fact named in the project's founding table must be found, with
 * offsets that slice the input exactly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts, FactSheet, type Span } from '../../src/index.js';

const path = new URL('../../fixtures/kim-putin-summit.txt', import.meta.url);
const input = readFileSync(path, 'utf8');
const sheet = extractFacts(input, { referenceDate: '2023-09-12', path: 'fixtures/kim-putin-summit.txt' });
const person = (name: string) => sheet.actors.find((a) => a.kind === 'person' && a.name === name);

describe('seed: kim-putin-summit', () => {
  it('validates against the schema', () => {
    expect(FactSheet.safeParse(sheet).success).toBe(true);
  });

  it('finds exactly the six people, with ages and aliases', () => {
    expect(sheet.actors.filter((a) => a.kind === 'person').map((a) => a.name).sort()).toEqual(
      ['Cho Sun-hui', 'Dmitry Peskov', 'Donald Trump', 'Jake Sullivan', 'Kim Jong-un', 'Vladimir Putin'],
    );
    expect(person('Kim Jong-un')).toMatchObject({ age: 39, aliases: ['Kim'] });
    expect(person('Vladimir Putin')).toMatchObject({ age: 70, aliases: ['Putin'] });
    for (const name of ['Dmitry Peskov', 'Cho Sun-hui', 'Jake Sullivan', 'Donald Trump']) expect(person(name)?.age).toBeNull();
  });

  const roles: Array<[string, string, string | null, string | null]> = [
    ['Dmitry Peskov', 'spokesman', 'Kremlin', null],
    ['Cho Sun-hui', 'Foreign Minister', null, null],
    ['Jake Sullivan', 'National Security Advisor', 'US', null],
    ['Donald Trump', 'President', 'US', 'then'],
  ];
  it.each(roles)('%s is %s', (name, title, organization, qualifier) => {
    expect(person(name)?.roles.map(({ title, organization, qualifier }) => ({ title, organization, qualifier }))).toEqual([{ title, organization, qualifier }]);
  });

  it('finds the organizations', () => {
    const orgs = sheet.actors.filter((a) => a.kind === 'organization').map((a) => a.name);
    expect(orgs).toEqual(expect.arrayContaining(['Defense Ministry', 'Kremlin', 'TASS', 'Workers’ Party']));
  });

  it('finds the places with their kinds', () => {
    const kinds = Object.fromEntries(sheet.locations.map((l) => [l.name, l.kind]));
    expect(kinds).toMatchObject({
      Seoul: 'city', Russia: 'country', 'Russian Far East': 'region', Vladivostok: 'city', Pyongyang: 'city',
      'North Korea': 'country', Moscow: 'city', Ukraine: 'country', China: 'country',
    });
    expect(Object.keys(kinds)).not.toContain('Russian');
    expect(Object.keys(kinds)).not.toContain('North Korean');
  });

  it('finds the two distances with their endpoints', () => {
    expect(sheet.distances.map(({ text, value, unit, meters, approximate, from, to }) => ({ text, value, unit, meters, approximate, from, to }))).toEqual([
      { text: '130 kilometers', value: 130, unit: 'km', meters: 130_000, approximate: false, from: 'Vladivostok', to: 'North Korea' },
      { text: '6,500 kilometers', value: 6500, unit: 'km', meters: 6_500_000, approximate: true, from: 'Vladivostok', to: 'Moscow' },
    ]);
  });

  const events: Array<[string, string, string]> = [
    ['Tuesday morning', '2023-09-12TMO', 'crossed'],
    ['Monday', '2023-09-11', 'confirmed'],
    ['Tuesday', '2023-09-12', 'reported'],
    ['Sunday afternoon', '2023-09-10TAF', 'boarded'],
    ['Wednesday', '2023-09-13', 'continue'],
    ['four years ago', '2019', 'trip'],
    ['April 2019', '2019-04', 'visited'],
    ['1991', '1991', 'end'],
  ];
  it.each(events)('"%s" is %s and dates "%s"', (text, value, trigger) => {
    const event = sheet.events.find((e) => e.date.text === text && e.date.value === value);
    expect(event?.trigger.text).toBe(trigger);
  });

  it('names the participants of the events', () => {
    const of = (trigger: string) => sheet.events.find((e) => e.trigger.text === trigger)?.participants ?? [];
    expect(of('crossed')).toContain('Kim Jong-un');
    expect(of('confirmed')).toEqual(expect.arrayContaining(['Moscow', 'Pyongyang', 'Kim Jong-un']));
    expect(of('boarded')).toEqual(expect.arrayContaining(['Kim Jong-un', 'Pyongyang', 'Workers’ Party']));
    expect(of('visited')).toEqual(expect.arrayContaining(['Kim Jong-un', 'Vladivostok']));
    expect(of('end')).toEqual(expect.arrayContaining(['Soviet Union', 'Russia']));
  });

  it('gives every span the exact text of the input', () => {
    const spans: Span[] = [
      ...sheet.actors.flatMap((a) => [...a.mentions, ...a.roles.map((r) => r.evidence), ...(a.ageEvidence ? [a.ageEvidence] : [])]),
      ...sheet.locations.flatMap((l) => l.mentions),
      ...sheet.distances.flatMap((d) => [d, d.sentence]),
      ...sheet.dates.flatMap((d) => [d, d.sentence]),
      ...sheet.events.flatMap((e) => [e.date, e.trigger, e.sentence]),
    ];
    expect(spans.length).toBeGreaterThan(50);
    for (const s of spans) expect(input.slice(s.start, s.end)).toBe(s.text);
  });
});
