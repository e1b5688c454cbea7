/**
 * Dates relative to the article's: "last month", "next year", "this summer", "two years ago", "a week from now",
 * "yesterday", "tonight", "on Tuesday", "last Friday", "recently", "the near future", "in the past".
 */
import { COUNT, MONTH, PART_OF_DAY, POSITION_MOD, QUANT_MOD, SEASON, SEASONS, UNIT, WEEKDAY, countValue, isFortnight, monthNumber, unitName, weekdayNumber, type UnitName } from '../lexicon.js';
import { pad } from '../calendar.js';
import { at, type Gran } from '../point.js';
import { bareWeekday, chainWeekday, currentReportQuarter, fromDct, lastWeek, relSeason, relWeekday, type Resolver, theWeekend, yearAgo } from '../resolve.js';
import { DATE_PREPS, POS, REL, REL_DIR, deadline, lc, mod, partOfDayCode, titleCased } from './shared.js';
import type { MatchCx, Rule } from './types.js';

/** n units as a step of the calendar: decades and centuries in years; hours, minutes and seconds stay on the day. */
function calendarStep(n: number, unit: UnitName): { n: number; unit: UnitName; gran: Gran } {
  if (unit === 'hour' || unit === 'minute' || unit === 'second') return { n: 0, unit: 'day', gran: 'day' };
  if (unit === 'decade') return { n: n * 10, unit: 'year', gran: 'year' };
  if (unit === 'century') return { n: n * 100, unit: 'year', gran: 'year' };
  return { n, unit, gran: unit as Gran };
}

export const monthRelYear: Rule = {
  name: 'month-rel-year',
  pattern: `${POS}(?<month>${MONTH})\\s+(?:of\\s+)?(?<rel>this|last|next)\\s+year`,
  make: (g) => {
    const m = monthNumber(g.month!)!;
    const n = { this: 0, last: -1, next: 1 }[lc(g.rel)] ?? 0;
    const value: Resolver = (env) => (env.dct ? at('month', { y: env.dct.y + n, m, d: 1 }) : `XXXX-${pad(m)}`);
    return { type: 'DATE', value, mod: mod(g.pos) };
  },
};

export const season: Rule = {
  name: 'season',
  pattern: `(?:(?<the>the)\\s+)?(?:(?<rel>${REL})\\s+|(?<pos>early|late|mid-|mid)\\s*)?(?<season>${SEASON})(?!\\s+(?:of\\s+)?\\d)`,
  rejects: [
    { name: 'no-date-word', test: (g, cx) => !g.rel && !g.the && !g.pos && !DATE_PREPS.has(cx.prevWord), reason: 'a bare season needs a date word before it: "in summer", not "summer camp"' },
    { name: 'fall-verb', test: (g) => lc(g.season) === 'fall' && !g.rel && !g.the, reason: '"fall" the verb' },
    {
      name: 'noun-after',
      test: (g, cx) => !g.rel && !!cx.nextToken && cx.nextToken.start - cx.end <= 1 && cx.nextToken.tags.has('Noun') && !cx.nextToken.tags.has('Date'),
      reason: '"the summer Olympics", "spring training": a season qualifying a noun',
    },
  ],
  make: (g) => {
    const s = SEASONS[lc(g.season)]!;
    const dir = g.rel ? REL_DIR[lc(g.rel)]! : 0;
    return { type: 'DATE', value: relSeason(s, dir), mod: g.pos ? mod(g.pos) : null };
  },
};

export const ago: Rule = {
  name: 'ago',
  pattern: `(?:(?<qm>${QUANT_MOD})\\s+)?(?:(?<n>${COUNT})[\\s-]+)?(?:more\\s+)?(?<unit>${UNIT})\\s+(?:or\\s+so\\s+)?ago`,
  rejects: [{ name: 'no-count', test: (g) => !g.n && !/s$/i.test(g.unit!), reason: '"year ago" without a count names no time' }],
  make: (g) => {
    const unit = unitName(g.unit!)!;
    // "years ago": some time back
    if (!g.n) return { type: 'DATE', value: 'PAST_REF' };
    let n = countValue(g.n);
    if (n === null) return { type: 'DATE', value: 'PAST_REF', mod: mod(g.qm) };
    if (isFortnight(g.unit!)) n *= 2;
    const m = mod(g.qm);
    if (unit === 'year' && n === 1 && !g.qm) return { type: 'DATE', value: yearAgo(1), anchor: false };
    if (!Number.isInteger(n)) return { type: 'DATE', value: fromDct(-Math.round(n * 12), 'month', 'month'), mod: m };
    const step = calendarStep(n, unit);
    return { type: 'DATE', value: fromDct(-step.n, step.unit, step.gran), mod: m };
  },
};

export const fromNow: Rule = {
  name: 'from-now',
  pattern: `(?:(?<qm>${QUANT_MOD})\\s+)?(?<n>${COUNT})[\\s-]+(?<unit>${UNIT})\\s+(?:from\\s+(?:now|today)|hence)`,
  make: (g) => {
    const unit = unitName(g.unit!)!;
    const n = countValue(g.n!);
    if (n === null || !Number.isInteger(n)) return { type: 'DATE', value: 'FUTURE_REF' };
    const step = calendarStep(n, unit);
    // "a week from now" names a day
    return { type: 'DATE', value: fromDct(step.n, step.unit, step.unit === 'week' ? 'day' : step.gran), mod: mod(g.qm) };
  },
};

/**
 * "last year" as the other side of a comparison of amounts: "compared with a loss of $3 million last year", "from 20%
 * last year" at the end of a clause, or "from last year's $1.55 billion".
 */
function comparedAmount(cx: MatchCx): boolean {
  const before = cx.text.slice(Math.max(0, cx.start - 80), cx.start);
  const after = cx.text.slice(cx.end, cx.end + 16);
  const amount = /(?:\$|\b)\d[\d.,]*(?:\s*(?:%|percent|million|billion|cents?))*(?:\s+a\s+share)?\s*$/i;
  if (/^\s*(?:[.,;]|$)/.test(after) && amount.test(before) && /\b(?:compared\s+with|compared\s+to|from|against|versus)\s(?:[^.;]|\.\d)*$/i.test(before)) return true;
  return /^'s\s+(?:\$|\d)/.test(after) && /\b(?:from|with|to|against)\s+$/i.test(before);
}

export const relUnit: Rule = {
  name: 'rel-unit',
  pattern: `(?:(?<pos>${POSITION_MOD})\\s*)?(?<rel>${REL})\\s+(?:(?<fiscal>fiscal|calendar)\\s+)?(?<unit>week|weekend|month|year|decade|summer|spring|fall|autumn|winter)(?!-)`,
  rejects: [{ name: 'title', test: (_g, cx) => titleCased(cx), reason: 'a capitalized time word inside a sentence is part of a name: the programme "This Week"' }],
  make: (g, cx) => {
    const rel = lc(g.rel);
    const dir = REL_DIR[rel]!;
    const unitWord = lc(g.unit);
    const m = mod(g.pos);
    if (SEASONS[unitWord]) return { type: 'DATE', value: relSeason(SEASONS[unitWord]!, dir), mod: m };
    if (unitWord === 'weekend') return { type: 'DATE', value: theWeekend(dir) };
    // "the past year" is the year before; "the past decade" is ten years
    if (unitWord === 'decade' && /^(the past|past)$/.test(rel)) return { type: 'DURATION', value: 'P10Y' };
    // "for the next year": a duration-like use; keep it a date of the next year
    const unit = unitName(unitWord)!;
    const gran = unit === 'week' ? 'week' : unit === 'month' ? 'month' : unit === 'decade' ? 'decade' : 'year';
    const n = unit === 'decade' ? dir * 10 : dir;
    if (unit === 'week' && rel === 'last') return { type: 'DATE', value: lastWeek, mod: m };
    // "compared with earnings of $33 million last year" in a report on a quarter: that quarter a year back
    if (unit === 'year' && rel === 'last' && !m && comparedAmount(cx)) {
      return { type: 'DATE', value: (env) => (env.lastQuarter && !env.yearToDate ? currentReportQuarter(-1)(env) : fromDct(-1, 'year', 'year')(env)), anchor: false };
    }
    return { type: 'DATE', value: fromDct(n, unit === 'decade' ? 'year' : unit, gran), mod: m };
  },
};

export const deicticDay: Rule = {
  name: 'deictic-day',
  pattern: `(?<ppod>mid-afternoon|midafternoon|mid afternoon|mid-morning|midmorning|mid morning)\\s+(?<pdw>today|yesterday|tomorrow)|(?:(?<pos>early|earlier|late|later|mid-|mid)[\\s-]*)?(?<dw>today|yesterday|tomorrow|tonight)(?:\\s+(?<pod>morning|afternoon|evening|night))?|(?<last>last)\\s+(?<lpod>night|evening)|(?<this>this)\\s+(?<tpod>morning|afternoon|evening)|the day (?<dd>before yesterday|after tomorrow)`,
  rejects: [{ name: 'title', test: (g, cx) => !!g.dw && !g.pos && !g.pod && titleCased(cx), reason: 'a capitalized "Today" inside a sentence is part of a name: the paper "USA Today"' }],
  make: (g, cx) => {
    if (g.dd) return { type: 'DATE', value: fromDct(/before/.test(g.dd) ? -2 : 2, 'day', 'day') };
    if (g.ppod) {
      const n = { today: 0, yesterday: -1, tomorrow: 1 }[lc(g.pdw)] ?? 0;
      return { type: 'TIME', value: fromDct(n, 'day', 'day', { suffix: /morning/i.test(g.ppod) ? 'TMO' : 'TAF' }) };
    }
    if (g.last) return { type: 'TIME', value: fromDct(-1, 'day', 'day', { suffix: partOfDayCode(g.lpod) }) };
    if (g.this) return { type: 'TIME', value: fromDct(0, 'day', 'day', { suffix: partOfDayCode(g.tpod) }) };
    const w = lc(g.dw);
    const n = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
    const suffix = w === 'tonight' ? 'TNI' : partOfDayCode(g.pod);
    const m = mod(g.pos);
    if (w === 'today' && !g.pod && !g.pos && genericToday(cx)) return { type: 'DATE', value: 'PRESENT_REF' };
    return { type: suffix ? 'TIME' : 'DATE', value: fromDct(n, 'day', 'day', suffix ? { suffix } : {}), mod: m };
  },
};

export const weekday: Rule = {
  name: 'weekday',
  pattern: `(?:(?<pos>early|earlier|late|later)\\s+)?(?:(?<rel>last|next|this|this past|this coming|the previous|the following|the next|the preceding|coming)\\s+)?(?<wd>${WEEKDAY})(?:\\s+(?<pod>${PART_OF_DAY}))?`,
  rejects: [{ name: 'anchor-after', test: (g, cx) => !!g.pod && cx.nextWord === 'of', reason: '"Friday night of the festival": another anchor follows' }],
  make: (g, cx) => {
    const wd = weekdayNumber(g.wd!)!;
    const suffix = partOfDayCode(g.pod);
    const rel = lc(g.rel);
    let value: Resolver;
    if (rel === 'the previous' || rel === 'the preceding') value = chainWeekday(wd, -1);
    else if (rel === 'the following' || rel === 'the next') value = chainWeekday(wd, 1);
    else if (rel) value = relWeekday(wd, rel === 'last' || rel === 'this past' ? -1 : rel === 'next' || rel === 'this coming' || rel === 'coming' ? 1 : 0, suffix);
    // "until Tuesday", "as soon as Tuesday", "by Tuesday": a deadline ahead
    else value = bareWeekday(wd, suffix, deadline(cx.prevWord));
    // "Earlier Friday" and "Later Thursday" are tagged without the adverb
    const adverb = g.pos && /^(earlier|later)$/i.test(g.pos) ? g.pos.length + 1 : 0;
    return { type: suffix ? 'TIME' : 'DATE', value, mod: adverb ? null : mod(g.pos), trimStart: adverb };
  },
};

export const ref: Rule = {
  name: 'ref',
  pattern: `(?<now>now|currently|nowadays|presently|these days|at present|at the moment|the present|right now)|(?<past>recently|lately|the past|in the past)|(?<fut>the (?:near |foreseeable |distant |not-too-distant |immediate )?future|the (?:near|short|long|longer) term|the years ahead|the months ahead|the weeks ahead|the days ahead)|(?<recent>recent|coming|past|the past few|the last few|the coming|the next few|the past several|the last several)\\s+(?<runit>years|months|weeks|days|decades|quarters)`,
  rejects: [
    { name: 'adjective', test: (g, cx) => lc(g.now) === 'now' && cx.text[cx.end] === '-', reason: '"the now-cancelled deal": part of an adjective' },
    {
      name: 'the-past-unit',
      test: (g, cx) => lc(g.past) === 'the past' && /^(week|weekend|month|year|decade|century|quarter|few|several|two|three|four|five|six)$/.test(cx.nextWord),
      reason: '"the past week", "the past few years": another rule reads the whole',
    },
  ],
  make: (g) => {
    if (g.now) {
      const w = lc(g.now);
      if (w === 'at present' || w === 'at the moment') return { type: 'DATE', value: 'PRESENT_REF', trimStart: w.indexOf(' ') + 1 };
      if (w === 'right now') return { type: 'DATE', value: 'PRESENT_REF', trimStart: 6 };
      return { type: 'DATE', value: 'PRESENT_REF' };
    }
    if (g.past) {
      const w = lc(g.past);
      if (w === 'in the past') return { type: 'DATE', value: 'PAST_REF', trimStart: 3 };
      return { type: 'DATE', value: 'PAST_REF' };
    }
    if (g.fut) {
      const w = lc(g.fut);
      if (/ahead$/.test(w)) return { type: 'DURATION', value: w.includes('year') ? 'PXY' : w.includes('month') ? 'PXM' : w.includes('week') ? 'PXW' : 'PXD' };
      return { type: 'DATE', value: 'FUTURE_REF' };
    }
    const r = lc(g.recent);
    const u = lc(g.runit);
    const letter = u.startsWith('year') ? 'Y' : u.startsWith('month') ? 'M' : u.startsWith('week') ? 'W' : u.startsWith('day') ? 'D' : u.startsWith('quarter') ? 'Q' : 'E';
    if (r === 'recent') return { type: 'DATE', value: 'PAST_REF' };
    if (r === 'coming' || r === 'the coming') return { type: 'DATE', value: 'FUTURE_REF' };
    if (r === 'past') return { type: 'DATE', value: 'PAST_REF' };
    return { type: 'DURATION', value: letter === 'E' ? 'PXE' : `PX${letter}` };
  },
};

/** "Today, China is …" about the present era rather than the article's day: a present-tense sentence opening with it. */
function genericToday(cx: MatchCx): boolean {
  const before = cx.text.slice(Math.max(0, cx.start - 2), cx.start);
  const atStart = cx.start === 0 || /^\s*$/.test(before) || /[.!?"]\s*$/.test(before) || /\n/.test(before);
  if (!atStart) return false;
  const t = cx.nextToken;
  if (!t || cx.text.slice(cx.end, t.start).includes(',')) return false;
  // the next few tokens: a present-tense verb and no past one
  for (const tok of cx.after.slice(0, 6)) {
    if (tok.tags.has('PastTense') && !tok.tags.has('Passive')) return false;
    if (tok.tags.has('Verb') && (tok.tags.has('PresentTense') || tok.tags.has('Copula'))) return true;
  }
  return false;
}
