/**
 * Pass 1 of the distance finder: every unit word ("km", "miles", "nautical miles"…) is a candidate; a short
 * end-anchored pattern over the few characters before it reads the number or range ("1,200-", "3,500 to 8,500 ",
 * "two ", "a dozen "). Scanning from unit words keeps every pattern linear: each one runs on a bounded window.
 * Then a quantity in parentheses (or after ", or") right after another one in a different unit, with about the same
 * length, is its conversion.
 */
import type { DistanceAlt, DistanceUnit } from '../../schema.js';
import { DIGIT_NUMBER_SOURCE, HEDGE_BEFORE_SOURCE, NUMBER_END_WORDS, NUMBER_SOURCE, RISKY_ABBREVIATIONS, UNIT_SOURCE, isArticleNumber, parseNumber, toMeters, unitOf } from './units.js';

/** A number (or range) and its unit as found in the text. */
export interface Quantity {
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

export const SHORT_UNITS: ReadonlySet<DistanceUnit> = new Set(['m', 'ft', 'yd']);

// patterns: each runs on a bounded window or is anchored; none can backtrack catastrophically

const UNIT_RE = new RegExp(`(?<![A-Za-z])${UNIT_SOURCE}(?![A-Za-z0-9\\u00b2\\u00b3])`, 'gi');
/**
 * A number or range directly before the unit, anchored at the end of a short window. Groups: 1 and 2 "between N and
 * N", 3 and 4 "N", "N-N" or "N to N", 5 "-odd"/"-plus"/"+", 6 what joins the number to the unit.
 */
const numberBeforeRe = (number: string) =>
  new RegExp(
    `(?<![\\w.,$\\u00a3\\u20ac\\u00a5#])(?:between\\s{1,3}(${number})\\s{1,3}and\\s{1,3}(${number})|(${number})(?:(?:\\s{0,2}[-\\u2013\\u2014]\\s{0,2}|\\s{1,3}to\\s{1,3})(${number}))?)(-odd|-plus|\\+)?(\\s{0,3}-\\s{0,3}|\\s{0,3})$`,
    'di',
  );
/**
 * Numbers in digits or words. Its many number words make it costly for V8 to compile (several milliseconds, paid by every
 * run that meets a unit word), so it is built on first need: most windows end in digits or in no number at all.
 */
let NUMBER_BEFORE_RE: RegExp | undefined;
/** Numbers in digits only: the same groups, a small pattern. */
const DIGIT_NUMBER_BEFORE_RE = numberBeforeRe(DIGIT_NUMBER_SOURCE);
/** What joins the number to the unit, and "-odd", "-plus" or "+" after the number. */
const JOIN_AFTER_RE = /[\s-]*$/;
const APPROXIMATE_AFTER_RE = /(?:-odd|-plus|\+)$/i;
/** A range's link before a number: the number may be the high end of a range whose low end is in words ("two to 5"). */
const RANGE_LINK_BEFORE_RE = /(?:\bto|\band|[-\u2013\u2014])\s{0,3}$/i;

/**
 * The number or range at the end of a window, as the full pattern reads it. A window ending in digits is read by the
 * digit pattern unless a range's link precedes what it found; one ending in a number word by the full pattern; any
 * other window holds no number before the unit.
 */
export function numberBefore(window: string): RegExpExecArray | null {
  const end = window.replace(JOIN_AFTER_RE, '').replace(APPROXIMATE_AFTER_RE, '');
  if (/\d(?:\s{1,3}(?:hundred|thousand|million|billion))?$/i.test(end)) {
    const n = DIGIT_NUMBER_BEFORE_RE.exec(window);
    if (n && !RANGE_LINK_BEFORE_RE.test(window.slice(0, n.index))) return n;
  } else if (!NUMBER_END_WORDS.has(/[A-Za-z]+$/.exec(end)?.[0].toLowerCase() ?? '')) {
    return null;
  }
  NUMBER_BEFORE_RE ??= numberBeforeRe(NUMBER_SOURCE);
  return NUMBER_BEFORE_RE.exec(window);
}
const HEDGE_RE = new RegExp(`(?:^|[^\\w])(${HEDGE_BEFORE_SOURCE})\\s{0,3}$`, 'i');

export function findQuantities(text: string): Quantity[] {
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
    const n = numberBefore(window);
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
export function conversionOf(text: string, a: Quantity, b: Quantity): number | null {
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

export function altOf(text: string, b: Quantity): DistanceAlt {
  return { start: b.start, end: b.end, text: text.slice(b.start, b.end), value: b.value, unit: b.unit, meters: toMeters(b.value, b.unit) };
}
