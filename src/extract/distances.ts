/**
 * Distances: spatial distances and lengths between places or along routes ("130 kilometers from the border",
 * "a 26.2-mile race", "3,500 to 8,500 nautical miles", "17 kilometers (10 miles) from Angkor Wat").
 *
 * How it works, in three passes over the text:
 *  1. find:  every unit word ("km", "miles", "nautical miles"…) is a candidate; a short end-anchored pattern over the
 *            few characters before it reads the number or range ("1,200-", "3,500 to 8,500 ", "two ", "a dozen ").
 *            Scanning from unit words keeps every pattern linear: each one runs on a bounded window.
 *  2. refine: a quantity in parentheses (or after ", or") right after another one in a different unit, with about the
 *            same length, is its conversion (`alt`). Then the boundary of what counts as a distance (below).
 *  3. parse: hedges, and the endpoints from the words around it.
 *
 * The boundary (guidelines: "not heights of people, not areas, not speeds"):
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
 *    no value.
 */
import type { Distance, DistanceAlt, DistanceUnit, Span } from '../schema.js';
import type { Document, Sentence, Token } from '../nlp/document.js';
import type { ExtractContext } from './context.js';
import { firstIndex } from '../text/spans.js';
import {
  DIMENSION_WORDS, DIRECTION_SOURCE, HEDGE_BEFORE_SOURCE, NUMBER_SOURCE, OBJECT_HEADS, PLACE_NOUNS, RISKY_ABBREVIATIONS,
  ROUTE_HEADS, UNIT_SOURCE, isArticleNumber, parseNumber, toMeters, unitOf,
} from './units.js';

/** A place mention provided by the locations extractor: the canonical name and one mention span. */
export interface PlaceMention {
  name: string;
  start: number;
  end: number;
}

/** A number (or range) and its unit as found in the text. */
interface Quantity {
  /** start of the number (a hedge before it is not part of the span) */
  start: number;
  /** end of the unit word */
  end: number;
  value: number;
  upper: number | null;
  unit: DistanceUnit;
  /** start of the hedge before the number, or `start` */
  hedgeStart: number;
  hedged: boolean;
  /** "26.2-mile": number and unit joined by a hyphen */
  compound: boolean;
  /** "100m": no space between number and unit */
  attached: boolean;
  article: boolean;
  wordNumber: boolean;
  unitWord: string;
  range: boolean;
}

const SHORT_UNITS: ReadonlySet<DistanceUnit> = new Set(['m', 'ft', 'yd']);

// ---------- patterns (each runs on a bounded window or is anchored; none can backtrack catastrophically) ----------

const UNIT_RE = new RegExp(`(?<![A-Za-z])${UNIT_SOURCE}(?![A-Za-z0-9\\u00b2\\u00b3])`, 'gi');
/** number or range directly before the unit, anchored at the end of a short window */
const NUMBER_BEFORE_RE = new RegExp(
  `(?<![\\w.,$\\u00a3\\u20ac\\u00a5#])(?:between\\s{1,3}(${NUMBER_SOURCE})\\s{1,3}and\\s{1,3}(${NUMBER_SOURCE})|(${NUMBER_SOURCE})(?:(?:\\s{0,2}[-\\u2013\\u2014]\\s{0,2}|\\s{1,3}to\\s{1,3})(${NUMBER_SOURCE}))?)(-odd|-plus|\\+)?(\\s{0,3}-\\s{0,3}|\\s{0,3})$`,
  'di',
);
const HEDGE_RE = new RegExp(`(?:^|[^\\w])(${HEDGE_BEFORE_SOURCE})\\s{0,3}$`, 'i');
const SUFFIX_HEDGE_RE = /^\s{0,3}(?:or\s+so|or\s+more|or\s+less|plus|odd|give\s+or\s+take)\b/i;

/** Words after a quantity that make it a distance (for the ambiguous abbreviations, and for "one foot"). */
const CUE_AFTER_RE = new RegExp(
  `^\\s{0,3}(?:[.,;:!?)"']|$|(?:from|away|off|of|to|toward|towards|into|inside|outside|beyond|past|behind|ahead|apart|short|closer|nearer|further|farther|inland|offshore|upstream|downstream|upriver|downriver|across|along|through|around|in\\s+front|${DIRECTION_SOURCE})\\b)`,
  'i',
);

/** Verbs of vertical motion: the length after them is a height or a depth ("fell 30 feet", "plunged 1,000 feet into"). */
const VERTICAL_BEFORE_RE = new RegExp(
  `\\b(?:fell|falls?|falling|plunged?|plunging|plunges|dropped|drops?|dropping|climbed|climbs?|climbing|rose|rises?|rising|` +
    `soared|soaring|descended|descends?|descending|dove|dived|dives?|diving|sank|sinks?|sunk|ascended|ascends?|jumped|leapt|` +
    `leaped|tall|high|deep)\\s{1,3}(?:${HEDGE_BEFORE_SOURCE}\\s{1,3})?$`,
  'i',
);
/** Verbs of stature and measuring: a height or a size ("stands 6 feet", "measuring 5 meters"), unless a place follows ("stood 50 feet from the stage"). */
const STATURE_BEFORE_RE = new RegExp(
  `\\b(?:stands|stood|standing|measures?|measured|measuring|towers|towering|grew|grows)\\s{1,3}(?:${HEDGE_BEFORE_SOURCE}\\s{1,3})?$`,
  'i',
);
const DIMENSION_OF_RE = new RegExp(
  `\\b(?:altitudes?|heights?|elevations?|depths?|wingspan|diameter|width|thickness|circumference|girth|stature|draft|draught)\\s{1,3}of\\s{1,3}(?:${HEDGE_BEFORE_SOURCE}\\s{1,3})?$`,
  'i',
);
const AT_BEFORE_RE = new RegExp(`\\b(?:at|to|from)\\s{1,3}(?:${HEDGE_BEFORE_SOURCE}\\s{1,3})?$`, 'i');

const SPEED_AFTER_RE = /^(?:\s{0,3}\/|\s{0,3}(?:per|an?)\s+(?:hour|hr|minute|min|second|sec|day|week|month|year|gallon|litre|liter)\b|\s{0,3}per\b|\s{0,3}ph\b)/i;
const VERTICAL_AFTER_RE = /^[\s,]{0,3}(?:above|below|beneath|underneath|under|(?:up|down)\b(?!\s{1,3}(?:the|a|an)\s)|underground|underwater|in\s+(?:diameter|height|depth|width|thickness|circumference|girth|altitude))/i;
const INCHES_AFTER_RE = /^(?:-\d|[\s,]{0,3}(?:and\s+)?\d{1,2}(?:\.\d+)?\s{0,2}(?:-?inch(?:es)?\b|in\b|"))/i;
const MATERIAL_AFTER_RE = /^\s{0,3}of\s+(?:fresh\s+|new\s+|heavy\s+)?(?:snow|snowfall|rain|water|floodwater|ice|mud|lava|sand|debris|rubble|dirt|soil|earth|concrete|cables?|cabling|wires?|wiring|piping|pipes?|tubing|fib(?:er|re)|thread|yarn|rope|fabric|cloth|paper|film|tape|hair|silt|ash|sediment)\b/i;

/** Words that end a noun phrase when looking for the head noun of "a N-unit …". */
const HEAD_STOP = new Set([
  'from', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'into', 'through', 'across', 'along', 'between', 'and', 'or',
  'but', 'that', 'which', 'who', 'where', 'when', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'away',
  'north', 'south', 'east', 'west', 'inside', 'outside', 'off', 'toward', 'towards', 'around', 'near', 'behind', 'beyond',
]);

// ---------- endpoints ----------

const APART_RE = /^[\s,]{0,3}(?:apart|(?:away\s+)?from\s+(?:each\s+other|one\s+another))\b/i;
const FROM_AFTER_RE =
  /^[\s,]{0,3}(?:(?:inland|away|further|farther|offshore|out|back|upstream|downstream|downriver|upriver)\s+)?(?:(from|away\s+from|outside(?:\s+of)?|off(?:\s+the\s+coast\s+of)?|short\s+of|beyond|past|behind)|(inside|into))\s+/i;
const DIRECTION_AFTER_RE = new RegExp(`^[\\s,]{0,3}(?:(?:inland|offshore|away|further|farther)\\s+)?${DIRECTION_SOURCE}\\s+(?:of|from)\\s+`, 'i');
const TO_AFTER_RE = /^[\s,]{0,3}(?:away\s+)?(?:up\s+)?(?:to|toward|towards)\s+/i;
const OF_AFTER_RE = /^[\s,]{0,3}of\s+/i;
const BETWEEN_AFTER_RE = /^[\s,]{0,3}between\s+/i;
const AND_RE = /^\s+and\s+/i;
const TO_RE = /^\s+to\s+/i;

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
const NOT_PLACE_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'i', 'he', 'she', 'it', 'they', 'we',
  'you', 'the', 'a', 'an', 'this', 'that', 'there', 'here', 'mr', 'mrs', 'ms', 'dr', 'president', 'prime',
]);
const DEMONYM_RE = /(?:an|ian|ese|ish|i|ic)$/;

const APPOSITION_GAP_RE = new RegExp(
  `^\\s{0,3}(?:,\\s{0,3}|\\s)(?:(?:which|that)\\s+(?:is|was|lies|lay|sits|sat)\\s+(?:located\\s+|situated\\s+)?|(?:an?|the)\\s+(?:[a-z-]+\\s+){0,3}?(?:${PLACE_NOUNS})\\s+(?:(?:located|situated|lying|some)\\s+)?|(?:located|situated|lying)\\s+)?\\s{0,3}$`,
);
const DEICTIC_BEFORE_RE = new RegExp(`\\b(?:here|this\\s+(?:[a-z-]+\\s+)?(?:${PLACE_NOUNS}))\\s{0,3},?\\s{0,3}$`, 'i');
const SUBJECT_PREFIX_RE = new RegExp(`^\\s{0,3}["(]?\\s{0,3}(?:the\\s+(?:[a-z-]+\\s+){0,2}?(?:${PLACE_NOUNS})\\s+of\\s+)?$`, 'i');
const LOCATIVE_VERB_RE = /(?:\b(?:is|are|was|were|lies|lie|lay|sits|sit|sat|located|situated|stands|stood|remains|be|being)\b|'s\b)/i;
const PRONOUN_SUBJECT_RE = new RegExp(`^\\s{0,3}(?:it|the\\s+(?:${PLACE_NOUNS}))\\s{0,3}(?:'s|is|was|lies|lay|sits|sat|stands|remains)\\b`, 'i');

interface Endpoints {
  from: string | null;
  to: string | null;
  rule: string;
}

// ---------- the extractor ----------

export function extractDistances(ctx: ExtractContext, places: readonly PlaceMention[]): Distance[] {
  const doc = ctx.doc;
  const text = doc.text;
  const quantities = findQuantities(doc);
  const sortedPlaces = [...places].filter((p) => p.end > p.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const env: Env = { doc, text, places: sortedPlaces, dateline: datelinePlace(text, sortedPlaces) };
  const out: Distance[] = [];
  const used = new Set<Quantity>();
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    if (used.has(q)) continue;
    // a conversion right after it: "17 kilometers (10 miles)", "10 miles, or 16 km,"
    let alt: Quantity | null = null;
    let groupEnd = q.end;
    const next = quantities[i + 1];
    if (next) {
      const conv = conversionOf(text, q, next);
      if (conv !== null) {
        alt = next;
        groupEnd = conv;
        used.add(next);
      }
    }
    const sentence = sentenceAt(doc, q.start);
    const kind = classify(env, q, groupEnd, sentence);
    if (!kind) continue;
    const approximate = q.hedged || SUFFIX_HEDGE_RE.test(text.slice(groupEnd, groupEnd + 20));
    const ends = endpoints(env, q, kind, sentence);
    const form = q.range ? 'range' : q.compound ? 'compound-adjective' : 'number-unit';
    out.push({
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      value: q.value,
      upper: q.upper,
      unit: q.unit,
      meters: toMeters(q.value, q.unit),
      approximate,
      from: ends.from,
      to: ends.to,
      alt: alt ? altOf(text, alt) : null,
      sentence: { start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) },
      rule: `distance:${form}${alt ? '+alt' : ''}${ends.rule ? `;${ends.rule}` : ''}`,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

interface Env {
  doc: Document;
  text: string;
  places: PlaceMention[];
  dateline: string | null;
}

/** What the classification decided: a distance, and whether it is a route ("a 40-mile drive") or a place-to-place one. */
interface Kind {
  route: boolean;
  /** where the words after the quantity (and its head noun) start */
  after: number;
}

// ---------- pass 1: find ----------

function findQuantities(doc: Document): Quantity[] {
  const text = doc.text;
  const out: Quantity[] = [];
  UNIT_RE.lastIndex = 0;
  for (let m = UNIT_RE.exec(text); m; m = UNIT_RE.exec(text)) {
    const unitWord = m[1]!;
    const u = m.index;
    if (RISKY_ABBREVIATIONS.has(unitWord.toLowerCase()) && unitWord !== unitWord.toLowerCase()) continue;
    const unit = unitOf(unitWord);
    if (!unit) continue;
    // a window of at most ~100 characters before the unit, starting at a word boundary
    let ws = Math.max(0, u - 90);
    if (ws > 0) {
      const sp = text.slice(ws - 1, u).search(/\s/);
      if (sp < 0) continue;
      ws = ws - 1 + sp;
    }
    const window = text.slice(ws, u);
    const n = NUMBER_BEFORE_RE.exec(window);
    if (!n) continue;
    const lowRaw = n[1] ?? n[3]!;
    const highRaw = n[2] ?? n[4] ?? null;
    const low = parseNumber(lowRaw);
    const high = highRaw != null ? parseNumber(highRaw) : null;
    if (low == null || (highRaw != null && high == null)) continue;
    const article = isArticleNumber(lowRaw);
    const sep = n[6] ?? '';
    const compound = sep.includes('-');
    // "a mile" and "half a mile" only with the long units ("a foot" is a body part, "a yard" a garden)
    if (article && (SHORT_UNITS.has(unit) || compound || highRaw != null)) continue;
    const idx = (n as RegExpExecArray & { indices: Array<[number, number] | undefined> }).indices;
    const numStart = ws + (idx[1] ?? idx[3])![0];
    const matchStart = ws + n.index;
    const hedgeWindow = text.slice(Math.max(0, matchStart - 40), matchStart);
    const hedge = HEDGE_RE.exec(hedgeWindow);
    const hedgeStart = hedge ? matchStart - hedgeWindow.length + hedge.index + hedge[0].indexOf(hedge[1]!) : matchStart;
    const hedged = !!hedge || !!n[5];
    const lo = high != null ? Math.min(low, high) : low;
    const hi = high != null ? Math.max(low, high) : null;
    out.push({
      start: numStart,
      end: u + unitWord.length,
      value: lo,
      upper: hi != null && hi !== lo ? hi : null,
      unit,
      hedgeStart,
      hedged,
      compound,
      attached: sep === '',
      article,
      wordNumber: !/\d/.test(lowRaw),
      unitWord,
      range: highRaw != null,
    });
  }
  return out;
}

/** The end of the conversion group when `b` restates `a` in another unit, else null. */
function conversionOf(text: string, a: Quantity, b: Quantity): number | null {
  if (a.unit === b.unit) return null;
  const gap = text.slice(a.end, b.hedgeStart);
  const ratio = toMeters(a.value, a.unit) / toMeters(b.value, b.unit);
  if (!(ratio > 0.75 && ratio < 1.33)) return null;
  if (/^\s{0,3}\(\s{0,3}$/.test(gap)) {
    const close = /^\s{0,3}\)/.exec(text.slice(b.end, b.end + 8));
    return close ? b.end + close[0].length : null;
  }
  if (/^\s{0,3}(?:,\s{0,3})?(?:or|i\.e\.,?|that\s+is,?)\s{1,3}$/i.test(gap) || /^\s{0,2}\/\s{0,2}$/.test(gap)) return b.end;
  return null;
}

function altOf(text: string, b: Quantity): DistanceAlt {
  return { start: b.start, end: b.end, text: text.slice(b.start, b.end), value: b.value, unit: b.unit, meters: toMeters(b.value, b.unit) };
}

// ---------- pass 2: the boundary ----------

function classify(env: Env, q: Quantity, groupEnd: number, sentence: Span): Kind | null {
  const text = env.text;
  const after = text.slice(groupEnd, groupEnd + 80);
  const afterUnit = text.slice(q.end, q.end + 40);
  const before = text.slice(Math.max(0, q.hedgeStart - 60), q.hedgeStart);
  const beforeNumber = text.slice(Math.max(0, q.start - 60), q.start);
  // speeds, rates, areas
  if (SPEED_AFTER_RE.test(afterUnit) || SPEED_AFTER_RE.test(after)) return null;
  if (/^\s{0,3}(?:squared|square)\b|^\s{0,2}\^/i.test(after)) return null;
  // a person's height: "5 ft 10 in", "5 feet, 10 inches", "6-foot-2"
  if (INCHES_AFTER_RE.test(afterUnit)) return null;
  // heights, depths, altitudes
  if (VERTICAL_AFTER_RE.test(after) || VERTICAL_BEFORE_RE.test(before) || DIMENSION_OF_RE.test(before) || DIMENSION_OF_RE.test(beforeNumber)) return null;
  if (MATERIAL_AFTER_RE.test(after)) return null;
  // a vehicle's mileage: "the car has 90,000 miles on it"
  if (/^\s{0,3}on\s+(?:it|them|the\s+(?:clock|odometer|meter))\b/i.test(after)) return null;
  const short = SHORT_UNITS.has(q.unit);
  const cue = CUE_AFTER_RE.test(after);
  // "flying at 30,000 feet", "climbed to 8,000 meters": a level, not a distance, unless a place follows
  if (short && AT_BEFORE_RE.test(before) && !cue) return null;
  if (STATURE_BEFORE_RE.test(before) && !cue) return null;
  // a dimension word right after: "-high", " tall", " wide" (and "long" for the short units)
  let pos = groupEnd;
  const suffixSource = q.compound ? text.slice(q.end, q.end + 40) : after;
  const suffix = /^-?(?:\s{0,2})([a-z]+)\b/i.exec(suffixSource);
  if (suffix) {
    const w = suffix[1]!.toLowerCase();
    const joined = q.compound ? text[q.end] === '-' : true;
    // "a crater 10 km across" is a width, "200 miles up" an altitude; "2,000 km across the plain", "5 miles up the road" are routes
    const across = (w === 'across' || w === 'up' || w === 'down') && /^\s{1,3}(?:(?:the|a|an)\s|[A-Z])/.test(suffixSource.slice(suffix[0].length));
    if (joined && DIMENSION_WORDS.has(w) && !across) return null;
    if (joined && w === 'long') {
      if (!q.compound && short) return null;
      if (q.compound && text[q.end] === '-') pos = q.end + 1 + suffix[0].length - 1;
      else if (!q.compound) pos = groupEnd + suffix[0].length;
    }
  }
  // the ambiguous abbreviations need a distance after them ("100m from", "the 100m final", not "5m people")
  const head = headNoun(env.doc, text, Math.max(pos, groupEnd), sentence.end);
  if (RISKY_ABBREVIATIONS.has(q.unitWord) && !cue && !(head && ROUTE_HEADS.has(head.word))) return null;
  // "one foot" is a body part unless a distance follows
  if (q.wordNumber && q.unit === 'ft' && !cue) return null;
  const attributive =
    q.compound || (head != null && (q.attached || /\b(?:a|an|the|its|his|her|their|our|this|that|each|every)\s{1,3}$/i.test(before)));
  if (attributive && head) {
    if (OBJECT_HEADS.has(head.word)) return null;
    if (ROUTE_HEADS.has(head.word)) return { route: true, after: head.end };
    if (short) return null;
    return { route: false, after: head.end };
  }
  if (q.compound && short) return null;
  return { route: false, after: groupEnd };
}

/**
 * The head noun of "a 1,200-mile road route …": the last of up to four lower-case words before a stop word or
 * punctuation, or the first of them that is a route or object noun.
 */
function headNoun(doc: Document, text: string, from: number, limit: number): { word: string; end: number } | null {
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

// ---------- pass 3: endpoints ----------

function endpoints(env: Env, q: Quantity, kind: Kind, sentence: Span): Endpoints {
  const text = env.text;
  const limit = sentence.end;
  const tail = (p: number) => text.slice(p, Math.min(limit, p + 200));
  let from: string | null = null;
  let to: string | null = null;
  let rule = '';
  let locative = false;
  const after = kind.after;
  const s = tail(after);

  let m: RegExpExecArray | null;
  if ((m = APART_RE.exec(s))) {
    const pair = subjectPair(env, sentence, q.hedgeStart);
    if (pair) return { from: pair[0], to: pair[1], rule: 'ends:apart' };
    return { from: null, to: null, rule: '' };
  }
  if ((m = DIRECTION_AFTER_RE.exec(s))) {
    const np = placeAfter(env, after + m[0].length, limit);
    if (np) {
      to = np.name;
      rule = 'to:direction-of';
      locative = true;
    }
  } else if ((m = FROM_AFTER_RE.exec(s))) {
    const np = placeAfter(env, after + m[0].length, limit);
    if (np) {
      const t2 = TO_RE.exec(text.slice(np.end, np.end + 8));
      const second = t2 && !m[2] ? placeAfter(env, np.end + t2[0].length, limit) : null;
      if (second) return { from: np.name, to: second.name, rule: 'ends:from-to' };
      to = np.name;
      rule = m[2] ? 'to:into' : 'to:from-phrase';
      locative = !m[2];
    }
  } else if ((m = BETWEEN_AFTER_RE.exec(s))) {
    const pair = pairAfter(env, after + m[0].length, limit, AND_RE);
    if (pair) return { from: pair[0], to: pair[1], rule: 'ends:between' };
  } else if ((m = TO_AFTER_RE.exec(s))) {
    const np = placeAfter(env, after + m[0].length, limit);
    if (np) {
      to = np.name;
      rule = 'to:to-phrase';
    }
  } else if ((m = OF_AFTER_RE.exec(s))) {
    const np = placeAfter(env, after + m[0].length, limit);
    if (np) {
      to = np.name;
      rule = 'to:of-phrase';
      locative = true;
    }
  }
  // a route names its ends further on: "a 1,200-mile road route through Iraq and to the border"
  if (!to && kind.route) {
    const w = routeWindow(env, after, limit);
    if (w) {
      if (w.from && w.to) return { from: w.from, to: w.to, rule: `ends:route-${w.rule}` };
      from = w.from;
      to = w.to;
      rule = `ends:route-${w.rule}`;
    }
  }
  // "the distance between X and Y is …", "the road from X to Y is … long"
  if (!to && !from) {
    const b = pairBefore(env, Math.max(sentence.start, q.hedgeStart - 300), q.hedgeStart);
    if (b) return { from: b[0], to: b[1], rule: `ends:${b[2]}-before` };
  }
  if (to && !from) {
    const origin = originOf(env, q, sentence, locative, kind.route || rule === 'to:to-phrase' || rule.startsWith('ends:route'));
    if (origin && origin.name !== to) {
      from = origin.name;
      rule += `;from:${origin.rule}`;
    }
  }
  return { from, to, rule };
}

/** The other end when the text names only one: apposition, deictic "here", the clause subject, or "it". */
function originOf(env: Env, q: Quantity, sentence: Span, locative: boolean, route: boolean): { name: string; rule: string } | null {
  const text = env.text;
  // "Dundalk, 50 miles south of Belfast", "the city of Basra, about 30 miles north of Kuwait", "Portadown, a town 30 miles …"
  const prev = lastPlaceBefore(env.places, sentence.start, q.hedgeStart);
  if (prev && APPOSITION_GAP_RE.test(text.slice(prev.end, q.hedgeStart))) return { name: prev.name, rule: 'apposition' };
  // "in this municipality 15 miles south of San Juan", "130 miles east of here"
  if (env.dateline && DEICTIC_BEFORE_RE.test(text.slice(Math.max(sentence.start, q.hedgeStart - 60), q.hedgeStart))) {
    return { name: env.dateline, rule: 'dateline' };
  }
  if (locative) {
    const subj = subjectPlace(env, sentence);
    if (subj && subj.end <= q.hedgeStart && LOCATIVE_VERB_RE.test(text.slice(subj.end, q.hedgeStart))) return { name: subj.name, rule: 'subject' };
    // "It is approximately 6,500 kilometers from Moscow" after a sentence about Vladivostok
    if (PRONOUN_SUBJECT_RE.test(text.slice(sentence.start, q.hedgeStart))) {
      const here = sentenceIndexAt(env.doc, sentence.start);
      const before = here > 0 ? env.doc.sentences[here - 1]! : null;
      if (before) {
        const first = firstPlaceFrom(env.places, before.start);
        const p = subjectPlace(env, before) ?? (first && first.end <= before.end ? first : null);
        if (p) return { name: p.name, rule: 'pronoun' };
      }
    }
  }
  // a journey to somewhere starts at the place named before it in the sentence
  if (route && prev) return { name: prev.name, rule: 'route-origin' };
  return null;
}

/** The place that opens a sentence as its subject ("Vladivostok is …", "The port city of Vladivostok lies …"). */
function subjectPlace(env: Env, sentence: Span): PlaceMention | null {
  const p = firstPlaceFrom(env.places, sentence.start);
  if (!p || p.start >= sentence.end || p.start - sentence.start > 80) return null;
  if (!SUBJECT_PREFIX_RE.test(env.text.slice(sentence.start, p.start))) return null;
  if (/^'s?\b/.test(env.text.slice(p.end, p.end + 3))) return null;
  return p;
}

/** "Tokyo and Osaka are 400 km apart" */
function subjectPair(env: Env, sentence: Span, before: number): [string, string] | null {
  const first = subjectPlace(env, sentence);
  if (!first || first.end > before) return null;
  const and = AND_RE.exec(env.text.slice(first.end, first.end + 8));
  if (!and) return null;
  const second = placeAfter(env, first.end + and[0].length, before);
  return second ? [first.name, second.name] : null;
}

function pairAfter(env: Env, pos: number, limit: number, joiner: RegExp): [string, string] | null {
  const a = placeAfter(env, pos, limit);
  if (!a) return null;
  const j = joiner.exec(env.text.slice(a.end, a.end + 8));
  if (!j) return null;
  const b = placeAfter(env, a.end + j[0].length, limit);
  return b ? [a.name, b.name] : null;
}

/** The last "between X and Y" or "from X to Y" before the quantity in its sentence. */
function pairBefore(env: Env, start: number, end: number): [string, string, string] | null {
  const text = env.text.slice(start, end);
  const re = /\b(between|from)\s+/gi;
  let best: [string, string, string] | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const between = m[1]!.toLowerCase() === 'between';
    const pair = pairAfter(env, start + m.index + m[0].length, end, between ? AND_RE : TO_RE);
    if (pair) best = [pair[0], pair[1], between ? 'between' : 'from-to'];
  }
  return best;
}

/** Ends of a route named in the rest of its clause: "from X", "to Y", "between X and Y". */
function routeWindow(env: Env, pos: number, limit: number): { from: string | null; to: string | null; rule: string } | null {
  let end = Math.min(limit, pos + 160);
  const stop = /[;:!?]|\.\s|,\s+(?:which|where|who|but|and\s+(?:the|a|it|he|she|they))\b|\bbut\b/i.exec(env.text.slice(pos, end));
  if (stop) end = pos + stop.index;
  const text = env.text.slice(pos, end);
  const re = /\b(from|to|between)\s+/gi;
  let from: string | null = null;
  let to: string | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = pos + m.index + m[0].length;
    const kind = m[1]!.toLowerCase();
    if (kind === 'between') {
      const pair = pairAfter(env, at, end, AND_RE);
      if (pair) return { from: pair[0], to: pair[1], rule: 'between' };
      continue;
    }
    const np = placeAfter(env, at, end);
    if (!np) continue;
    if (kind === 'from' && !from) from = np.name;
    if (kind === 'to' && !to) to = np.name;
  }
  if (!from && !to) return null;
  return { from, to, rule: from && to ? 'from-to' : from ? 'from' : 'to' };
}

/**
 * The place a noun phrase names, starting at `pos`: a place mention, possibly after determiners and place nouns
 * ("the border with North Korea", "the Cambodian capital, Phnom Penh", "the city of Basra"), else a capitalized proper
 * noun right after the preposition ("from Angkor Wat"), else null.
 */
function placeAfter(env: Env, pos: number, limit: number): { name: string; end: number } | null {
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
      // a demonym before a place noun: "the Cambodian capital Phnom Penh"
      if (DEMONYM_RE.test(lower) && /^\s+[a-z]/.test(text.slice(i + w[0].length, i + w[0].length + 3)) && !comma) {
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
  // "behind Slepian's house": a possessive names an owner, not the place
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
function lastPlaceBefore(places: readonly PlaceMention[], from: number, to: number): PlaceMention | null {
  const lo = firstIndex(places, (p) => p.start >= to);
  for (let i = lo - 1; i >= 0 && places[i]!.start >= from; i--) if (places[i]!.end <= to) return places[i]!;
  return null;
}

/** The first place mention that starts at or after `pos` (the longest of those starting there). */
function firstPlaceFrom(places: readonly PlaceMention[], pos: number): PlaceMention | null {
  return places[firstIndex(places, (p) => p.start >= pos)] ?? null;
}

function placeStartingAt(places: readonly PlaceMention[], pos: number): PlaceMention | null {
  const p = firstPlaceFrom(places, pos);
  return p && p.start === pos ? p : null;
}

/** The dateline place ("CAGUAS, Puerto Rico (AP) _"): a place that opens one of the first lines, followed by a comma or a dash. */
function datelinePlace(text: string, places: readonly PlaceMention[]): string | null {
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

// ---------- document helpers ----------

/** Index of the sentence that contains `pos`, or -1. */
function sentenceIndexAt(doc: Document, pos: number): number {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (s.end <= pos) lo = mid + 1;
    else if (s.start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function sentenceAt(doc: Document, pos: number): Span {
  const i = sentenceIndexAt(doc, pos);
  const found: Sentence | undefined = doc.sentences[i];
  if (found) return { start: found.start, end: found.end, text: found.text };
  // outside any parsed sentence: its line, at most a few hundred characters either side
  const text = doc.text;
  const from = Math.max(0, pos - 300);
  const nl = text.slice(from, pos).lastIndexOf('\n');
  const start = nl >= 0 ? from + nl + 1 : from;
  const to = Math.min(text.length, pos + 300);
  const next = text.slice(pos, to).indexOf('\n');
  const end = next >= 0 ? pos + next : to;
  return { start, end, text: text.slice(start, end) };
}

function tokenAt(doc: Document, pos: number): Token | null {
  const ts = doc.tokens;
  let lo = 0;
  let hi = ts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ts[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  const t = ts[lo];
  return t && t.start <= pos && pos < t.end ? t : null;
}
