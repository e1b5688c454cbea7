/**
 * Pass 3 of the distance finder: the endpoints from the words around a distance ("130 kilometers from the border",
 * "between X and Y", "Dundalk, 50 miles south of Belfast", "a 1,200-mile road route through Iraq and to the border").
 */
import type { Span } from '../../schema.js';
import type { Quantity } from './find.js';
import type { Kind } from './classify.js';
import { sentenceIndexAt } from './document.js';
import { DIRECTION_SOURCE, PLACE_NOUNS } from './units.js';
import { firstPlaceFrom, lastPlaceBefore, placeAfter, type Env } from './places.js';
import type { PlaceMention } from '../../findings.js';

const APART_RE = /^[\s,]{0,3}(?:apart|(?:away\s+)?from\s+(?:each\s+other|one\s+another))\b/i;
/** "…, which is about 900 kilometers away.": a distance with no place after it */
const AWAY_RE = /^[\s,]{0,3}away\b(?!\s+(?:from|of)\b)/i;
/** between the two places of "X and Y, 30 km apart", "X and Y, which are 30 km from each other" */
const PAIR_GAP_RE = /^\s{0,3}(?:,\s{0,3}(?:(?:which|that)\s+(?:are|were|lie|lay|sit|sat|stand|stood)\s+)?(?:(?:located|situated|lying|some)\s+)?|\s+(?:are|were|lie|lay|sit|sat|stand|stood)\s+(?:(?:located|situated)\s+)?)$/i;
const FROM_AFTER_RE =
  /^[\s,]{0,3}(?:(?:inland|away|further|farther|offshore|out|back|upstream|downstream|downriver|upriver)\s+)?(?:(from|away\s+from|outside(?:\s+of)?|off(?:\s+the\s+coast\s+of)?|short\s+of|beyond|past|behind)|(inside|into))\s+/i;
const DIRECTION_AFTER_RE = new RegExp(`^[\\s,]{0,3}(?:(?:inland|offshore|away|further|farther)\\s+)?${DIRECTION_SOURCE}\\s+(?:of|from)\\s+`, 'i');
const TO_AFTER_RE = /^[\s,]{0,3}(?:away\s+)?(?:up\s+)?(?:to|toward|towards)\s+/i;
const OF_AFTER_RE = /^[\s,]{0,3}of\s+/i;
const BETWEEN_AFTER_RE = /^[\s,]{0,3}between\s+/i;
const AND_RE = /^\s+and\s+/i;
const TO_RE = /^\s+to\s+/i;

const APPOSITION_GAP_RE = new RegExp(
  `^\\s{0,3}(?:,\\s{0,3}|\\s)(?:(?:which|that)\\s+(?:is|was|lies|lay|sits|sat)\\s+(?:located\\s+|situated\\s+)?|(?:an?|the)\\s+(?:[a-z-]+\\s+){0,3}?(?:${PLACE_NOUNS})\\s+(?:(?:located|situated|lying|some)\\s+)?|(?:located|situated|lying)\\s+)?\\s{0,3}$`,
);
const DEICTIC_BEFORE_RE = new RegExp(`\\b(?:here|this\\s+(?:[a-z-]+\\s+)?(?:${PLACE_NOUNS}))\\s{0,3},?\\s{0,3}$`, 'i');
const SUBJECT_PREFIX_RE = new RegExp(`^\\s{0,3}["(]?\\s{0,3}(?:the\\s+(?:[a-z-]+\\s+){0,2}?(?:${PLACE_NOUNS})\\s+of\\s+)?$`, 'i');
const LOCATIVE_VERB_RE = /(?:\b(?:is|are|was|were|lies|lie|lay|sits|sit|sat|located|situated|stands|stood|remains|be|being)\b|'s\b)/i;
const PRONOUN_SUBJECT_RE = new RegExp(`^\\s{0,3}(?:it|the\\s+(?:${PLACE_NOUNS}))\\s{0,3}(?:'s|is|was|lies|lay|sits|sat|stands|remains)\\b`, 'i');

export interface Endpoints {
  from: string | null;
  to: string | null;
  rule: string;
}

export function endpoints(env: Env, q: Quantity, kind: Kind, sentence: Span): Endpoints {
  const text = env.text;
  const limit = sentence.end;
  const tail = (p: number) => text.slice(p, Math.min(limit, p + 200));
  let from: string | null = null;
  let to: string | null = null;
  let rule = '';
  let locative = false;
  /** the text names where it goes ("to Y", a route): it starts at the place named before it */
  let toward = false;
  const after = kind.after;
  const s = tail(after);

  let m: RegExpExecArray | null;
  if ((m = APART_RE.exec(s))) {
    const pair = subjectPair(env, sentence, q.hedgeStart);
    if (pair) return { from: pair[0], to: pair[1], rule: 'ends:apart' };
    const joined = joinedPairBefore(env, sentence, q.hedgeStart);
    if (joined) return { from: joined[0], to: joined[1], rule: 'ends:apart-pair' };
    return { from: null, to: null, rule: '' };
  }
  if (AWAY_RE.test(s)) {
    const away = awayFrom(env, sentence, q.hedgeStart);
    if (away) return away;
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
      toward = true;
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
      toward = true;
    }
  }
  // "the distance between X and Y is …", "the road from X to Y is … long"
  if (!to && !from) {
    const b = pairBefore(env, Math.max(sentence.start, q.hedgeStart - 300), q.hedgeStart);
    if (b) return { from: b[0], to: b[1], rule: `ends:${b[2]}-before` };
  }
  if (to && !from) {
    const origin = originOf(env, q, sentence, locative, kind.route || toward);
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
  // "Millbrook, 50 miles south of Carlton", "the city of Eastvale, about 30 miles north of Ridgeton", "Ashford, a town 30 miles …"
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

/**
 * "left Paris for Berlin, which is about 900 kilometers away": the place set off before the distance is where it
 * runs to, and the place named before that one in the sentence is where it runs from (none named: from null).
 */
function awayFrom(env: Env, sentence: Span, before: number): Endpoints | null {
  const to = lastPlaceBefore(env.places, sentence.start, before);
  if (!to || !APPOSITION_GAP_RE.test(env.text.slice(to.end, before))) return null;
  let from = lastPlaceBefore(env.places, sentence.start, to.start);
  while (from && from.name === to.name) from = lastPlaceBefore(env.places, sentence.start, from.start);
  return { from: from?.name ?? null, to: to.name, rule: from ? 'ends:away-apposition' : 'to:away-apposition' };
}

/** "raids on Ashford and Eastvale, 30 km from each other": two places joined by "and" right before the distance. */
function joinedPairBefore(env: Env, sentence: Span, before: number): [string, string] | null {
  const second = lastPlaceBefore(env.places, sentence.start, before);
  if (!second || !PAIR_GAP_RE.test(env.text.slice(second.end, before))) return null;
  const first = lastPlaceBefore(env.places, sentence.start, second.start);
  if (!first || first.name === second.name || !/^\s+and\s+$/i.test(env.text.slice(first.end, second.start))) return null;
  return [first.name, second.name];
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

