/**
 * Relative words that date an event without being time expressions of their own: the adverbs "previously",
 * "formerly", "earlier", "later" and "soon" date the verb they modify ("Boeing had previously hired …", "it later
 * rebounded", "prosecutors may soon seek …", "Earlier, the demand was refused"), and the adjective "recent" the event
 * noun it modifies ("the recent sale of …", "a recent SEC filing"). TimeML leaves most of these words unmarked, so they
 * are not in the sheet's `dates`: they anchor events only, as PAST_REF or FUTURE_REF.
 *
 * An ordered table of shapes, each with a reason; the first that holds decides. A word that modifies no verb or event
 * noun ("an earlier version", "as soon as", "earlier than expected", "soon after") anchors nothing.
 */
import type { Token } from '../nlp/document.js';
import { isClauseVerb } from './event-trigger.js';
import { REPORTING_VERBS, isEventNoun } from './event-words.js';

export type AnchorRule = 'adverb-verb' | 'opening-adverb' | 'recent-noun';

/** A relative word (token `at`) and the event word it dates. */
export interface Anchor {
  at: number;
  trigger: number;
  value: 'PAST_REF' | 'FUTURE_REF';
  rule: AnchorRule;
}

const ADVERBS = /^(previously|formerly|earlier|later|soon)$/;
const CLAUSE_PUNCT = /[,;:—–]|--/;
const hasComma = (t: Token) => CLAUSE_PUNCT.test(t.post);
const hardStop = (t: Token) => /[;:—–]|--/.test(t.post);
/** Words of a verb group between the adverb and its verb: "had previously hired", "have previously been leveled". */
const isGlue = (t: Token) => t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Modal') || t.tags.has('Negative') || (t.tags.has('Adverb') && !t.tags.has('Date'));
/** A word of a noun group; an acronym counts whatever compromise took it for ("SEC" is no second). */
const isNominal = (t: Token) => /^\p{Lu}{2,}$/u.test(t.text) ||
  ((t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Hyphenated') || t.tags.has('Gerund')) && !t.tags.has('Pronoun') && !t.tags.has('Date') && !t.tags.has('Determiner'));

/** Uses of the adverbs that date nothing: a comparison, a conjunction, a modifier of a noun. */
const NOT_ANCHORS: ReadonlyArray<{ name: string; test: (tokens: readonly Token[], k: number) => boolean; reason: string }> = [
  { name: 'comparison', test: (tokens, k) => tokens[k + 1]?.normal === 'than', reason: '"earlier than expected" compares' },
  { name: 'conjunction', test: (tokens, k) => tokens[k]!.normal === 'soon' && (tokens[k - 1]?.normal === 'as' || /^(after|as|enough)$/.test(tokens[k + 1]?.normal ?? '')), reason: '"as soon as", "soon after" join clauses' },
  {
    name: 'noun-modifier',
    test: (tokens, k) => {
      const next = tokens[k + 1];
      return !!next && !hasComma(tokens[k]!) && next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('Verb') && !isGlue(next);
    },
    reason: '"an earlier version", "later stages": an adjective of a noun',
  },
];

/** The verb a relative adverb modifies: the verb group after it, the verb right before it, or the clause it opens. */
function modifiedVerb(tokens: readonly Token[], k: number): { verb: number; rule: AnchorRule } | null {
  const t = tokens[k]!;
  if (!hasComma(t)) {
    let j = k + 1;
    while (j < tokens.length && j - k <= 4 && isGlue(tokens[j]!) && !isClauseVerb(tokens, j) && !hasComma(tokens[j]!)) j++;
    if (j < tokens.length && j - k <= 4 && isClauseVerb(tokens, j)) return { verb: j, rule: 'adverb-verb' };
  }
  const prev = tokens[k - 1];
  // ("said earlier", "announced previously": a past verb; "to market earlier" is no event of its own)
  if (prev && !hasComma(prev) && isClauseVerb(tokens, k - 1) && (prev.tags.has('PastTense') || prev.tags.has('Participle')) && !prev.tags.has('Copula')) return { verb: k - 1, rule: 'adverb-verb' };
  // "Earlier, the demand was refused", "Previously the Iraqis have resisted …": the clause it opens
  if (k === 0 || hasComma(tokens[k - 1]!)) {
    for (let j = k + 1; j < tokens.length && j - k <= 20; j++) {
      if (isClauseVerb(tokens, j)) return { verb: j, rule: 'opening-adverb' };
      if (hardStop(tokens[j]!) || (j > k + 1 && hasComma(tokens[j]!) && hasComma(t))) break;
    }
  }
  return null;
}

/** Past or future: "later" and "soon" follow the tense of their verb group, the others always look back. */
function valueOf(tokens: readonly Token[], k: number, verb: number): 'PAST_REF' | 'FUTURE_REF' {
  const word = tokens[k]!.normal;
  if (word !== 'later' && word !== 'soon') return 'PAST_REF';
  const [a, b] = verb > k ? [k, verb] : [verb, k];
  const group = tokens.slice(Math.max(0, a - 2), b + 1);
  if (group.some((x) => /^(will|would|'ll|shall|may|might|could|can|to|going)$/.test(x.normal))) return 'FUTURE_REF';
  return tokens[verb]!.tags.has('PastTense') || group.some((x) => /^(had|was|were)$/.test(x.normal)) ? 'PAST_REF' : 'FUTURE_REF';
}

/** "the recent sale of …", "a recent SEC filing", "the recent Supreme Court rulings": the event noun after "recent". */
function recentNoun(tokens: readonly Token[], k: number): number | null {
  let head = -1;
  for (let j = k + 1; j < tokens.length && j - k <= 4; j++) {
    const t = tokens[j]!;
    if (!isNominal(t)) break;
    head = j;
    if (hasComma(t)) break;
  }
  return head >= 0 && isEventNoun(tokens[head]!) ? head : null;
}

/**
 * The relative words of a sentence's tokens that date an event, with the event's word. `covered` tells the tokens
 * inside a time expression of the sheet ("a year earlier", "later this year", "recent years"): those are dated already.
 */
export function relativeAnchors(tokens: readonly Token[], covered: (k: number) => boolean): Anchor[] {
  const out: Anchor[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const word = tokens[k]!.normal;
    if (covered(k)) continue;
    if (word === 'recent') {
      const head = recentNoun(tokens, k);
      if (head !== null && !covered(head)) out.push({ at: k, trigger: head, value: 'PAST_REF', rule: 'recent-noun' });
      continue;
    }
    if (!ADVERBS.test(word) || NOT_ANCHORS.some((r) => r.test(tokens, k))) continue;
    const found = modifiedVerb(tokens, k);
    // ("Merieux previously said …": what was said before is the news, not a dated event)
    if (!found || covered(found.verb) || REPORTING_VERBS.has(tokens[found.verb]!.normal)) continue;
    out.push({ at: k, trigger: found.verb, value: valueOf(tokens, k, found.verb), rule: found.rule });
  }
  return out;
}
