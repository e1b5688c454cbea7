/**
 * What the text says about people's ages, for the age checks: every age stated for each person (not only the first,
 * which the actor keeps), and birth dates ("born in 1952", "(born 1984)", "who was born on March 3, 1960").
 *
 * An age stated about another time is left out: "the then 35-year-old", and ages in a sentence that names an earlier
 * year ("In 1990, Smith, 38, …"), since it is that year's age, not the article's. So is an age that stands without a
 * name ("the 70-year-old said"): the person it refers back to is a guess, and a wrong guess is no inconsistency.
 */
import type { DateFact, Span } from '../schema.js';
import type { Document } from '../nlp/document.js';
import type { ActorDraft, AgeLink, Mention } from '../findings.js';
import { parseDay } from '../time/calendar.js';
import { firstIndex } from '../text/spans.js';

export interface StatedAge {
  person: string;
  age: number;
  evidence: Span;
}

export interface BirthDate {
  person: string;
  /** a TIMEX3 calendar value: 1952, 1960-03, 1960-03-03 */
  value: string;
  evidence: Span;
}

/** "born", an optional birthplace, then "in"/"on" right before the date: "born in Kyiv in 1952", "born March 3, 1960". */
const BORN_BEFORE_RE = /\bborn(?:\s+(?:in|at|near)\s+\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,3},?)?\s+(?:(?:in|on)\s+)?$/u;
/** Between a name and "born": "Jane Doe (born", "Smith, who was born", "Smith, 70, was born", "Smith was born". */
const NAME_GAP_RE = /^(?:['’]s?)?(?:\s*\(|,(?:\s*\d{1,3},)?(?:\s*who)?(?:\s+(?:was|is))?|\s+(?:was|is))\s*$/i;
/** A sentence that opens with the pronoun: "He was born …". */
const PRONOUN_GAP_RE = /^\s*(?:He|She)\s+(?:was|is)\s*$/;
const THEN_BEFORE_RE = /\bthen[\s-]*(?:an?\s+|aged?\s+)?$/i;
const CALENDAR_RE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/;

interface PersonMention {
  mention: Mention;
  draft: ActorDraft;
}

function sentenceOf(doc: Document, pos: number): number {
  const i = firstIndex(doc.sentences, (s) => s.end > pos);
  const s = doc.sentences[i];
  return s && s.start <= pos ? i : -1;
}

/** Birth dates stated for the people of the text. */
export function birthDates(doc: Document, drafts: readonly ActorDraft[], dates: readonly DateFact[]): BirthDate[] {
  const people: PersonMention[] = drafts
    .filter((d) => d.actor.kind === 'person')
    .flatMap((draft) => draft.mentions.map((mention) => ({ mention, draft })))
    .sort((a, b) => a.mention.start - b.mention.start);
  const out: BirthDate[] = [];
  for (const d of dates) {
    if (d.type !== 'DATE' || d.mod !== null) continue;
    const value = CALENDAR_RE.exec(d.value)?.[0];
    // the year must be written: "born in May" or "born last year" takes its year from the article date, not the text
    if (!value || !/\b\d{4}\b/.test(d.text)) continue;
    const sentence = sentenceOf(doc, d.start);
    if (sentence < 0) continue;
    const sStart = doc.sentences[sentence]!.start;
    const windowStart = Math.max(sStart, d.start - 100);
    const born = BORN_BEFORE_RE.exec(doc.text.slice(windowStart, d.start));
    if (!born) continue;
    const at = windowStart + born.index;
    // the person named right before "born", in the same sentence
    const k = firstIndex(people, (p) => p.mention.end > at) - 1;
    const before = people[k];
    let owner: ActorDraft | null = null;
    if (before && before.mention.end >= sStart && NAME_GAP_RE.test(doc.text.slice(before.mention.end, at))) owner = before.draft;
    else if (PRONOUN_GAP_RE.test(doc.text.slice(sStart, at)) && before && sentenceOf(doc, before.mention.start) >= sentence - 1) owner = before.draft;
    if (owner) out.push({ person: owner.actor.name, value, evidence: { start: d.start, end: d.end, text: d.text } });
  }
  return out;
}

/**
 * Every age stated about the time of the article, with its person (the ages as the ages stage linked them). `pastYear` tells whether a date names a year before
 * the article's: ages in its sentence are that year's.
 */
export function statedAges(
  doc: Document,
  ages: readonly AgeLink[],
  dates: readonly DateFact[],
  births: readonly BirthDate[],
  referenceDate: string | null,
): StatedAge[] {
  const dct = parseDay(referenceDate);
  const birthStarts = new Set(births.map((b) => b.evidence.start));
  const pastSentences = new Set<number>();
  for (const d of dates) {
    if (birthStarts.has(d.start) || !/^\d{4}/.test(d.value)) continue;
    // without an article date, any date that names a year may be another time
    if (dct ? +d.value.slice(0, 4) < dct.y : /\b\d{4}\b/.test(d.text)) pastSentences.add(sentenceOf(doc, d.start));
  }
  const out: StatedAge[] = [];
  for (const { age, draft } of ages) {
    if (!age.mention) continue;
    if (THEN_BEFORE_RE.test(doc.text.slice(Math.max(0, age.evidence.start - 12), age.evidence.start))) continue;
    if (pastSentences.has(sentenceOf(doc, age.evidence.start))) continue;
    out.push({ person: draft.actor.name, age: age.age, evidence: age.evidence });
  }
  return out;
}

/** Stated ages grouped by person, each list in text order. */
export function byPerson<T extends { person: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.person);
    if (list) list.push(item);
    else out.set(item.person, [item]);
  }
  return out;
}
