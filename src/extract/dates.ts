/**
 * Time expressions (TimeML TIMEX3): dates, times, durations and sets, with values normalized against the article's
 * reference date. The rules are data (src/time/rules.ts, by family under src/time/rules/); this module runs them over
 * each sentence, then the steps after matching, in order:
 *  1. MATCH_FILTERS drop a rule's match before its draft is made (a month written in lower case, a number glued to
 *     another);
 *  2. the rule's own rejections and builder make drafts (`apply`), one candidate per draft;
 *  3. REFINERS work on a sentence's candidates: trim each to the words TimeML tags, then keep the longest where they
 *     overlap (the one overlap rule, `filterSpans`; between equals the rule listed first);
 *  4. relative values are resolved in text order, so that chains ("a year earlier", "the next day") anchor on the
 *     last date mentioned.
 */
import type { DateFact, TimexMod } from '../schema.js';
import type { ExtractContext } from './context.js';
import type { Token } from '../nlp/document.js';
import { compareDay, type Day, parseDay } from '../time/calendar.js';
import { formatPoint, type Point } from '../time/point.js';
import type { Env } from '../time/resolve.js';
import { RULES } from '../time/rules.js';
import { apply, type Draft, type Groups, type MatchCx, type Rule } from '../time/rules/types.js';
import { clauseVerbAt } from '../time/tense.js';
import { eventRelativeDates } from '../time/event-relative.js';
import { filterSpans, firstIndex } from '../text/spans.js';
import { matchWholeWords, wholeWords, type WholeWords } from '../text/whole-words.js';

interface Compiled {
  rule: Rule;
  re: WholeWords;
  order: number;
  /** whether a rule that finds nothing in the sentences joined by NUL finds nothing in any of them (see below) */
  screened: boolean;
}

/**
 * Screening: most rules find nothing in a given article, and V8 compiles a regular expression to machine code once
 * it has run twice, which for fifty rules over every sentence is most of a cold run's date work. So each rule is
 * first tried once on the document's sentences joined by NUL (a character normalized text never holds), and run
 * sentence by sentence only if that finds something. Sound when every match inside a sentence is also one in the
 * joined text: the body matches the same characters, and at a sentence's edges NUL must act as the string's edge
 * does. It does for the word edges, `\b`, and lookarounds whose first character cannot be NUL; a rule with `$`,
 * a negated class, `\W`, `\S`, `\D`, `\B`, a negative lookbehind or an unescaped dot is never screened, as those
 * could tell NUL from the end. (A match in the joined text that no sentence has only costs the per-sentence run.)
 */
const UNSCREENABLE = /(?<!\\)\$|\[\^|\\[WSDB]|\(\?<!|(?<![\\[])\.(?![^[]*\])/;
const JOIN = '\u0000';

/** Each rule's pattern with word edges: no letter or digit (or currency sign) right before, no letter or digit right after. */
const COMPILED: Compiled[] = RULES.map((r, order) => ({
  rule: r,
  re: wholeWords(r.pattern),
  order,
  screened: !UNSCREENABLE.test(r.pattern),
}));

/** A rule's match in a sentence, at absolute offsets. */
interface Match {
  compiled: Compiled;
  groups: Groups;
  start: number;
  end: number;
}

/** An expression a draft proposes: the match's span until the refiners trim it. */
interface Candidate {
  start: number;
  end: number;
  /** the match's span, which the trims start from */
  match: { start: number; end: number };
  draft: Draft;
  rule: string;
  order: number;
}

const CAPITALIZED = ['month', 'wd', 'wdp'];

/** Before a draft is made: the first filter that holds drops the match. */
const MATCH_FILTERS: ReadonlyArray<{ name: string; test: (m: Match, text: string) => boolean; reason: string }> = [
  {
    name: 'lower-case-name',
    test: (m) => CAPITALIZED.some((k) => m.groups[k] !== undefined && !/^[A-Z]/.test(m.groups[k]!)),
    reason: 'month and weekday names are written with a capital ("may" and "march" are verbs)',
  },
  {
    name: 'glued-number',
    test: (m, text) => {
      if (m.compiled.rule.glued) return false;
      const body = text.slice(m.start, m.end);
      return (/\d[.,:/-]$/.test(text.slice(Math.max(0, m.start - 2), m.start)) && /^\d/.test(body)) || (/^[.,:/-]\d/.test(text.slice(m.end, m.end + 2)) && /\d$/.test(body));
    },
    reason: 'numbers glued to other numbers ("1,991", "3.1990", "555-1991") are not dates, unless the rule reads them itself',
  },
];

/** After the drafts are made, over a sentence's candidates, in order. */
const REFINERS: ReadonlyArray<{ name: string; refine: (cands: Candidate[], text: string) => Candidate[] }> = [
  {
    // the draft's own trims; "the five-year plan", "the third-quarter results": TimeML tags the adjective without the
    // article; never start or end on a space; nothing left, no candidate
    name: 'trim',
    refine: (cands, text) =>
      cands.flatMap((c) => {
        let a = c.match.start + (c.draft.trimStart ?? 0);
        if (/^the\s+[\w-]*\w-(?:quarter|year|month|week|day|hour|minute)$/i.test(text.slice(a, c.match.end))) a += 4;
        let b = c.match.end - (c.draft.trimEnd ?? 0);
        while (a < b && /\s/.test(text[a]!)) a++;
        while (b > a && /\s/.test(text[b - 1]!)) b--;
        return b > a ? [{ ...c, start: a, end: b }] : [];
      }),
  },
  // the longest wins where candidates overlap; between two as long, the rule listed first
  { name: 'longest-first', refine: (cands) => filterSpans(cands, (x, y) => x.order - y.order) },
];

function lastWordBefore(text: string, i: number): string {
  const m = /([\p{L}\p{N}'.$%-]+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, i - 40), i));
  return m ? m[1]!.toLowerCase().replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, '') : '';
}
function firstWordAfter(text: string, i: number): string {
  const m = /^[^\p{L}\p{N}$%]*([\p{L}\p{N}'$%-]+)/u.exec(text.slice(i, i + 40));
  return m ? m[1]!.toLowerCase().replace(/'s$/, '') : '';
}

/**
 * The article's own dateline ("WASHINGTON, March 12 (Xinhua) --"). It is a time expression of the text and TimeML tags
 * it like any other (the creation time TimeML keeps apart lives outside the text), named by the rule `dateline` for
 * the reader; it anchors no event (the event finder asks `isDateline`): it dates the report, not something that
 * happened.
 */
const DATELINE_RULE = 'dateline';

/** Whether the time expression at start..end of the text is the article's dateline. */
export function isDateline(text: string, start: number, end: number): boolean {
  if (start > 200) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  // a place, perhaps with its region and the agency: "LONDON, ", "HALIFAX, Nova Scotia, ", "LONDON (AP), "
  if (!/^\s*[A-Z][A-Za-z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .'-]{1,40})?(?:\s*\([^()\n]{1,30}\))?,\s*$/.test(before) && !/^\s*$/.test(before)) return false;
  return /^\s*(?:,\s*\d{4})?\s*(?:\(|--|_|—|–|-\s|$)/.test(text.slice(end, end + 12)) && /^[A-Z]/.test(text.slice(start, end));
}

/**
 * "the nine months", "the first six months", "the latest nine months": a report's span of the year to date (a duration
 * of two to eleven months after "the"), not "the past six months" nor "nine months" alone, nor one that names its last
 * day.
 */
function isPeriodToDate(text: string, start: number, end: number, value: string): boolean {
  if (!/^P(?:[2-9]|1[01])M$/.test(value)) return false;
  const span = /^the\s/i.test(text.slice(start, end)) ? text.slice(start, end) : text.slice(Math.max(0, start - 4), end);
  // "the six months ended Aug. 12" names its last day, which anchors what follows
  return /^the\s+(?:(?:first|latest|comparable|same|year-earlier|year-ago)\s+)?[\w-]+\s+months$/i.test(span) && !/^\s+(?:ended|ending)\b/i.test(text.slice(end, end + 8));
}

export function extractDates(ctx: ExtractContext, options: { screen?: boolean } = {}): DateFact[] {
  const { doc } = ctx;
  const joined = options.screen === false ? '' : doc.sentences.map((s) => s.text).join(JOIN);
  const rules = options.screen === false ? COMPILED : COMPILED.filter((rule) => !rule.screened || !matchWholeWords(rule.re, joined).next().done);
  const text = doc.text;
  const dct = parseDay(ctx.referenceDate);
  const tokenAtStart = new Map<number, Token>();
  for (const t of doc.tokens) tokenAtStart.set(t.start, t);

  const out: DateFact[] = [];
  const monthIndex = (p: Point) => p.day.y * 12 + p.day.m;
  const reported = (q: Point) => !dct || monthIndex(q) + 3 <= dct.y * 12 + dct.m;
  let last: Point | null = null;
  let lastQuarter: Point | null = null;
  let yearToDate = false;

  for (const s of doc.sentences) {
    const sTokens = doc.tokens.slice(s.first, s.last);
    const firstTokenFrom = (offset: number): number => firstIndex(sTokens, (t) => t.start >= offset);
    let cands: Candidate[] = [];
    for (const compiled of rules) {
      for (const m of matchWholeWords(compiled.re, s.text)) {
        if (!m[0]) continue;
        const start = s.start + m.index!;
        const match: Match = { compiled, groups: (m.groups ?? {}) as Groups, start, end: start + m[0].length };
        if (MATCH_FILTERS.some((f) => f.test(match, text))) continue;
        const end = match.end;
        const k = firstTokenFrom(end);
        const cx: MatchCx = {
          text,
          start,
          end,
          prevWord: lastWordBefore(text, start),
          nextWord: firstWordAfter(text, end),
          tokenAt: (o) => tokenAtStart.get(o),
          nextToken: sTokens[k],
          prevToken: sTokens[firstTokenFrom(start) - 1],
          after: sTokens.slice(k, k + 8),
        };
        const made = apply(compiled.rule, match.groups, cx);
        if (!made) continue;
        const rule = isDateline(text, start, end) ? DATELINE_RULE : compiled.rule.name;
        for (const draft of Array.isArray(made) ? made : [made]) cands.push({ start, end, match: { start, end }, draft, rule, order: compiled.order });
      }
    }
    if (!cands.length) continue;
    for (const r of REFINERS) cands = r.refine(cands, text);
    // the first day of the sentence on or before the dct: the day of its report ("said Friday"), see Env.reportDay
    let reportDay: Day | null = null;

    for (const c of cands) {
      let value: string;
      const v = c.draft.value;
      let point: Point | null = null;
      if (typeof v === 'function') {
        const verb = clauseVerbAt(sTokens, firstTokenFrom(c.start), firstTokenFrom(c.end));
        const env: Env = { dct, tense: verb?.tense ?? null, pastPerfect: verb?.pastPerfect ?? false, last, lastQuarter, yearToDate, reportDay: verb?.wouldForm ? reportDay : null };
        const r = v(env);
        if (r === null) continue;
        if (typeof r === 'string') value = r;
        else {
          point = r;
          value = formatPoint(r);
        }
      } else if (typeof v === 'string') value = v;
      else {
        point = v;
        value = formatPoint(v);
      }
      if (!reportDay && point?.gran === 'day' && c.draft.type === 'DATE' && dct && compareDay(point.day, dct) <= 0) reportDay = point.day;
      if (point && c.draft.anchor !== false && (c.draft.type === 'DATE' || c.draft.type === 'TIME')) {
        last = point;
        // the quarter under report is the latest one mentioned: "third-quarter profit rose … after a flat second
        // quarter" still reports the third, and "a year ago" there is the third quarter of the year before; a quarter
        // not over by the article date (a forecast) is not under report
        if (point.gran === 'quarter' && (!lastQuarter || !reported(lastQuarter) || (reported(point) && monthIndex(point) >= monthIndex(lastQuarter)))) {
          lastQuarter = point;
          yearToDate = false;
        }
      }
      if (c.draft.type === 'DURATION' && isPeriodToDate(text, c.start, c.end, value)) yearToDate = true;
      out.push({
        id: '',
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        type: c.draft.type,
        value,
        mod: (c.draft.mod ?? null) as TimexMod | null,
        sentence: { start: s.start, end: s.end, text: s.text },
        rule: c.rule,
      });
    }
  }
  const all = [...out, ...eventRelative(doc.sentences, out, text)].filter((f, _i, xs) => f.rule === EVENT_RELATIVE_RULE || !xs.some((x) => x.rule === EVENT_RELATIVE_RULE && x.start < f.end && f.start < x.end));
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  all.forEach((f, i) => (f.id = `t${i + 1}`));
  return all;
}

/** Dates counted from a dated event ("two days after the crash"), which replace what overlaps them (`time/event-relative.ts`). */
export const EVENT_RELATIVE_RULE = 'event-relative';

function eventRelative(sentences: ReadonlyArray<{ start: number; end: number; text: string }>, facts: readonly DateFact[], text: string): DateFact[] {
  const days = facts.filter((f) => f.type === 'DATE' && f.rule !== DATELINE_RULE && /^\d{4}-\d{2}-\d{2}$/.test(f.value));
  if (!days.length) return [];
  return sentences.flatMap((s) =>
    eventRelativeDates(s, days).map((r) => ({
      id: '',
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      type: 'DATE' as const,
      value: r.value,
      mod: null,
      sentence: { start: s.start, end: s.end, text: s.text },
      rule: EVENT_RELATIVE_RULE,
    })),
  );
}
