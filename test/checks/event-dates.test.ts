import { describe, expect, it } from 'vitest';
import { timexInterval } from '../../src/checks/event-dates.js';
import { checksOf, statuses } from './helpers.js';

describe('timexInterval', () => {
  const days = (value: string) => {
    const i = timexInterval(value);
    return i && [i.from, i.to].map((d) => `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`);
  };
  it.each<[string, string[] | null]>([
    ['2019', ['2019-01-01', '2019-12-31']],
    ['2019-04', ['2019-04-01', '2019-04-30']],
    ['2024-02', ['2024-02-01', '2024-02-29']],
    ['2023-09-12', ['2023-09-12', '2023-09-12']],
    ['2023-09-12TMO', ['2023-09-12', '2023-09-12']],
    ['2023-W37', ['2023-09-11', '2023-09-17']],
    ['2021-W01', ['2021-01-04', '2021-01-10']],
    ['2023-W37-WE', ['2023-09-16', '2023-09-17']],
    ['199', ['1990-01-01', '1999-12-31']],
    ['2019-SU', ['2019-05-01', '2019-09-30']],
    ['2019-Q2', null],
    ['2019-H1', null],
    ['XXXX-04', null],
    ['P4Y', null],
    ['PAST_REF', null],
    ['2023-02-30', null],
  ])('%s', (value, expected) => {
    expect(days(value)).toEqual(expected);
  });
});

describe('event-dates check', () => {
  const opening = 'Prime Minister Anna Kask arrived in Helsinki on Tuesday for talks on energy prices.';
  it.each<[string, string, Array<'ok' | 'warning'>]>([
    ['a restatement that agrees', 'Kask last visited Helsinki four years ago. In May 2019, she visited Helsinki with business leaders.', ['ok']],
    ['a restatement that cannot be right', 'Kask last visited Helsinki four years ago. In June 2016, she visited Helsinki with business leaders.', ['warning']],
    ['"four years ago" is rounded: a year either side', 'Kask last visited Helsinki four years ago. In December 2018, she visited Helsinki with business leaders.', ['ok']],
    ['two years beyond the rounding', 'Kask last visited Helsinki four years ago. In 2017, she visited Helsinki with business leaders.', ['warning']],
    ['a city and its country', 'Kask last visited Finland four years ago. In June 2016, she visited Helsinki with business leaders.', ['warning']],
    ['a trip and a visit are one family', 'Kask made her last trip to Helsinki four years ago. In June 2016, she visited Helsinki with business leaders.', ['warning']],
    ['side by side, agreeing', 'Kask visited Helsinki four years ago, in April 2019, with business leaders.', ['ok']],
    ['side by side, disagreeing', 'Kask visited Helsinki four years ago, in April 2016, with business leaders.', ['warning']],
    ['a restatement far from the relative date is another visit', 'Kask last visited Helsinki four years ago. In June 2010, she visited Helsinki with business leaders.', []],
    ['so is one far from "last month"', 'Kask visited Helsinki last month. In June 2016, she visited Helsinki with business leaders.', []],
    ['side by side, any distance is one event', 'Kask visited Helsinki four years ago, in April 2010, with business leaders.', ['warning']],
    ['a second visit is another event', 'Kask visited Helsinki four years ago. In June 2016, she also visited Helsinki.', []],
    ['"again" announces another occurrence', 'Kask visited Helsinki four years ago. In June 2016, she visited Helsinki again.', []],
    ['another place', 'Kask visited Helsinki four years ago. In June 2016, she visited Oslo with business leaders.', []],
    ['another person', 'Kask visited Helsinki four years ago. In June 2016, Mayor Erik Berg visited Helsinki with business leaders.', []],
    ['another kind of event', 'Kask visited Helsinki four years ago. In June 2016, she spoke in Helsinki about energy.', []],
    ['too far apart', 'Kask visited Helsinki four years ago. Prices rose. Trade grew. In June 2016, she visited Helsinki with business leaders.', []],
    ['two calendar dates are two events', 'Kask visited Helsinki in May 2019. In June 2016, she visited Helsinki with business leaders.', []],
    ['a list of days', 'The council met in Helsinki on Monday, Tuesday and Wednesday.', []],
    ['a date counted from another one is not compared', 'Kask left Helsinki in 2013. In June 2015, two years later, she returned to Helsinki.', []],
    ['a calendar date without its year is not compared', 'Kask visited Helsinki last year, in March, with business leaders.', []],
    ['nor is "that year"', 'Kask visited Helsinki last year. She visited Helsinki that year with business leaders.', []],
    ['a comparison is not a date', 'The flu season started in early December, a month earlier than usual.', []],
  ])('%s', (_name, text, expected) => {
    expect(statuses('event-dates', `${opening} ${text}`)).toEqual(expected);
  });

  it('quotes both dates and both triggers, and names the values', () => {
    const [c] = checksOf('event-dates', `${opening} Kask last visited Helsinki four years ago. In June 2016, she visited Helsinki with business leaders.`);
    expect(c?.evidence.map((e) => e.text)).toEqual(['visited', 'four years ago', 'June 2016', 'visited']);
    expect(c?.message).toBe('one event, two dates that cannot both be right: "visited" "four years ago" (2019) and "visited" "June 2016" (2016-06)');
  });
});
