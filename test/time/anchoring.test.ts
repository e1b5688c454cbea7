/** Tense and deadline words deciding the direction of a bare weekday, and anaphoric "the year". */
import { describe, expect, it } from 'vitest';
import { timexes } from './helpers.js';
import { extractFacts } from '../../src/index.js';

const DCT = '2023-09-13'; // a Wednesday

/** [sentence, extent, expected value] */
const ROWS: Array<[string, string, string]> = [
  // a deadline word looks ahead, even after a past-tense verb
  ['The board postponed the vote until Friday morning.', 'Friday morning', '2023-09-15TMO'],
  ['The union extended its strike deadline until 9 a.m. Friday.', '9 a.m. Friday', '2023-09-15T09:00'],
  ['Bidders have until Monday to respond.', 'Monday', '2023-09-18'],
  // …but not in a past perfect clause, nor "by" in a past clause
  ['Until Monday, the police had not named a suspect.', 'Monday', '2023-09-11'],
  ['Most members had sent their replies by Tuesday.', 'Tuesday', '2023-09-12'],
  ['The tanker was unloaded by Monday, the port said.', 'Monday', '2023-09-11'],
  // "is to" + verb, and the present perfect of a scheduling verb, look ahead
  ['The exchange is to reopen Friday after repairs.', 'Friday', '2023-09-15'],
  ['The mayor has scheduled a briefing Thursday.', 'Thursday', '2023-09-14'],
  // a plan seen from a past perfect is in the past
  ['The offer had been set to lapse at midnight Monday.', 'midnight Monday', '2023-09-11T24:00'],
  // a future in the past: a temporal clause under a clause that looks ahead looks ahead too
  ['The agency said the funds would be released to the banks when they opened on Friday.', 'Friday', '2023-09-15'],
  ['Traders were expected to sell as soon as trading resumed Monday.', 'Monday', '2023-09-18'],
  ['The talks will start once the envoys arrived on Thursday.', 'Thursday', '2023-09-14'],
  // …but not under a clause in the past, nor without a temporal word
  ['The guards left when the shift ended on Friday.', 'Friday', '2023-09-08'],
  ['He said the index fell as soon as trading opened Monday.', 'Monday', '2023-09-11'],
  ['The aid would help the farmers who sold their crops Monday.', 'Monday', '2023-09-11'],
  // "but" opens a clause whose verb may come after the date
  ['Stocks are at a low, but a ruling Friday could lift them.', 'Friday', '2023-09-15'],
  ['Stocks rose, but traders sold on Friday.', 'Friday', '2023-09-08'],
  // a future seen from a past report looks ahead from the report's day, not from the article's
  ['The minister said Monday he would fly to Rome on Tuesday.', 'Tuesday', '2023-09-12'],
  ['The minister said Monday he would fly to Rome on Friday.', 'Friday', '2023-09-15'],
  // …without a day of report, or with "will", from the article's day
  ['The minister said he would fly to Rome on Tuesday.', 'Tuesday', '2023-09-19'],
  ['The minister said Monday he will fly to Rome on Tuesday.', 'Tuesday', '2023-09-19'],
  // "as planned" is an aside: the date belongs to the clause's verb
  ['The army let the attack begin as planned Sunday night.', 'Sunday night', '2023-09-10TNI'],
  ['The attack would begin as planned Sunday night, officials said.', 'Sunday night', '2023-09-17TNI'],
  ['The party planned a rally Saturday.', 'Saturday', '2023-09-16'],
  // "the year" is the year the text is about
  ['Sales reached a high for the year, the firm said.', 'the year', '2023'],
  ['The mill opened in 2011. By the end of that decade, output for the year had doubled.', 'the year', '2011'],
];

describe('anchoring by tense and deadline words', () => {
  it.each(ROWS)('%s → %s = %s', (sentence, extent, value) => {
    const f = timexes(sentence, DCT).find((x) => x.text === extent);
    expect(f, JSON.stringify(timexes(sentence, DCT).map((x) => x.text))).toBeDefined();
    expect(f!.value).toBe(value);
  });

  const NOT: Array<[string, string]> = [
    ['It was the year of the dragon.', 'the year'],
    ['They married the year before.', 'the year'],
    ['She left the year he was born.', 'the year'],
  ];
  it.each(NOT)('%s: "%s" is not the year on its own', (sentence, extent) => {
    expect(timexes(sentence, DCT).map((x) => x.text)).not.toContain(extent);
  });
});

describe('a dateline', () => {
  const text = 'OSLO, September 12 (Newswire) -- The fjord ferry sank on Monday, officials said.';
  it('is a time expression of the text', () => {
    const f = timexes(text, DCT).find((x) => x.text === 'September 12');
    expect(f).toMatchObject({ value: '2023-09-12', rule: 'dateline' });
  });
  it('anchors no event', () => {
    const events = extractFacts(text, { referenceDate: DCT }).events;
    expect(events.map((e) => e.date.text)).toEqual(['Monday']);
  });
});

describe('more forms', () => {
  const ROWS: Array<[string, string, string, string, string]> = [
    // [sentence, reference date, extent, value, type]
    ['The fair opens each September in the old town.', DCT, 'each September', 'XXXX-09', 'SET'],
    ['The levee failed in October nineteen eighty-two.', DCT, 'October nineteen eighty-two', '1982-10', 'DATE'],
    ['Shares were lower at mid-afternoon yesterday in Tokyo.', DCT, 'mid-afternoon yesterday', '2023-09-12TAF', 'TIME'],
    ['Turnout rose sharply on Election Day.', '2022-11-20', 'Election Day', '2022-11-08', 'DATE'],
    ['The convoy will leave at 4 in the morning.', DCT, '4 in the morning', '2023-09-13T04:00', 'TIME'],
    ['Markets fell on Monday. Traders sold heavily in the morning.', DCT, 'the morning', '2023-09-11TMO', 'TIME'],
    ['The refugees waited 2 1/2 years for papers.', DCT, '2 1/2 years', 'P2Y6M', 'DURATION'],
    ['The crew worked for 5 1/2 hours without a break.', DCT, '5 1/2 hours', 'PT5H30M', 'DURATION'],
    ['The alarm sounded a minute and a half later.', DCT, 'a minute and a half', 'PT1M30S', 'DURATION'],
    ['Pilgrims crowded the old town as Easter week began.', '2024-03-20', 'Easter week', '2024-W13', 'DATE'],
    ['The ferry sails on Friday nights in summer.', DCT, 'Friday nights', 'XXXX-WXX-5TNI', 'SET'],
    ['Earnings for the quarter a year ago were restated.', '1999-10-20', 'the quarter a year ago', '1998-Q3', 'DATE'],
    ['Sales rose from $2 million in the corresponding period last year.', '1999-10-20', 'the corresponding period last year', '1998-Q3', 'DATE'],
    ['Demand should stay weak through at least the first two quarters of 2001.', '2000-10-20', 'the first two quarters of 2001', '2001-H1', 'DATE'],
    ['Leaders will meet on October 24 and 25.', DCT, 'October 24', '2023-10-24', 'DATE'],
    ['Leaders will meet on October 24 and 25.', DCT, '25', '2023-10-25', 'DATE'],
    ['By mid afternoon the rain had stopped.', DCT, 'mid afternoon', '2023-09-13TAF', 'TIME'],
    ['Net income rose in the quarter ended July 31, the retailer said.', DCT, 'the quarter', '2023-Q2', 'DATE'],
    ['Profit rose in the fiscal first quarter. Sales in the quarter ended Sept. 29 were flat.', '2023-10-20', 'the quarter', '2023-Q1', 'DATE'],
    ["``Today we mourn,'' the mayor said.", DCT, 'Today', '2023-09-13', 'DATE'],
    // the quarter under report is the latest completed one mentioned, not an earlier one named in passing
    ['Third-quarter profit rose 5% after a flat second quarter, and sales were higher than a year ago.', '1999-10-20', 'a year ago', '1998-Q3', 'DATE'],
  ];
  it.each(ROWS)('%s → %s', (sentence, dct, extent, value, type) => {
    const f = timexes(sentence, dct).find((x) => x.text === extent);
    expect(f, JSON.stringify(timexes(sentence, dct).map((x) => x.text))).toBeDefined();
    expect(f).toMatchObject({ value, type });
  });

  const NOT: Array<[string, string]> = [
    // a programme or a newspaper named with a time word
    ['The senator appeared on "This Week" with her rival.', 'This Week'],
    ['The interview ran in USA Today and elsewhere.', 'Today'],
    ['The election day was moved to a Sunday.', 'election day'],
    ['The grant renews each may, unless cancelled.', 'each may'],
    ['The western was a remake of "High Noon" with new actors.', 'Noon'],
    ['It was high noon for the reform bill.', 'noon'],
    ['He came second in the morning session.', 'second in the morning'],
    ['She reads the morning papers first.', 'the morning'],
    ['The storm struck on May 3 and 17 people died.', '17'],
    ['The team scored 2 1/2 points more on average.', '2 1/2'],
    ['He died on the morning of the vote.', 'the morning'],
  ];
  it.each(NOT)('%s (not "%s")', (sentence, extent) => {
    expect(timexes(sentence, DCT).map((x) => x.text)).not.toContain(extent);
  });
});
