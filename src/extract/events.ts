/**
 * Dated events: each DATE or TIME expression anchors the event it modifies. The trigger is chosen by the rules of
 * `event-trigger.ts` (a noun the date modifies, an event noun before it, or the main verb of its clause); a past,
 * present or future reference ("recently", "now") anchors only a verb it modifies; a relative word that is no time
 * expression ("previously", "later", "the recent sale") anchors the verb or event noun it modifies (`event-anchors.ts`).
 * Participants are the named actors and places of that clause, with he/she/his/her resolved to the person named last.
 */
import type { DateFact, Event, EventDate, Span } from '../schema.js';
import type { ExtractContext } from './context.js';
import type { Document, Token } from '../nlp/document.js';
import { firstIndex, span } from '../text/spans.js';
import { eventClause, eventParticipants, referentOf, type NamedMention, type PersonMention } from './event-participants.js';
import { summarize } from './event-summary.js';
import { isDateline } from './dates.js';
import { chooseTrigger, dateSide, refTrigger } from './event-trigger.js';
import { relativeAnchors } from './event-anchors.js';

export type { NamedMention } from './event-participants.js';

export function extractEvents(ctx: ExtractContext, dates: readonly DateFact[], named: readonly NamedMention[]): Event[] {
  const { doc } = ctx;
  const events: Event[] = [];
  const people = withGender(doc, named.filter((n) => n.person)).sort((a, b) => a.start - b.start);
  const organizations = named.filter((n) => n.organization).sort((a, b) => a.start - b.start);
  const build = (tokens: readonly Token[], date: EventDate, choice: { index: number; first: number; rule: string }, dFirst: number, dLast: number, sentence: Span): Event => {
    const trigger = choice.index;
    const clause = eventClause(tokens, Math.min(trigger, dFirst), Math.max(trigger, dLast));
    const t = tokens[trigger]!;
    const f = tokens[choice.first]!;
    return {
      id: '',
      date,
      trigger: span(doc.source, f.start, t.end),
      summary: summarize({ text: doc.source, tokens, clause, trigger, date, referent: (k) => referentOf(tokens, k, people, organizations) }),
      participants: eventParticipants(tokens, clause, trigger, date, named, people, organizations),
      sentence,
      rule: choice.rule,
    };
  };
  for (const date of dates) {
    if (date.type !== 'DATE' && date.type !== 'TIME') continue;
    if (isDateline(doc.text, date.start, date.end)) continue;
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
    if (choice === null || choice === 'none' || hypothetical(tokens, choice.index)) continue;
    events.push(build(tokens, { start: date.start, end: date.end, text: date.text, type: date.type, value: date.value }, choice, dFirst, dLast, date.sentence));
  }
  // "previously", "later", "soon", "the recent sale": relative words that date an event but are no time expression
  const covered = new Set<number>();
  for (const date of dates) {
    for (let k = Math.max(0, lastAtOrBefore(doc.tokens, date.start, (t) => t.start)); k < doc.tokens.length && doc.tokens[k]!.start < date.end; k++) {
      if (doc.tokens[k]!.end > date.start) covered.add(k);
    }
  }
  for (const sentence of doc.sentences) {
    const tokens = doc.tokens.slice(sentence.first, sentence.last);
    for (const a of relativeAnchors(tokens, (k) => covered.has(sentence.first + k))) {
      const w = tokens[a.at]!;
      const date: EventDate = { start: w.start, end: w.end, text: doc.source.slice(w.start, w.end), type: 'DATE', value: a.value };
      events.push(build(tokens, date, { index: a.trigger, first: a.trigger, rule: a.rule }, a.at, a.at, span(doc.source, sentence.start, sentence.end)));
    }
  }
  return events.sort((a, b) => a.date.start - b.date.start);
}

/**
 * Each person mention with the gender the text shows for that person: "Mr." or "Mrs."/"Ms."/"Miss" before a mention, a
 * given name compromise knows as a man's or a woman's; null when the text shows none or both (a given name used by
 * both, "Kim", read against a "he" after that person alone).
 */
function withGender(doc: Document, people: readonly NamedMention[]): PersonMention[] {
  const seen = new Map<string, Set<'male' | 'female'>>();
  for (const p of people) {
    const k = lastAtOrBefore(doc.tokens, p.start, (t) => t.start);
    const t = doc.tokens[k];
    if (!t || t.start !== p.start) continue;
    const prev = doc.tokens[k - 1];
    const set = seen.get(p.name) ?? new Set();
    if (t.tags.has('FemaleName') || /^(mrs|ms|miss)$/.test(prev?.normal.replace(/\.$/, '') ?? '')) set.add('female');
    if (t.tags.has('MaleName') || prev?.normal.replace(/\.$/, '') === 'mr') set.add('male');
    seen.set(p.name, set);
  }
  // a pronoun after a single person named in its sentence or the one before contradicts a given name read the other
  // way ("Kim … he …"); alone it shows nothing (the person may stand in a phrase: "Rabin's assassin said that she …")
  const sorted = [...people].sort((a, b) => a.start - b.start);
  for (const t of doc.tokens) {
    const gender = /^(he|him|his|himself)$/.test(t.normal) ? 'male' : /^(she|her|hers|herself)$/.test(t.normal) ? 'female' : null;
    if (!gender) continue;
    const from = doc.sentences[Math.max(0, t.sentence - 1)]?.start ?? 0;
    const names = new Set<string>();
    for (let i = lastAtOrBefore(sorted, t.start - 1, (m) => m.start); i >= 0 && sorted[i]!.start >= from && names.size < 2; i--) names.add(sorted[i]!.name);
    const set = names.size === 1 ? seen.get([...names][0]!) : undefined;
    if (set?.size) set.add(gender);
  }
  return people.map((p) => {
    const set = seen.get(p.name);
    const t = doc.tokens[lastAtOrBefore(doc.tokens, p.start, (x) => x.start)];
    const opens = !!t && t.start === p.start && doc.sentences[t.sentence]?.first === t.index;
    return { ...p, gender: set?.size === 1 ? [...set][0]! : null, ...(opens ? { subjectOf: t.sentence } : {}) };
  });
}

/**
 * "If I were choosing the people of tomorrow, …": a trigger in a clause that opens with "if" and a subjunctive "were"
 * states a counterfactual, not something that happened or will happen. An open condition ("if they mail an offer by
 * Nov. 22") is an event that may happen.
 */
function hypothetical(tokens: readonly Token[], trigger: number): boolean {
  let k = trigger;
  while (k > 0 && !/[,;:—–]|--/.test(tokens[k - 1]!.post)) k--;
  for (let j = k; j < trigger; j++) if (tokens[j]!.normal === 'if' && tokens.slice(j + 1, trigger).some((t) => t.normal === 'were')) return true;
  return false;
}

/** Index of the last item whose key is at or before `at` in a list sorted by that key; -1 when none. */
const lastAtOrBefore = <T>(list: readonly T[], at: number, key: (x: T) => number): number => firstIndex(list, (x) => key(x) > at) - 1;
