/**
 * Every value the resolver writes is a TIMEX3 value, whatever the reference date in the years the library accepts
 * (1000 to 9999): a year of four digits, a decade of three, a century of two, even when a relative expression counts
 * past the first or the last of those years.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';

const YEAR = String.raw`(?:\d{4}|XXXX)`;
const DATE = String.raw`${YEAR}(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-(?:[1-7]|WE|X))?|-Q(?:[1-4]|X)|-H(?:[12]|X)|-(?:SP|SU|FA|WI))?|\d{3}|XXX|\d{2}|XX`;
const CLOCK = String.raw`T(?:MO|AF|EV|NI|DT|\d{2}(?::\d{2}(?::\d{2})?)?)Z?`;
const AMOUNT = String.raw`(?:\d+(?:\.\d+)?|X)`;
const DURATION = String.raw`P(?:(?:${AMOUNT}(?:DE|CE|ML|WE|Y|M|W|D|Q|H|C|E|L))+(?:T(?:${AMOUNT}[HMS])+)?|T(?:${AMOUNT}[HMS])+)`;
export const TIMEX3_VALUE = new RegExp(String.raw`^(?:(?:${DATE})(?:${CLOCK})?|${CLOCK}|${DURATION}|PAST_REF|PRESENT_REF|FUTURE_REF)$`);

// relative expressions of every granularity, and counts that reach across the years 0 and 9999
const TEXT = [
  'The talks opened Tuesday morning and resumed the next day.',
  'Four years ago the plant closed; next week it reopens, and last month it hired 200 workers.',
  'Sales rose in the third quarter from a year ago, and the first half was flat.',
  'Last weekend the mayor spoke; this summer the park opens, and next spring the bridge.',
  'The town was founded three centuries ago and rebuilt two decades later.',
  'The monastery was built 1,500 years ago, and a vault will open 2,000 years from now.',
  'Yesterday the council met; on Friday at 3 p.m. it votes, and in April it reviews the budget.',
  'The firm said on Sept. 30 that the deal, signed last year, runs for five years.',
].join('\n\n');

describe('TIMEX3 values over the reference dates the library accepts', () => {
  it('the pattern itself refuses what is not TIMEX3', () => {
    for (const bad of ['00-4', '10000-W01', '10000-01-05', '9', '12345', '1950-1', '2023-W5', '-0004', 'P', '2023-09-12T']) expect(bad).not.toMatch(TIMEX3_VALUE);
    for (const good of ['2023-09-12', '2023-09-12TMO', '2023-09-12T15:00Z', '2019-W05-WE', '2019-Q3', '201', '20', 'P4Y', 'PT3H', 'XXXX-WXX-2', 'PRESENT_REF']) expect(good).toMatch(TIMEX3_VALUE);
  });

  it.each(['1000-01-01', '1000-12-31', '9999-12-31', '9999-01-01', '1099-06-15'])('at %s', (referenceDate) => {
    const dates = extractFacts(TEXT, { referenceDate, only: ['dates'] }).dates;
    expect(dates.length).toBeGreaterThan(15);
    for (const d of dates) expect(d.value, d.text).toMatch(TIMEX3_VALUE);
  });

  it('at random reference dates from 1000 to 9999', () => {
    const day = fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(day, (date) => {
        const referenceDate = date.toISOString().slice(0, 10);
        for (const d of extractFacts(TEXT, { referenceDate, only: ['dates'] }).dates) expect(d.value, `${d.text} at ${referenceDate}`).toMatch(TIMEX3_VALUE);
      }),
      { numRuns: 60 },
    );
  });
});
