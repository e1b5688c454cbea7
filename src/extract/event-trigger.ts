/**
 * Which word of a sentence is the event a date anchors: an ordered table of rules, the first that decides wins.
 *
 * - date-modifies-noun: a date inside a noun phrase makes its head the event ("the November 1995 assassination of …",
 *   "Tuesday's declaration"); a head that names a thing makes no event at all ("the 11th century temple").
 * - event-noun: an event noun right before the date ("the end of the Soviet Union in 1991", "his trip four years ago").
 * - clause-verb: the main verb of the clause the date sits in, never a noun compromise took for a verb ("police"),
 *   a particle, a verb across a comma that only reports the clause ("…, police said"), or a participle that merely
 *   modifies a noun after the date ("found the body Friday wrapped in …").
 */
import type { Token } from '../nlp/document.js';
import { lexiconTag } from '../nlp/document.js';
import { fmtWeek, parseDay } from '../time/calendar.js';
import { EVENT_NOUNS, INTENT_VERBS, REPORTING_VERBS, SUBORDINATORS, isEventNoun } from './event-words.js';

export type TriggerRule = 'date-modifies-noun' | 'event-noun' | 'clause-verb' | 'ref-verb';

/** The chosen word (with the token before it for a hyphenated compound such as "cease-fire"), or `none` for no event. */
export type TriggerChoice = { index: number; first: number; rule: TriggerRule } | 'none' | null;

/** A date in the sentence's tokens: [first, last] token indices, and which side of the article date it lies on. */
export interface DateSpan {
  first: number;
  last: number;
  side: 'past' | 'future' | null;
}

const PREPOSITIONS = /^(in|on|at|of|by|since|until|till|from|during|before|after|for|through|around|about|between|within)$/;
const DETERMINERS = /^(the|a|an|its|his|her|their|our|my|your|this|these|those|last|next|every|each|such)$/;
const BE_HAVE_DO = /^(be|been|being|am|is|are|was|were|has|have|had|do|does|did|to|'s|'re|'m|'ve)$/;
const CLAUSE_PUNCT = /[,;:—–]|--/;
const hasComma = (t: Token) => CLAUSE_PUNCT.test(t.post);
const isHyphenJoined = (prev: Token | undefined, t: Token) => !!prev && prev.post === '-' && prev.end === t.start - 1;

/** The first rule that decides. */
export function chooseTrigger(tokens: readonly Token[], date: DateSpan): TriggerChoice {
  if (comparisonDate(tokens, date)) return 'none';
  // "holders of record Nov. 15": the date qualifies the holders
  if (tokens[date.first - 1]?.normal === 'record' && tokens[date.first - 2]?.normal === 'of') return 'none';
  // "Today is the eighth day of …": a date that is the subject of a copula states something; nothing happens
  const next = tokens[date.last + 1];
  if ((date.first === 0 || hasComma(tokens[date.first - 1]!)) && next && /^(is|was|'s)$/.test(next.normal) && !tokens[date.last + 2]?.tags.has('PastTense') && !tokens[date.last + 2]?.tags.has('Gerund')) return 'none';
  const noun = premodifiedNoun(tokens, date);
  if (noun === 'none') return 'none';
  if (noun !== null) return { index: noun, first: compoundStart(tokens, noun), rule: 'date-modifies-noun' };
  const before = eventNounBefore(tokens, date.first);
  if (before !== null) return { index: before, first: compoundStart(tokens, before), rule: 'event-noun' };
  const verb = clauseVerb(tokens, date);
  return verb < 0 ? null : { index: verb, first: verb, rule: 'clause-verb' };
}

/** Words of an amount that a date may follow in a comparison: "$1.02 a share", "633.8 million francs", "about 35 percent". */
const AMOUNT_WORDS = /^(a|an|or|per|share|shares|apiece|each|million|billion|trillion|cents?|percent|points?|francs|dollars|pence|yen|marks|pounds|euros|about|some|nearly|roughly|almost|around|just|only)$/;
const isAmount = (t: Token) => t.tags.has('Value') || t.tags.has('Money') || t.tags.has('Percent') || /\d/.test(t.text);

/**
 * A date that only dates the figure a comparison is made with, not an event: "profit grew to $98 million from
 * $71 million a year ago", "compared with $10.3 million, or $1.02 a share, a year earlier", "higher than a year ago",
 * "its worst fall since 1987", "lows not reached since February". "Bought from Sept. 14 to Thursday" (no amount) and
 * "jumped to more than 300,000 last year" (an amount hedged by "more than") date events.
 */
export function comparisonDate(tokens: readonly Token[], date: { first: number }): boolean {
  let k = date.first - 1;
  if (tokens[k]?.normal === 'since') {
    for (let j = k - 1; j >= 0 && k - j <= 8 && !hasComma(tokens[j]!); j--) {
      if (tokens[j]!.tags.has('Superlative') || /^(worst|best|largest|biggest|highest|lowest|first|not|never|n't)$/.test(tokens[j]!.normal)) return true;
    }
    return false;
  }
  if (k >= 0 && /^(in|at)$/.test(tokens[k]!.normal)) k--;
  let amount = false;
  for (; k >= 0 && date.first - k <= 14; k--) {
    const t = tokens[k]!;
    if (isAmount(t)) amount = true;
    else if (t.normal === 'than') {
      // "more than 300,000" hedges an amount; "higher than" compares
      if (!(amount && /^(more|less|fewer)$/.test(tokens[k - 1]?.normal ?? ''))) return true;
      k--;
    } else if (t.normal === 'from') {
      // "$98 million from $71 million a year ago", "grew 19% from a year ago" (a change in percent)
      return amount || (k === date.first - 1 && tokens.slice(Math.max(0, k - 2), k).some((x) => /%$|^percent$/.test(x.text) || x.tags.has('Percent')));
    }
    else if (t.normal === 'with' || t.normal === 'to') return tokens[k - 1]?.normal === 'compared';
    else if (!AMOUNT_WORDS.test(t.normal) && !t.tags.has('Adjective') && !t.tags.has('Demonym')) return false;
  }
  return false;
}

/** "cease-fire", "power-grab": the compound's first part when the head is joined to it by a hyphen. */
function compoundStart(tokens: readonly Token[], k: number): number {
  return isHyphenJoined(tokens[k - 1], tokens[k]!) ? k - 1 : k;
}

/** A word of a noun group: a noun, adjective or gerund, or an event noun compromise took for a verb ("blasts"). */
function isNominal(t: Token): boolean {
  if (t.tags.has('Pronoun') || t.tags.has('Determiner') || t.tags.has('Date') || t.tags.has('Value')) return false;
  if (EVENT_NOUNS.has(t.normal)) return true;
  if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Gerund')) return false;
  return t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Hyphenated') || t.tags.has('Gerund');
}

/**
 * A date that premodifies a noun: after a determiner or possessive ("the 1991 agreement", "his Aug. 2 power-grab") or
 * itself possessive ("Tuesday's declaration", "last month's credit squeeze"). The head is the last word of the noun
 * group that follows; it is the event when it names one, and the date anchors nothing when it names a thing.
 */
function premodifiedNoun(tokens: readonly Token[], date: DateSpan): number | 'none' | null {
  const last = tokens[date.last]!;
  // "Tuesday's", "last month's"; not a decade ("the 1980's")
  const possessive = (last.tags.has('Possessive') || /'s$/.test(last.normal)) && !/^\d/.test(last.text);
  const before = tokens[date.first - 1];
  const opening = tokens[date.first]!;
  // (an adjective may stand between: "the fabled 11th century temple")
  const det = before?.tags.has('Adjective') && !hasComma(before) && DETERMINERS.test(tokens[date.first - 2]?.normal ?? '') ? tokens[date.first - 2] : before;
  // (or "of" before a date that premodifies a common noun: "an announcement of August unemployment data")
  const following = tokens[date.last + 1];
  const ofNoun = before?.normal === 'of' && !!following && /^\p{Ll}/u.test(following.text) && following.tags.has('Noun') && !following.tags.has('Date') && !following.tags.has('Pronoun');
  const determined = opening.normal === 'the' || ofNoun ||
    (!!det && (DETERMINERS.test(det.normal) || det.tags.has('Possessive')) && !hasComma(det) && !/^(last|next)$/.test(det.normal));
  if (!possessive && !determined) return null;
  if (hasComma(last)) return null;
  // a date premodifies common nouns ("the 1991 agreement"); a name after it starts the clause ("In 1985 Acme added …")
  const after = tokens[date.last + 1];
  const named = !possessive && !!after && /^\p{Lu}/u.test(after.text) && !EVENT_NOUNS.has(after.normal);
  let k = date.last + 1;
  let head = -1;
  while (k < tokens.length && k - date.last <= 6) {
    const t = tokens[k]!;
    if (!isNominal(t) && !(possessive && t.tags.has('ProperNoun'))) break;
    head = k;
    if (hasComma(t) || t.post.includes('.') && !t.tags.has('Abbreviation')) break;
    k++;
  }
  if (head < 0) return null;
  // the group's head is a noun; a group of adjectives only ("the 1990 total") is left to the other rules
  const h = tokens[head]!;
  if (!h.tags.has('Noun') && !h.tags.has('Hyphenated') && !h.tags.has('Gerund') && !EVENT_NOUNS.has(h.normal)) return null;
  if (named) return /^\p{Ll}/u.test(h.text) && isEventNoun(h) ? head : null;
  if (isEventNoun(h)) return head;
  // "last year's authorizing language": a gerund in the group names the event when its head does not
  for (let j = head - 1; j > date.last; j--) if (tokens[j]!.tags.has('Gerund') && isEventNoun(tokens[j]!)) return j;
  return 'none';
}

/** An event noun just before the date: "trip four years ago", "the end of the Soviet Union in 1991". */
function eventNounBefore(tokens: readonly Token[], dFirst: number): number | null {
  let k = dFirst - 1;
  if (k >= 0 && PREPOSITIONS.test(tokens[k]!.normal)) k--;
  const listed = (t: Token | undefined) => !!t && EVENT_NOUNS.has(t.normal) && !t.tags.has('Verb');
  if (listed(tokens[k])) return k;
  // "the end of <name> in 1991", "his trip to Chile two years ago": skip a name and its preposition
  let j = k;
  while (j >= 0 && /^\p{Lu}/u.test(tokens[j]!.text) && !/[,;]/.test(tokens[j]!.post)) j--;
  if (j === k) return null;
  if (tokens[j]?.normal === 'the') j--;
  if (tokens[j] && /^(of|to|in|from|with|for)$/.test(tokens[j]!.normal) && listed(tokens[j - 1])) return j - 1;
  return null;
}

/** Lexicon tags of nouns: a word compromise knows as a noun is a verb only after a clear verb context. */
const NOUN_LEXICON = /^(Plural|Singular|Noun|Uncountable)$/;
const VERB_CONTEXT = (t: Token | undefined) =>
  !!t && (t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('Pronoun') || t.tags.has('Adverb') || t.tags.has('Copula') || t.normal === 'to');

/** Whether a token can be the main verb of a clause. */
export function isClauseVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  // "due to receive their first aircraft": a verb of the lexicon after "to" that compromise read as a noun
  if (!t.tags.has('Verb') && tokens[k - 1]?.normal === 'to' && lexiconTag(t.normal) === 'Infinitive') return true;
  if (!t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Particle')) return false;
  if (t.tags.has('Copula') && !t.tags.has('PastTense')) return false;
  if (BE_HAVE_DO.test(t.normal) || PREPOSITIONS.test(t.normal) || /^(over|under|out|up|down|off|near)$/.test(t.normal)) return false;
  // participles used as prepositions: "according to", "regarding a meeting", "including two disasters"
  if (/^(according|regarding|including|following|concerning|pending|given|excluding|considering|starting|beginning|ending)$/.test(t.normal)) return false;
  const prev = tokens[k - 1];
  // "the drive", "its plans": a determiner before it makes it a noun
  if (prev && !hasComma(prev) && DETERMINERS.test(prev.normal) && !/^(last|next|every|each|such)$/.test(prev.normal)) return false;
  const next = tokens[k + 1];
  // "police", "benefits": the lexicon's noun, with nothing around it that asks for a verb ("to mail", "mail an offer")
  if (NOUN_LEXICON.test(lexiconTag(t.normal) ?? '') && !t.tags.has('PastTense') && !VERB_CONTEXT(prev) && !(next && !hasComma(t) && DETERMINERS.test(next.normal))) return false;
  if (t.tags.has('Gerund') && prev && !hasComma(prev)) {
    // "in revolving loans": a gerund between a preposition or adjective and a common noun is an adjective
    if (next && next.tags.has('Noun') && !next.tags.has('ProperNoun') && !next.tags.has('Pronoun') && !hasComma(t) &&
      (prev.tags.has('Preposition') || prev.tags.has('Adjective'))) return false;
    // "in composite trading on …": after an adjective or a common noun and before a preposition, it is a noun
    if ((prev.tags.has('Adjective') || (prev.tags.has('Noun') && !prev.tags.has('ProperNoun') && !prev.tags.has('Pronoun'))) &&
      next?.tags.has('Preposition') && !hasComma(t)) return false;
  }
  return true;
}

/**
 * Past tenses that compromise reads as nouns after a plural subject it took for a verb ("benefits rose 15,000",
 * "shares rose 87.5 cents"): a verb when a noun group ends right before it and no determiner does.
 */
const PAST_AS_NOUN = new Set(['rose', 'fell', 'left', 'saw', 'found', 'led', 'sank', 'grew', 'drew', 'won', 'flew', 'shot', 'bound', 'wound', 'lay']);
function isPastReadAsNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  if (t.tags.has('Verb') || !PAST_AS_NOUN.has(t.normal) || !prev || hasComma(prev)) return false;
  return (prev.tags.has('Noun') || prev.tags.has('Verb')) && !prev.tags.has('Determiner') && !DETERMINERS.test(prev.normal) && !prev.tags.has('Adjective');
}

/** The main verb of the date's clause, by a cost: distance, clause punctuation crossed, and the shapes above. */
function clauseVerb(tokens: readonly Token[], date: DateSpan): number {
  const { first: dFirst, last: dLast } = date;
  let best = -1;
  let bestCost = Infinity;
  // whether the date's own stretch between clause punctuation has a verb (then the date belongs to that clause)
  let s = dFirst;
  while (s > 0 && !hasComma(tokens[s - 1]!)) s--;
  let e = dLast;
  while (e < tokens.length - 1 && !hasComma(tokens[e]!)) e++;
  let segmentHasVerb = false;
  let verbBefore = false;
  for (let j = s; j <= e; j++) {
    if ((j < dFirst || j > dLast) && isClauseVerb(tokens, j)) segmentHasVerb = true;
    if (j < dFirst && isClauseVerb(tokens, j)) verbBefore = true;
  }
  // a verb earlier in the sentence, before any semicolon or dash ("was kidnapped from his small, neighborhood store …")
  let verbEarlier = verbBefore;
  for (let j = dFirst - 1; j >= 0 && !verbEarlier && !/[;:—–]|--/.test(tokens[j]!.post); j--) verbEarlier = isClauseVerb(tokens, j);
  const quoted = insideQuotes(tokens);
  for (let k = 0; k < tokens.length; k++) {
    if (k >= dFirst && k <= dLast) continue;
    if (!isClauseVerb(tokens, k) && !isPastReadAsNoun(tokens, k)) continue;
    const t = tokens[k]!;
    // "for the six months ended Aug. 12": the end of a reporting period, not an event
    if (/^(ended|ending)$/.test(t.normal) && /^(months|quarter|year|weeks|period|days|half)$/.test(tokens[k - 1]?.normal ?? '')) continue;
    const [a, b] = k < dFirst ? [k, dFirst] : [dLast, k];
    let commas = 0;
    for (let j = a; j < b; j++) if (hasComma(tokens[j]!)) commas++;
    let cost = b - a + 6 * commas;
    // a verb before the date is the usual English order ("crossed the border on Tuesday")
    if (k > dLast) cost += 0.5;
    if (t.tags.has('Gerund') || t.tags.has('Participle')) cost += 2;
    // "… at 10 p.m. Wednesday, police said": the verb that reports a clause is not the event of a date inside it
    if (commas > 0 && REPORTING_VERBS.has(t.normal) && segmentHasVerb) cost += 8;
    // (and "… was kidnapped from his small, neighborhood store at 10 p.m. Wednesday, police said" never)
    if (commas > 0 && REPORTING_VERBS.has(t.normal) && k > dLast && verbEarlier) continue;
    // a date inside a quotation dates what the quotation says, never the verb that reports it (and the other way round)
    if (quoted[k] !== quoted[dFirst]) continue;
    // "joined Provigo in 1985 and spearheaded …": a second verb joined by "and" after the date has its own time
    if (k > dLast && verbBefore && tokens.slice(dLast + 1, k).some((x) => /^(and|but)$/.test(x.normal))) cost += 3;
    // "was found … on Thanksgiving Day after a boat … sank": a verb of a subordinate clause after the date has its own time
    if (k > dLast && verbBefore && tokens.slice(dLast + 1, k).some((x) => SUBORDINATORS.test(x.normal))) cost += 4;
    // "after a boat carrying him": a participle right after a common noun modifies it
    if (k > dLast && t.tags.has('Gerund') && isCommonNoun(tokens[k - 1]) && !hasComma(tokens[k - 1]!)) cost += 4;
    // "found the body Friday wrapped in …": a participle right after the date modifies the noun before it
    if (k === dLast + 1 && verbBefore && t.tags.has('PastTense') && !hasComma(tokens[dLast]!)) cost += 4;
    // a verb whose tense cannot fit the date: "rose … last week" is past, "benefits" (present) is not its verb
    if (date.side === 'past' && t.tags.has('PresentTense') && !t.tags.has('Infinitive') && !t.tags.has('Gerund') && !/^(says?|tells?)$/.test(t.normal)) cost += 3;
    // "voted to support the republic Friday": an infinitive after a finite verb of its clause is that verb's complement
    // (a future date belongs to the infinitive of an intention: "plans to travel next week", "expected to enter service")
    // (a date right after the infinitive is its own: "recovered to end the day"; a past date belongs to the intention:
    // "sought clearance last week to purchase …", "invited Sinn Fein to rejoin two weeks ago")
    const objectDate = k === dFirst - 1 && /^(the|this|that)$/.test(tokens[dFirst]!.normal);
    if (tokens[k - 1]?.normal === 'to' && !objectDate && date.side !== 'future' && finiteBefore(tokens, s, k - 1, date.side === 'past')) cost += 4;
    if (cost < bestCost) {
      bestCost = cost;
      best = k;
    }
  }
  return best;
}

const isCommonNoun = (t: Token | undefined) => !!t && t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('ProperNoun') && !t.tags.has('Date') && !t.tags.has('Verb');

/** Which tokens stand inside a quotation: opened by ``, “ or " before a token, closed by '', ” or " after one. */
function insideQuotes(tokens: readonly Token[]): boolean[] {
  let open = false;
  return tokens.map((t) => {
    if (/``|“|"/.test(t.pre)) open = true;
    const inside = open;
    if (/''|”|"/.test(t.post)) open = false;
    return inside;
  });
}

/** Whether the nearest verb in tokens[from, to) is a finite past verb and no intention ("voted", not "planned" or "was expected"). */
function finiteBefore(tokens: readonly Token[], from: number, to: number, intentToo = false): boolean {
  for (let j = to - 1; j >= from; j--) {
    if (!isClauseVerb(tokens, j)) continue;
    const t = tokens[j]!;
    const prev = tokens[j - 1];
    return t.tags.has('PastTense') && (intentToo || !INTENT_VERBS.has(t.normal)) && prev?.normal !== 'to' && !prev?.tags.has('Auxiliary') && !prev?.tags.has('Copula');
  }
  return false;
}

/** Which side of the article date a TIMEX3 value lies on, when both are calendar dates; null otherwise. */
export function dateSide(value: string, referenceDate: string | null): 'past' | 'future' | null {
  if (!referenceDate) return null;
  const m = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(value);
  const week = /^(\d{4}-W\d\d)/.exec(value);
  if (week) {
    const day = parseDay(referenceDate);
    const own = day && fmtWeek(day);
    return !own ? null : week[1]! < own ? 'past' : week[1]! > own ? 'future' : null;
  }
  if (!m || /^\d{4}-(Q|H)/.test(value)) return null;
  const own = m[0];
  const ref = referenceDate.slice(0, own.length);
  return own < ref ? 'past' : own > ref ? 'future' : null;
}

/**
 * A past, present or future reference anchors an event only when it modifies a verb: "recently" the verb group it
 * stands in or right after ("recently filed", "was recently named", "announced recently"); "now" and "currently" only a
 * progressive, which describes something happening ("is now operating", "are now being made"), never a state ("now
 * holds", "now believe"). Every other reference ("the future", "recent years") anchors nothing.
 */
export function refTrigger(tokens: readonly Token[], dFirst: number, dLast: number): TriggerChoice {
  if (dFirst !== dLast) return null;
  const word = tokens[dFirst]!.normal;
  if (!/^(recently|now|currently)$/.test(word)) return null;
  const glue = (t: Token) => t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Adverb') || t.tags.has('Negative') || t.tags.has('Modal');
  // the verb group around the adverb: auxiliaries before it, auxiliaries and the main verb after it
  let a = dFirst;
  while (a > 0 && glue(tokens[a - 1]!) && !hasComma(tokens[a - 1]!)) a--;
  let b = dFirst + 1;
  while (b < tokens.length && glue(tokens[b]!) && !isClauseVerb(tokens, b)) b++;
  let verb = b < tokens.length && !hasComma(tokens[dFirst]!) && isClauseVerb(tokens, b) ? b : -1;
  // "announced recently": the verb right before
  if (verb < 0 && word === 'recently' && dFirst > 0 && isClauseVerb(tokens, dFirst - 1) && !hasComma(tokens[dFirst - 1]!)) verb = dFirst - 1;
  if (verb < 0) return null;
  if (word !== 'recently') {
    const group = tokens.slice(Math.min(a, verb), Math.max(b, verb) + 1);
    const progressive = tokens[verb]!.tags.has('Gerund') || group.some((t) => t.normal === 'being');
    if (!progressive || !group.some((t) => /^(is|are|am|was|were|be|'s|'re|'m)$/.test(t.normal))) return null;
  }
  return { index: verb, first: verb, rule: 'ref-verb' };
}

