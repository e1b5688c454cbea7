/**
 * Who and where an event involves: the named actors and places of its clause. The clause is bounded by clause
 * punctuation, but a stretch between commas without a verb of its own belongs to it ("Kennebunkport, Maine", "the
 * governments of Syria, Jordan and Egypt", "two aides, Uzi Arad and Danny Naveh, left …"); a verb that reports speech
 * takes in the clause it reports ("confirmed Friday that the body belonged to …"); a relative clause takes its
 * antecedent ("Saddam, with whom the king met Monday"); he/she/him/her name the person mentioned last.
 *
 * Pure functions of a sentence's tokens and the named mentions: they link rather than find, and can move to the
 * linking layer as they are.
 */
import type { NamedMention } from '../findings.js';
import type { Span } from '../schema.js';
import type { Token } from '../nlp/document.js';
import { firstIndex } from '../text/spans.js';
import { isClauseVerb } from './event-trigger.js';
import { CLAUSE_NOUNS, takesClause } from './event-words.js';

/** A named participant's mention, by canonical name. */
export type { NamedMention } from '../findings.js';

/** A person's mention, with the gender the text shows for that person ("Mrs.", a given name), if any. */
export interface PersonMention extends NamedMention {
  gender?: 'male' | 'female' | null;
  /** the index of the mention's sentence, when it opens that sentence as its subject */
  subjectOf?: number;
}

/** A clause as token indices: `first..last` for the summary, `reach` the token ranges whose names take part. */
export interface Clause {
  first: number;
  last: number;
}

const PRONOUNS = /^(he|she|his|her|him|hers|himself|herself)$/;
/** "it"/"its" and a definite organization noun ("the company") refer back to the organization named last. */
const ORG_NOUNS = /^(company|firm|bank|group|concern|corporation|agency|ministry|government|maker|lender|carrier|airline|exchange)$/;
const PREPOSITIONS = /^(in|on|at|of|by|since|until|till|from|during|before|after|for|through|around|about|between|within|with)$/;
const hasComma = (t: Token) => /[,;:—–]|--/.test(t.post);
const hardStop = (t: Token) => /[;:—–]|--/.test(t.post);

/** Clause boundaries around tokens lo..hi: commas, semicolons, dashes and the complementizer "that". */
function clauseAround(tokens: readonly Token[], lo: number, hi: number): Clause {
  // "that" opens a clause, except as a pronoun after a preposition or determiner ("$14 million of that seeped out")
  // (nor as the subject of an infinitive: "we expect that to continue")
  const opensClause = (k: number) => tokens[k]!.normal === 'that' && !tokens[k - 1]?.tags.has('Preposition') && tokens[k + 1]?.normal !== 'to';
  let first = lo;
  for (;;) {
    while (first > 0 && !hasComma(tokens[first - 1]!) && !opensClause(first)) first--;
    // a short aside between commas (", 39,", ", Russia's capital,") does not end the clause
    let s = first - 1;
    while (s > 0 && !hasComma(tokens[s - 1]!)) s--;
    if (first > 0 && /,/.test(tokens[first - 1]!.post) && s > 0 && /,/.test(tokens[s - 1]!.post) && first - s <= 3) {
      first = s - 1;
      continue;
    }
    break;
  }
  if (opensClause(first) && first < lo) first++;
  let last = hi;
  while (last < tokens.length - 1 && !hasComma(tokens[last]!) && !opensClause(last + 1)) last++;
  return { first, last };
}

/** The clause of an event whose trigger and date span tokens lo..hi. */
export function eventClause(tokens: readonly Token[], lo: number, hi: number): Clause {
  const clause = clauseAround(tokens, lo, hi);
  // a clause that is only an adverbial phrase ("on his last trip four years ago") takes its host clause along
  if (PREPOSITIONS.test(tokens[clause.first]!.normal) && clause.first > 0 && !/^(who|whom|which)$/.test(tokens[clause.first + 1]?.normal ?? '')) {
    return { first: clauseAround(tokens, clause.first - 1, clause.first - 1).first, last: clause.last };
  }
  return clause;
}

/** Whether tokens[a..b] hold no verb of their own: a list member, an apposition, a place's state or country. */
function verbless(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    if (isClauseVerb(tokens, k) || tokens[k]!.tags.has('Copula') || /^(who|whom|which|that|when|where|while|because|but)$/.test(tokens[k]!.normal)) return false;
  }
  return true;
}

/**
 * The token ranges whose named mentions take part in the event: its clause widened over verbless stretches between
 * commas, the clause a reporting verb reports, the antecedent of a relative clause, and the subject an aside keeps
 * apart from its verb ("Saddam Hussein, facing …, today sought peace").
 */
export function participantReach(tokens: readonly Token[], clause: Clause, trigger: number): Array<[number, number]> {
  let { first, last } = clause;
  const stretchAfter = (e: number) => {
    while (e < tokens.length - 1 && !hasComma(tokens[e]!)) e++;
    return e;
  };
  // verbless stretches on either side ("Orange, Calif., and its sister operation, …"), up to six of them
  for (let n = 0; n < 6 && last < tokens.length - 1 && !hardStop(tokens[last]!); n++) {
    const e = stretchAfter(last + 1);
    if (!verbless(tokens, last + 1, e) && !reducedRelative(tokens, last + 1)) break;
    last = e;
  }
  for (let n = 0; n < 6 && first > 0 && !hardStop(tokens[first - 1]!); n++) {
    let s = first - 1;
    while (s > 0 && !hasComma(tokens[s - 1]!)) s--;
    if (!verbless(tokens, s, first - 1)) break;
    first = s;
  }
  // "wrapped up the talks Wednesday, meeting with …": a participle clause after the event shares its subject and is part of it
  if (last < tokens.length - 1 && hasComma(tokens[last]!) && !hardStop(tokens[last]!) && isParticipleOpening(tokens, last + 1)) {
    last = takesClause(tokens[last + 1]!.normal) ? hardEnd(tokens, last + 1) : stretchAfter(last + 1);
  }
  // "said Thursday that …", "confirmed Friday that …", "…, hospital officials said": the reported clause takes part
  const t = tokens[trigger]!;
  if (takesClause(t.normal) || thatOfNoun(tokens, trigger, last)) {
    last = hardEnd(tokens, last);
    // (what a verb of saying at the end of the sentence reports comes before it, up to its own subject)
    const final = last - trigger <= 3 && !tokens.slice(trigger + 1, last + 1).some((x) => x.normal === 'that');
    const subjectOnly = trigger - first <= 8 && !/^(and|but|or|while|as)$/.test(tokens[first]!.normal) && !tokens.slice(first, trigger).some((_, i) => isClauseVerb(tokens, first + i));
    if (first > 0 && hasComma(tokens[first - 1]!) && final && subjectOnly) first = 0;
  }
  const out: Array<[number, number]> = [[first, last]];
  if (first === 0) return out;
  // a relative clause names its antecedent just before it ("Ritter, who arrived …", "Saddam, with whom the king met …")
  const opener = tokens[first]!.normal === 'with' || PREPOSITIONS.test(tokens[first]!.normal) ? tokens[first + 1]?.normal : tokens[first]!.normal;
  if (/^(who|whom|which)$/.test(opener ?? '')) {
    let s = first - 1;
    while (s > 0 && !hasComma(tokens[s - 1]!)) s--;
    out.push([s, first - 1]);
    return out;
  }
  // no subject of its own before the verb: the sentence's opening phrase is the subject
  const ownSubject = tokens.slice(first, trigger).some((x) => x.tags.has('Noun') || x.tags.has('Pronoun') || /^\p{Lu}/u.test(x.text));
  if (ownSubject || trigger < first) return out;
  let e = 0;
  while (e < first - 1 && !hasComma(tokens[e]!)) e++;
  out.push([0, e]);
  return out;
}

/** The end of the sentence or of its clause before a semicolon, colon or dash. */
function hardEnd(tokens: readonly Token[], from: number): number {
  let e = from;
  while (e < tokens.length - 1 && !hardStop(tokens[e]!)) e++;
  return e;
}

/** "meeting with …", "insisting the boy …": a stretch that opens with a present participle (not "including", "according"). */
function isParticipleOpening(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!/^[a-z]{3,}ing$/.test(t.normal) || NOT_PARTICIPLES.test(t.normal)) return false;
  // ("meeting with …" is a participle even where compromise read a noun)
  const next = tokens[k + 1];
  return (t.tags.has('Gerund') && isClauseVerb(tokens, k)) || (!!next && (next.tags.has('Preposition') || next.tags.has('Determiner') || next.tags.has('ProperNoun') || next.tags.has('Pronoun')));
}
const NOT_PARTICIPLES = /^(including|according|regarding|following|concerning|excluding|during|nothing|something|anything|everything|morning|evening|king|thing|spring|building|ceiling)$/;

/** "…, located in central London": a past participle that only describes the noun before it. */
function reducedRelative(tokens: readonly Token[], k: number): boolean {
  return /^(located|based|headquartered|situated|founded|born)$/.test(tokens[k]!.normal) && /^(in|at|near|on|by)$/.test(tokens[k + 1]?.normal ?? '');
}

/** "warnings from Moscow on Thursday that …", "raised accusations that …": a noun of saying whose that-clause follows. */
function thatOfNoun(tokens: readonly Token[], trigger: number, last: number): boolean {
  // the noun is the trigger or the object of the trigger's verb ("glossed over stern warnings from Moscow … that …")
  let noun = -1;
  for (let k = trigger; k <= Math.min(last, trigger + 4); k++) {
    if (CLAUSE_NOUNS.has(tokens[k]!.normal)) noun = k;
    else if (k > trigger && isClauseVerb(tokens, k)) break;
  }
  if (noun < 0) return false;
  for (let k = noun + 1; k <= Math.min(last + 1, noun + 10, tokens.length - 1); k++) {
    if (tokens[k]!.normal === 'that') return true;
    if (isClauseVerb(tokens, k)) return false;
  }
  return false;
}

/**
 * "its bid", "it offered", "the company put itself up for sale": an organization referred back to. "It" counts only as a
 * subject followed by its verb, never the "it" of "it is likely" or an object.
 */
function refersToOrganization(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (t.normal === 'its') return true;
  if (t.normal === 'it') return !!next && !hasComma(t) && next.tags.has('Verb') && !next.tags.has('Copula') && !/^(is|was|'s|seems|seemed|appears|appeared|takes|took|remains)$/.test(next.normal);
  return ORG_NOUNS.test(t.normal) && tokens[k - 1]?.normal === 'the' && !t.tags.has('ProperNoun') && !(next && /^(of|'s)$/.test(next.normal));
}

/** Index of the last item whose key is at or before `at` in a list sorted by that key; -1 when none. */
const lastAtOrBefore = <T>(list: readonly T[], at: number, key: (x: T) => number): number => firstIndex(list, (x) => key(x) > at) - 1;

/**
 * The canonical names of the event's participants, in text order: named mentions in its reach (not inside the date),
 * then the person each he/she/him/her of the reach refers to (the person mentioned last before it).
 */
export function eventParticipants(
  tokens: readonly Token[],
  clause: Clause,
  trigger: number,
  date: Span,
  named: readonly NamedMention[],
  people: readonly PersonMention[],
  organizations: readonly NamedMention[] = [],
): string[] {
  const participants: string[] = [];
  const add = (name: string) => participants.includes(name) || participants.push(name);
  const reach = participantReach(tokens, clause, trigger);
  for (const [a, b] of reach) {
    const from = tokens[a]!.start;
    const to = tokens[b]!.end;
    for (let i = Math.max(0, lastAtOrBefore(named, from, (n) => n.start)); i < named.length && named[i]!.start < to; i++) {
      const n = named[i]!;
      if (n.end > from && !(n.start < date.end && date.start < n.end)) add(n.name);
    }
  }
  for (const [a, b] of reach) {
    for (let k = a; k <= b; k++) {
      const name = referentOf(tokens, k, people, organizations);
      if (name) add(name);
    }
  }
  return participants;
}

/** The name tokens[k] refers back to: he/she/him/her the person named last, it/its/"the company" the organization. */
export function referentOf(tokens: readonly Token[], k: number, people: readonly PersonMention[], organizations: readonly NamedMention[]): string | null {
  const word = tokens[k]!.normal;
  if (PRONOUNS.test(word)) {
    const gender = /^(she|her|hers|herself)$/.test(word) ? 'female' : 'male';
    const fits = (p: PersonMention) => !p.gender || p.gender === gender;
    const ahead = cataphor(tokens, k, people);
    if (ahead && fits(ahead)) return ahead.name;
    // "Margalit Har-Shefi, 22, has pleaded innocent to charges that she failed to report a plan to kill Rabin. She took
    // the stand …": a he/she that opens a sentence continues the subject of the sentence before
    const before = lastAtOrBefore(people, tokens[k]!.start - 1, (p) => p.end - 1);
    if (k === 0 && /^(he|she)$/.test(word)) {
      for (let i = before; i >= 0 && (people[i]!.subjectOf ?? tokens[k]!.sentence - 1) >= tokens[k]!.sentence - 1; i--) {
        if (people[i]!.subjectOf === tokens[k]!.sentence - 1) {
          if (fits(people[i]!)) return people[i]!.name;
          break;
        }
      }
    }
    // the person named last whose gender does not contradict the pronoun
    for (let i = before, n = 0; i >= 0 && n < 30; i--, n++) if (fits(people[i]!)) return people[i]!.name;
    return null;
  }
  if (!refersToOrganization(tokens, k)) return null;
  const before = lastAtOrBefore(organizations, tokens[k]!.start - 1, (p) => p.end - 1);
  if (before < 0) return null;
  // "the company": the organization the article has named most so far (the last of those); "it", "its": the last one
  if (word === 'it' || word === 'its') return organizations[before]!.name;
  const counts = new Map<string, number>();
  let best = organizations[before]!.name;
  for (let i = 0; i <= before; i++) counts.set(organizations[i]!.name, (counts.get(organizations[i]!.name) ?? 0) + 1);
  for (let i = before; i >= 0; i--) if (counts.get(organizations[i]!.name)! > counts.get(best)!) best = organizations[i]!.name;
  return best;
}

/**
 * "During his speech Wednesday night, Castro expressed …": a pronoun in an opening phrase (a preposition or a participle
 * before the sentence's first comma) refers to the person named right after that comma.
 */
function cataphor(tokens: readonly Token[], k: number, people: readonly PersonMention[]): PersonMention | null {
  const opening = tokens[0]!;
  if (!(opening.tags.has('Preposition') || opening.tags.has('Gerund'))) return null;
  let c = 0;
  while (c < tokens.length - 1 && !hasComma(tokens[c]!)) c++;
  if (c < k || c >= tokens.length - 1) return null;
  for (let j = c + 1; j <= Math.min(c + 3, tokens.length - 1); j++) {
    const i = lastAtOrBefore(people, tokens[j]!.start, (p) => p.start);
    if (i >= 0 && people[i]!.start === tokens[j]!.start) return people[i]!;
  }
  return null;
}
