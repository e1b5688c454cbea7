/**
 * Places and non-places told apart by the words around a name: a country before a title ("U.S. President"), a venue
 * placed in a city ("at the Moscone Center in San Francisco"), and a publication after a report noun ("a report in
 * Ars Technica"), which is no place although a preposition of place comes before it.
 */
import { lookupPlace, type Place } from '../geo/gazetteer.js';
import type { Word } from '../findings.js';
import { CORPORATE_TITLES, INSTITUTION_WORDS, QUALIFIERS, VENUE_TAIL, WRITING_NOUNS } from './lexicon.js';
import { breaksAfter, isTitleWord, nameOf } from './name-words.js';
import { LOCATIVE } from './name-rules.js';


/** A country, region, state or city the gazetteer knows by this name (not a site or a natural feature). */
function settlement(name: string): Place | null {
  const place = lookupPlace(name);
  return place && place.kind !== 'other' && place.kind !== 'feature' ? place : null;
}

/**
 * The place that opens a title written before a name ("U.S." of "U.S. President", "Texas" of "Texas Gov."): one to
 * three words the gazetteer knows as a country, state, region or city, and a title word or qualifier right after.
 * Before a company officer's title the name is a company's that a town lends its name to ("Bethlehem Chairman").
 */
export function placeBeforeTitle(text: string, title: readonly Word[]): { words: Word[]; place: Place } | null {
  if (title.some((w) => CORPORATE_TITLES.has(w.key.replace(/\./g, '')))) return null;
  for (let n = Math.min(3, title.length - 1); n >= 1; n--) {
    const words = title.slice(0, n);
    const next = title[n]!;
    if (words.some(breaksAfter) || !(isTitleWord(next) || QUALIFIERS.has(next.key))) continue;
    const place = settlement(nameOf(text, words));
    if (place) return { words, place };
  }
  return null;
}

/**
 * "held at the Moscone Center in San Francisco", "in the Acme Convention Centre, Sydney": a name ending in "Center"
 * after a preposition of place and placed in a known town, state or country by the words after it is a venue, not
 * the body a center often is ("the Pew Research Center", "the Muhimbili Medical Center" keep their institution word).
 */
export function venueInPlace(text: string, ws: readonly Word[], i: number, run: readonly Word[]): boolean {
  const last = run[run.length - 1]!;
  if (run.length < 2 || !VENUE_TAIL.has(last.key) || run.some((w) => INSTITUTION_WORDS.has(w.key) || (breaksAfter(w) && w !== last))) return false;
  let k = i - 1;
  if (ws[k]?.key === 'the') k--;
  if (!LOCATIVE.has(ws[k]?.key ?? '')) return false;
  // the place after it: "in San Francisco" or ", San Francisco"
  let p = last.i + 1;
  if (!/^,\s*$/.test(last.post)) {
    if (breaksAfter(last) || ws[p]?.key !== 'in') return false;
    p++;
  }
  for (const n of [3, 2, 1]) {
    const words = ws.slice(p, p + n);
    if (words.length !== n || !words.every((w) => w.cap) || words.slice(0, -1).some(breaksAfter)) continue;
    if (settlement(nameOf(text, words).replace(/'s$/, ''))) return true;
  }
  return false;
}

/**
 * "a report in Ars Technica", "an interview in Der Spiegel": a name after a noun of writing and "in" is where the
 * writing appeared, a publication, not a place. A place the gazetteer knows stays one ("a report in London said").
 */
export function publicationAfterWriting(ws: readonly Word[], i: number): boolean {
  const [noun, prep] = [ws[i - 2], ws[i - 1]];
  return prep?.key === 'in' && !!noun && !breaksAfter(noun) && !noun.cap && WRITING_NOUNS.has(noun.key);
}
