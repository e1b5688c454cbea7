/**
 * Data for the distance extractor: length units, number words, hedges and the head nouns that tell a route from an
 * object. Rules as data: every list is general English news usage, not tuned to any one article.
 */
import type { DistanceUnit } from '../../schema.js';

/** Meters per unit, exact by definition (international mile, foot, yard; nautical mile). */
export const METERS_PER_UNIT: Record<DistanceUnit, number> = {
  km: 1000,
  m: 1,
  mi: 1609.344,
  ft: 0.3048,
  yd: 0.9144,
  nmi: 1852,
};

/** Convert to meters, dropping binary floating-point noise (15 mi → 24140.16, not 24140.160000000003). */
export function toMeters(value: number, unit: DistanceUnit): number {
  return Math.round(value * METERS_PER_UNIT[unit] * 1e6) / 1e6;
}

/**
 * Unit words as written. "nautical miles" comes before "miles" so that the scan, which runs left to right, sees it first.
 * The bare abbreviations "m" and "mi" are matched in lower case only: "M" is "million" ("$5M") or a name ("M-16").
 */
export const UNIT_SOURCE =
  '(nautical\\s{1,3}miles?|nmi|kilomet(?:er|re)s?|kms?|miles?|mi|feet|foot|ft|yards?|yds?|met(?:er|re)s?|m)';

/** Canonical unit of a matched unit word. */
export function unitOf(word: string): DistanceUnit | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w.startsWith('nautical') || w === 'nmi') return 'nmi';
  if (w.startsWith('kilomet') || w === 'km' || w === 'kms') return 'km';
  if (w === 'mile' || w === 'miles' || w === 'mi') return 'mi';
  if (w === 'feet' || w === 'foot' || w === 'ft') return 'ft';
  if (w === 'yard' || w === 'yards' || w === 'yd' || w === 'yds') return 'yd';
  if (w.startsWith('met') || w === 'm') return 'm';
  return null;
}

/** Abbreviations that are also ordinary words or other symbols; they need a distance context after them. */
export const RISKY_ABBREVIATIONS = new Set(['m', 'mi']);

export const ONES: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

const ONES_ALT = Object.keys(ONES).sort((a, b) => b.length - a.length).join('|');
const TENS_ALT = Object.keys(TENS).join('|');
const DIGITS = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+';
const WORDS = `(?:${TENS_ALT})(?:[\\s-](?:${ONES_ALT}))?|${ONES_ALT}|a\\s+dozen|dozen|a\\s+hundred|a\\s+thousand|half\\s+an?|an?`;
/** One number: digits or words, with an optional multiplier ("1.5 million", "two hundred", "a dozen"). */
export const NUMBER_SOURCE = `(?:${DIGITS}|${WORDS})(?:\\s{1,3}(?:hundred|thousand|million|billion))?`;
/** One number in digits only, with an optional multiplier ("1,200", "1.5 million"). */
export const DIGIT_NUMBER_SOURCE = `(?:${DIGITS})(?:\\s{1,3}(?:hundred|thousand|million|billion))?`;
/** The words a number in words can end with ("twenty-five", "a dozen", "two hundred", "a"). */
export const NUMBER_END_WORDS: ReadonlySet<string> = new Set([...Object.keys(ONES), ...Object.keys(TENS), ...Object.keys(MULTIPLIERS), 'dozen', 'a', 'an']);

/** Value of a number matched by NUMBER_SOURCE, or null. */
export function parseNumber(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  const m = /^(.*?)(?: (hundred|thousand|million|billion))?$/.exec(s);
  if (!m) return null;
  let base: number | null;
  const head = m[1]!;
  if (/^[\d.,]+$/.test(head)) base = Number(head.replace(/,/g, ''));
  else if (head === 'a dozen' || head === 'dozen') base = 12;
  else if (head === 'a hundred') base = 100;
  else if (head === 'a thousand') base = 1000;
  else if (head === 'half a' || head === 'half an') base = 0.5;
  else if (head === 'a' || head === 'an') base = 1;
  else {
    const [t, o] = head.split(/[\s-]/);
    base = t! in TENS ? TENS[t!]! + (o ? (ONES[o] ?? NaN) : 0) : t! in ONES && !o ? ONES[t!]! : null;
  }
  if (base == null || !Number.isFinite(base)) return null;
  return m[2] ? base * MULTIPLIERS[m[2]]! : base;
}

/** A number written as an article ("a mile", "half a mile"): only trusted with the long units. */
export const isArticleNumber = (raw: string) => /^(?:half\s+)?an?$/i.test(raw.trim());

/**
 * Hedges before a number: they make a distance approximate. "within" and "up to" are bounds, which the guidelines
 * count as hedged too. "only" and "just" are not hedges ("only 130 kilometers" is exact).
 */
export const HEDGE_BEFORE_SOURCE =
  '(?:about|approximately|approx\\.|roughly|around|some|nearly|almost|close\\s+to|more\\s+than|less\\s+than|fewer\\s+than|' +
  'over|under|up\\s+to|upwards\\s+of|at\\s+least|at\\s+most|within|an\\s+estimated|estimated|further\\s+than|farther\\s+than|' +
  'as\\s+(?:much|far|many)\\s+as|no\\s+(?:more|less)\\s+than|circa|~)';

/** Compass directions ("south of", "north-northeast of"). */
export const DIRECTION_SOURCE =
  '(?:(?:due|just|directly)\\s+)?(?:(?:north|south|east|west)(?:-?(?:north|south|east|west)){0,2}(?:ern)?|northward|southward|eastward|westward)';

/**
 * Head nouns of "a N-unit NOUN" that make it a route or a distance (a race, a drive, a border…). Short units (m, ft, yd)
 * need one of these: "a 100-meter dash" is a distance, "a 17-foot boat" is the size of an object.
 */
export const ROUTE_HEADS = new Set([
  'race', 'run', 'marathon', 'dash', 'sprint', 'relay', 'hurdles', 'freestyle', 'backstroke', 'breaststroke', 'butterfly',
  'medley', 'swim', 'walk', 'hike', 'march', 'trek', 'drive', 'ride', 'journey', 'trip', 'route', 'road', 'highway',
  'motorway', 'path', 'trail', 'stretch', 'section', 'leg', 'stage', 'perimeter', 'radius', 'zone', 'buffer', 'cordon',
  'corridor', 'tunnel', 'pipeline', 'border', 'frontier', 'boundary', 'distance', 'range', 'flight', 'voyage', 'crossing',
  'commute', 'detour', 'convoy', 'final', 'finals', 'heat', 'semifinal', 'semi-final', 'title', 'champion', 'event',
  'record', 'course', 'circuit', 'loop', 'railway', 'railroad', 'canal', 'coastline', 'shoreline', 'river',
  'odyssey', 'exodus', 'pilgrimage', 'expedition', 'gap', 'passage', 'limit', 'jog', 'journeys', 'trips', 'drives',
]);

/**
 * Head nouns that make "a N-km NOUN" the size of a thing rather than a distance, even with a long unit
 * ("a 3-mile asteroid", "a 10-km crater", "a 20-mile oil slick").
 */
export const OBJECT_HEADS = new Set([
  'asteroid', 'meteor', 'meteorite', 'comet', 'iceberg', 'glacier', 'storm', 'hurricane', 'typhoon', 'cyclone', 'tornado',
  'cloud', 'plume', 'slick', 'crater', 'hole', 'sinkhole', 'wave', 'tsunami', 'boat', 'ship', 'yacht', 'vessel', 'tanker',
  'submarine', 'canoe', 'kayak', 'raft', 'powerboat', 'dinghy', 'wingspan', 'tower', 'statue', 'wall', 'building',
  'skyscraper', 'tree', 'pole', 'mast', 'antenna', 'screen', 'pool', 'fish', 'shark', 'whale', 'snake', 'python',
  'crocodile', 'alligator', 'banner', 'flag', 'cliff', 'drop', 'fall', 'ladder', 'rope', 'truck', 'trailer', 'container',
  'plane', 'aircraft', 'rocket', 'missile', 'telescope', 'mirror', 'dish', 'island', 'lake', 'dune', 'mound', 'crack',
]);

/**
 * Dimension words after a length that make it a height, depth, width or thickness, which the guidelines exclude
 * ("6 feet tall", "10 km deep", "a 300-mile-wide storm"). "long" is handled apart: it is a route length with the long
 * units ("a border 1,200 miles long") and the length of an object with the short ones ("a fish 5 feet long").
 */
export const DIMENSION_WORDS = new Set(['tall', 'high', 'deep', 'wide', 'thick', 'across', 'broad', 'square', 'squared', 'cubic', 'underground', 'underwater', 'aloft', 'overhead', 'up', 'down']);

/** Place-type nouns that a deictic or appositive phrase uses ("this municipality", "a town 30 miles south of …"). */
export const PLACE_NOUNS =
  'city|town|village|municipality|capital|port|island|community|region|province|district|area|country|state|county|' +
  'settlement|hamlet|enclave|outpost|base|camp|resort|suburb|neighbo(?:u)?rhood|border\\s+town|port\\s+city|township';
