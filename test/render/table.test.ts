import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { FACT_KINDS } from '../../src/schema.js';
import { compareTimex, formatMeters, formatRole, renderTable, timeline } from '../../src/render/table.js';
import { actor, date, distance, event, location, sheet } from './make-sheet.js';

const plain = { chalk: new Chalk({ level: 0 }), only: FACT_KINDS, several: false };
const coloured = { ...plain, chalk: new Chalk({ level: 1 }) };

const full = sheet({
  actors: [
    actor('Kim Jong-un', { age: 39, aliases: ['Kim'] }),
    actor('Donald Trump', { roles: [{ title: 'President', organization: 'US', qualifier: 'then', evidence: { start: 0, end: 9, text: 'President' }, rule: 'test' }] }),
    actor('Kremlin', { kind: 'organization' }),
  ],
  locations: [location('Vladivostok'), location('Russia', { kind: 'country' })],
  distances: [distance('approximately 6,500 kilometers', 6_500_000, { approximate: true, from: 'Vladivostok', to: 'Moscow' })],
  dates: [date('Tuesday', '2023-09-12')],
  events: [
    event('continue', 'Wednesday', '2023-09-13'),
    event('visited', 'April 2019', '2019-04'),
    event('left', 'on Tuesday', 'XXXX-WXX-2'),
    event('boarded', 'Sunday afternoon', '2023-09-10TAF', { participants: ['Kim Jong-un'] }),
  ],
});

describe('renderTable', () => {
  const out = renderTable([full], plain);

  it.each([
    ['a header with the path, size and reference date', /^article\.txt · 100 characters · reference date 2023-09-12\n/],
    ['an Actors section with its count', /\nActors \(3\)\n/],
    ['name, kind, age and alias of a person', /Kim Jong-un +person +39 +Kim\n/],
    ['a role with qualifier and organization', /Donald Trump +person +then President \(US\)/],
    ['an organization', /Kremlin +organization/],
    ['a location and its kind', /Russia +country/],
    ['a distance with meters, approximation and endpoints', /approximately 6,500 kilometers +≈6,500,000 +yes +Vladivostok → Moscow/],
    ['a date and its TIMEX3 value', /Tuesday +DATE +2023-09-12/],
    ['events as a timeline', /Events \(4, timeline, in date order\)/],
    ['an event summary under it', /\n {4,}boarded Sunday afternoon\n/],
  ])('shows %s', (_name, pattern) => {
    expect(out).toMatch(pattern);
  });

  it('prints no colour codes at level 0 and some at level 1', () => {
    expect(out).not.toContain('\u001b');
    expect(renderTable([full], coloured)).toContain('\u001b[');
  });

  it('orders events by date value, unresolved ones last', () => {
    const triggers = [...out.matchAll(/^ {2}\S+ +.*?(continue|visited|left|boarded)/gm)].map((m) => m[1]);
    expect(triggers).toEqual(['visited', 'boarded', 'continue', 'left']);
  });

  it('says so when a kind has no facts', () => {
    expect(renderTable([sheet()], plain)).toMatch(/Distances \(0\)\n {2}none found/);
  });

  it('shows only the kinds asked for', () => {
    const only = renderTable([full], { ...plain, only: ['locations'] });
    expect(only).toContain('Locations (2)');
    expect(only).not.toContain('Actors');
    expect(only).not.toContain('Events');
  });

  it('separates several articles, each with its header', () => {
    const two = renderTable([full, sheet({ source: { path: null, characters: 0 } })], plain);
    expect(two).toContain('article.txt ·');
    expect(two).toContain('<stdin> · 0 characters');
  });

  it.each([
    ['ESC', '\u001b[2J\u001b[31mEvil', '\\x1B[2J\\x1B[31mEvil'],
    ['C1 CSI', 'Evil\u009b2J', 'Evil\\x9B2J'],
    ['bidi override', 'Evil\u202eliveE', 'Evil\\u202EliveE'],
    ['newline', 'Evil\nName', 'Evil\\nName'],
  ])('escapes %s in article-derived strings (names, roles, aliases, values, summaries, path)', (_name, raw, escaped) => {
    const hostile = sheet({
      source: { path: raw, characters: 1 },
      actors: [actor(raw, { aliases: [raw], roles: [{ title: raw, organization: raw, qualifier: null, evidence: { start: 0, end: 1, text: raw }, rule: 'x' }] })],
      locations: [location(raw)],
      distances: [distance(raw, 10, { from: raw, to: raw })],
      dates: [date(raw, raw)],
      events: [event(raw, raw, raw, { summary: raw, participants: [raw] })],
    });
    for (const options of [plain, coloured]) {
      const text = renderTable([hostile], options).replace(/\u001b\[[0-9;]*m/g, ''); // our own SGR colours are fine
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(text).toContain(escaped);
    }
  });
});

describe('table helpers', () => {
  it.each([
    [{ title: 'spokesman', organization: 'Kremlin', qualifier: null }, 'spokesman (Kremlin)'],
    [{ title: 'President', organization: 'US', qualifier: 'then' }, 'then President (US)'],
    [{ title: 'Foreign Minister', organization: null, qualifier: null }, 'Foreign Minister'],
  ])('formatRole %o', (role, expected) => {
    expect(formatRole({ ...role, evidence: { start: 0, end: 0, text: '' }, rule: 'x' })).toBe(expected);
  });

  it.each([
    [130_000, '130,000'],
    [6_500_000, '6,500,000'],
    [1_609.344, '1,609.3'],
    [800, '800'],
    [0.5, '0.5'],
  ])('formatMeters(%d) = %s', (meters, expected) => {
    expect(formatMeters(meters)).toBe(expected);
  });

  it.each([
    ['2019', '2019-04', -1],
    ['2023-09-12', '2023-09-12TMO', -1],
    ['2023-09-13', '2023-09-12TMO', 1],
    ['2023-09-12', 'XXXX-WXX-2', -1],
    ['PAST_REF', '1991', 1],
    ['PAST_REF', 'XXXX-WXX-2', 0],
    // by the stretch a value denotes: start first, then end (the shorter first)
    ['2012-SU', '2012-08', -1],
    ['2012-SU', '2012-06', 1],
    ['2012-05', '2012-SU', -1],
    ['2008-W35', '2008-09-04TMO', -1],
    ['2008-W36', '2008-09-01', 1],
    ['2008-W36-WE', '2008-09-05', 1],
    ['2008-W36-WE', '2008-09-06TEV', -1],
    ['2012-Q3', '2012-07', 1],
    ['2012-Q2', '2012-07', -1],
    ['2012-H2', '2012-Q3', 1],
    ['2012-H1', '2012-Q2', -1],
    ['199', '1991', -1],
    ['199', '2000', -1],
    ['19', '199', -1],
    ['2011-WI', '2012-01', -1],
    ['2012-WI', '2012-11', 1],
    ['2023-09-12TNI', '2023-09-13TMO', -1],
    ['2023-09-12TEV', '2023-09-12TNI', -1],
    ['2023-09-12TMO', '2023-09-12T10:30', -1],
    ['2023-09-12T10', '2023-09-12T10:30', -1],
    ['2023-09-12T10:30', '2023-09-12TAF', -1],
    ['0050', '1950', -1],
    // an X anywhere, or no calendar stretch, comes last
    ['2012-XX', '2013', 1],
    ['2012-XX-05', '1990', 1],
    ['P4Y', '2013', 1],
    ['PRESENT_REF', 'XXXX', 0],
    ['2012-13', '2011', 1],
    ['2012-02-30', '2011', 1],
  ])('compareTimex(%s, %s) has sign %d', (a, b, sign) => {
    expect(Math.sign(compareTimex(a, b))).toBe(sign);
  });

  it('keeps text order for events with the same or no calendar value', () => {
    const a = event('a', 'x', 'PAST_REF', { date: { start: 5, end: 6, text: 'x', type: 'DATE', value: 'PAST_REF' } });
    const b = event('b', 'y', 'XXXX-WXX-2', { date: { start: 1, end: 2, text: 'y', type: 'DATE', value: 'XXXX-WXX-2' } });
    expect(timeline([a, b]).map((e) => e.trigger.text)).toEqual(['b', 'a']);
  });
});
