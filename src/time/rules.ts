/**
 * The time-expression rules, as data, by family under `rules/` (absolute dates, years, clock times, holidays, quarters,
 * relative to the article's date, chained to the last date mentioned, durations, sets). Each rule has a name, a
 * pattern, named rejections and a builder (`rules/types.ts`). Patterns are alternations of words with optional parts
 * and no nested quantifiers, so each runs in linear time.
 *
 * The order matters only between matches of the same length over the same words: the rule listed first wins (the
 * extractor prefers the longest match). So full dates come before their parts, and clock times before the bare
 * numbers a year rule could read.
 */
import { dayMonth, dayMonthYear, isoDate, month, monthDay, monthDayPair, monthDayYear, monthYear, numericDate, weekOf } from './rules/absolute.js';
import { chainOffset, chainUnit, positionOfUnit, theDay, theWeekend, theYear } from './rules/chain.js';
import { clock, clock24h, clockPartOfDay, partOfDay } from './rules/clock.js';
import { duration, vagueDuration } from './rules/duration.js';
import { holiday } from './rules/holiday.js';
import { half, quarter, quarterAbbreviation, quarterYearAgo, quartersOfYear, yearAgoAdjective } from './rules/quarter.js';
import { ago, deicticDay, fromNow, monthRelYear, ref, relUnit, season, weekday } from './rules/relative.js';
import { monthSet, set, weekdaySet } from './rules/set.js';
import type { Rule } from './rules/types.js';
import { century, decade, seasonYear, spelledYear, year, yearRange, yearShort } from './rules/years.js';

export const RULES: readonly Rule[] = [
  isoDate, numericDate, monthDayYear, dayMonthYear,
  clock, clockPartOfDay, partOfDay,
  monthDayPair, monthDay, dayMonth, monthYear, monthRelYear, month,
  holiday,
  spelledYear, seasonYear, season, decade, century,
  quarter, quarterYearAgo, quartersOfYear, quarterAbbreviation,
  weekOf, half, yearRange, clock24h, yearShort, year,
  ago, fromNow, chainOffset, yearAgoAdjective, chainUnit, relUnit, theYear, positionOfUnit,
  deicticDay, weekday,
  monthSet, weekdaySet,
  theDay, theWeekend, set, ref, duration, vagueDuration,
];
