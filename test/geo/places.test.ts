import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PLACES_DATA } from '../../src/geo/places.data.js';
import { buildPlaces, encodePlaces, PlaceTable, type Place, type PlaceSources } from '../../src/geo/places.js';

const require = createRequire(import.meta.url);
const sources = (): PlaceSources => ({
  ...(require('countries-list') as Pick<PlaceSources, 'countries' | 'continents'>),
  cities: require('city-timezones/data/cityMap.json') as PlaceSources['cities'],
});

const place = (name: string, kind: Place['kind'], extra: Partial<Place> = {}): Place => ({ name, kind, countryCode: null, lat: null, lng: null, population: 0, ...extra });

describe('the compact place table', () => {
  it('is the table the packages give today (the build step has run since they changed)', () => {
    expect(PLACES_DATA).toEqual(encodePlaces(buildPlaces(sources())));
  });

  it('reads back every key with its place, all fields kept, and keys of one place share one object', () => {
    const map = buildPlaces(sources());
    const table = new PlaceTable(encodePlaces(map));
    expect(table.size).toBe(map.size);
    expect(new Map(table.entries())).toEqual(map);
    expect(table.get('uae')).toBe(table.get('united arab emirates'));
  });

  it('keeps what a distance check needs: coordinates and populations of cities, none invented for countries', () => {
    const table = new PlaceTable(PLACES_DATA);
    const tokyo = table.get('tokyo')!;
    expect(tokyo).toMatchObject({ kind: 'city', countryCode: 'JP' });
    expect(tokyo.lat).toBeCloseTo(35.68, 1);
    expect(tokyo.lng).toBeCloseTo(139.75, 1);
    expect(tokyo.population).toBeGreaterThan(1_000_000);
    expect(table.get('japan')).toMatchObject({ kind: 'country', lat: null, lng: null, population: Infinity });
  });

  it('round-trips odd values: nulls, zero coordinates, fractions, non-ASCII names, a key with an apostrophe', () => {
    const shared = place('Côte d’Ivoire', 'country', { countryCode: 'CI', population: Infinity });
    const map = new Map<string, Place>([
      ['null island', place('Null Island', 'feature', { lat: 0, lng: 0 })],
      ["cote d'ivoire", shared],
      ['ivory coast', shared],
      ['sao paulo', place('São Paulo', 'city', { countryCode: 'BR', lat: -23.55867959, lng: -46.62501998, population: 18845000 })],
    ]);
    const table = new PlaceTable(encodePlaces(map));
    for (const [key, p] of map) expect(table.get(key)).toEqual(p);
    expect(table.get('ivory coast')).toBe(table.get("cote d'ivoire"));
  });

  it.each(['', 'a', 'ivory', 'ivory coastx', 'zzzz', 'null islan'])('finds nothing for a key it does not hold (%j)', (key) => {
    const table = new PlaceTable(encodePlaces(new Map([['ivory coast', place('Ivory Coast', 'country')], ['null island', place('Null Island', 'feature')]])));
    expect(table.get(key)).toBeUndefined();
  });

  it('refuses a field that would break the line format', () => {
    expect(() => encodePlaces(new Map([['x', place('a\tb', 'city')]]))).toThrow(/tab or a line break/);
  });
});
