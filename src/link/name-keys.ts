/**
 * Name keys for linking actors, within an article (acronyms) and across articles: the words of a name without titles, honorifics, a company's legal
 * form or punctuation, and with a country's name in any form ("U.S.", "United States") as its ISO code.
 */
import { lookupPlace } from '../geo/gazetteer.js';
import { ACRONYM_SKIPS, HONORIFICS, LEGAL_SUFFIXES, NAME_SUFFIXES, TITLE_HEADS } from '../extract/lexicon.js';

/** The words of a name as written, without punctuation around them ("Mr." → "Mr", "Apple's" → "Apple"). */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/'s\b/gi, '')
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}.&]+$/gu, '').replace(/\.$/, (dot) => (/^(\p{L}\.)+$/u.test(w) ? dot : '')))
    .filter((w) => w.length > 0);
}

const fold = (word: string) => word.toLowerCase().replace(/\./g, '');

/** A person's name key: lower-case words without honorifics, leading titles and suffixes ("Mr. John Smith Jr." → john smith). */
export function personKey(name: string): string[] {
  const words = nameWords(name).map(fold).filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && (HONORIFICS.has(words[i]!) || TITLE_HEADS.has(words[i]!))) i++;
  const rest = words.slice(i);
  while (rest.length > 1 && NAME_SUFFIXES.has(rest[rest.length - 1]!)) rest.pop();
  return rest;
}

/** Country names inside an organization's name, as their ISO code ("U.S. Air Force" and "United States Air Force"). */
function countriesAsCodes(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(4, words.length - i); n >= 1 && !matched; n--) {
      const place = lookupPlace(words.slice(i, i + n).join(' '));
      if (place?.kind === 'country' && place.countryCode) {
        out.push(`#${place.countryCode.toLowerCase()}`);
        matched = n;
      }
    }
    if (matched) i += matched;
    else out.push(words[i++]!);
  }
  return out;
}

/** An organization's name key: no leading "the", no legal form, countries as codes ("The Apple Inc." → apple). */
export function organizationKey(name: string): string[] {
  const words = nameWords(name).map((w) => (w === '&' ? 'and' : w));
  while (words.length > 1 && fold(words[0]!) === 'the') words.shift();
  while (words.length > 1 && LEGAL_SUFFIXES.has(fold(words[words.length - 1]!))) words.pop();
  if (words.length > 1 && fold(words[words.length - 1]!) === 'and') words.pop();
  return countriesAsCodes(words.map(fold).filter(Boolean));
}

/** A name that is an acronym ("GM", "U.S.A.F.", "NASA"): its letters in lower case, or null. */
export function acronymOf(name: string): string | null {
  const bare = name.trim();
  if (!/^(\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\p{N}&]{1,6}$/u.test(bare)) return null;
  return bare.replace(/[.&]/g, '').toLowerCase();
}

/**
 * The acronyms a full name may go by: the initials of its words (without "of", "the"…), a dotted word giving all its
 * letters ("U.S. Air Force" → usaf), with and without its legal form ("General Motors Corp." → gm, gmc).
 */
export function initialsOf(name: string): string[] {
  const words = nameWords(name).filter((w) => !ACRONYM_SKIPS.has(fold(w)));
  if (words.length < 2) return [];
  const letters = (ws: string[]) => ws.map((w) => (/^(\p{L}\.)+$/u.test(w) ? fold(w) : (w[0] ?? '').toLowerCase())).join('');
  const out = new Set([letters(words)]);
  const bare = [...words];
  while (bare.length > 2 && LEGAL_SUFFIXES.has(fold(bare[bare.length - 1]!))) bare.pop();
  out.add(letters(bare));
  return [...out].filter((a) => a.length >= 2);
}

/**
 * Whether an acronym spells a name: every word's initial in order (words like "of" may be skipped), and any other
 * letter of the acronym found, in order, inside the word before it ("sia" spells "Singapore Airlines"); a legal form
 * at the end may be left out ("gm" spells "General Motors Corp.").
 */
export function spells(acronym: string, name: string): boolean {
  const all = nameWords(name).map(fold).filter((w) => w.length > 0);
  const bare = [...all];
  while (bare.length > 2 && LEGAL_SUFFIXES.has(bare[bare.length - 1]!)) bare.pop();
  return spellsWords(acronym, all) || (bare.length < all.length && spellsWords(acronym, bare));
}

function spellsWords(acronym: string, words: readonly string[]): boolean {
  const go = (a: number, w: number, p: number): boolean => {
    if (a === acronym.length) return words.slice(w + 1).every((x) => ACRONYM_SKIPS.has(x));
    const c = acronym[a]!;
    // the next word's initial (skippable words may be passed over)
    for (let n = w + 1; n < words.length; n++) {
      if (words[n]![0] === c && go(a + 1, n, 1)) return true;
      if (!ACRONYM_SKIPS.has(words[n]!)) break;
    }
    // a later letter inside the current word
    if (w >= 0) for (let q = p; q < words[w]!.length; q++) if (words[w]![q] === c && go(a + 1, w, q + 1)) return true;
    return false;
  };
  return words.length >= 2 && go(0, -1, 0);
}
