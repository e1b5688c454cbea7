/**
 * Weekday check: a weekday written with a full date ("Tuesday, Sept. 13, 2023", "Friday (Sept. 15)") must be that
 * date's weekday.
 *
 * With a year in the text, the date is that day. Without one, news style means the current year, or the nearest year
 * on the right side of the article date: the year is the one the article date gives for a past, a future or an
 * unknown tense (`yearFor`), and the weekday is right when it matches in any of them. A weekday alone ("on Tuesday")
 * and a date without a weekday are not checked: there is nothing to compare.
 */
import type { Check, DateFact, Span } from '../schema.js';
import { type Day, isValidDate, parseDay, weekday } from '../time/calendar.js';
import { MONTH, WEEKDAY, WEEKDAYS, WEEKDAY_NAMES, WEEKDAY_WORD } from '../time/lexicon.js';
import { yearFor } from '../time/resolve.js';

const NAMES = WEEKDAY_NAMES.map((w) => w[0]!.toUpperCase() + w.slice(1));
const SHORT_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** A weekday opening the date ("Tuesday, Sept. 13", "Monday 11 September 2023"), and a day of the month after it. */
const WITH_DATE_RE = new RegExp(
  `^(?:on\\s+)?(${WEEKDAY_WORD})(?:,[ \\t]*|[ \\t]+)(?:the\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH})`,
  'i',
);
/** A weekday alone: "Friday", "on Friday". */
const WEEKDAY_ALONE_RE = new RegExp(`^(?:on\\s+)?(${WEEKDAY_WORD})$`, 'i');
/** Between a weekday alone and the date that follows it, on one line: "Friday, Sept. 15", "Friday (Sept. 15)". */
const JOIN_RE = /^(?:,[ \t]*|[ \t]*\([ \t]*|[ \t]*[—–][ \t]*|[ \t]+--[ \t]+)$/;
/** A weekday the date expression left out, right before it: "Thurs., Sept. 15", "Wed 13 September". */
const WEEKDAY_BEFORE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${WEEKDAY_WORD})(?:,[ \\t]*|[ \\t]+|[ \\t]*\\([ \\t]*)$`, 'iu');
/** A date that starts with a month or a day of the month. */
const MONTH_DAY_RE = new RegExp(`^(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH})`, 'i');
const YEAR_IN_TEXT_RE = /\b\d{4}\b|['’]\d{2}\b/;
/**
 * Days written as a list or a range ("Saturday and Sunday, Sept. 16-17", "Monday through Wednesday, Sept. 18-20"):
 * the weekday and the date name different days of it, so neither is checked.
 */
const RANGE_AFTER_RE = /^\s*(?:[-–—]|to\b|through\b|thru\b|and\b|or\b|&)\s*\d/i;
const LIST_BEFORE_RE = new RegExp(`\\b${WEEKDAY}\\s*(?:,\\s*|\\s+(?:and|or|to|through|thru|until|till)\\s+|\\s*[-–—&]\\s*)$`, 'i');

const dayOf = (value: string): Day | null => parseDay(value.slice(0, 10));
const weekdayNumber = (word: string): number | undefined => WEEKDAYS[word.toLowerCase().replace(/\.$/, '')];
const show = (d: Day) => `${SHORT_MONTHS[d.m - 1]} ${d.d}, ${d.y}`;

interface Statement {
  wd: number;
  /** the date as resolved */
  day: Day;
  /** the text names the year */
  yearGiven: boolean;
  evidence: Span[];
  text: string;
}

function statements(text: string, dates: readonly DateFact[]): Statement[] {
  const out: Statement[] = [];
  const sorted = [...dates].sort((a, b) => a.start - b.start);
  const paired = new Set<DateFact>();
  const listed = (start: number, end: number) => LIST_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start)) || RANGE_AFTER_RE.test(text.slice(end, end + 16));
  sorted.forEach((d, i) => {
    const day = dayOf(d.value);
    const own = WITH_DATE_RE.exec(d.text);
    if (own && day) {
      if (listed(d.start, d.end)) return;
      const wd = weekdayNumber(own[1]!);
      if (wd) out.push({ wd, day, yearGiven: YEAR_IN_TEXT_RE.test(d.text), evidence: [span(d)], text: d.text });
      return;
    }
    // "Friday (Sept. 15)": two expressions side by side
    const alone = WEEKDAY_ALONE_RE.exec(d.text);
    const next = sorted[i + 1];
    if (alone && next && JOIN_RE.test(text.slice(d.end, next.start)) && MONTH_DAY_RE.test(next.text)) {
      const nextDay = dayOf(next.value);
      const wd = weekdayNumber(alone[1]!);
      paired.add(next);
      if (!nextDay || !wd || listed(d.start, next.end)) return;
      out.push({ wd, day: nextDay, yearGiven: YEAR_IN_TEXT_RE.test(next.text), evidence: [span(d), span(next)], text: text.slice(d.start, next.end) });
      return;
    }
    // "Thurs., Sept. 15, 2023": a weekday written in short, which is not a date expression of its own
    if (!day || paired.has(d) || !MONTH_DAY_RE.test(d.text)) return;
    const from = Math.max(0, d.start - 16);
    const before = WEEKDAY_BEFORE_RE.exec(text.slice(from, d.start));
    const wd = before && /^\p{Lu}/u.test(before[1]!) ? weekdayNumber(before[1]!) : undefined;
    if (!before || !wd) return;
    const start = from + before.index;
    if (listed(start, d.end)) return;
    const word = { start, end: start + before[1]!.length, text: text.slice(start, start + before[1]!.length) };
    out.push({ wd, day, yearGiven: YEAR_IN_TEXT_RE.test(d.text), evidence: [word, span(d)], text: text.slice(start, d.end) });
  });
  return out;
}

const span = (d: { start: number; end: number; text: string }): Span => ({ start: d.start, end: d.end, text: d.text });

export function checkWeekdays(text: string, dates: readonly DateFact[], referenceDate: string | null): Check[] {
  const dct = parseDay(referenceDate);
  const out: Check[] = [];
  for (const s of statements(text, dates)) {
    const { m, d } = s.day;
    let years = [s.day.y];
    if (!s.yearGiven) {
      if (!dct) continue;
      years = [...new Set([yearFor(dct, null, m, d), yearFor(dct, 'past', m, d), yearFor(dct, 'future', m, d)])].filter((y) => isValidDate(y, m, d));
      // February 29th in none of them: the resolver found a leap year further away, and there is no year to hold to
      if (years.length === 0) continue;
    }
    const matching = years.find((y) => weekday({ y, m, d }) === s.wd);
    const quoted = JSON.stringify(s.text);
    if (matching !== undefined) {
      out.push({ kind: 'weekday', status: 'ok', message: `${quoted}: ${show({ y: matching, m, d })} is a ${NAMES[s.wd - 1]}`, evidence: s.evidence });
      continue;
    }
    const y = s.yearGiven ? s.day.y : years[0]!;
    const actual = NAMES[weekday({ y, m, d }) - 1];
    out.push({ kind: 'weekday', status: 'warning', message: `${quoted}: ${show({ y, m, d })} is a ${actual}, not a ${NAMES[s.wd - 1]}`, evidence: s.evidence });
  }
  return out;
}
