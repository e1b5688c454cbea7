import { describe, it, expect } from 'vitest';
import { addDays, addMonths, dayNumber, daysInMonth, easter, fmtWeek, isoWeek, nthWeekday, parseDay, weekday, weekdayOnOrAfter, weekdayOnOrBefore } from '../../src/time/calendar.js';
import { at, formatPoint, shift } from '../../src/time/point.js';
import { countValue, durationValue, spelledYearValue } from '../../src/time/lexicon.js';

describe('calendar', () => {
  it('parses only real dates', () => {
    expect(parseDay('2023-09-12')).toEqual({ y: 2023, m: 9, d: 12 });
    expect(parseDay('2023-02-30')).toBeNull();
    expect(parseDay('12/09/2023')).toBeNull();
    expect(parseDay(null)).toBeNull();
  });
  it('knows weekdays and ISO weeks', () => {
    expect(weekday({ y: 2023, m: 9, d: 12 })).toBe(2);
    expect(isoWeek({ y: 2023, m: 9, d: 12 })).toEqual({ y: 2023, w: 37 });
    expect(fmtWeek({ y: 2021, m: 1, d: 1 })).toBe('2020-W53');
    expect(fmtWeek({ y: 2024, m: 12, d: 30 })).toBe('2025-W01');
  });
  it('finds weekdays around a day', () => {
    const tue = { y: 2023, m: 9, d: 12 };
    expect(weekdayOnOrBefore(tue, 2)).toEqual(tue);
    expect(weekdayOnOrBefore(tue, 2, true)).toEqual({ y: 2023, m: 9, d: 5 });
    expect(weekdayOnOrAfter(tue, 3)).toEqual({ y: 2023, m: 9, d: 13 });
    expect(weekdayOnOrBefore(tue, 7)).toEqual({ y: 2023, m: 9, d: 10 });
  });
  it('adds days and months with clamping', () => {
    expect(addDays({ y: 2023, m: 12, d: 31 }, 1)).toEqual({ y: 2024, m: 1, d: 1 });
    expect(addMonths({ y: 2024, m: 1, d: 31 }, 1)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(addMonths({ y: 2023, m: 3, d: 15 }, -15)).toEqual({ y: 2021, m: 12, d: 15 });
  });
  it('computes movable holidays', () => {
    expect(easter(2024)).toEqual({ y: 2024, m: 3, d: 31 });
    expect(nthWeekday(2023, 11, 4, 4)).toEqual({ y: 2023, m: 11, d: 23 });
    expect(nthWeekday(2023, 5, 1, -1)).toEqual({ y: 2023, m: 5, d: 29 });
  });
});

describe('points and words', () => {
  it('formats points at each granularity', () => {
    const d = { y: 2023, m: 9, d: 12 };
    expect(formatPoint(at('day', d, { suffix: 'TMO' }))).toBe('2023-09-12TMO');
    expect(formatPoint(at('month', d))).toBe('2023-09');
    expect(formatPoint(at('quarter', d))).toBe('2023-Q3');
    expect(formatPoint(at('week', d))).toBe('2023-W37');
    expect(formatPoint(at('decade', d))).toBe('202');
    expect(formatPoint(at('century', d))).toBe('20');
    expect(formatPoint(shift(at('quarter', d), -1, 'year'))).toBe('2022-Q3');
  });
  it('reads counts and spelled years', () => {
    expect(countValue('twenty-four')).toBe(24);
    expect(countValue('a couple of')).toBe(2);
    expect(countValue('several')).toBeNull();
    expect(countValue('1,000')).toBe(1000);
    expect(spelledYearValue('nineteen ninety-six')).toBe(1996);
    expect(spelledYearValue('two thousand')).toBe(2000);
  });
  it('writes durations', () => {
    expect(durationValue(4, 'year')).toBe('P4Y');
    expect(durationValue(2, 'hour')).toBe('PT2H');
    expect(durationValue(null, 'year')).toBe('PXY');
    expect(durationValue(1.5, 'year')).toBe('P1Y6M');
    expect(durationValue(0.5, 'year')).toBe('P6M');
    expect(durationValue(5.5, 'hour')).toBe('PT5H30M');
    expect(durationValue(2, 'decade')).toBe('P20Y');
  });
});

describe('month lengths and day numbers', () => {
  it.each([
    [2024, 2, 29], [2023, 2, 28], [1900, 2, 28], [2000, 2, 29], [2023, 4, 30], [2023, 12, 31], [50, 2, 28], [48, 2, 29],
  ])('%i-%i has %i days', (y, m, days) => {
    expect(daysInMonth(y, m)).toBe(days);
  });

  it('counts days from 1970-01-01, with the years 0 to 99 as those years', () => {
    expect(dayNumber({ y: 1970, m: 1, d: 1 })).toBe(0);
    expect(dayNumber({ y: 1969, m: 12, d: 31 })).toBe(-1);
    expect(dayNumber({ y: 2024, m: 3, d: 1 }) - dayNumber({ y: 2024, m: 2, d: 28 })).toBe(2);
    // the year 50, not 1950
    expect(dayNumber({ y: 50, m: 1, d: 1 })).toBe(-701_265);
  });
});
