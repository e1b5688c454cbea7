/**
 * Demonyms: the adjective a country or region is named by ("Japanese", "Canadian", "North American"). Most follow a
 * handful of English word-formation patterns, so a demonym is undone by trying each pattern and keeping a candidate
 * the gazetteer knows as a country or region. The few that follow no pattern are listed.
 */
import { lookupPlace, type Place } from './gazetteer.js';

/** Demonym endings and the endings of the place names they come from, tried in order. */
const PATTERNS: Array<[string, string]> = [
  ['ese', 'a'], // China, Malta
  ['ese', ''], // Japan, Vietnam, Sudan
  ['ese', 'on'], // Lebanon
  ['ian', 'ia'], // Russia, Australia
  ['ian', 'a'], // Canada, Ghana
  ['ian', ''], // Brazil, Egypt, Iran
  ['ian', 'y'], // Italy, Hungary
  ['ian', 'e'], // Ukraine, Palestine
  ['ian', 'i'], // Haiti
  ['ean', 'e'], // Singapore, Chile
  ['an', 'a'], // America, Korea, Kenya
  ['an', 'o'], // Mexico, Morocco
  ['an', 'e'], // Europe, Zimbabwe
  ['an', ''], // Tibet
  ['ish', 'ey'], // Turkey
  ['ish', 'en'], // Sweden
  ['ish', 'ain'], // Britain
  ['ish', 'and'], // Poland
  ['i', ''], // Pakistan, Israel, Iraq
  ['i', 'ia'], // Somalia
  ['i', 'iland'], // Thailand
  ['', 'y'], // Germany
];

/** Demonyms no pattern undoes. */
const IRREGULAR: Record<string, string> = {
  french: 'France', dutch: 'Netherlands', swiss: 'Switzerland', greek: 'Greece', filipino: 'Philippines',
  portuguese: 'Portugal', welsh: 'Wales', scottish: 'Scotland', scots: 'Scotland', english: 'England',
  norwegian: 'Norway', belgian: 'Belgium', danish: 'Denmark', irish: 'Ireland', spanish: 'Spain', finnish: 'Finland',
  icelandic: 'Iceland', peruvian: 'Peru', argentine: 'Argentina', argentinian: 'Argentina', afghan: 'Afghanistan',
  cypriot: 'Cyprus', burmese: 'Burma', emirati: 'United Arab Emirates', saudi: 'Saudi Arabia', kiwi: 'New Zealand',
};

const cache = new Map<string, Place | null>();

/**
 * The country or region a demonym names ("Japanese" → Japan, "North American" → North America), or null. Only a
 * capitalized word ending as demonyms do is tried, and only a country or a region is accepted.
 */
export function placeOfDemonym(word: string): Place | null {
  if (!/^\p{Lu}[\p{L} ]+$/u.test(word)) return null;
  const key = word.toLowerCase();
  const known = cache.get(key);
  if (known !== undefined) return known;
  let found: Place | null = null;
  const irregular = IRREGULAR[key];
  if (irregular) found = lookupPlace(irregular) ?? null;
  for (const [from, to] of PATTERNS) {
    if (found) break;
    if (!key.endsWith(from) || key.length - from.length < 3) continue;
    const place = lookupPlace(word.slice(0, word.length - from.length) + to);
    // a demonym is not a name itself: "Jordan" or "Israel" must come from "Jordanian" or "Israeli", not be them
    if (place && (place.kind === 'country' || place.kind === 'region') && from) found = place;
    else if (place && (place.kind === 'country' || place.kind === 'region') && !from && lookupPlace(word) === undefined) found = place;
  }
  cache.set(key, found);
  return found;
}
