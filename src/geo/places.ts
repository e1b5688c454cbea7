/**
 * What the gazetteer knows, and how it is stored. Countries and capitals come from `countries-list`, cities (with
 * coordinates and population) from `city-timezones`; regions and historic countries are a short list here. The
 * packages' data is large (city-timezones alone is 1.9 MB of JSON), so `buildPlaces` runs at build time
 * (scripts/build-places.mjs) and the table it makes is kept in a compact text form, `src/geo/places.data.ts`, which the
 * gazetteer reads on first use. Nothing here reads a file.
 */
import type { LocationKind } from '../schema.js';

export interface Place {
  name: string;
  kind: LocationKind;
  countryCode: string | null;
  lat: number | null;
  lng: number | null;
  population: number;
}

export interface CountryRecord { name: string; alias?: string[]; capital?: string; continent?: string }
export interface CityRecord { city: string; lat: number; lng: number; pop: number; country: string; iso2: string | number; province: string }

/** The packages' data, as `countries-list` and `city-timezones/data/cityMap.json` give it. */
export interface PlaceSources {
  countries: Record<string, CountryRecord>;
  continents: Record<string, string>;
  cities: CityRecord[];
}

/** Fold a name to its lookup key: no diacritics, no dots, one kind of apostrophe, lower case. */
export function placeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The package marks places without an ISO code (Kosovo, Somaliland) with the number -99. */
const isoCode = (code: unknown): string | null => (typeof code === 'string' && /^[A-Z]{2}$/.test(code) ? code : null);

/** Regions and places that are not in the packages' lists. Each is general geography, not any one article's. */
const REGIONS: Array<[string, LocationKind, string | null]> = [
  ['Middle East', 'region', null], ['Near East', 'region', null], ['Far East', 'region', null],
  ['Russian Far East', 'region', 'RU'], ['Siberia', 'region', 'RU'], ['Caucasus', 'region', null], ['Chechnya', 'region', 'RU'],
  ['Crimea', 'region', 'UA'], ['Donbas', 'region', 'UA'], ['Balkans', 'region', null], ['Scandinavia', 'region', null],
  ['Southeast Asia', 'region', null], ['South Asia', 'region', null], ['East Asia', 'region', null], ['Central Asia', 'region', null],
  ['Central America', 'region', null], ['Latin America', 'region', null], ['Western Europe', 'region', null], ['Eastern Europe', 'region', null],
  ['Central Europe', 'region', null], ['Sub-Saharan Africa', 'region', null], ['North Africa', 'region', null], ['West Africa', 'region', null],
  ['East Africa', 'region', null], ['Southern Africa', 'region', null], ['Horn of Africa', 'region', null], ['Sahel', 'region', null],
  ['Persian Gulf', 'feature', null], ['Gulf', 'feature', null], ['Arctic', 'region', null], ['Antarctic', 'region', null],
  ['West Bank', 'region', 'PS'], ['Gaza Strip', 'region', 'PS'], ['Gaza', 'region', 'PS'], ['Kashmir', 'region', null], ['Tibet', 'region', 'CN'],
  ['Kurdistan', 'region', null], ['Golan Heights', 'region', null], ['Sinai', 'region', 'EG'], ['Korean Peninsula', 'region', null],
  ['New England', 'region', 'US'], ['Midwest', 'region', 'US'], ['Pacific Northwest', 'region', 'US'], ['Silicon Valley', 'region', 'US'],
  ['Wall Street', 'other', 'US'], ['Hong Kong', 'city', 'HK'], ['Washington, D.C.', 'city', 'US'], ['Washington D.C.', 'city', 'US'],
  // in news, a bare "Washington" is the capital; the state is written "Washington state"
  ['Washington', 'city', 'US'], ['Washington state', 'state', 'US'],
  ['Soviet Union', 'country', null], ['USSR', 'country', null], ['Yugoslavia', 'country', null], ['Czechoslovakia', 'country', null],
  ['East Germany', 'country', null], ['West Germany', 'country', null], ['England', 'country', 'GB'], ['Scotland', 'country', 'GB'],
  ['Wales', 'country', 'GB'], ['Britain', 'country', 'GB'], ['U.S.', 'country', 'US'],
  ['U.K.', 'country', 'GB'], ['U.S.A.', 'country', 'US'], ['Turkey', 'country', 'TR'], ['South Korea', 'country', 'KR'],
  ['North Korea', 'country', 'KP'], ['Taiwan', 'country', 'TW'], ['Palestine', 'country', 'PS'], ['Congo', 'country', 'CD'],
  ['Pacific', 'feature', null], ['Atlantic', 'feature', null], ['Mediterranean', 'feature', null], ['Caribbean', 'region', null],
  ['Pacific Ocean', 'feature', null], ['Atlantic Ocean', 'feature', null], ['Indian Ocean', 'feature', null], ['Arctic Ocean', 'feature', null],
  ['Black Sea', 'feature', null], ['Baltic Sea', 'feature', null], ['Red Sea', 'feature', null], ['North Sea', 'feature', null],
  ['South China Sea', 'feature', null], ['East China Sea', 'feature', null], ['Sea of Japan', 'feature', null], ['Caspian Sea', 'feature', null],
  ['Gulf of Mexico', 'feature', null], ['Strait of Hormuz', 'feature', null], ['Taiwan Strait', 'feature', null], ['Suez Canal', 'feature', null],
  ['Panama Canal', 'feature', null], ['Alps', 'feature', null], ['Himalayas', 'feature', null], ['Andes', 'feature', null],
  ['Rocky Mountains', 'feature', null], ['Amazon', 'feature', null], ['Nile', 'feature', null], ['Danube', 'feature', null],
  ['Euphrates', 'feature', null], ['Tigris', 'feature', null], ['Jordan River', 'feature', null], ['Tel Aviv', 'city', 'IL'],
  // the planet, as news names it ("any two cities on Earth")
  ['Earth', 'feature', null],
  // territories that are not sovereign states are regions of their own
  ['Northern Ireland', 'region', 'GB'], ['Puerto Rico', 'region', 'PR'], ['Greenland', 'region', 'GL'], ['Guam', 'region', 'GU'],
  // boroughs news names without their city
  ['Manhattan', 'region', 'US'], ['Brooklyn', 'region', 'US'], ['Bronx', 'region', 'US'],
];

export const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
  'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York',
  'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
  'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
];

/** Cities smaller than this are left out: small towns named like common words cause more harm than good. */
const MIN_CITY_POPULATION = 15_000;

const KIND_RANK: Record<LocationKind, number> = { country: 5, state: 4, region: 3, feature: 3, city: 2, other: 1 };
const rank = (p: Place) => KIND_RANK[p.kind] * 1e12 + Math.min(p.population, 1e11);

/** The gazetteer's table: each lookup key with the place it stands for (several keys may share one place). */
export function buildPlaces({ countries, continents, cities }: PlaceSources): Map<string, Place> {
  const map = new Map<string, Place>();
  const put = (name: string, place: Place, override = false) => {
    const key = placeKey(name);
    if (!key) return;
    const old = map.get(key);
    if (!old || override || rank(place) > rank(old)) map.set(key, place);
  };
  const capitals = new Map<string, string>();
  for (const [code, c] of Object.entries(countries)) {
    const place: Place = { name: c.name, kind: 'country', countryCode: code, lat: null, lng: null, population: Infinity };
    put(c.name, place);
    for (const alias of c.alias ?? []) if (/^[\p{L} .'-]+$/u.test(alias)) put(alias, place);
    if (c.capital) capitals.set(placeKey(c.capital), code);
  }
  for (const name of Object.values(continents)) put(name, { name, kind: 'region', countryCode: null, lat: null, lng: null, population: Infinity });
  for (const c of cities) {
    const code = isoCode(c.iso2);
    const capital = code !== null && capitals.get(placeKey(c.city)) === code;
    if (c.pop < MIN_CITY_POPULATION && !capital) continue;
    put(c.city, { name: c.city, kind: 'city', countryCode: code, lat: c.lat, lng: c.lng, population: capital ? c.pop * 10 : c.pop });
    if (code === 'CA' && c.province) put(c.province, { name: c.province, kind: 'region', countryCode: 'CA', lat: null, lng: null, population: Infinity });
  }
  for (const s of US_STATES) {
    // a state outranks a city of the same name (New York, Washington) only where no large city shares it
    const city = map.get(placeKey(s));
    const state: Place = { name: s, kind: 'state', countryCode: 'US', lat: null, lng: null, population: 5_000_000 };
    if (!city || city.kind !== 'city' || city.population < state.population) put(s, state, true);
  }
  for (const [name, kind, code] of REGIONS) {
    const known = code ? [...map.values()].find((p) => p.kind === 'country' && p.countryCode === code) : undefined;
    put(name, { name: kind === 'country' && known ? known.name : name, kind, countryCode: code, lat: null, lng: null, population: Infinity }, true);
  }
  return map;
}

/** The table in its compact form: the keys in code-unit order, one a line, and each key's place on the same line of `records`. */
export interface PlaceData {
  keys: string;
  /** `name TAB kind TAB countryCode TAB population TAB lat TAB lng`, empty fields for null, or `=N`: the place of line N */
  records: string;
}

export function encodePlaces(map: ReadonlyMap<string, Place>): PlaceData {
  const keys = [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const records: string[] = [];
  const line = new Map<Place, number>();
  for (const key of keys) {
    if (/[\t\n]/.test(key)) throw new Error(`a place key holds a tab or a line break: ${JSON.stringify(key)}`);
    const p = map.get(key)!;
    const earlier = line.get(p);
    if (earlier !== undefined) {
      records.push(`=${earlier}`);
      continue;
    }
    line.set(p, records.length);
    const fields = [p.name, p.kind, p.countryCode ?? '', String(p.population), p.lat === null ? '' : String(p.lat), p.lng === null ? '' : String(p.lng)];
    if (fields.some((f) => /[\t\n]/.test(f)) || p.name.startsWith('=')) throw new Error(`a place field holds a tab or a line break: ${JSON.stringify(fields)}`);
    records.push(fields.join('\t'));
  }
  return { keys: keys.join('\n'), records: records.join('\n') };
}

/**
 * The table read from its compact form. Opening it splits two strings; a place is decoded when first looked up (one
 * object per place, shared by its keys), and a lookup is a binary search over the sorted keys.
 */
export class PlaceTable {
  private readonly keys: string[];
  private readonly records: string[];
  private readonly places: Array<Place | undefined>;

  constructor(data: PlaceData) {
    this.keys = data.keys.split('\n');
    this.records = data.records.split('\n');
    if (this.keys.length !== this.records.length) throw new Error('the place data is damaged: as many keys as records are expected');
    this.places = new Array<Place | undefined>(this.keys.length);
  }

  get size(): number {
    return this.keys.length;
  }

  get(key: string): Place | undefined {
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.keys[mid]!;
      if (k === key) return this.place(mid);
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  *entries(): IterableIterator<[string, Place]> {
    for (let i = 0; i < this.keys.length; i++) yield [this.keys[i]!, this.place(i)];
  }

  private place(i: number): Place {
    const known = this.places[i];
    if (known) return known;
    const record = this.records[i]!;
    let place: Place;
    if (record.startsWith('=')) place = this.place(Number(record.slice(1)));
    else {
      const [name, kind, code, population, lat, lng] = record.split('\t') as [string, LocationKind, string, string, string, string];
      place = { name, kind, countryCode: code || null, lat: lat ? Number(lat) : null, lng: lng ? Number(lng) : null, population: Number(population) };
    }
    this.places[i] = place;
    return place;
  }
}
