/**
 * Places across articles, by gazetteer identity: a country by its ISO code ("US", "U.S.", "United States", "America"),
 * another place by its gazetteer name within its country, and a place the gazetteer does not know by its name.
 */
import type { FactSheet, Location, StoryLocation } from '../schema.js';
import { lookupPlace, lookupStateAbbreviation, placeKey } from '../geo/gazetteer.js';
import { IdMaker, slug } from './ids.js';

export interface PlaceLinks {
  locations: StoryLocation[];
  /** story location id by article, then by the sheet's location id */
  storyIds: Array<Map<string, string>>;
}

/** The identity of a place: the same key is the same place. */
export function placeIdentity(location: Location): string {
  if (location.kind === 'country' && location.countryCode) return `country:${location.countryCode}`;
  // a US state by its abbreviation or with "State" ("N.Y.", "New York State", "New York")
  if (location.kind === 'state') {
    const name = lookupStateAbbreviation(location.name)?.name ?? location.name.replace(/\s+state$/i, '');
    return `state:${location.countryCode ?? '-'}:${placeKey(name)}`;
  }
  const known = lookupPlace(location.name);
  if (known && known.countryCode === location.countryCode) return `${known.kind}:${known.countryCode ?? '-'}:${placeKey(known.name)}`;
  return `${location.kind}:${location.countryCode ?? '-'}:${placeKey(location.name)}`;
}

/** The gazetteer's name for a place it knows in the same country ("N.Y." → New York, "Britain" → United Kingdom). */
export function gazetteerName(location: Location): string | null {
  if (location.kind === 'state') return lookupStateAbbreviation(location.name)?.name ?? location.name.replace(/\s+state$/i, '');
  const known = lookupPlace(location.name);
  if (!known || known.countryCode !== location.countryCode) return null;
  return location.kind === 'country' && known.kind !== 'country' ? null : known.name;
}

/** A story place's name: the gazetteer's, else the most frequent of the articles' names, one not in capitals first. */
function displayName(first: Location, names: ReadonlyMap<string, number>): string {
  const ranked = [...names].sort((a, b) => Number(a[0] === a[0].toUpperCase()) - Number(b[0] === b[0].toUpperCase()) || b[1] - a[1]);
  for (const [name] of ranked) {
    const known = gazetteerName({ ...first, name });
    if (known) return known;
  }
  return ranked[0]![0];
}

export function linkPlaces(sheets: readonly FactSheet[]): PlaceLinks {
  const byKey = new Map<string, { first: Location; names: Map<string, number>; members: Array<{ article: number; id: string }> }>();
  sheets.forEach((sheet, article) => {
    for (const location of sheet.locations) {
      const key = placeIdentity(location);
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { first: location, names: new Map(), members: [] }));
      entry.names.set(location.name, (entry.names.get(location.name) ?? 0) + 1);
      entry.members.push({ article, id: location.id });
    }
  });
  // a place without a country joins the one place of its kind and name that has one ("Amherst" and "Amherst", US)
  const withCountry = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    const [kind, code, name] = key.split(':');
    if (code !== '-') withCountry.set(`${kind}:${name}`, [...(withCountry.get(`${kind}:${name}`) ?? []), key]);
  }
  for (const [key, entry] of [...byKey]) {
    const [kind, code, name] = key.split(':');
    const targets = code === '-' ? withCountry.get(`${kind}:${name}`) : undefined;
    if (targets?.length !== 1) continue;
    byKey.get(targets[0]!)!.members.push(...entry.members);
    for (const [n, c] of entry.names) byKey.get(targets[0]!)!.names.set(n, (byKey.get(targets[0]!)!.names.get(n) ?? 0) + c);
    byKey.delete(key);
  }
  for (const entry of byKey.values()) entry.members.sort((a, b) => a.article - b.article);
  const storyIds = sheets.map(() => new Map<string, string>());
  const ids = new IdMaker();
  const locations = [...byKey.entries()].map(([key, entry]): StoryLocation => {
    const id = ids.make(key.startsWith('country:') ? key.toLowerCase() : `place:${slug(key.split(':').slice(1).reverse().join(' '))}`);
    for (const m of entry.members) storyIds[m.article]!.set(m.id, id);
    const { first } = entry;
    const name = displayName(first, entry.names);
    return { id, name, kind: first.kind, countryCode: first.countryCode, members: entry.members };
  });
  return { locations, storyIds };
}
