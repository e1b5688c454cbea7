/**
 * Dates relative to another event: "the day before the trial", "two days after the crash". When the text dates that
 * event ("The trial opened on March 3."), the expression is that day moved by the offset; otherwise it is left as the
 * other rules read it ("two days" stays a duration, "the day before the trial" names no date).
 *
 * The event is found by its word: the nearest earlier sentence (or the same one, before the expression) that holds a
 * word of the same stem as the noun after "before"/"after" ("crash" and "crashed", "vote" and "voted") a few words from
 * its one date naming a day. As TimeML tags it, the expression is the offset alone ("two days", "the day"); its value
 * counts from the event.
 */
import { addDays, fmtDay, parseDay } from './calendar.js';
import { COUNT, countValue } from './lexicon.js';

/** A day-level date the text has resolved, and its sentence. */
export interface DatedDay {
  start: number;
  end: number;
  value: string;
  sentence: { start: number; end: number; text: string };
}

export interface EventRelative {
  start: number;
  end: number;
  value: string;
}

const PHRASE = new RegExp(
  `\\b(?:(?<the>the\\s+day)|(?<n>${COUNT})[\\s-]+(?<unit>days?|weeks?))\\s+(?<dir>before|after)\\s+(?:the|his|her|their|its)\\s+(?<words>[a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,2})`,
  'gi',
);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SCREEN = /\b(?:before|after)\s+(?:the|his|her|their|its)\s/i;
/** How many words may stand between the event's word and its date. */
const NEAR = 4;
/** Words after the determiner that end the noun phrase ("the crash in which", "the vote on"). */
const PHRASE_END = new Set(['in', 'on', 'of', 'at', 'by', 'for', 'with', 'and', 'or', 'that', 'which', 'who', 'when', 'to', 'from', 'was', 'were', 'is', 'had', 'has']);

const stem = (w: string) => w.replace(/(?:ing|e|es|s)$/, '');
/** "crash" ~ "crashed", "vote" ~ "voted", "trial" ~ "trial": the same stem, a short ending at most. */
function sameStem(noun: string, word: string): boolean {
  if (word === noun) return true;
  const s = stem(noun);
  return s.length >= 4 && word.startsWith(s) && word.length - s.length <= 3;
}

/** The noun phrase's words, head last, cut at the first word that ends it. */
function phraseWords(words: string): string[] {
  const out: string[] = [];
  for (const w of words.toLowerCase().split(/\s+/)) {
    if (PHRASE_END.has(w)) break;
    out.push(w);
  }
  return out;
}

/** Whether a word of the noun's stem stands within a few words of the sentence's date ("The plane crashed on Friday"). */
function namesEventNear(noun: string, s: DatedDay['sentence'], ds: readonly DatedDay[], upTo: number): boolean {
  for (const w of s.text.slice(0, upTo).matchAll(/[A-Za-z]+/g)) {
    if (!sameStem(noun, w[0].toLowerCase())) continue;
    const at = s.start + w.index!;
    for (const d of ds) {
      const between = at < d.start ? s.text.slice(at - s.start, d.start - s.start) : s.text.slice(d.end - s.start, at - s.start);
      if ((between.match(/\S+/g) ?? []).length <= NEAR) return true;
    }
  }
  return false;
}

/** The dated day of the event the noun names, if the text gives one before `before`. */
function eventDay(noun: string, days: readonly DatedDay[], before: number): string | null {
  const bySentence = new Map<number, DatedDay[]>();
  for (const d of days) if (d.end <= before) bySentence.set(d.sentence.start, [...(bySentence.get(d.sentence.start) ?? []), d]);
  const sentences = [...bySentence.values()].sort((a, b) => b[0]!.sentence.start - a[0]!.sentence.start);
  for (const ds of sentences) {
    const s = ds[0]!.sentence;
    const upTo = Math.min(s.end, before) - s.start;
    if (!namesEventNear(noun, s, ds, upTo)) continue;
    return ds.length === 1 ? ds[0]!.value : null;
  }
  return null;
}

/** The expressions of one sentence that count from a dated event. */
export function eventRelativeDates(sentence: { start: number; text: string }, days: readonly DatedDay[]): EventRelative[] {
  const out: EventRelative[] = [];
  // most sentences have no "before the", "after its": skip the full pattern
  if (!SCREEN.test(sentence.text)) return out;
  for (const m of sentence.text.matchAll(PHRASE)) {
    const g = m.groups!;
    const words = phraseWords(g.words!);
    const noun = words[words.length - 1];
    if (!noun || noun.length < 4) continue;
    const n = g.the ? 1 : countValue(g.n!);
    if (n === null || !Number.isInteger(n) || n <= 0) continue;
    const start = sentence.start + m.index!;
    const value = eventDay(noun, days, start);
    const day = parseDay(value);
    if (!day) continue;
    const offset = n * (/^week/i.test(g.unit ?? '') ? 7 : 1) * (/^before$/i.test(g.dir!) ? -1 : 1);
    // as TimeML tags it: the offset ("two days", "the day"), its value counted from the event
    const lead = (g.the ?? `${g.n}${m[0].slice(g.n!.length).match(/^[\s-]+/)![0]}${g.unit}`).length;
    out.push({ start, end: start + lead, value: fmtDay(addDays(day, offset)) });
  }
  return out.filter((x) => DAY.test(x.value));
}
