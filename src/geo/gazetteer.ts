/**
 * The gazetteer: countries (with ISO codes and the names news uses for them), capitals, cities, US states, Canadian
 * provinces and world regions, keyed by a folded form of the name (`placeKey`). The table is built from the packages'
 * data at build time (src/geo/places.ts) and read here from its compact form on first use, so that runs that need no
 * places pay nothing for it, and runs that do pay a few milliseconds.
 */
import type { LocationKind } from '../schema.js';
import { PLACES_DATA } from './places.data.js';
import { PlaceTable, US_STATES, placeKey, type Place } from './places.js';

export { placeKey, type Place } from './places.js';

/**
 * The abbreviations news style uses for US states ("Md.", "N.J."), with the state each stands for. Several are also
 * words ("Ind.", "Miss.", "Mass."), so callers read them only where a state is expected: after "City, ".
 */
const STATE_ABBREVIATIONS: Record<string, string> = {
  'ala': 'Alabama', 'ariz': 'Arizona', 'ark': 'Arkansas', 'calif': 'California', 'cal': 'California', 'colo': 'Colorado',
  'conn': 'Connecticut', 'del': 'Delaware', 'fla': 'Florida', 'ga': 'Georgia', 'ill': 'Illinois', 'ind': 'Indiana',
  'kan': 'Kansas', 'kans': 'Kansas', 'ky': 'Kentucky', 'la': 'Louisiana', 'md': 'Maryland', 'mass': 'Massachusetts',
  'mich': 'Michigan', 'minn': 'Minnesota', 'miss': 'Mississippi', 'mo': 'Missouri', 'mont': 'Montana', 'neb': 'Nebraska',
  'nev': 'Nevada', 'nh': 'New Hampshire', 'nj': 'New Jersey', 'nm': 'New Mexico', 'ny': 'New York', 'nc': 'North Carolina',
  'nd': 'North Dakota', 'okla': 'Oklahoma', 'ore': 'Oregon', 'pa': 'Pennsylvania', 'ri': 'Rhode Island', 'sc': 'South Carolina',
  'sd': 'South Dakota', 'tenn': 'Tennessee', 'tex': 'Texas', 'vt': 'Vermont', 'va': 'Virginia', 'wash': 'Washington',
  'wva': 'West Virginia', 'wis': 'Wisconsin', 'wyo': 'Wyoming', 'dc': 'District of Columbia',
};

/** A US state by its news-style abbreviation ("Md.", "N.J."), or undefined. */
export function lookupStateAbbreviation(abbr: string): Place | undefined {
  const state = STATE_ABBREVIATIONS[placeKey(abbr)];
  return state ? textPlace(state, state === 'District of Columbia' ? 'city' : 'state', 'US') : undefined;
}

const STATE_NAMES = new Map(US_STATES.map((s) => [placeKey(s), s]));

/** A US state by its full name ("New York", "Washington"), whatever city shares the name, or undefined. */
export function lookupState(name: string): Place | undefined {
  const state = STATE_NAMES.get(placeKey(name));
  return state ? textPlace(state, 'state', 'US') : undefined;
}

/** A place the text itself establishes (a feature, "the port of X", "X, Maine"), with no coordinates. */
export function textPlace(name: string, kind: LocationKind, countryCode: string | null = null): Place {
  return { name, kind, countryCode, lat: null, lng: null, population: 0 };
}

let table: PlaceTable | null = null;

export function lookupPlace(name: string): Place | undefined {
  table ??= new PlaceTable(PLACES_DATA);
  return table.get(placeKey(name));
}
