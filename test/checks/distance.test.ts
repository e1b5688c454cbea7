import { describe, expect, it } from 'vitest';
import { articlePoints, checkDistances, greatCircleKm } from '../../src/checks/distance.js';
import { lookupPlace, textPlace } from '../../src/geo/gazetteer.js';
import type { Distance } from '../../src/schema.js';
import { distance } from '../render/make-sheet.js';
import { checksOf, statuses } from './helpers.js';

const between = (km: number, from: string | null, to: string | null, extra: Partial<Distance> = {}) =>
  distance(`${km} kilometers`, km * 1000, { value: km, from, to, ...extra });

describe('greatCircleKm', () => {
  it.each([
    ['the same point', { lat: 10, lng: 20 }, { lat: 10, lng: 20 }, 0, 0.001],
    ['a quarter of the equator', { lat: 0, lng: 0 }, { lat: 0, lng: 90 }, 10_007.5, 0.5],
    ['pole to pole', { lat: 90, lng: 0 }, { lat: -90, lng: 0 }, 20_015.1, 0.5],
    ['London to Paris', { lat: 51.5074, lng: -0.1278 }, { lat: 48.8566, lng: 2.3522 }, 343.6, 1],
  ])('%s', (_name, a, b, km, within) => {
    expect(Math.abs(greatCircleKm(a, b) - km)).toBeLessThan(within);
  });
});

describe('distance check on distances', () => {
  // Vladivostok–Moscow is about 6,416 km on the great circle, Lyon–Madrid about 913 km
  it.each<[string, Distance, 'ok' | 'warning' | null]>([
    ['a plain value just above the great circle', between(6500, 'Vladivostok', 'Moscow'), 'ok'],
    ['a road distance, a third longer', between(1200, 'Lyon', 'Madrid'), 'ok'],
    ['half the great circle', between(450, 'Lyon', 'Madrid'), 'warning'],
    ['twice the great circle', between(1850, 'Lyon', 'Madrid'), 'warning'],
    ['ten percent short, approximate', between(830, 'Lyon', 'Madrid', { approximate: true }), 'ok'],
    ['ten percent short, exact', between(800, 'Lyon', 'Madrid'), 'warning'],
    ['a range that reaches the great circle', between(700, 'Lyon', 'Madrid', { upper: 950 }), 'ok'],
    ['a range far below it', between(300, 'Lyon', 'Madrid', { upper: 400 }), 'warning'],
    ['twice the great circle by road', between(1850, 'Lyon', 'Madrid', { sentence: { start: 0, end: 20, text: 'The drive takes two days' } }), 'ok'],
    ['a route is a journey too', between(2500, 'Lyon', 'Madrid', { route: true }), 'ok'],
    ['a journey still cannot be shorter', between(300, 'Lyon', 'Madrid', { route: true }), 'warning'],
    ['a country has no point to measure from', between(130, 'Vladivostok', 'North Korea'), null],
    ['nor does a region', between(100, 'Moscow', 'Siberia'), null],
    ['a place the gazetteer does not know', between(17, 'Siem Reap', 'Angkor Wat'), null],
    ['one endpoint only', between(130, null, 'Moscow'), null],
    ['the same place twice', between(5, 'Moscow', 'Moscow'), null],
  ])('%s', (_name, d, expected) => {
    const out = checkDistances([d]);
    expect(out.map((c) => c.status)).toEqual(expected ? [expected] : []);
    for (const c of out) expect(c.evidence).toEqual([{ start: d.start, end: d.end, text: d.text }]);
  });

  it('records the stated and the great-circle distance', () => {
    const [c] = checkDistances([between(450, 'Lyon', 'Madrid')]);
    expect(c).toMatchObject({ statedKm: 450, message: expect.stringMatching(/^Lyon–Madrid: stated 450 km, less than the great-circle distance of 91\d km$/) });
    expect(c!.greatCircleKm).toBeGreaterThan(900);
    expect(c!.greatCircleKm).toBeLessThan(930);
  });
});

describe('articlePoints', () => {
  const draft = (name: string, places: Array<ReturnType<typeof lookupPlace> | null>) => ({ location: { name }, mentions: places.map((place) => ({ place: place ?? null })) });
  const points = articlePoints([
    draft('Lyon', [lookupPlace('Lyon'), lookupPlace('Lyon')]),
    draft('Paris', [lookupPlace('Paris')]),
    draft('Paris', [textPlace('Paris', 'city', 'US')]),
    draft('Russia', [lookupPlace('Russia')]),
  ]);
  it.each<[string, boolean]>([
    ['Lyon', true],
    ['Paris', false],
    ['Russia', false],
    ['Madrid', false],
  ])('%s is a point: %s', (name, expected) => {
    expect(points(name) !== null).toBe(expected);
  });
});

describe('distance check on text', () => {
  it.each<[string, string, Array<'ok' | 'warning'>]>([
    ['two cities, about right', 'Geneva is about 230 kilometers from Zurich.', ['ok']],
    ['two cities, far too short', 'Lyon is about 300 kilometers from Madrid, officials said.', ['warning']],
    ['two cities, far too long', 'Geneva is 900 kilometers from Zurich.', ['warning']],
    ['in miles', 'Dallas is about 240 miles from Houston.', ['ok']],
    ['a city and a country', 'Vladivostok is only 130 kilometers from the border with North Korea.', []],
    ['a distance without endpoints', 'The convoy stopped 30 kilometers short of its goal.', []],
    ['a city the article places elsewhere', 'Paris, Texas, is about 100 miles from Dallas.', []],
    ['a name the article gives two places', 'Paris, Texas, lies far from the French capital. Paris is about 100 miles from Dallas.', []],
  ])('%s', (_name, text, expected) => {
    expect(statuses('distance', text)).toEqual(expected);
  });

  it('quotes the distance as evidence', () => {
    const text = 'Lyon is about 300 kilometers from Madrid, officials said.';
    expect(checksOf('distance', text)[0]?.evidence).toEqual([{ start: 14, end: 28, text: '300 kilometers' }]);
  });
});
