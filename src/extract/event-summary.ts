/**
 * An event's summary: its clause read as "who did what", built from tokens so that it never ends or starts inside a
 * phrase. The subject comes first (a relative pronoun is replaced by its antecedent, a subject kept apart by an aside is
 * brought back, a leading he/she/it by the name it refers to); the date and the preposition that introduced it are left
 * out without a hole; a verb of saying keeps what was said; dateline debris ("WASHINGTON (AP)_") and quotation marks go.
 */
import type { Span } from '../schema.js';
import type { Token } from '../nlp/document.js';
import type { Clause } from './event-participants.js';
import { REPORTING_VERBS, SUBORDINATORS, takesClause } from './event-words.js';
import { isClauseVerb } from './event-trigger.js';
import { afterDateline, balanced, isOpeningPhrase, mainClause, nounGroupBefore, quoteSpeaker, reducedRelative, saidName, subjectBeforeDash } from './summary-clauses.js';

/** Longest summary, in tokens; a longer clause is cut at phrase boundaries around its trigger. */
const MAX_TOKENS = 26;
const hasComma = (t: Token) => /[,;:—–]|--/.test(t.post);
const DATE_PREPOSITION = /^(on|in|at|by|since|until|till|from|during|over|through|throughout|around|before|after)$/;
const OPENERS = /^(and|but|or|so|then|that|however|also|meanwhile|thus|yet|nevertheless|moreover|although|though|whereas|while|because|where|when)$/;
/** Words a summary never ends on: they open a phrase that would be cut. */
const OPENS_PHRASE = (t: Token) =>
  t.tags.has('Determiner') || t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('Possessive') ||
  t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula') || (t.tags.has('Adjective') && !t.tags.has('Noun')) ||
  /^(to|the|a|an|of|and|or|but|that|which|who|whom|whose|than|as|with|its|his|her|their|not)$/.test(t.normal);
const LINKING = /^(be|is|are|was|were|been|being|become|becomes|became|remain|remains|remained|seem|seems|seemed|stay|stays|stayed|appear|appears|appeared|prove|proved|look|looks|looked)$/;
/** Degree words: "has risen just over", "he is very" leave their phrase open. */
const DEGREE = /^(very|just|too|so|more|less|most|least|nearly|almost|about|roughly|some|only|even|quite|rather)$/;
/** Whether a summary that ends on token k would end inside a phrase: on a word that opens one (an adjective only where
 * no "be" or verb like it comes before it: "would be necessary" is whole) or on a degree word. */
const opensPhrase = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k]!;
  // (and a subject pronoun, whose verb was cut: "appeared confident he")
  if (DEGREE.test(t.normal) || /^(he|she|they|we|i)$/.test(t.normal)) return true;
  if (!OPENS_PHRASE(t)) return false;
  if (!t.tags.has('Adjective') || t.tags.has('Determiner') || t.tags.has('Preposition')) return true;
  let j = k - 1;
  while (j > 0 && tokens[j]!.tags.has('Adverb')) j--;
  return !(j >= 0 && (tokens[j]!.tags.has('Copula') || LINKING.test(tokens[j]!.normal)));
};
const isNounWord = (t: Token) => t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Possessive') && !t.tags.has('Date');
const isVerbGroup = (t: Token) =>
  t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula') || t.tags.has('Negative') || t.normal === 'to' || (t.tags.has('Adverb') && !t.tags.has('Date'));
const isSubjectish = (t: Token) => t.tags.has('Noun') || t.tags.has('Pronoun') || t.tags.has('ProperNoun') || t.tags.has('Value');
const SUBJECT_PRONOUN = /^(he|she|it|they)$/;

export interface SummaryInput {
  text: string;
  tokens: readonly Token[];
  clause: Clause;
  trigger: number;
  date: Span;
  /** the name a pronoun at `index` refers to, if any */
  referent: (index: number) => string | null;
}

/** The stretch before the clause's opening comma that a relative pronoun or a subjectless verb refers to. */
function subjectBefore(tokens: readonly Token[], first: number, fromSentenceStart: boolean): [number, number] | null {
  if (first < 2) return null;
  if (fromSentenceStart) {
    const s = afterDateline(tokens, 0);
    let e = s;
    while (e < first - 1 && !hasComma(tokens[e]!)) e++;
    // (a stretch with a verb of its own is a clause, not a subject: "Aid went to the towns, where …")
    if (e < first - 1 && e - s <= 6 && tokens.slice(s, e + 1).some(isSubjectish) && !range(s, e).some((k) => isClauseVerb(tokens, k))) return [s, e];
    // ("Such accusations have been leveled against …, and are now being made …": the noun group before the first verb)
    let v = s;
    while (v < first - 1 && !isVerbGroup(tokens[v]!) && !hasComma(tokens[v]!)) v++;
    return v > s && v - s <= 6 && isVerbGroup(tokens[v]!) && tokens.slice(s, v).some(isSubjectish) ? [s, v - 1] : null;
  }
  if (!hasComma(tokens[first - 1]!)) return null;
  let s = first - 1;
  while (s > 0 && !hasComma(tokens[s - 1]!)) s--;
  // the antecedent: the last few words of that stretch, back to the start of its noun group
  const e = first - 1;
  let a = e;
  while (a > s && e - a < 8 && !tokens[a - 1]!.tags.has('Verb') && (!tokens[a - 1]!.tags.has('Preposition') || (tokens[a - 1]!.normal === 'of' && e - a < 5))) a--;
  // ("Campbell of the National Council of Churches, who …": a phrase that starts with "of" takes its head)
  if (tokens[a]!.normal === 'of' && a > s) a--;
  return tokens.slice(a, e + 1).some(isSubjectish) ? [a, e] : null;
}

const QUOTES = /[`'"“”‘’]/g;

/** Words of the text joined as written: the gap between two adjacent tokens kept (without quotation marks), else a space. */
function joinTokens(text: string, tokens: readonly Token[], picked: readonly number[]): string {
  let out = '';
  const taken = new Set(picked);
  picked.forEach((k, i) => {
    const t = tokens[k]!;
    if (i > 0) {
      const prev = picked[i - 1]!;
      const raw = k === prev + 1 ? text.slice(tokens[prev]!.end, t.start) : '';
      let gap = k === prev + 1 ? raw.replace(QUOTES, '') : /[,;]/.test(tokens[prev]!.post) || (k > prev && !taken.has(k - 1) && /,/.test(tokens[k - 1]!.post)) ? ', ' : ' ';
      // a space that only quotation marks filled stays a space ("port of ``Aqaba")
      if (/\s/.test(raw) && !/\s/.test(gap)) gap += ' ';
      out += gap === '' && /^'/.test(t.text) ? '' : gap;
    }
    out += text.slice(t.start, t.end);
  });
  return out;
}

/** What a sentence-final verb of saying reports: the words before it, from the sentence's start, cut at a phrase end. */
function reported(text: string, tokens: readonly Token[], end: number, inDate: (t: Token) => boolean): string {
  const first = afterDateline(tokens, 0);
  let last = Math.min(end, first + MAX_TOKENS - 1);
  while (last > first && (opensPhrase(tokens, last) || inDate(tokens[last]!))) last--;
  const picked: number[] = [];
  for (let k = first; k <= last; k++) if (!inDate(tokens[k]!)) picked.push(k);
  const said = joinTokens(text, tokens, picked).trim();
  // (an opening determiner or pronoun loses its capital: "said the plant will close", "said we will", "said Acme will")
  const opening = tokens[picked[0] ?? first];
  const lower = !!opening && (opening.tags.has('Determiner') || opening.tags.has('Pronoun')) && !opening.tags.has('ProperNoun') && opening.normal !== 'i';
  return lower && /^\p{Lu}\p{Ll}/u.test(said) ? said[0]!.toLowerCase() + said.slice(1) : said;
}

const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** A period inside closing quotation marks ends a sentence the parser kept whole ("… safeguards.'' Cabinet minister …"). */
const QUOTED_END = /^[.!?]+(''|["”’])\s/;

export function summarize(input: SummaryInput): string {
  const { tokens, clause, trigger } = input;
  let s = trigger;
  while (s > 0 && !QUOTED_END.test(tokens[s - 1]!.post)) s--;
  let e = trigger;
  while (e < tokens.length - 1 && !QUOTED_END.test(tokens[e]!.post)) e++;
  if (s === 0 && e === tokens.length - 1) return summarizeClause(input);
  // the summary stays inside the trigger's own sentence
  return summarizeClause({
    ...input,
    tokens: tokens.slice(s, e + 1),
    clause: { first: Math.max(clause.first, s) - s, last: Math.min(clause.last, e) - s },
    trigger: trigger - s,
    referent: (k) => input.referent(k + s),
  });
}

function summarizeClause(input: SummaryInput): string {
  const { text, tokens, clause, trigger, date } = input;
  const inDate = (t: Token) => t.start < date.end && date.start < t.end;
  // the date kept where it is a verb's object ("picked Saturday night as the time"), else left out with its preposition
  const dFirst = tokens.findIndex(inDate);
  let dLast = dFirst;
  while (dFirst >= 0 && dLast + 1 < tokens.length && inDate(tokens[dLast + 1]!)) dLast++;
  // (and a date coordinated with another, "in March and June": leaving one out would leave "in … and June")
  const coordinated = (k: number, j: number) => /^(and|or)$/.test(tokens[k]?.normal ?? '') && !!(tokens[j]?.tags.has('Date') || /^\d{4}$/.test(tokens[j]?.text ?? ''));
  // (and a date inside a noun phrase, "follows Tuesday's declaration", "the 1991 agreement": the phrase stays whole)
  const after = tokens[dLast + 1];
  const premodifier = dFirst >= 0 && (/'s$/.test(tokens[dLast]!.normal) || (!!after && /^\p{Ll}/u.test(after.text) && after.tags.has('Noun') && !after.tags.has('Pronoun') && !hasComma(tokens[dLast]!) && !DATE_PREPOSITION.test(tokens[dFirst - 1]?.normal ?? '')));
  // (and a date after "of" that completes a noun, "throughout the remainder of the year": "the remainder" alone is cut)
  const ofNoun = dFirst > 1 && tokens[dFirst - 1]!.normal === 'of' && isNounWord(tokens[dFirst - 2]!) && !inDate(tokens[dFirst - 2]!);
  const objectDate = dFirst >= 0 && (ofNoun || (dFirst > 0 && tokens[dLast + 1]?.normal === 'as' && tokens[dFirst - 1]!.tags.has('Verb')) || coordinated(dLast + 1, dLast + 2) || coordinated(dFirst - 1, dFirst - 2) || premodifier);
  let first = afterDateline(tokens, clause.first);
  let last = clause.last;
  // a short aside with a verb of saying (",'' said Ana Ruiz, one of the exiles who …") is a clause of its own
  for (let c = first; c < trigger; c++) {
    if (!/,/.test(tokens[c]!.post)) continue;
    let b = c;
    while (b > first && !hasComma(tokens[b - 1]!)) b--;
    if (b > first && c - b <= 3 && range(b, c).some((k) => REPORTING_VERBS.has(tokens[k]!.normal))) first = c + 1;
  }
  // an event noun whose clause holds no verb ("During his speech, Castro expressed …"): its host clause comes along
  if (!range(first, last).some((k) => isClauseVerb(tokens, k))) {
    let v = -1;
    for (let d = 1; d < tokens.length && v < 0; d++) {
      if (last + d < tokens.length && isClauseVerb(tokens, last + d)) v = last + d;
      else if (first - d >= 0 && isClauseVerb(tokens, first - d)) v = first - d;
    }
    if (v > last) while (last < tokens.length - 1 && (last < v || !hasComma(tokens[last]!))) last++;
    else if (v >= 0) {
      first = v;
      while (first > 0 && !hasComma(tokens[first - 1]!)) first--;
    }
  }
  // a verb of saying keeps what was said
  // (the date between the verb and what it reports counts for nothing: "decided on Feb. 11 that …")
  const dateOnly = (k: number) => inDate(tokens[k]!) || (DATE_PREPOSITION.test(tokens[k]!.normal) && !!tokens[k + 1] && inDate(tokens[k + 1]!));
  if (takesClause(tokens[trigger]!.normal) && range(trigger + 1, last).filter((k) => !dateOnly(k)).length <= 2) {
    while (last < tokens.length - 1 && !/[;:]/.test(tokens[last]!.post)) last++;
  }
  while (first < trigger && (OPENERS.test(tokens[first]!.normal) || inDate(tokens[first]!) || (DATE_PREPOSITION.test(tokens[first]!.normal) && inDate(tokens[first + 1]!)))) first++;
  // an opening phrase that only holds the date ("Earlier Sunday, …", "Late in the day, …") goes with it
  for (let c = first; c < trigger; c++) {
    const t = tokens[c]!;
    if (!inDate(t) && !t.tags.has('Preposition') && !t.tags.has('Adjective') && !t.tags.has('Adverb') && !t.tags.has('Determiner')) break;
    if (hasComma(t)) {
      if (tokens.slice(first, c + 1).some(inDate)) first = c + 1;
      break;
    }
  }
  // a subject far from its verb: the head of the subject ("The talks of the committee on … resumed" → "The talks
  // resumed"), then the verb group; an aside between them goes ("Gonzalez, facing pressure, on Tuesday resigned")
  let head: number[] = [];
  // an aside that opens the clause ("facing pressure from his party, on Tuesday resigned") is left out
  if (first < trigger && (tokens[first]!.tags.has('Gerund') || tokens[first]!.tags.has('Participle')) && tokens.slice(first, trigger - 1).some(hasComma)) {
    let k = trigger - 1;
    while (k > first && !hasComma(tokens[k - 1]!)) k--;
    first = k;
    while (first < trigger && (inDate(tokens[first]!) || (DATE_PREPOSITION.test(tokens[first]!.normal) && inDate(tokens[first + 1]!)))) first++;
  }
  // the noun group right before the trigger's verb group, when one is there ("… when Castro announced …")
  let vg = trigger;
  while (vg > first && isVerbGroup(tokens[vg - 1]!) && !hasComma(tokens[vg - 1]!)) vg--;
  let ls = vg;
  while (ls > first && vg - ls < 6 && !hasComma(tokens[ls - 1]!) && (isNounWord(tokens[ls - 1]!) || tokens[ls - 1]!.tags.has('Determiner') || tokens[ls - 1]!.tags.has('Possessive') || tokens[ls - 1]!.tags.has('Adjective') || tokens[ls - 1]!.tags.has('Value') || tokens[ls - 1]!.tags.has('Pronoun')) && !inDate(tokens[ls - 1]!)) ls--;
  // (not the object of a verb before it, "has seen $161 million flow out", unless that verb reports or decides what
  // follows, "said the gain would …"; nor a pronoun nothing resolves: "… when they opened" says less than its clause)
  const localSubject =
    ls < vg && tokens.slice(ls, vg).some((t) => isSubjectish(t) && !inDate(t)) && (ls === first || hasComma(tokens[ls - 1]!) || !isNounWord(tokens[ls - 1]!)) &&
    (ls === first || hasComma(tokens[ls - 1]!) || !isClauseVerb(tokens, ls - 1) || takesClause(tokens[ls - 1]!.normal)) && !(vg - ls === 1 && tokens[ls]!.tags.has('Pronoun') && !input.referent(ls));
  const verbBetween = (a: number, b: number) => range(a, b - 1).some((k) => isClauseVerb(tokens, k));
  if (localSubject && isClauseVerb(tokens, trigger) && verbBetween(first, ls)) {
    first = ls;
  } else if (trigger - first > MAX_TOKENS / 2 || (first < trigger && tokens.slice(first, trigger - 1).some(hasComma))) {
    let h = first;
    while (h < trigger && h - first < 6 && !tokens[h]!.tags.has('Preposition') && !hasComma(tokens[h]!) && !isVerbGroup(tokens[h]!) && !inDate(tokens[h]!)) h++;
    if (h < trigger && hasComma(tokens[h]!) && !isVerbGroup(tokens[h]!)) h++;
    // the head's own verb must be the trigger's: no other verb between them
    if (tokens.slice(first, h).some((t) => isSubjectish(t) && !inDate(t)) && !verbBetween(h, vg)) {
      head = range(first, h - 1);
      first = trigger;
      while (first > h && isVerbGroup(tokens[first - 1]!) && !hasComma(tokens[first - 1]!)) first--;
    }
  }
  // a semicolon or a colon after the trigger ends its clause ("… Betty Currie; the White House; …")
  for (let k = trigger; k < last; k++) {
    if (/[;:]/.test(tokens[k]!.post)) {
      last = k;
      break;
    }
  }
  // too long: cut at the last comma after the trigger within reach, else at the limit
  if (last - first + 1 > MAX_TOKENS) {
    let cut = first + MAX_TOKENS - 1;
    for (let c = cut; c > trigger + 2; c--) {
      if (hasComma(tokens[c]!)) {
        cut = c;
        break;
      }
    }
    last = cut;
    // (cut short, it ends before a second verb group rather than inside it: "called him a liar | and said …")
    for (let a = last; a > trigger + 1; a--) {
      if (tokens[a]!.normal === 'and' && isClauseVerb(tokens, a + 1)) {
        last = a - 1;
        break;
      }
    }
  }
  // never inside a noun group, and never on a word that opens a phrase ("… the", "… of", "… their")
  while (last < clause.last && last - first < MAX_TOKENS + 3 && !hasComma(tokens[last]!) && isNounWord(tokens[last]!) && isNounWord(tokens[last + 1]!) && !inDate(tokens[last + 1]!)) last++;
  // (a verb's particle stays: "seeped out", "wrapped up")
  const particle = (k: number) => /^(out|up|down|off|in|away|back|over|on)$/.test(tokens[k]!.normal) && k > 0 && isClauseVerb(tokens, k - 1);
  // a cut inside a noun group that ends soon ("… to receive their | first aircraft") takes the group whole
  const nominal = (t: Token) => (isNounWord(t) || t.tags.has('Determiner') || t.tags.has('Possessive') || t.tags.has('Adjective') || t.tags.has('Value')) && !inDate(t);
  if (last < clause.last && nominal(tokens[last]!) && !isNounWord(tokens[last]!)) {
    let j = last + 1;
    while (j < clause.last && j - last < 4 && nominal(tokens[j]!) && !isNounWord(tokens[j]!) && !hasComma(tokens[j]!)) j++;
    if (isNounWord(tokens[j]!) && !inDate(tokens[j]!)) last = j;
  }
  while (last > trigger && (opensPhrase(tokens, last) || (inDate(tokens[last]!) && !objectDate)) && !particle(last)) last--;
  // "… called him a liar and said": a second verb whose complement was cut goes with its "and"
  if (last > trigger + 2 && last < tokens.length - 1 && !hasComma(tokens[last]!) && tokens[last - 1]!.normal === 'and' && isClauseVerb(tokens, last)) last -= 2;
  // "… after his mother, stepfather and others died": a subordinate clause cut before its verb goes whole
  for (let k = trigger + 1; k <= last && hasComma(tokens[last]!); k++) {
    if (SUBORDINATORS.test(tokens[k]!.normal) && !range(k + 1, last).some((j) => isClauseVerb(tokens, j))) {
      last = k - 1;
      while (last > trigger && (opensPhrase(tokens, last) || inDate(tokens[last]!)) && !particle(last)) last--;
      break;
    }
  }

  // a reduced relative clause reads as a passive: "the committee appointed to …" gives "the committee was appointed to …"
  const reduced = head.length === 0 && first <= trigger ? reducedRelative(tokens, trigger, inDate) : null;
  if (reduced) first = reduced.np[0];
  // "one of about 100 exiles who practiced …": a relative pronoun inside the clause, before the trigger's verb, has
  // the noun before it as its antecedent
  for (let w = first + 1; w < trigger && !reduced; w++) {
    if (!/^(who|which)$/.test(tokens[w]!.normal) || !isNounWord(tokens[w - 1]!) || hasComma(tokens[w - 1]!)) continue;
    if (!verbBetween(first, w) && !verbBetween(w + 1, trigger)) {
      first = w;
      // (the relative clause ends where the main clause's verb follows a noun: "who had been searching for Ruiz |
      // concluded …")
      for (let k = trigger + 2; k <= last; k++) {
        if (isClauseVerb(tokens, k) && !tokens[k]!.tags.has('Gerund') && isNounWord(tokens[k - 1]!) && !hasComma(tokens[k - 1]!)) {
          last = k - 1;
          break;
        }
      }
    }
    break;
  }
  const parts: string[] = [];
  // the subject: the antecedent of a relative pronoun, or the sentence's subject kept apart by an aside
  const opener = tokens[first]!.normal;
  const relative = /^(who|which|whose)$/.test(opener);
  // (a clause that opens on its verb group after a comma has its subject before the aside: "The sale, which had been
  // expected, is part of …")
  const opensOnVerb = first > 0 && hasComma(tokens[first - 1]!) && ['Copula', 'Auxiliary', 'Modal'].some((tag) => tokens[first]!.tags.has(tag));
  // ("said Pedro Ruiz, …": the subject follows its verb of saying)
  const saysFirst = REPORTING_VERBS.has(tokens[first]!.normal) && /^\p{Lu}/u.test(tokens[first + 1]?.text ?? '');
  const ownSubject = head.length > 0 || saysFirst || (!opensOnVerb && tokens.slice(first, isClauseVerb(tokens, trigger) ? trigger : trigger + 1).some((t) => isSubjectish(t) && !inDate(t)));
  // ("the triumph of the revolution that brought …": a "that" after a noun, before a clause without its own subject,
  // is a relative pronoun, and the noun group before it the subject)
  const relativeThat = !ownSubject && first > 1 && tokens[first - 1]!.normal === 'that' && isNounWord(tokens[first - 2]!) && !hasComma(tokens[first - 2]!);
  const subject = relative
    ? (subjectBefore(tokens, first, false) ?? (first > 0 && isNounWord(tokens[first - 1]!) && !hasComma(tokens[first - 1]!) ? nounGroupBefore(tokens, first - 1) : null))
    : relativeThat
      ? nounGroupBefore(tokens, first - 2)
      : !ownSubject && trigger >= first
        ? (subjectBeforeDash(tokens, first) ?? subjectBefore(tokens, first, true))
        : null;
  if (subject) parts.push(joinTokens(text, tokens, range(subject[0], subject[1])) + (opener === 'whose' ? "'s" : ''));
  if (head.length) parts.push(joinTokens(text, tokens, head).replace(/[\s,]+$/, ''));
  const picked: number[] = [];
  // an aside between two dashes goes ("willing to talk _ full stop _ about security")
  const aside = new Set<number>();
  for (let k = first; k <= last; k++) {
    if (tokens[k]!.text !== '_') continue;
    let j = k + 1;
    while (j <= last && tokens[j]!.text !== '_') j++;
    if (j <= last) for (let a = k; a <= j; a++) aside.add(a);
    k = j;
  }
  for (let k = relative && subject ? first + 1 : first; k <= last; k++) {
    const t = tokens[k]!;
    if (aside.has(k) || t.text === '_') continue;
    if (!objectDate && inDate(t)) continue;
    if (!objectDate && DATE_PREPOSITION.test(t.normal) && tokens[k + 1] && inDate(tokens[k + 1]!)) continue;
    picked.push(k);
  }
  // "said David Lee, Acme's treasurer, at a news conference": the speaker (and the aside naming them) comes first
  const inverted = saidName(tokens, picked);
  if (inverted) picked.splice(0, picked.length, ...inverted);
  let clauseText = reduced
    ? `${joinTokens(text, tokens, picked.filter((k) => k <= reduced.np[1]))} ${reduced.plural ? 'were' : 'was'} ${joinTokens(text, tokens, picked.filter((k) => k > reduced.np[1]))}`
    : joinTokens(text, tokens, picked);
  // a leading he/she/it/they: the name it refers to
  const lead = picked[0];
  if (lead !== undefined && SUBJECT_PRONOUN.test(tokens[lead]!.normal)) {
    const name = input.referent(lead);
    if (name) clauseText = name + clauseText.slice(tokens[lead]!.end - tokens[lead]!.start);
  }
  parts.push(balanced(clauseText));
  // an opening phrase without a clause of its own ("In a long attack read on television Thursday, …") goes on with the
  // sentence's main clause: its subject, verb group and complement
  if (!subject && last <= clause.last && isOpeningPhrase(tokens, afterDateline(tokens, 0), first, clause.last) && range(last + 1, clause.last).every(dateOnly)) {
    const main = mainClause(tokens, clause.last + 1, Math.max(10, MAX_TOKENS - picked.length), (k) => opensPhrase(tokens, k) || inDate(tokens[k]!));
    if (main) {
      const words = range(main[0], main[1]).filter((k) => !inDate(tokens[k]!) && !(DATE_PREPOSITION.test(tokens[k]!.normal) && !!tokens[k + 1] && inDate(tokens[k + 1]!)));
      const name = SUBJECT_PRONOUN.test(tokens[main[0]]!.normal) ? input.referent(main[0]) : null;
      const mainText = joinTokens(text, tokens, words);
      parts[parts.length - 1] += ',';
      parts.push(name ? name + mainText.slice(tokens[main[0]]!.end - tokens[main[0]]!.start) : mainText);
    }
  }
  // "we are willing to talk," Ruiz said: words in the first person inside a quotation name their speaker
  const speaker = picked.some((k) => /^(i|we|me|us|my|our)$/.test(tokens[k]!.normal)) ? quoteSpeaker(tokens, trigger, (w) => REPORTING_VERBS.has(w)) : null;
  if (speaker) {
    const says = tokens[speaker.verb]!.tags.has('PresentTense') ? 'says' : 'said';
    parts[parts.length - 1] += ',';
    parts.push(`${joinTokens(text, tokens, range(speaker.name[0], speaker.name[1]))} ${says}`);
  }
  // "…, a spokesman said": what was said comes before the verb of saying; it follows it in the summary
  if (REPORTING_VERBS.has(tokens[trigger]!.normal) && (trigger >= last - 1 || (inverted !== null && trigger === first)) && clause.first > 0 && hasComma(tokens[clause.first - 1]!)) {
    const said = reported(text, tokens, clause.first - 1, inDate);
    if (said) parts.push(said);
  }
  return balanced(parts.join(' '))
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:)%])/g, '$1')
    .replace(/^[\s,;:]+/, '')
    // written to start only where a match can (linear time on any input)
    .replace(/(?<![\s,;:(—–-])[\s,;:(—–-]+$/, '')
    .trim();
}
