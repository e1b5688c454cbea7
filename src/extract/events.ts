/**
 * Dated events: each DATE or TIME expression anchors the event it modifies. The trigger is chosen by the rules of
 * `event-trigger.ts` (a noun the date modifies, an event noun before it, or the main verb of its clause); a past,
 * present or future reference ("recently", "now") anchors only a verb it modifies. Participants are the named actors
 * and places of that clause, with he/she/his/her resolved to the person named last.
 */
import type { DateFact, Event, Span } from '../schema.js';
import type { ExtractContext } from './context.js';
import type { Token } from '../nlp/document.js';
import { firstIndex, span } from '../text/spans.js';
import { DATELINE_RULE } from './dates.js';
import { chooseTrigger, dateSide, refTrigger } from './event-trigger.js';

/** A named participant's mention, by canonical name. */
export interface NamedMention {
  name: string;
  start: number;
  end: number;
  person: boolean;
}

const PRONOUNS = /^(he|she|his|her|him|hers|himself|herself)$/;
const PREPOSITIONS = /^(in|on|at|of|by|since|until|till|from|during|before|after|for|through|around|about|between|within)$/;

interface Clause {
  first: number;
  last: number;
}

/** Clause boundaries around a token: commas, semicolons, dashes and the complementizer "that". */
function clauseAround(tokens: Token[], lo: number, hi: number): Clause {
  let first = lo;
  for (;;) {
    while (first > 0 && !/[,;:—–]/.test(tokens[first - 1]!.post) && tokens[first]!.normal !== 'that') first--;
    // a short aside between commas (", 39,", ", Russia's capital,") does not end the clause
    let s = first - 1;
    while (s > 0 && !/[,;:—–]/.test(tokens[s - 1]!.post)) s--;
    if (first > 0 && /,/.test(tokens[first - 1]!.post) && s > 0 && /,/.test(tokens[s - 1]!.post) && first - s <= 3) {
      first = s - 1;
      continue;
    }
    break;
  }
  if (tokens[first]?.normal === 'that' && first < lo) first++;
  let last = hi;
  while (last < tokens.length - 1 && !/[,;:—–]/.test(tokens[last]!.post) && tokens[last + 1]!.normal !== 'that') last++;
  return { first, last };
}

export function extractEvents(ctx: ExtractContext, dates: readonly DateFact[], named: readonly NamedMention[]): Event[] {
  const { doc } = ctx;
  const events: Event[] = [];
  const people = named.filter((n) => n.person).sort((a, b) => a.start - b.start);
  for (const date of dates) {
    if (date.type !== 'DATE' && date.type !== 'TIME') continue;
    if (date.rule === DATELINE_RULE) continue;
    const sentence = doc.sentences[lastAtOrBefore(doc.sentences, date.start, (x) => x.start)];
    if (sentence && date.end > sentence.end) continue;
    if (!sentence) continue;
    const tokens = doc.tokens.slice(sentence.first, sentence.last);
    const inDate = (t: Token) => t.start < date.end && date.start < t.end;
    const dFirst = tokens.findIndex(inDate);
    if (dFirst < 0) continue;
    let dLast = dFirst;
    while (dLast + 1 < tokens.length && inDate(tokens[dLast + 1]!)) dLast++;

    // a past, present or future reference ("recently", "now") anchors only the verb it modifies
    const choice = /_REF$/.test(date.value) ? refTrigger(tokens, dFirst, dLast) : chooseTrigger(tokens, { first: dFirst, last: dLast, side: dateSide(date.value, ctx.referenceDate) });
    if (choice === null || choice === 'none') continue;
    const trigger = choice.index;
    const lo = Math.min(trigger, dFirst);
    const hi = Math.max(trigger, dLast);
    let clause = clauseAround(tokens, lo, hi);
    // a clause that is only an adverbial phrase ("on his last trip four years ago") takes its host clause along
    if (PREPOSITIONS.test(tokens[clause.first]!.normal) && clause.first > 0) clause = { first: clauseAround(tokens, clause.first - 1, clause.first - 1).first, last: clause.last };
    const reach = participantReach(tokens, clause, trigger);
    const participants: string[] = [];
    const add = (name: string) => participants.includes(name) || participants.push(name);
    for (const [a, b] of reach) {
      const from = tokens[a]!.start;
      const to = tokens[b]!.end;
      for (let i = Math.max(0, lastAtOrBefore(named, from, (n) => n.start)); i < named.length && named[i]!.start < to; i++) {
        const n = named[i]!;
        if (n.end > from && !(n.start < date.end && date.start < n.end)) add(n.name);
      }
    }
    for (let k = clause.first; k <= clause.last; k++) {
      if (!PRONOUNS.test(tokens[k]!.normal)) continue;
      const before = people[lastAtOrBefore(people, tokens[k]!.start - 1, (p) => p.end - 1)];
      if (before) add(before.name);
    }
    const t = tokens[trigger]!;
    const f = tokens[choice.first]!;
    events.push({
      id: '',
      date: { start: date.start, end: date.end, text: date.text, type: date.type, value: date.value },
      trigger: span(doc.source, f.start, t.end),
      summary: summarize(doc.source, tokens, clause, trigger, date),
      participants,
      sentence: date.sentence,
      rule: choice.rule,
    });
  }
  return events;
}

const hasComma = (t: Token) => /[,;:—–]/.test(t.post);

/**
 * The token ranges whose named mentions take part in the event: its clause, and the subject an aside keeps apart from
 * its verb ("Saddam Hussein, facing …, today sought peace", "Ritter, who arrived Thursday, …").
 */
function participantReach(tokens: Token[], clause: Clause, trigger: number): Array<[number, number]> {
  const out: Array<[number, number]> = [[clause.first, clause.last]];
  if (clause.first === 0) return out;
  // a relative clause names its subject just before it
  if (/^(who|which)$/.test(tokens[clause.first]!.normal)) {
    let s = clause.first - 1;
    while (s > 0 && !hasComma(tokens[s - 1]!)) s--;
    out.push([s, clause.first - 1]);
    return out;
  }
  // no subject of its own before the verb: the sentence's opening phrase is the subject
  const ownSubject = tokens.slice(clause.first, trigger).some((t) => t.tags.has('Noun') || t.tags.has('Pronoun') || /^\p{Lu}/u.test(t.text));
  if (ownSubject || trigger < clause.first) return out;
  let e = 0;
  while (e < clause.first - 1 && !hasComma(tokens[e]!)) e++;
  out.push([0, e]);
  return out;
}

/** Index of the last item whose key is at or before `at` in a list sorted by that key; -1 when none. */
const lastAtOrBefore = <T>(list: readonly T[], at: number, key: (x: T) => number): number => firstIndex(list, (x) => key(x) > at) - 1;

function summarize(text: string, tokens: Token[], clause: Clause, trigger: number, date: Span): string {
  let first = clause.first;
  let last = clause.last;
  if (last - first > 12) {
    first = Math.max(clause.first, trigger - 5);
    last = Math.min(clause.last, trigger + 6);
  }
  const from = tokens[first]!.start;
  const to = tokens[last]!.end;
  let out = text.slice(from, to);
  if (date.start < to && date.end > from) {
    const before = text.slice(from, Math.max(from, date.start)).replace(/\b(?:on|in|at|by|since|until|till|from|during)\s*$/i, '');
    out = before + text.slice(Math.min(to, date.end), to);
  }
  return out
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:)])/g, '$1')
    .replace(/^[\s,;:]*(?:(?:of|and|but|or|that|on|in|at|by|since|until|till|from|during|however|also)\b[\s,]*)*/i, '')
    // an unclosed parenthesis and what follows it; each written to start only where a match can (linear time)
    .replace(/(?<!\s)\s*(?=\()(?<!\([^)]*?)\([^)]*$/, '')
    .replace(/(?<![\s,;:(])[\s,;:(]+$/, '')
    .trim();
}
