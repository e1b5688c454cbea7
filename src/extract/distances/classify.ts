/**
 * Pass 2 of the distance finder: the boundary of what counts as a distance (guidelines: "not heights of people, not
 * areas, not speeds"), as an ordered table of exclusions. The first exclusion whose test holds rejects the quantity;
 * a quantity that passes them all is a distance, a route when its head noun is one ("a 40-mile drive").
 *
 *  - heights, depths, widths, altitudes: "6 feet tall", "10 km deep", "30,000 feet above sea level", "a 300-mile-wide
 *    storm", "fell 30 feet", "at an altitude of 9,000 meters", "flying at 30,000 feet", a person's "5 ft 10 in";
 *  - areas and volumes: "square miles", "sq km", "km²", "km2", "cubic meters", "kilometers squared";
 *  - speeds and rates: "km/h", "miles per hour", "miles an hour", "miles a day", "miles per gallon";
 *  - sizes of objects: "a 17-foot boat", "a 79-metre wingspan", "a fish 5 feet long", "a 3-mile asteroid". A compound
 *    adjective with a short unit (m, ft, yd) counts only when its head is a route or a race ("a 100-meter dash",
 *    "a 400m relay"); with a long unit (km, mi, nmi) it counts unless its head is an object ("a 1,200-mile road route",
 *    "a 26.2-mile race", "the 500-km border", not "a 10-km crater"). Lengths of rivers, coastlines, borders, roads,
 *    pipelines and tunnels count; missile and aircraft ranges count.
 *  - vague amounts without a number ("hundreds of miles", "a few meters", "miles away") are not facts: the text gives
 *    no value (pass 1 never reads them).
 */
import type { Span } from '../../schema.js';
import type { Document } from '../../nlp/document.js';
import { tokenAt } from './document.js';
import { SHORT_UNITS, type Quantity } from './find.js';
import { DIMENSION_WORDS, DIRECTION_SOURCE, HEDGE_BEFORE_SOURCE, OBJECT_HEADS, RISKY_ABBREVIATIONS, ROUTE_HEADS } from './units.js';

/** What the classification decided: a distance, and whether it is a route ("a 40-mile drive") or a place-to-place one. */
export interface Kind {
  route: boolean;
  /** where the words after the quantity (and its head noun) start */
  after: number;
}

/** Everything the exclusions read about one quantity, computed once. */
export interface Reading {
  q: Quantity;
  /** the words after the quantity and its conversion, and right after its unit */
  after: string;
  afterUnit: string;
  /** the words before its hedge, and right before its number */
  before: string;
  beforeNumber: string;
  short: boolean;
  /** a distance cue follows ("from", "away", "north of", punctuation) */
  cue: boolean;
  /** the word right after ("-high", " tall", " long"), joined to the quantity, and whether it starts a route ("across the plain") */
  suffix: { word: string; joined: boolean; route: boolean } | null;
  head: { word: string; end: number } | null;
  /** "a 26.2-mile race", "the 100m final": the quantity qualifies the noun after it */
  attributive: boolean;
}

export interface Exclusion {
  name: string;
  test: (r: Reading) => boolean;
  reason: string;
}

const SPEED_AFTER_RE = /^(?:\s{0,3}\/|\s{0,3}(?:per|an?)\s+(?:hour|hr|minute|min|second|sec|day|week|month|year|gallon|litre|liter)\b|\s{0,3}per\b|\s{0,3}ph\b)/i;
const AREA_AFTER_RE = /^\s{0,3}(?:squared|square)\b|^\s{0,2}\^/i;
const INCHES_AFTER_RE = /^(?:-\d|[\s,]{0,3}(?:and\s+)?\d{1,2}(?:\.\d+)?\s{0,2}(?:-?inch(?:es)?\b|in\b|"))/i;
const VERTICAL_AFTER_RE = /^[\s,]{0,3}(?:above|below|beneath|underneath|under|(?:up|down)\b(?!\s{1,3}(?:the|a|an)\s)|underground|underwater|in\s+(?:diameter|height|depth|width|thickness|circumference|girth|altitude))/i;
/** Verbs of vertical motion: the length after them is a height or a depth ("fell 30 feet", "plunged 1,000 feet into"). */
const VERTICAL_BEFORE_RE = new RegExp(
  `\\b(?:fell|falls?|falling|plunged?|plunging|plunges|dropped|drops?|dropping|climbed|climbs?|climbing|rose|rises?|rising|` +
    `soared|soaring|descended|descends?|descending|dove|dived|dives?|diving|sank|sinks?|sunk|ascended|ascends?|jumped|leapt|` +
    `leaped|tall|high|deep)\\s{1,3}(?:${HEDGE_BEFORE_SOURCE}\\s{1,3})?$`,
  'i',
);
const DIMENSION_OF_RE = new RegExp(
  `\\b(?:altitudes?|heights?|elevations?|depths?|wingspan|diameter|width|thickness|circumference|girth|stature|draft|draught)\\s{1,3}of\\s{1,3}(?:${HEDGE_BEFORE_SOURCE}\\s{1,3})?$`,
  'i',
);
const MATERIAL_AFTER_RE = /^\s{0,3}of\s+(?:fresh\s+|new\s+|heavy\s+)?(?:snow|snowfall|rain|water|floodwater|ice|mud|lava|sand|debris|rubble|dirt|soil|earth|concrete|cables?|cabling|wires?|wiring|piping|pipes?|tubing|fib(?:er|re)|thread|yarn|rope|fabric|cloth|paper|film|tape|hair|silt|ash|sediment)\b/i;
const MILEAGE_AFTER_RE = /^\s{0,3}on\s+(?:it|them|the\s+(?:clock|odometer|meter))\b/i;
const AT_BEFORE_RE = new RegExp(`\\b(?:at|to|from)\\s{1,3}(?:${HEDGE_BEFORE_SOURCE}\\s{1,3})?$`, 'i');
/** Verbs of stature and measuring: a height or a size ("stands 6 feet", "measuring 5 meters"), unless a place follows ("stood 50 feet from the stage"). */
const STATURE_BEFORE_RE = new RegExp(
  `\\b(?:stands|stood|standing|measures?|measured|measuring|towers|towering|grew|grows)\\s{1,3}(?:${HEDGE_BEFORE_SOURCE}\\s{1,3})?$`,
  'i',
);
/** Words after a quantity that make it a distance (for the ambiguous abbreviations, and for "one foot"). */
const CUE_AFTER_RE = new RegExp(
  `^\\s{0,3}(?:[.,;:!?)"']|$|(?:from|away|off|of|to|toward|towards|into|inside|outside|beyond|past|behind|ahead|apart|short|closer|nearer|further|farther|inland|offshore|upstream|downstream|upriver|downriver|across|along|through|around|in\\s+front|${DIRECTION_SOURCE})\\b)`,
  'i',
);
const DETERMINER_BEFORE_RE = /\b(?:a|an|the|its|his|her|their|our|this|that|each|every)\s{1,3}$/i;

/** The exclusions, in order: the first that holds rejects the quantity. */
export const EXCLUSIONS: readonly Exclusion[] = [
  { name: 'speed', test: (r) => SPEED_AFTER_RE.test(r.afterUnit) || SPEED_AFTER_RE.test(r.after), reason: 'a speed or a rate: "km/h", "miles per hour", "miles a day"' },
  { name: 'area', test: (r) => AREA_AFTER_RE.test(r.after), reason: 'an area: "kilometers squared", "km^2"' },
  { name: 'feet-and-inches', test: (r) => INCHES_AFTER_RE.test(r.afterUnit), reason: 'a person\'s height: "5 ft 10 in", "5 feet, 10 inches", "6-foot-2"' },
  { name: 'vertical-after', test: (r) => VERTICAL_AFTER_RE.test(r.after), reason: 'a height or depth: "30,000 feet above sea level", "5 meters in diameter"' },
  { name: 'vertical-verb', test: (r) => VERTICAL_BEFORE_RE.test(r.before), reason: 'a height after a verb of vertical motion: "fell 30 feet"' },
  { name: 'dimension-of', test: (r) => DIMENSION_OF_RE.test(r.before) || DIMENSION_OF_RE.test(r.beforeNumber), reason: 'a dimension: "at an altitude of 9,000 meters"' },
  { name: 'material', test: (r) => MATERIAL_AFTER_RE.test(r.after), reason: 'an amount of material: "30 feet of snow", "2 km of cable"' },
  { name: 'mileage', test: (r) => MILEAGE_AFTER_RE.test(r.after), reason: 'a vehicle\'s mileage: "the car has 90,000 miles on it"' },
  { name: 'level', test: (r) => r.short && AT_BEFORE_RE.test(r.before) && !r.cue, reason: 'a level, unless a place follows: "flying at 30,000 feet", "climbed to 8,000 meters"' },
  { name: 'stature', test: (r) => STATURE_BEFORE_RE.test(r.before) && !r.cue, reason: 'a height or a size, unless a place follows: "stands 6 feet", "measuring 5 meters"' },
  {
    name: 'dimension-word',
    test: (r) => !!r.suffix && r.suffix.joined && DIMENSION_WORDS.has(r.suffix.word) && !r.suffix.route,
    reason: 'a dimension word right after: "6 feet tall", "a 300-mile-wide storm", "a crater 10 km across", "200 miles up"',
  },
  { name: 'object-length', test: (r) => !!r.suffix && r.suffix.joined && r.suffix.word === 'long' && !r.q.compound && r.short, reason: 'the length of an object in a short unit: "a fish 5 feet long"' },
  {
    name: 'ambiguous-abbreviation',
    test: (r) => RISKY_ABBREVIATIONS.has(r.q.unitWord) && !r.cue && !(r.head && ROUTE_HEADS.has(r.head.word)),
    reason: '"m" and "mi" need a distance after them: "100m from", "the 100m final", not "5m people"',
  },
  { name: 'one-foot', test: (r) => r.q.wordNumber && r.q.unit === 'ft' && !r.cue, reason: '"one foot" is a body part unless a distance follows' },
  { name: 'object-head', test: (r) => r.attributive && !!r.head && OBJECT_HEADS.has(r.head.word), reason: 'the size of an object: "a 3-mile asteroid", "a 10-km crater"' },
  {
    name: 'short-attribute',
    test: (r) => r.short && (r.attributive && r.head ? !ROUTE_HEADS.has(r.head.word) : r.q.compound),
    reason: 'a short unit qualifies a route or a race only: "a 100-meter dash", not "a 17-foot boat"',
  },
];

/** The distance a quantity is, or the exclusion that rejects it. */
export function classify(doc: Document, q: Quantity, groupEnd: number, sentence: Span): Kind | Exclusion {
  const r = read(doc, q, groupEnd, sentence);
  const excluded = EXCLUSIONS.find((e) => e.test(r));
  if (excluded) return excluded;
  if (r.attributive && r.head) return { route: ROUTE_HEADS.has(r.head.word), after: r.head.end };
  return { route: false, after: groupEnd };
}

export const isExclusion = (k: Kind | Exclusion): k is Exclusion => 'reason' in k;

function read(doc: Document, q: Quantity, groupEnd: number, sentence: Span): Reading {
  const text = doc.text;
  const after = text.slice(groupEnd, groupEnd + 80);
  const before = text.slice(Math.max(0, q.hedgeStart - 60), q.hedgeStart);
  // a dimension word right after: "-high", " tall", " wide" (and "long")
  const suffixStart = q.compound ? q.end : groupEnd;
  const suffixSource = text.slice(suffixStart, suffixStart + (q.compound ? 40 : 80));
  const m = /^-?(?:\s{0,2})([a-z]+)\b/i.exec(suffixSource);
  let suffix: Reading['suffix'] = null;
  let pos = groupEnd;
  if (m) {
    const word = m[1]!.toLowerCase();
    const joined = q.compound ? text[q.end] === '-' : true;
    // "a crater 10 km across" is a width, "200 miles up" an altitude; "2,000 km across the plain", "5 miles up the road" are routes
    const route = (word === 'across' || word === 'up' || word === 'down') && /^\s{1,3}(?:(?:the|a|an)\s|[A-Z])/.test(suffixSource.slice(m[0].length));
    suffix = { word, joined, route };
    // "a border 1,200 miles long", "a 26.2-mile-long route": the head noun comes after "long"
    if (joined && word === 'long') pos = suffixStart + m[0].length;
  }
  const head = headNoun(doc, Math.max(pos, groupEnd), sentence.end);
  return {
    q,
    after,
    afterUnit: text.slice(q.end, q.end + 40),
    before,
    beforeNumber: text.slice(Math.max(0, q.start - 60), q.start),
    short: SHORT_UNITS.has(q.unit),
    cue: CUE_AFTER_RE.test(after),
    suffix,
    head,
    attributive: q.compound || (head != null && (q.attached || DETERMINER_BEFORE_RE.test(before))),
  };
}

/** Words that end a noun phrase when looking for the head noun of "a N-unit …". */
const HEAD_STOP = new Set([
  'from', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'into', 'through', 'across', 'along', 'between', 'and', 'or',
  'but', 'that', 'which', 'who', 'where', 'when', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'away',
  'north', 'south', 'east', 'west', 'inside', 'outside', 'off', 'toward', 'towards', 'around', 'near', 'behind', 'beyond',
]);

/**
 * The head noun of "a 1,200-mile road route …": the last of up to four lower-case words before a stop word or
 * punctuation, or the first of them that is a route or object noun.
 */
function headNoun(doc: Document, from: number, limit: number): { word: string; end: number } | null {
  const text = doc.text;
  const re = /^(\s{1,3}|-)([a-z][a-z-]*)/;
  let pos = from;
  let last: { word: string; end: number } | null = null;
  for (let k = 0; k < 4 && pos < limit; k++) {
    const m = re.exec(text.slice(pos, pos + 40));
    if (!m) break;
    const raw = m[2]!.toLowerCase().replace(/-+$/, '');
    if (HEAD_STOP.has(raw)) break;
    const tok = tokenAt(doc, pos + m[1]!.length);
    if (k === 0 && tok && (tok.tags.has('Verb') || tok.tags.has('Adverb')) && !tok.tags.has('Noun') && !ROUTE_HEADS.has(singular(raw))) break;
    const word = singular(raw.split('-').pop()!);
    const end = pos + m[0].length;
    last = { word, end };
    if (ROUTE_HEADS.has(word) || OBJECT_HEADS.has(word)) return last;
    pos = end;
  }
  return last;
}

const singular = (w: string) => (ROUTE_HEADS.has(w) || OBJECT_HEADS.has(w) ? w : w.replace(/(?:es|s)$/, (s) => (s === 'es' && /(?:ch|sh|x|ss)es$/.test(w) ? '' : s === 'es' ? 'e' : '')));
