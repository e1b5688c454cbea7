/**
 * The tense of the clause a time expression sits in, read from compromise's tags on the nearest verb group: it decides
 * whether a bare "Tuesday" or "April" is the latest one before the article date or the next one after it.
 */
import type { Token } from '../nlp/document.js';

export type Tense = 'past' | 'present' | 'future';

const FUTURE_AUX = new Set(['will', 'shall', "'ll", 'wo', 'would', "'d", 'should', 'could', 'might', 'may']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", "'re", "'m", 'has', 'have', 'do', 'does', 'can', 'must']);
/** "expected to", "plans to", "going to": an intention, resolved forward */
const INTENT = new Set(['expected', 'expects', 'expect', 'scheduled', 'set', 'due', 'plans', 'plan', 'planned', 'planning', 'going', 'intends', 'intend', 'hopes', 'hope', 'aims', 'wants', 'slated', 'poised', 'prepared', 'likely', 'ready', 'seeks']);

/** Main verbs that schedule: "planned a rally Saturday", "scheduled a news conference Thursday". */
const SCHEDULING = new Set(['plan', 'plans', 'planned', 'planning', 'schedule', 'schedules', 'scheduled', 'slated', 'set', 'expect', 'expects', 'expected']);
/** Reporting verbs: in the present ("says") they describe the report, which is on or before the article date. */
const REPORTING = new Set(['say', 'says', 'tell', 'tells', 'report', 'reports', 'announce', 'announces', 'claim', 'claims', 'confirm', 'confirms', 'deny', 'denies', 'insist', 'insists', 'add', 'adds', 'note', 'notes', 'warn', 'warns', 'state', 'states', 'quote', 'quotes']);

/** Words that open a temporal clause: "when they opened", "as soon as trading opened", "until the talks ended". */
const TEMPORAL = new Set(['when', 'once', 'until', 'till', 'before', 'after', 'as']);
/** What may stand between such a word and its verb: the clause's subject ("when the stock markets opened"). */
const isSubjectWord = (t: Token) => !isVerbish(t) && !breaks(t) && (t.tags.has('Noun') || t.tags.has('Pronoun') || t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Value') || /^(the|a|an|its|their|his|her|soon)$/.test(t.normal));

const isVerbish = (t: Token) => t.tags.has('Verb') || t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('Copula');
const isGroupGlue = (t: Token) => isVerbish(t) || INTENT.has(t.normal) || t.tags.has('Adverb') || t.tags.has('Negative') || t.normal === 'to' || t.normal === 'not' || t.normal === "n't";
const breaks = (t: Token) => /[;:]/.test(t.post) || /[;:(]/.test(t.pre);

function groupTense(group: Token[]): Tense | null {
  // group is in text order
  let intent = false;
  for (let i = 0; i < group.length; i++) {
    const t = group[i]!;
    const w = t.normal;
    if (w === 'to' && i > 0 && INTENT.has(group[i - 1]!.normal)) intent = true;
    // "is to resume trading Tuesday", "are to meet Friday": an arrangement ahead
    if (w === 'to' && i > 0 && /^(is|are|am)$/.test(group[i - 1]!.normal) && group[i + 1]?.tags.has('Verb')) intent = true;
    if (/'ll$/.test(t.text) || FUTURE_AUX.has(w) || t.tags.has('FutureTense')) return 'future';
  }
  // "had been scheduled to expire Friday", "had planned to leave Monday": a plan seen from the past
  if (intent) return group.some((t) => t.normal === 'had') ? 'past' : 'future';
  // "has scheduled a news conference Thursday": the present perfect of a scheduling verb looks ahead
  const perfect = group.findIndex((t) => t.normal === 'has' || t.normal === 'have');
  if (perfect >= 0 && group.slice(perfect + 1).some((t) => SCHEDULING.has(t.normal) && t.tags.has('Verb'))) return 'future';
  for (let i = 0; i < group.length; i++) {
    const w = group[i]!.normal;
    if (PAST_AUX.has(w)) return 'past';
    // present perfect: "has confirmed" is about the past
    if ((w === 'has' || w === 'have' || w === "'ve") && group.slice(i + 1).some((t) => t.tags.has('PastTense') || t.tags.has('Participle'))) return 'past';
    if (PRESENT_AUX.has(w)) return 'present';
  }
  for (const t of group) if (SCHEDULING.has(t.normal) && t.tags.has('Verb')) return 'future';
  for (const t of group) if (REPORTING.has(t.normal) && t.tags.has('PresentTense')) return 'past';
  for (const t of group) {
    if (!isVerbish(t)) continue;
    if (t.tags.has('PastTense')) return 'past';
    if (t.tags.has('PresentTense') && !t.tags.has('Infinitive')) return 'present';
  }
  for (const t of group) if (t.tags.has('PresentTense') || t.tags.has('Infinitive')) return 'present';
  return null;
}

/**
 * A future in the past: a past verb in a temporal clause ("when they opened", "as soon as trading opened") under a
 * clause that looks ahead ("the funds would be infused … when the markets opened on Friday", "were likely to buy …
 * as soon as trading opened Monday") tells of a time after the report, as its governing clause does. `start` is the
 * first token of the past verb group. Present groups on the way are skipped (compromise reads some plural nouns as
 * verbs: "the stock markets"); a past one ends the search.
 */
function futureInThePast(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && start - k <= 5 && isSubjectWord(tokens[k]!) && !TEMPORAL.has(tokens[k]!.normal)) k--;
  if (k < 0 || !TEMPORAL.has(tokens[k]!.normal) || breaks(tokens[k]!)) return false;
  for (let i = k - 1; i >= 0 && k - i <= 16; i--) {
    const t = tokens[i]!;
    if (breaks(t) || /[.!?]/.test(t.post)) return false;
    if (!isVerbish(t)) continue;
    let s = i;
    while (s > 0 && isGroupGlue(tokens[s - 1]!) && !breaks(tokens[s - 1]!)) s--;
    const tense = groupTense(tokens.slice(s, i + 1));
    if (tense === 'future') return true;
    if (tense === 'past') return false;
    i = s;
  }
  return false;
}

/**
 * The tense and whether it is a past perfect ("had filed", "had not called"): a deadline word before a date ("by
 * Wednesday", "until Thursday") looks ahead except in a past perfect clause, which is about an earlier time.
 */
export interface ClauseVerb {
  tense: Tense;
  pastPerfect: boolean;
  /** a future seen from the past, "would" + verb ("said Friday it would reopen Monday") */
  wouldForm?: boolean;
}

/** "as planned", "as previously scheduled": an aside about a plan, not the verb of the clause the date belongs to. */
const asPlanned = (group: Token[], before: Token | undefined) =>
  before?.normal === 'as' && group.every((t) => t.tags.has('Adverb') || (SCHEDULING.has(t.normal) && t.tags.has('PastTense')));

export function clauseVerbAt(tokens: readonly Token[], from: number, to: number): ClauseVerb | null {
  const found = (group: Token[]): ClauseVerb | null => {
    const tense = groupTense(group);
    if (!tense) return null;
    const pastPerfect = tense === 'past' && group.some((t) => t.normal === 'had' || t.normal === "'d");
    return tense === 'future' && group.some((t) => t.normal === 'would') ? { tense, pastPerfect, wouldForm: true } : { tense, pastPerfect };
  };
  // left
  for (let i = from - 1; i >= 0 && from - i <= 14; i--) {
    const t = tokens[i]!;
    if (breaks(t)) break;
    // "…, but an expected announcement Friday could …": a clause after "but" has its verb ahead
    if (t.normal === 'but') break;
    if (!isVerbish(t)) continue;
    let s = i;
    while (s > 0 && isGroupGlue(tokens[s - 1]!) && !breaks(tokens[s - 1]!)) s--;
    // "let the offensive begin as planned Saturday night": the date belongs to "begin"
    if (asPlanned(tokens.slice(s, i + 1), tokens[s - 1])) {
      i = s;
      continue;
    }
    // "expected to close": the infinitive's group extends through "to" and the intent word
    const r = found(tokens.slice(s, i + 1));
    if (r && r.tense !== 'future' && !r.pastPerfect && futureInThePast(tokens, s)) return { tense: 'future', pastPerfect: false };
    if (r) return r;
    i = s;
  }
  for (let i = to; i < tokens.length && i - to <= 14; i++) {
    const t = tokens[i]!;
    if (!isVerbish(t)) {
      if (breaks(t)) break;
      continue;
    }
    let e = i + 1;
    while (e < tokens.length && isGroupGlue(tokens[e]!)) e++;
    const r = found(tokens.slice(i, e));
    if (r) return r;
    i = e - 1;
  }
  return null;
}
