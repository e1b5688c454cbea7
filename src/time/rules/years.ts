/**
 * Years, decades and centuries: "1991", "fiscal 1990", "'97", "2009-2010", "nineteen ninety-seven", "the 1990s",
 * "the sixties", "the 20th century", "summer 2003".
 */
import { DECADE_WORDS, MONTH_NAME, ORDINAL, POSITION_MOD, SEASON, SEASONS, SPELLED_YEAR, monthNumber, ordinalValue, spelledYearValue } from '../lexicon.js';
import { at } from '../point.js';
import { fromDct, type Resolver } from '../resolve.js';
import { pad } from '../calendar.js';
import { DATE_PREPS, POS, REL_DIR, Y4, lc, mod, num, twoDigitYear } from './shared.js';
import type { Groups, MatchCx, Rejection, Rule } from './types.js';

/** Nouns a number counts, so "1991 cars" is not a year; a singular noun after a year is fine ("the 1990 budget"). */
const AMOUNT_WORDS = new Set(['percent', 'per', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'points', 'point', 'shares', 'people', 'troops', 'miles', 'kilometers', 'feet', 'meters', 'tons', 'dollars', 'yen', 'marks', 'francs', 'pounds']);

const inRange = (y: number | null): boolean => !!y && y >= 1000 && y <= 2100;
const safe = (g: Groups): boolean => /^(nineteen|eighteen)/i.test(g.sy!);
const transcribed = (g: Groups): boolean => /^[A-Z]/.test(g.month!) && /^(nineteen|eighteen|two thousand|twenty)/i.test(g.sy!);
const withThe = (cx: MatchCx): boolean => /\bthe\b/.test(cx.text.slice(cx.start, cx.end).toLowerCase());
/** "1957-58": the second year in full. */
function secondYear(g: Groups): number {
  const y2 = num(g.y2);
  return g.y2!.length === 2 ? Math.floor(num(g.y1) / 100) * 100 + y2 : y2;
}

/** When a bare four-digit number is not a year (without "fiscal" or "early" before it). */
const YEAR_CONTEXT: readonly Rejection[] = [
  { name: 'out-of-range', test: (g) => num(g.y) < 1000 || num(g.y) > 2100, reason: 'a year from 1000 to 2100' },
  {
    name: 'old-year-without-context',
    test: (g, cx) => num(g.y) < 1800 && !/^(in|since|by|of|from|until|till|before|after|circa|ca|around|year|about|early|late|mid|between|and|to|through)$/.test(cx.prevWord),
    reason: 'old years need a date word before them: "in 1492", not "1500 troops", "at 1600 Pennsylvania Avenue"',
  },
  { name: 'score', test: (_g, cx) => /^\s+(?:to|-)\s+\d{1,3}(?!\d)/.test(cx.text.slice(cx.end, cx.end + 10)), reason: 'a score or a tally: "a vote of 2004 to 11"' },
  { name: 'amount-word', test: (_g, cx) => AMOUNT_WORDS.has(cx.nextWord), reason: 'a number counting something: "1991 shares", "2000 troops"' },
  { name: 'plural-after', test: (_g, cx) => pluralAfter(cx), reason: '"1991 cars": a number before a plural noun, unless a determiner comes first ("the 1990 budgets")' },
  {
    name: 'label',
    test: (_g, cx) => /^(no|number|flight|route|room|suite|box|model|version|v|apt|unit|highway|interstate|channel|page|pages|rule|article|section|chapter|hours|game|bill|resolution)$/.test(cx.prevWord),
    reason: 'a label: "No. 1991", "Flight 1991", "Route 2000", "at 1200 hours"',
  },
];

function pluralAfter(cx: MatchCx): boolean {
  const t = cx.nextToken;
  const determiner = /^(the|a|an|its|his|her|their|our|this|that|these|those|of|in|since|by|before|after|until|from)$/.test(cx.prevWord);
  return !determiner && !!t && t.start - cx.end <= 1 && t.tags.has('Plural') && !t.tags.has('Date') && !/^(and|or)$/.test(cx.nextWord);
}

export const spelledYear: Rule = {
  name: 'spelled-year',
  pattern: `(?:(?<the>the\\s+year)\\s+)?(?:(?<season>${SEASON})\\s+of\\s+|(?<month>${MONTH_NAME}),?\\s+(?:of\\s+)?)?(?<sy>${SPELLED_YEAR})`,
  rejects: [
    { name: 'out-of-range', test: (g) => !inRange(spelledYearValue(g.sy!)), reason: 'a year from 1000 to 2100' },
    { name: 'month-not-transcribed', test: (g) => !!g.month && !transcribed(g), reason: 'a month before a spelled year only as transcripts write dates: "January nineteen ninety-seven"' },
    { name: 'no-date-word', test: (g, cx) => !g.the && !g.season && !g.month && !safe(g) && !DATE_PREPS.has(cx.prevWord), reason: 'a spelled number other than "nineteen …" needs a date word before it' },
    { name: 'counts-a-noun', test: (g, cx) => !g.the && !g.month && !safe(g) && !!cx.nextToken && (cx.nextToken.tags.has('Noun') || cx.nextToken.tags.has('Plural')) && cx.nextToken.start - cx.end <= 1, reason: '"twenty twenty-five tickets": a number before a noun' },
  ],
  make: (g) => {
    const y = spelledYearValue(g.sy!)!;
    // "January nineteen ninety-seven", as transcripts write dates
    if (g.month) return { type: 'DATE', value: at('month', { y, m: monthNumber(g.month)!, d: 1 }) };
    if (g.season) return { type: 'DATE', value: at('season', { y, m: 1, d: 1 }, { season: SEASONS[lc(g.season)]! }) };
    return { type: 'DATE', value: at('year', { y, m: 1, d: 1 }) };
  },
};

export const seasonYear: Rule = {
  name: 'season-year',
  pattern: `(?:the\\s+)?${POS}(?<season>${SEASON})\\s+(?:of\\s+)?${Y4}|${Y4.replace('<y>', '<y2>')}\\s+(?<season2>${SEASON})`,
  make: (g) => {
    const s = SEASONS[lc(g.season ?? g.season2)]!;
    const y = num(g.y ?? g.y2);
    return { type: 'DATE', value: at('season', { y, m: 1, d: 1 }, { season: s }), mod: mod(g.pos) };
  },
};

export const decade: Rule = {
  name: 'decade',
  pattern: `(?:(?<pos>${POSITION_MOD})\\s*)?(?:the\\s+)?(?:(?<pos2>early|mid-|mid|late)\\s*)?(?:(?<dec>1\\d{2}|20\\d)0'?s|'(?<dd>\\d)0s|(?<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?<bare>[2-9])0s)`,
  rejects: [
    { name: 'word-without-the', test: (g, cx) => !!g.dw && !withThe(cx), reason: '"the sixties" is a decade, "in his sixties" an age' },
    {
      name: 'two-digits-without-the',
      test: (g, cx) => !!g.bare && !withThe(cx) && !/\d0'?s\s+(?:and|or|to)\s*$/.test(cx.text.slice(Math.max(0, cx.start - 16), cx.start)),
      reason: 'two-digit decades only after "the" or in a list of them ("the 70s and 80s"; "in her 40s" is an age)',
    },
  ],
  make: (g) => {
    let value: string;
    if (g.dec) value = g.dec;
    else if (g.dd) value = (num(g.dd) <= 2 ? '20' : '19') + g.dd;
    else if (g.bare) value = '19' + g.bare;
    else value = '19' + DECADE_WORDS[lc(g.dw)];
    return { type: 'DATE', value, mod: mod(g.pos2 ? (lc(g.pos2) === 'mid-' ? 'mid' : g.pos2) : g.pos) };
  },
};

export const century: Rule = {
  name: 'century',
  pattern: `(?:the\\s+)?(?:(?<pos>early|mid-|mid|late)\\s*)?(?:(?<ord>${ORDINAL})|(?<rel>this|last|next|the last|the next|the past))[- ]century`,
  make: (g) => {
    if (g.ord) {
      const n = ordinalValue(g.ord);
      if (!n) return null;
      return { type: 'DATE', value: pad(n - 1), mod: mod(g.pos) };
    }
    const dir = REL_DIR[lc(g.rel)] ?? 0;
    if (/^the (last|next|past)$/.test(lc(g.rel))) return { type: 'DURATION', value: 'P100Y' };
    return { type: 'DATE', value: fromDct(dir * 100, 'year', 'century'), mod: mod(g.pos) };
  },
};

export const yearRange: Rule = {
  name: 'year-range',
  glued: true,
  pattern: `(?<y1>1\\d{3}|20\\d{2})(?<sep>\\s*[-–]\\s*)(?<y2>1\\d{3}|20\\d{2}|\\d{2})(?![-/.,:]?\\d)`,
  rejects: [
    { name: 'not-a-span', test: (g) => !(secondYear(g) > num(g.y1) && secondYear(g) - num(g.y1) <= 100), reason: 'the second year follows the first, within a century' },
    { name: 'amount', test: (_g, cx) => /^[$#]/.test(cx.text.slice(cx.start - 1, cx.start)) || AMOUNT_WORDS.has(cx.nextWord), reason: 'an amount or a number: "$1990-2000", "1990-2000 troops"' },
  ],
  make: (g, cx) => {
    const y1 = num(g.y1);
    const y2 = secondYear(g);
    const len = cx.end - cx.start;
    // TimeML tags the two ends apart: "2009" and "2010", "1957" and "58"
    return [
      { type: 'DATE', value: at('year', { y: y1, m: 1, d: 1 }), trimEnd: len - g.y1!.length },
      { type: 'DATE', value: at('year', { y: y2, m: 1, d: 1 }), trimStart: len - g.y2!.length },
    ];
  },
};

export const yearShort: Rule = {
  name: 'year-short',
  pattern: `'(?<yy>\\d{2})(?![\\w'])`,
  rejects: [
    {
      name: 'no-date-word',
      test: (_g, cx) => !/^(in|since|of|from|until|by|before|after|class|spring|summer|fall|autumn|winter)$/.test(cx.prevWord),
      reason: '"\'97" needs a date word before it ("in \'97", "class of \'97")',
    },
  ],
  make: (g) => {
    const yy = num(g.yy);
    const value: Resolver = (env) => at('year', { y: twoDigitYear(yy, env), m: 1, d: 1 });
    return { type: 'DATE', value };
  },
};

export const year: Rule = {
  name: 'year',
  pattern: `(?:(?<pos>${POSITION_MOD})\\s*)?(?:(?<fiscal>fiscal(?:\\s+year)?|calendar(?:\\s+year)?|the\\s+year|model\\s+year)\\s+)?${Y4}(?<tail>'s)?(?![-/.,:]\\d)(?:\\s+or\\s+(?<orl>later|after|earlier|before|sooner))?`,
  rejects: [
    ...YEAR_CONTEXT.map((r): Rejection => ({ ...r, test: (g, cx) => !g.fiscal && !g.pos && r.test(g, cx) })),
    { name: 'possessive', test: (g) => !!g.tail && !g.fiscal, reason: '"1991\'s" only after "fiscal"' },
    { name: 'thousands', test: (_g, cx) => /[\d][,.]$/.test(cx.text.slice(Math.max(0, cx.start - 2), cx.start)), reason: 'a bare number with a thousands separator before it is an amount' },
  ],
  make: (g) => {
    const y = num(g.y);
    // "1994 or later", "2010 or earlier"
    const open = g.orl ? (/later|after/i.test(g.orl) ? 'ON_OR_AFTER' : 'ON_OR_BEFORE') : null;
    return { type: 'DATE', value: at('year', { y, m: 1, d: 1 }), mod: open ?? mod(g.pos), trimEnd: g.tail ? 2 : 0 };
  },
};
