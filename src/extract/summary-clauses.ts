/**
 * The parts of a sentence an event's summary borrows when its own clause lacks them: the main clause after an opening
 * phrase without a subject, the subject kept apart by a dash aside, the noun group a relative "that" stands for, the
 * noun of a reduced relative clause, the speaker after "said" or of a quotation whose words say "I" or "we"; and what
 * it leaves out: dateline debris and a bracket it would leave open.
 */
import type { Token } from '../nlp/document.js';
import { isClauseVerb } from './event-trigger.js';
import { REPORTING_VERBS, takesClause } from './event-words.js';

const hasComma = (t: Token) => /[,;:—–]|--/.test(t.post);
const isDash = (t: Token) => /--|[—–]|(^|\s)_(\s|$)/.test(t.post) || /_$/.test(t.text);
const subjectish = (t: Token) => t.tags.has('Noun') || t.tags.has('Pronoun') || t.tags.has('ProperNoun') || t.tags.has('Value');
const NOMINAL = ['Noun', 'Determiner', 'Adjective', 'Possessive', 'Value'];
/** Words that open an adverbial phrase at the start of a sentence ("In a long speech …", "After touring …"). */
const PHRASE_OPENERS = /^(after|before|while|when|since|during|in|on|at|with|following|despite|amid|upon|until|as)$/;

const SUBORDINATING = /^(after|before|since|until|till|as|while|because|when|if|once|though|although|unless|whether|than|like|where)$/;
const PERCEIVING = /^(see|sees|saw|seen|watch|watched|hear|heard|feel|felt|let|lets|make|makes|made|have|has|had|help|helped|expect|expected|want|wanted)$/;

/** Dateline debris at the opening of a sentence: "WASHINGTON (AP)_", "HAVANA (AP) --", "NAIROBI, Kenya (AP) _". */
export function afterDateline(tokens: readonly Token[], first: number): number {
  for (let k = first; k < Math.min(tokens.length - 1, first + 6); k++) {
    const t = tokens[k]!;
    // the agency in parentheses, or a place in capitals, followed by an underscore or a double dash
    const word = t.text.replace(/[^\p{L}]/gu, '');
    if (/_|--|—/.test(t.text + t.post) && (/^(AP|Reuters|AFP|UPI)$/.test(word) || !/\p{Ll}/u.test(word))) return k + 1;
    if (!/^\p{Lu}/u.test(t.text)) return first;
  }
  return first;
}

/** A bracket the summary opens without closing ("will leave (4 a.m. EDT") cuts it there; one closed without opening goes. */
export function balanced(s: string): string {
  let depth = 0;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(') {
      if (s.indexOf(')', i) < 0) break;
      depth++;
    } else if (c === ')') {
      if (depth === 0) continue;
      depth--;
    }
    out += c;
  }
  return out;
}

/** The noun group that ends at token `e`: its determiner, possessives, adjectives and nouns. */
export function nounGroupBefore(tokens: readonly Token[], e: number): [number, number] {
  // (a noun the parser read as a verb, "police officers", is one the verb test turns down)
  const nominal = (k: number) => {
    const t = tokens[k]!;
    if (t.tags.has('Pronoun') || t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Preposition')) return false;
    return NOMINAL.some((tag) => t.tags.has(tag)) || (t.tags.has('Verb') && !isClauseVerb(tokens, k));
  };
  let a = e;
  while (a > 0 && e - a < 6 && !hasComma(tokens[a - 1]!) && nominal(a - 1)) a--;
  return [a, e];
}

/**
 * Whether tokens[first..last] are an opening phrase with no clause of its own, at the start of the sentence and ended
 * by a comma: it opens on a preposition, a subordinator or a participle ("In a long attack read on television
 * Thursday,", "After touring the capital and meeting with police leaders,").
 */
export function isOpeningPhrase(tokens: readonly Token[], sentenceStart: number, first: number, last: number): boolean {
  if (first > sentenceStart + 1 || last >= tokens.length - 1 || !/,/.test(tokens[last]!.post) || hasDashIn(tokens, first, last)) return false;
  const t = tokens[first]!;
  return PHRASE_OPENERS.test(t.normal) || (t.tags.has('Gerund') && /ing$/.test(t.normal));
}

const hasDashIn = (tokens: readonly Token[], a: number, b: number) => tokens.slice(a, b).some(isDash);

/**
 * The main clause after an opening phrase, from token `m`: its subject, its verb group and as much complement as fits
 * in `limit` tokens, up to the next comma. Null when no subject and verb of its own start there.
 */
export function mainClause(tokens: readonly Token[], m: number, limit: number, opensPhrase: (k: number) => boolean): [number, number] | null {
  let e = m;
  while (e < tokens.length - 1 && !hasComma(tokens[e]!)) e++;
  let v = m;
  while (v <= e && !isClauseVerb(tokens, v)) v++;
  if (v > e || v === m || v - m > 8 || !tokens.slice(m, v).some(subjectish)) return null;
  const end = e;
  e = Math.min(e, Math.max(v + 2, m + limit - 1));
  // (cut short, it ends before a second verb group rather than inside it: "called him a liar | and said …")
  if (e < end) {
    for (let a = e; a > v + 1; a--) {
      if (tokens[a]!.normal === 'and' && isClauseVerb(tokens, a + 1)) {
        e = a - 1;
        break;
      }
    }
  }
  while (e > v && opensPhrase(e)) e--;
  return [m, e];
}

/**
 * "Tens of thousands of women -- hundreds of them pregnant -- marched …": a clause that opens on its verb right after
 * a dash aside takes as its subject the words before the aside, back to the comma or the start of the sentence.
 */
export function subjectBeforeDash(tokens: readonly Token[], first: number): [number, number] | null {
  if (first < 2 || !isDash(tokens[first - 1]!)) return null;
  let j = first - 2;
  while (j >= 0 && !isDash(tokens[j]!)) {
    if (/[;:]/.test(tokens[j]!.post)) return null;
    j--;
  }
  if (j < 0) return null;
  let s = j;
  while (s > 0 && !hasComma(tokens[s - 1]!)) s--;
  return j - s < 10 && tokens.slice(s, j + 1).some(subjectish) ? [s, j] : null;
}

/**
 * The speaker of a quotation that holds token `k`: the name before a verb of saying right after the closing quote
 * ("…,'' Lubrani told …", "…," said Ruiz), and that verb. Null when the sentence names none.
 */
export function quoteSpeaker(tokens: readonly Token[], k: number, isSaying: (word: string) => boolean): { name: [number, number]; verb: number } | null {
  // inside a quotation: it opens at or before k and closes after it
  let o = k;
  while (o > 0 && !/``|“|"/.test(tokens[o]!.pre) && !/''|”|"/.test(tokens[o - 1]!.post)) o--;
  if (!/``|“|"/.test(tokens[o]!.pre)) return null;
  let c = k;
  while (c < tokens.length - 1 && !/''|”|"/.test(tokens[c]!.post)) c++;
  if (c >= tokens.length - 1) return null;
  const n = c + 1;
  // "…,'' Lubrani told": the name, then the verb
  let v = n;
  while (v < tokens.length && v - n < 5 && tokens[v]!.tags.has('ProperNoun') && !isSaying(tokens[v]!.normal)) v++;
  if (v > n && v < tokens.length && isSaying(tokens[v]!.normal)) return { name: [n, v - 1], verb: v };
  // "…,'' said Ruiz": the verb, then the name
  if (isSaying(tokens[n]!.normal)) {
    let e = n + 1;
    while (e < tokens.length && e - n <= 5 && tokens[e]!.tags.has('ProperNoun')) e++;
    if (e > n + 1) return { name: [n + 1, e - 1], verb: n };
  }
  return null;
}

/**
 * "spokeswoman for the committee appointed last May to review bids", "violates an agreement reached between the two
 * companies": a past participle right after a noun group that is itself an object (after a verb or a preposition) and
 * with no object of its own is a reduced relative clause. Returns its noun group and whether it is plural, so the
 * summary can read "the committee was appointed to review bids".
 */
export function reducedRelative(tokens: readonly Token[], trigger: number, inDate: (t: Token) => boolean): { np: [number, number]; plural: boolean } | null {
  const t = tokens[trigger]!;
  if ((!t.tags.has('PastTense') && !t.tags.has('Participle')) || takesClause(t.normal)) return null;
  const e = trigger - 1;
  const head = tokens[e];
  if (!head || !head.tags.has('Noun') || head.tags.has('Pronoun') || inDate(head)) return null;
  // (or an aside after the noun, between commas: "the latest suit, filed in September 2003, claims …")
  const apposed = /^,\s*$/.test(head.post) && /,/.test(tokens.slice(trigger, trigger + 12).find((x) => hasComma(x))?.post ?? '');
  if (!apposed && (hasComma(head) || head.tags.has('ProperNoun'))) return null;
  // no object of its own: no noun group follows it (a preposition, "to", a date or the clause's end does)
  const next = tokens[trigger + 1];
  if (next && !hasComma(t) && !inDate(next) && !next.tags.has('Date') && ['Determiner', 'Possessive', 'Pronoun', 'Noun', 'Value', 'Adjective'].some((tag) => next.tags.has(tag))) return null;
  const np = nounGroupBefore(tokens, e);
  if (apposed) return { np, plural: head.tags.has('Plural') };
  const before = tokens[np[0] - 1];
  // the noun group is an object or complement: a preposition, "be" or a verb before it; not a subordinator ("after
  // prices fell"), a verb that reports or perceives a clause ("said the plant closed", "saw prices fall") nor "that"
  if (!before || hasComma(before) || tokens[np[0]]!.normal === 'that' || SUBORDINATING.test(before.normal) || takesClause(before.normal) || PERCEIVING.test(before.normal)) return null;
  if (!(before.tags.has('Preposition') || before.tags.has('Verb') || before.tags.has('Copula'))) return null;
  // and the sentence has a verb before it, whose object or complement holds the noun group ("a friend of Ana's lawyer
  // visited …" is a subject)
  if (!tokens.slice(0, np[0]).some((x, i) => isClauseVerb(tokens, i) || x.tags.has('Copula'))) return null;
  return { np, plural: head.tags.has('Plural') };
}

/**
 * "said David Lee, Acme's treasurer, at a news conference": picked tokens that open on a verb of saying followed by a
 * name, reordered so the name (and an aside right after it) comes before the verb. Null when they do not open so.
 */
export function saidName(tokens: readonly Token[], picked: readonly number[]): number[] | null {
  const v = picked[0];
  if (v === undefined || !REPORTING_VERBS.has(tokens[v]!.normal) || picked[1] !== v + 1 || hasComma(tokens[v]!)) return null;
  const capital = (k: number) => !!tokens[k] && /^\p{Lu}/u.test(tokens[k]!.text);
  let n = v + 1;
  if (!capital(n)) return null;
  while (capital(n + 1) && !hasComma(tokens[n]!)) n++;
  // an aside after the name, up to the next comma
  if (/,/.test(tokens[n]!.post)) {
    let a = n + 1;
    while (a < tokens.length - 1 && a - n <= 10 && !hasComma(tokens[a]!)) a++;
    if (a - n <= 10 && /,/.test(tokens[a]!.post) && picked.includes(a)) n = a;
  }
  const name = picked.filter((k) => k > v && k <= n);
  return [...name, v, ...picked.filter((k) => k > n)];
}
