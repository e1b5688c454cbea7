/**
 * Event-dates check: one event dated twice, by a relative expression and by a calendar one ("his trip four years ago"
 * … "In April 2019, he visited …"), where the two dates cannot be the same time.
 *
 * "One event" is decided conservatively, in one of two ways:
 *  - apposition: both dates anchor the same trigger word in one sentence and stand side by side ("four years ago, in
 *    April 2019", "last week (on Sept. 5)");
 *  - restatement: in the same or the next sentence, an event of the same family (visit, trip and travel; meeting and
 *    talks; death and died…) with a person and a place in common (a city matches its country), and no word that
 *    announces a second occurrence ("again", "another", "twice", "also"…). Dates more than two units of the relative
 *    one apart ("last month" and "in 2016") are two occurrences, not one misdated: no check.
 * In both, one date must be relative to the article's date ("four years ago", "last year") and the other not: two
 * calendar dates side by side are usually a list of different days. The calendar date must write its year ("April
 * 2019", not "in April"), and a date counted from another one ("two years later", "that year") is never compared: in
 * both, the year is a guess of the resolver's.
 *
 * "Disagree" means the two values, read as intervals of days, do not overlap. Values at different granularities are
 * compared as intervals (2019 contains 2019-04). A counted offset ("four years ago") is rounded by the writer, so it is
 * widened by one of its units on each side; "about" widens the same way. A date that is
 * open-ended ("before 2019", "more than four years ago") or unresolved (XXXX-…) is never compared.
 */
import type { Check, DateFact, Event, Span } from '../schema.js';
import type { Document } from '../nlp/document.js';
import { lookupPlace } from '../geo/gazetteer.js';
import { addDays, addMonths, type Day, dayNumber, daysInMonth, isValidDate, parseDay, weekday } from '../time/calendar.js';
import { WEEKDAY } from '../time/lexicon.js';
import { firstIndex } from '../text/spans.js';
import { eventFamily } from './event-families.js';


type Gran = 'day' | 'week' | 'month' | 'year' | 'other';
interface Interval {
  from: Day;
  to: Day;
  gran: Gran;
}

/**
 * A TIMEX3 calendar value as the days it covers; null for anything else (durations, X's, PAST_REF…). Quarters and
 * halves are left out too: companies count them in fiscal years, which the value cannot tell from calendar ones.
 */
export function timexInterval(value: string): Interval | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value))) {
    const d = parseDay(`${m[1]}-${m[2]}-${m[3]}`);
    return d ? { from: d, to: d, gran: 'day' } : null;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const y = +m[1]!;
    const mo = +m[2]!;
    return isValidDate(y, mo, 1) ? { from: { y, m: mo, d: 1 }, to: { y, m: mo, d: daysInMonth(y, mo) }, gran: 'month' } : null;
  }
  if ((m = /^(\d{4})$/.exec(value))) return { from: { y: +m[1]!, m: 1, d: 1 }, to: { y: +m[1]!, m: 12, d: 31 }, gran: 'year' };
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    // ISO week 1 holds January 4th
    const jan4 = { y: +m[1]!, m: 1, d: 4 };
    const monday = addDays(jan4, 1 - weekday(jan4) + 7 * (+m[2]! - 1));
    return m[3] ? { from: addDays(monday, 5), to: addDays(monday, 6), gran: 'week' } : { from: monday, to: addDays(monday, 6), gran: 'week' };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    // seasons are loose: the three months of the season and one either side (summer: May to September)
    const y = +m[1]!;
    const start = { SP: 2, SU: 5, FA: 8, WI: 11 }[m[2] as 'SP' | 'SU' | 'FA' | 'WI'];
    const from = { y, m: start, d: 1 };
    const end = addMonths(from, 5);
    return { from, to: addDays(end, -1), gran: 'other' };
  }
  if ((m = /^(\d{3})$/.exec(value))) return { from: { y: +m[1]! * 10, m: 1, d: 1 }, to: { y: +m[1]! * 10 + 9, m: 12, d: 31 }, gran: 'other' };
  return null;
}

/** Widen an interval by one unit of its granularity on each side. */
function widen(i: Interval): Interval {
  const by = { day: [0, 1], week: [0, 7], month: [1, 0], year: [12, 0], other: [0, 0] }[i.gran] as [number, number];
  return { ...i, from: addDays(addMonths(i.from, -by[0]), -by[1]), to: addDays(addMonths(i.to, by[0]), by[1]) };
}

/** Expressions counted back from the article's date, which writers round: "four years ago". */
const COUNTED_RE = /\bago\b/i;
/** Expressions relative to the article's date: the date a reader can check them against. */
const DEICTIC_RE = /\b(?:ago|last|next|this|past|coming|yesterday|today|tomorrow|tonight)\b/i;
/**
 * Expressions counted from another date the text gave ("two years later", "the previous day", "that year"): their
 * anchor is a guess, often the very date beside them, so they are not compared.
 */
const CHAINED_RE = /\b(?:earlier|later|before|after|previous|following|prior|that|same)\b/i;
const OPEN_MODS = new Set(['BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER', 'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE']);
/** Words that announce another occurrence of an event, or several. */
const REPEAT_RE = /\b(?:again|another|second|third|twice|also|previous(?:ly)?|each|every|annual(?:ly)?|both|times|several|repeated(?:ly)?|once\s+more)\b/i;
/** Between two dates of one trigger, side by side: "four years ago, in April 2019", "last week (on Sept. 5)". */
const APPOSITION_RE = /^\s*(?:,|\(|—|–|--)\s*(?:(?:in|on|at)\s+)?$/i;
const WEEKDAY_ALONE_RE = new RegExp(`^(?:on\\s+)?${WEEKDAY}$`, 'i');

interface Dated {
  event: Event;
  interval: Interval;
  relative: boolean;
  sentence: number;
  sentenceText: string;
}

export interface EventDateContext {
  doc: Document;
  dates: readonly DateFact[];
  /** names of the people among the participants */
  people: ReadonlySet<string>;
  /** names of the places among the participants */
  places: ReadonlySet<string>;
}

function dated(events: readonly Event[], cx: EventDateContext): Dated[] {
  const mods = new Map(cx.dates.map((d) => [`${d.start}:${d.end}`, d.mod]));
  const out: Dated[] = [];
  for (const event of events) {
    const mod = mods.get(`${event.date.start}:${event.date.end}`) ?? null;
    if (mod && OPEN_MODS.has(mod)) continue;
    // "a month earlier than usual" compares; it does not date the event
    if (/^\s*than\b/i.test(cx.doc.text.slice(event.date.end, event.date.end + 8))) continue;
    let interval = timexInterval(event.date.value);
    if (!interval || CHAINED_RE.test(event.date.text)) continue;
    const relative = DEICTIC_RE.test(event.date.text);
    // a calendar date compares only with its year written: "in March" takes a year the resolver guessed
    if (!relative && !/\b\d{4}\b/.test(event.date.text)) continue;
    if (COUNTED_RE.test(event.date.text) || mod === 'APPROX') interval = widen(interval);
    const i = firstIndex(cx.doc.sentences, (s) => s.end > event.date.start);
    const sentence = cx.doc.sentences[i];
    out.push({
      event, interval, relative, sentence: sentence ? i : -1,
      sentenceText: sentence?.text ?? event.sentence.text,
    });
  }
  return out;
}

/** Two places that can be one: the same name, or a place and the country it lies in. */
function samePlace(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = lookupPlace(a);
  const pb = lookupPlace(b);
  if (!pa || !pb || !pa.countryCode || pa.countryCode !== pb.countryCode) return false;
  return pa.kind === 'country' || pb.kind === 'country';
}

type Pairing = 'apposition' | 'restatement' | null;

function oneEvent(a: Dated, b: Dated, cx: EventDateContext): Pairing {
  if (a.relative === b.relative || a.sentence < 0 || b.sentence < 0) return null;
  const [first, second] = a.event.date.start < b.event.date.start ? [a, b] : [b, a];
  // apposition: one trigger, two dates side by side (a weekday with its date is the weekday check's)
  if (a.event.trigger.start === b.event.trigger.start) {
    if (WEEKDAY_ALONE_RE.test(a.event.date.text) || WEEKDAY_ALONE_RE.test(b.event.date.text)) return null;
    return APPOSITION_RE.test(cx.doc.text.slice(first.event.date.end, second.event.date.start)) ? 'apposition' : null;
  }
  // restatement in the same or the next sentence
  if (Math.abs(a.sentence - b.sentence) > 1) return null;
  if (eventFamily(a.event.trigger.text) !== eventFamily(b.event.trigger.text)) return null;
  if (REPEAT_RE.test(a.sentenceText) || REPEAT_RE.test(b.sentenceText)) return null;
  const person = a.event.participants.some((p) => cx.people.has(p) && b.event.participants.includes(p));
  const placesA = a.event.participants.filter((p) => cx.places.has(p));
  const placesB = b.event.participants.filter((p) => cx.places.has(p));
  const place = placesA.some((p) => placesB.some((q) => samePlace(p, q)));
  return person && place ? 'restatement' : null;
}

const UNIT_DAYS: Record<Gran, number> = { day: 1, week: 7, month: 31, year: 366, other: 366 };

/**
 * Between a restatement's two dates, a slip of the writer is small: a few units of the relative date ("four years
 * ago" for a trip five years back). Dates further apart than two units are two occurrences the text tells apart
 * without saying so ("last month" and "in 2016"), not one event misdated.
 */
function slip(a: Dated, b: Dated): boolean {
  const relative = a.relative ? a : b;
  const gap = Math.max(dayNumber(a.interval.from) - dayNumber(b.interval.to), dayNumber(b.interval.from) - dayNumber(a.interval.to));
  return gap <= 2 * UNIT_DAYS[relative.interval.gran];
}

/** How many events after one are looked at for a second date of it. */
const NEARBY = 24;

const overlap = (a: Interval, b: Interval) => dayNumber(a.from) <= dayNumber(b.to) && dayNumber(b.from) <= dayNumber(a.to);
const spanOf = (s: Span): Span => ({ start: s.start, end: s.end, text: s.text });

export function checkEventDates(events: readonly Event[], cx: EventDateContext): Check[] {
  const list = dated(events, cx).sort((x, y) => x.event.date.start - y.event.date.start);
  const out: Check[] = [];
  for (let i = 0; i < list.length; i++) {
    // one event is dated twice within two sentences; a few events on is far enough, and keeps long input linear
    for (let j = i + 1; j < Math.min(list.length, i + 1 + NEARBY); j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (b.sentence - a.sentence > 1) break;
      if (a.event.date.start === b.event.date.start) continue;
      const pairing = oneEvent(a, b, cx);
      if (!pairing) continue;
      const agree = overlap(a.interval, b.interval);
      if (!agree && pairing === 'restatement' && !slip(a, b)) continue;
      const said = (d: Dated) => `${JSON.stringify(d.event.trigger.text)} ${JSON.stringify(d.event.date.text)} (${d.event.date.value})`;
      const evidence = [a.event.trigger, a.event.date, b.event.trigger, b.event.date]
        .filter((s, k, all) => all.findIndex((t) => t.start === s.start && t.end === s.end) === k)
        .map(spanOf)
        .sort((x, y) => x.start - y.start);
      out.push({
        kind: 'event-dates',
        status: agree ? 'ok' : 'warning',
        message: agree ? `one event, two dates that agree: ${said(a)} and ${said(b)}` : `one event, two dates that cannot both be right: ${said(a)} and ${said(b)}`,
        evidence,
      });
    }
  }
  return out;
}
