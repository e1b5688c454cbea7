/**
 * Ages of named people, in the forms news uses: "Kim Jong-un, 39,", "Vladimir Putin (70)", "Mr. Schwarz, 52 years old,",
 * "Jane Doe, aged 39,", "the 39-year-old" (the person last named), "39-year-old John Smith". Never a duration ("for 39
 * years"), a quantity, or an unnamed person.
 */
import type { ExtractContext } from './context.js';
import type { AgeFinding, Mention, NameAnalysis, Word } from '../findings.js';
import { span } from '../text/spans.js';
import { NOT_TITLES, TITLE_HEADS } from './lexicon.js';

const PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'father', 'mother', 'son', 'daughter', 'veteran', 'native', 'suspect', 'victim', 'driver', 'resident', 'actor', 'actress', 'singer', 'star', 'politician', 'businessman', 'businesswoman']);

const MAX_AGE = 120;
const plausible = (n: number) => Number.isInteger(n) && n > 0 && n <= MAX_AGE;
const YEAR_OLD = /^(\d{1,3})-year-old$/i;

export function extractAges(ctx: ExtractContext, names: NameAnalysis): AgeFinding[] {
  const text = ctx.doc.source;
  const out: AgeFinding[] = [];
  const people = names.mentions.filter((m) => m.kind === 'person');
  const usedWords = new Set<Word>();
  const starting = new Map(people.map((m) => [m.start, m]));
  for (const m of people) {
    const ws = names.words[m.sentence]!;
    const last = m.words[m.words.length - 1]!;
    const next = ws[last.i + 1];
    if (!next) continue;
    const between = text.slice(last.bareEnd, next.start);
    // "Putin (70)": the parenthesis may be part of the token or around it
    const paren = /^\s*\($/.test(between) || /^\(\d+\)$/.test(next.text);
    const comma = /^'?s?,\s+$/.test(text.slice(last.end, next.start)) || /^,\s+$/.test(between);
    const digits = next.text.replace(/^\(|\)$/g, '');
    if (/^\d{1,3}$/.test(digits) && plausible(+digits)) {
      const after = ws[next.i + 1];
      const closes = paren ? /^\)/.test(next.post) || /\)$/.test(next.text) : /^[,.;]|^\s*$/.test(next.post) || (/^\s+$/.test(next.post) && /^(years?|yrs?)$/.test(after?.key ?? ''));
      if ((paren || comma) && closes) {
        const yearsOld = after && /^years?$/.test(after.key) && ws[next.i + 2]?.key === 'old';
        const end = yearsOld ? ws[next.i + 2]!.end : next.end;
        out.push({ age: +digits, evidence: span(text, next.start, end), mention: m, at: next.start, sentence: m.sentence, rule: paren ? 'name-parenthesis' : yearsOld ? 'name-years-old' : 'name-comma-age' });
        usedWords.add(next);
        continue;
      }
    }
    // "Jane Doe, aged 39," / "Jane Doe, age 39,"
    if (comma && /^aged?$/.test(next.key)) {
      const n = ws[next.i + 1];
      if (n && /^\d{1,3}$/.test(n.text) && plausible(+n.text)) {
        out.push({ age: +n.text, evidence: span(text, next.start, n.end), mention: m, at: n.start, sentence: m.sentence, rule: 'name-aged' });
        usedWords.add(n);
        continue;
      }
    }
    // "Jane Doe, a 39-year-old teacher,"
    if (comma) {
      const k = /^(a|an|the)$/.test(next.key) ? next.i + 1 : next.i;
      const w = ws[k];
      const y = w?.text.match(YEAR_OLD);
      if (w && y && plausible(+y[1]!)) {
        out.push({ age: +y[1]!, evidence: span(text, w.start, w.end), mention: m, at: w.start, sentence: m.sentence, rule: 'name-year-old' });
        usedWords.add(w);
      }
    }
  }
  // "39-year-old John Smith" before the name, or "the 39-year-old" referring back to the person last named
  names.words.forEach((ws) => {
    for (const w of ws) {
      if (usedWords.has(w)) continue;
      const y = w.text.match(YEAR_OLD);
      if (!y || !plausible(+y[1]!)) continue;
      const nextMention = starting.get(w.end) ?? starting.get(w.end + 1);
      if (nextMention) {
        out.push({ age: +y[1]!, evidence: span(text, w.start, w.end), mention: nextMention, at: w.start, sentence: w.sentence, rule: 'year-old-before-name' });
        continue;
      }
      const named = nameAfterNoun(ws, w.i + 1, starting);
      if (named) {
        out.push({ age: +y[1]!, evidence: span(text, w.start, w.end), mention: named, at: w.start, sentence: w.sentence, rule: 'year-old-noun-name' });
        continue;
      }
      const prev = ws[w.i - 1];
      // only "the 39-year-old" standing for a person: not "a 39-year-old man" (unnamed) nor "a 39-year-old company"
      const after = ws[w.i + 1];
      const refers = !after || /[,.;]/.test(w.post) || after.tokens.some((t) => t.tags.has('Verb')) || TITLE_HEADS.has(after.key) || PERSON_NOUNS.has(after.key);
      if (prev?.key === 'the' && refers) {
        out.push({ age: +y[1]!, evidence: span(text, w.start, w.end), mention: null, at: w.start, sentence: w.sentence, rule: 'the-year-old' });
      }
    }
  });
  // "died at the age of 84", "at age 17", "died aged 84", "who at 77 is": the age of the person the clause is about
  names.words.forEach((ws) => {
    for (const w of ws) {
      const phrase = agePhrase(ws, w.i);
      if (!phrase || usedWords.has(phrase.number)) continue;
      const n = +phrase.number.text;
      if (!plausible(n)) continue;
      const before = lastBefore(people, w.sentence, w.start);
      // "his mother died at the age of 84": the age of someone the sentence does not name
      const from = before ? before.words[before.words.length - 1]!.i + 1 : 0;
      if (ws.slice(from, w.i).some((x) => OTHERS.has(x.key) || NOT_TITLES.has(x.key) || (x.cap && x.i > from && !before))) continue;
      if (!before && !/^(he|she)$/.test(ws[0]?.key ?? '')) continue;
      out.push({ age: n, evidence: span(text, w.start, phrase.number.end), mention: before ?? null, at: w.start, sentence: w.sentence, rule: 'age-phrase' });
      usedWords.add(phrase.number);
    }
  });
  return out.sort((a, b) => a.at - b.at);
}

/** The last person mention of the sentence that ends before `at` (mentions are in text order). */
function lastBefore(people: readonly Mention[], sentence: number, at: number): Mention | undefined {
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (people[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  const m = people[lo - 1];
  return m && m.sentence === sentence ? m : undefined;
}

/** Words that point to a person other than the one named before them ("his father", "their son"). */
const OTHERS = new Set(['his', 'her', 'their', 'whose', 'its', 'our', 'my', 'your']);
const isNumber = (w: Word | undefined): w is Word => !!w && /^\d{1,3}$/.test(w.text);
const ends = (w: Word) => /[,;:()"!?.]/.test(w.post);

/** "at the age of N", "at age N", "aged N" after a verb, "who at N": the number word, when the phrase starts at i. */
function agePhrase(ws: readonly Word[], i: number): { number: Word } | null {
  const k = (j: number) => ws[i + j]?.key;
  const w = ws[i]!;
  if (ends(w)) return null;
  if (w.key === 'at' && k(1) === 'the' && k(2) === 'age' && k(3) === 'of' && isNumber(ws[i + 4]) && !ends(ws[i + 1]!) && !ends(ws[i + 2]!) && !ends(ws[i + 3]!)) return { number: ws[i + 4]! };
  if (w.key === 'at' && k(1) === 'age' && isNumber(ws[i + 2]) && !ends(ws[i + 1]!)) return { number: ws[i + 2]! };
  if (w.key === 'aged' && isNumber(ws[i + 1]) && ws[i - 1]?.tokens.some((t) => t.tags.has('Verb')) && !ends(ws[i - 1]!)) return { number: ws[i + 1]! };
  if (w.key === 'at' && ws[i - 1]?.key === 'who' && isNumber(ws[i + 1])) return { number: ws[i + 1]! };
  return null;
}

/**
 * "6-year-old Irish swimmer Niamh Kelly", "her 19-year-old daughter, Ann Lee": the person named right after the noun
 * the age modifies (a few modifier words, then the name, or a person noun, a comma and the name).
 */
function nameAfterNoun(ws: readonly Word[], k: number, starting: ReadonlyMap<number, Mention>): Mention | null {
  for (let j = k; j < ws.length && j < k + 4; j++) {
    const w = ws[j]!;
    if (w.tokens.some((t) => t.tags.has('Verb') || t.tags.has('Determiner') || t.tags.has('Preposition') || t.tags.has('Pronoun') || t.tags.has('Conjunction'))) return null;
    const after = ws[j + 1];
    const mention = after && starting.get(after.start);
    if (mention && (!ends(w) || (/^,\s*$/.test(w.post) && /^\p{Ll}/u.test(w.text)))) return mention;
    if (ends(w)) return null;
  }
  return null;
}
