/**
 * Places around a distance: the place a noun phrase names ("the border with North Korea", "the Cambodian capital,
 * Phnom Penh", "from Angkor Wat"), the place mentions before or after an offset, and the dateline's place.
 */
import type { Document } from '../../nlp/document.js';
import { firstIndex } from '../../text/spans.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../time/lexicon.js';
import { tokenAt } from './document.js';
import type { PlaceMention } from '../../findings.js';

/** What the endpoint rules read: the document, its place mentions in order, and the dateline's place. */
export interface Env {
  doc: Document;
  text: string;
  places: PlaceMention[];
  dateline: string | null;
}

/** Words skipped inside a noun phrase on the way to the place it names ("the border with North Korea"). */
const NP_SKIP = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'border', 'borders', 'frontier', 'with', 'of',
  'city', 'town', 'village', 'capital', 'port', 'province', 'region', 'state', 'district', 'area', 'county', 'island',
  'outskirts', 'centre', 'center', 'heart', 'edge', 'coast', 'coastal', 'northern', 'southern', 'eastern', 'western',
  'central', 'north', 'south', 'east', 'west', 'downtown', 'suburbs', 'fabled', 'historic', 'ancient', 'main', 'famous',
  'nearby', 'neighboring', 'neighbouring', 'holy', 'old', 'seaside', 'resort', 'mountain', 'desert', 'border-town',
  'municipality', 'shores', 'shore', 'banks', 'mouth', 'capital,', 'southeastern', 'southwestern', 'northeastern',
  'northwestern', 'port-city', 'strategic', 'besieged', 'embattled', 'occupied', 'rebel-held', 'disputed',
]);
const NP_COMMA_AFTER = new Set(['capital', 'city', 'town', 'village', 'port']);
const NOT_PLACE_WORDS = new Set<string>([
  ...WEEKDAY_NAMES, ...MONTH_NAMES, 'i', 'he', 'she', 'it', 'they', 'we', 'you', 'the', 'a', 'an', 'this', 'that', 'there', 'here', 'mr', 'mrs', 'ms', 'dr', 'president', 'prime',
]);
const DEMONYM_RE = /(?:an|ian|ese|ish|i|ic)$/;

/**
 * The place a noun phrase names, starting at `pos`: a place mention, possibly after determiners and place nouns
 * ("the border with North Korea", "the Cambodian capital, Phnom Penh", "the city of Basra"), else a capitalized proper
 * noun right after the preposition ("from Angkor Wat"), else null.
 */
export function placeAfter(env: Env, pos: number, limit: number): { name: string; end: number } | null {
  const text = env.text;
  let i = pos;
  for (let k = 0; k < 7 && i < limit; k++) {
    while (i < limit && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n')) i++;
    const mention = placeStartingAt(env.places, i);
    if (mention) {
      // a generic mention ("the border with North Korea"): the named place after it is the end
      if (/^[a-z]/.test(text[mention.start]!)) {
        const w = /^\s+(?:with|of)\s+/.exec(text.slice(mention.end, mention.end + 10));
        const named = w ? placeAfter(env, mention.end + w[0].length, limit) : null;
        if (named) return named;
      }
      return { name: borderName(env, mention), end: mention.end };
    }
    const w = /^[A-Za-z][A-Za-z'-]*,?/.exec(text.slice(i, Math.min(limit, i + 40)));
    if (!w) return null;
    let word = w[0];
    const comma = word.endsWith(',');
    if (comma) word = word.slice(0, -1);
    const lower = word.toLowerCase();
    if (lower === 'here' && env.dateline) return { name: env.dateline, end: i + word.length };
    if (/^[A-Z]/.test(word) && !NOT_PLACE_WORDS.has(lower)) {
      // a demonym before a place noun: "the Cambodian capital Phnom Penh" (not a hyphenated pair: "the Iraq-Jordan border")
      if (DEMONYM_RE.test(lower) && !lower.includes('-') && /^\s+[a-z]/.test(text.slice(i + w[0].length, i + w[0].length + 3)) && !comma) {
        i += w[0].length;
        continue;
      }
      if (k > 2) return null;
      return properNoun(env, i, limit);
    }
    if (!NP_SKIP.has(lower)) return null;
    if (comma && !NP_COMMA_AFTER.has(lower)) return null;
    i += w[0].length;
  }
  return null;
}

/** A capitalized run ("Angkor Wat", "Iraq-Jordan border"), unless it is a person or a date. */
function properNoun(env: Env, pos: number, limit: number): { name: string; end: number } | null {
  const m = /^[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,4}/.exec(env.text.slice(pos, Math.min(limit, pos + 80)));
  if (!m) return null;
  // "behind Hollis's house": a possessive names an owner, not the place
  if (/'s?$/.test(m[0])) return null;
  let name = m[0].replace(/[.]+$/, '');
  const tok = tokenAt(env.doc, pos);
  if (tok && (tok.tags.has('Person') || tok.tags.has('Date') || tok.tags.has('Pronoun'))) return null;
  let end = pos + name.length;
  const border = /^\s(border|frontier)\b/.exec(env.text.slice(end, end + 10));
  if (border && name.includes('-')) {
    name = `${name} ${border[1]}`;
    end += border[0].length;
  }
  return { name, end };
}

/** "Iraq-Jordan border" when a mention is the first half of a hyphenated border. */
function borderName(env: Env, m: PlaceMention): string {
  const after = env.text.slice(m.end, m.end + 60);
  const b = /^-([A-Z][\w'.]*(?:\s[A-Z][\w'.]*){0,3})\s(border|frontier)\b/.exec(after);
  if (!b) return m.name;
  const second = placeStartingAt(env.places, m.end + 1);
  return `${m.name}-${second ? second.name : b[1]} ${b[2]}`;
}

/** The last place mention inside [from, to). */
export function lastPlaceBefore(places: readonly PlaceMention[], from: number, to: number): PlaceMention | null {
  const lo = firstIndex(places, (p) => p.start >= to);
  for (let i = lo - 1; i >= 0 && places[i]!.start >= from; i--) if (places[i]!.end <= to) return places[i]!;
  return null;
}

/** The first place mention that starts at or after `pos` (the longest of those starting there). */
export function firstPlaceFrom(places: readonly PlaceMention[], pos: number): PlaceMention | null {
  return places[firstIndex(places, (p) => p.start >= pos)] ?? null;
}

function placeStartingAt(places: readonly PlaceMention[], pos: number): PlaceMention | null {
  const p = firstPlaceFrom(places, pos);
  return p && p.start === pos ? p : null;
}

/** The dateline place ("CAGUAS, Puerto Rico (AP) _"): a place that opens one of the first lines, followed by a comma or a dash. */
export function datelinePlace(text: string, places: readonly PlaceMention[]): string | null {
  for (const p of places) {
    if (p.start > 400) break;
    const lineStart = text.lastIndexOf('\n', p.start - 1) + 1;
    if (text.slice(lineStart, p.start).trim() !== '') continue;
    if (/^\s{0,2}(?:,|\(|--?|\u2014|\u2013|_)/.test(text.slice(p.end, p.end + 4))) return p.name;
  }
  // no place mention there: an all-capitals dateline city ("CAGUAS, Puerto Rico (AP) _"), in title case
  const m = /^\s{0,40}([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}),\s/m.exec(text.slice(0, 400));
  if (m && m[1]!.length > 2) return m[1]!.toLowerCase().replace(/(^|[\s'-])([a-z])/g, (_, b: string, c: string) => b + c.toUpperCase());
  return null;
}

