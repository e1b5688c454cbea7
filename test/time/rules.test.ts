import { describe, it, expect } from 'vitest';
import { timexes } from './helpers.js';

const DCT = '2023-09-12'; // a Tuesday

/** [sentence, reference date, expected extent, expected value, expected type (DATE when omitted), expected mod] */
type Row = [string, string | null, string, string, string?, string?];

const DATES: Row[] = [
  // explicit dates
  ['The treaty was signed on March 3, 1999, in Paris.', DCT, 'March 3, 1999', '1999-03-03'],
  ['The vote is set for 4 July 2024.', DCT, '4 July 2024', '2024-07-04'],
  ['The filing, dated 2021-06-30, was released.', DCT, '2021-06-30', '2021-06-30'],
  ['Payments resume on 10/02/2023 for most borrowers.', DCT, '10/02/2023', '2023-10-02'],
  ['The plant opened in April 2019 after delays.', DCT, 'April 2019', '2019-04'],
  ['Output fell sharply in 1991 as the bloc collapsed.', DCT, '1991', '1991'],
  ['The program ran through the 1990s.', DCT, 'the 1990s', '199'],
  ['Farming changed in the 19th century.', DCT, 'the 19th century', '18'],
  ['Sales rose in the summer of 2021.', DCT, 'the summer of 2021', '2021-SU'],
  ['The bond matures in fiscal 2025, the company said.', DCT, 'fiscal 2025', '2025'],
  ['Profit rose in the third quarter of 2022.', DCT, 'the third quarter of 2022', '2022-Q3'],
  ['The building dates from nineteen fifty-two.', DCT, 'nineteen fifty-two', '1952'],
  ['The company expects to break even by mid-2025.', DCT, 'mid-2025', '2025', 'DATE', 'MID'],
  ['The factory will close at the end of 2024.', DCT, 'the end of 2024', '2024', 'DATE', 'END'],
  ['Prices peaked in early 2022.', DCT, 'early 2022', '2022', 'DATE', 'START'],
  ['The vote took place in late November 2020.', DCT, 'late November 2020', '2020-11', 'DATE', 'END'],
  ['Rents soared in the late 1970s.', DCT, 'the late 1970s', '197', 'DATE', 'END'],
  // weekdays, anchored by tense
  ['The minister arrived on Tuesday morning.', DCT, 'Tuesday morning', '2023-09-12TMO', 'TIME'],
  ['Officials confirmed the visit on Monday.', DCT, 'Monday', '2023-09-11'],
  ['The conference will continue until Friday.', DCT, 'Friday', '2023-09-15'],
  ['The talks would resume on Thursday, aides said.', DCT, 'Thursday', '2023-09-14'],
  ['The rebels attacked the town on Sunday afternoon.', DCT, 'Sunday afternoon', '2023-09-10TAF', 'TIME'],
  ['Police said the fire began Wednesday night.', DCT, 'Wednesday night', '2023-09-06TNI', 'TIME'],
  ['She spoke to reporters last Friday.', DCT, 'last Friday', '2023-09-08'],
  ['He is going to testify next Monday.', DCT, 'next Monday', '2023-09-18'],
  ['The paper said in an editorial on Saturday, Sept. 16, that it disagreed.', DCT, 'Saturday, Sept. 16', '2023-09-16'],
  // months and month-days without a year
  ['The ceasefire collapsed in April.', DCT, 'April', '2023-04'],
  ['The summit will take place in November.', DCT, 'November', '2023-11'],
  ['The deadline is Oct. 15, officials said.', DCT, 'Oct. 15', '2023-10-15'],
  ['The attack on Aug. 30 killed four people.', DCT, 'Aug. 30', '2023-08-30'],
  ['The elections are due in early December.', DCT, 'early December', '2023-12', 'DATE', 'START'],
  ['Exports slumped last February.', DCT, 'last February', '2023-02'],
  ['Talks stalled in mid-August.', DCT, 'mid-August', '2023-08', 'DATE', 'MID'],
  ['The new rules take effect effective Feb. 1, the bank said.', DCT, 'Feb. 1', '2024-02-01'],
  ['The deal should be completed in March.', DCT, 'March', '2024-03'],
  ['The trial is set to begin on Wednesday.', DCT, 'Wednesday', '2023-09-13'],
  // deictic days and parts of day
  ['The president said today that he would run.', DCT, 'today', '2023-09-12'],
  ['Rescue teams arrived yesterday.', DCT, 'yesterday', '2023-09-11'],
  ['The results will be published tomorrow.', DCT, 'tomorrow', '2023-09-13'],
  ['Protesters gathered this morning near the palace.', DCT, 'this morning', '2023-09-12TMO', 'TIME'],
  ['The curfew begins tonight.', DCT, 'tonight', '2023-09-12TNI', 'TIME'],
  ['Gunfire was heard last night in the capital.', DCT, 'last night', '2023-09-11TNI', 'TIME'],
  ['The blast happened late yesterday.', DCT, 'late yesterday', '2023-09-11', 'DATE', 'END'],
  // times of day
  ['The polls will close at 8 p.m. Wednesday.', DCT, '8 p.m. Wednesday', '2023-09-13T20:00', 'TIME'],
  ['The train left at 3:30 p.m.', DCT, '3:30 p.m.', '2023-09-12T15:30', 'TIME'],
  ['The deadline passed at noon Sunday.', DCT, 'noon Sunday', '2023-09-10T12:00', 'TIME'],
  // relative units
  ['Inflation slowed last month.', DCT, 'last month', '2023-08'],
  ['The law takes effect next year.', DCT, 'next year', '2024'],
  ['Growth has been weak this year.', DCT, 'this year', '2023'],
  ['The company laid off staff last week.', DCT, 'last week', '2023-W36'],
  ['The minister will travel this week.', DCT, 'this week', '2023-W37'],
  ['The bank raised rates last year.', DCT, 'last year', '2022'],
  ['Sales grew earlier this year.', DCT, 'earlier this year', '2023', 'DATE', 'START'],
  ['The merger should close early next year.', DCT, 'early next year', '2024', 'DATE', 'START'],
  ['Harvests were poor last fall.', DCT, 'last fall', '2022-FA'],
  ['Tourism recovered this summer.', DCT, 'this summer', '2023-SU'],
  ['Shops were crowded over the weekend.', DCT, 'the weekend', '2023-W36-WE'],
  ['Profit fell in the third quarter.', DCT, 'the third quarter', '2023-Q3'],
  ['Third-quarter earnings beat forecasts.', DCT, 'Third-quarter', '2023-Q3'],
  ['Revenue doubled in the first half.', DCT, 'the first half', '2023-H1'],
  ['The factory was built during the last decade.', DCT, 'the last decade', '201'],
  // ago and from now
  ['He visited the city four years ago.', DCT, 'four years ago', '2019'],
  ['The firm was founded two months ago.', DCT, 'two months ago', '2023-07'],
  ['The ship sank three days ago.', DCT, 'three days ago', '2023-09-09'],
  ['The rules were changed two weeks ago.', DCT, 'two weeks ago', '2023-W35'],
  ['The bridge opened a decade ago.', DCT, 'a decade ago', '2013'],
  ['The ruling is due a week from now.', DCT, 'a week from now', '2023-09-19'],
  ['The treaty was signed nearly four years ago.', DCT, 'nearly four years ago', '2019', 'DATE', 'APPROX'],
  // chains
  ['The plant opened in June 2020. A year earlier, the site was a field.', DCT, 'A year earlier', '2019-06'],
  ['The strike began on March 3, 2021. The next day, shops closed.', DCT, 'The next day', '2021-03-04'],
  ['The accord was signed in May 2018. Later that year, tensions rose.', DCT, 'Later that year', '2018', 'DATE', 'END'],
  ['Profit rose in the third quarter to $5 million from $4 million a year earlier.', '1999-10-20', 'a year earlier', '1998-Q3'],
  ['Net income fell 5% in the quarter.', '1999-10-20', 'the quarter', '1999-Q3'],
  ['Revenue in the year-earlier quarter was higher.', '1999-10-20', 'the year-earlier quarter', '1998-Q3'],
  // references
  ['The country now imports most of its grain.', DCT, 'now', 'PRESENT_REF'],
  ['The region is currently facing a drought.', DCT, 'currently', 'PRESENT_REF'],
  ['The group has recently expanded abroad.', DCT, 'recently', 'PAST_REF'],
  ['Tensions have grown in recent months.', DCT, 'recent months', 'PAST_REF'],
  ['Such mistakes were common in the past.', DCT, 'the past', 'PAST_REF'],
  ['The country hopes to join the bloc in the future.', DCT, 'the future', 'FUTURE_REF'],
  ['Today the city is a major port.', DCT, 'Today', 'PRESENT_REF'],
  ['The index fell 2% at 16:05 UTC.', DCT, '16:05 UTC', '2023-09-12T16:05Z', 'TIME'],
  ['Trading resumes at 15:00 GMT Monday.', DCT, '15:00 GMT Monday', '2023-09-11T15:00Z', 'TIME'],
  ['Sales were weak in the final quarter of 2022.', DCT, 'the final quarter of 2022', '2022-Q4'],
  ['Oil prices hit their lowest level since \'98.', DCT, "'98", '1998'],
  ['The 2009-2010 pandemic killed hundreds.', DCT, '2009', '2009'],
  ['The 2009-2010 pandemic killed hundreds.', DCT, '2010', '2010'],
  ['He took part in the expedition of 1957-58.', DCT, '58', '1958'],
  ['Sales in Q3 2022 beat forecasts.', DCT, 'Q3 2022', '2022-Q3'],
  ['The hearing is set for the week of Oct. 9.', DCT, 'the week of Oct. 9', '2023-W41'],
  ['It happened at about 10:30 a.m. on Sunday.', DCT, 'about 10:30 a.m.', '2023-09-12T10:30', 'TIME', 'APPROX'],
  ['The rules apply to cars built in 2015 or later.', DCT, '2015 or later', '2015', 'DATE', 'ON_OR_AFTER'],
  ['Cars of the 70s and 80s were boxy.', DCT, 'the 70s', '197'],
  ['Cars of the 70s and 80s were boxy.', DCT, '80s', '198'],
  ['The index rebounded late in the day.', DCT, 'late in the day', '2023-09-12', 'DATE', 'END'],
  // holidays
  ['Shops will close on Christmas Day.', DCT, 'Christmas Day', '2023-12-25'],
  ['Families gathered on Thanksgiving.', '2023-12-01', 'Thanksgiving', '2023-11-23'],
];

const DURATIONS: Row[] = [
  ['The general served for four years.', DCT, 'four years', 'P4Y', 'DURATION'],
  ['The hearing lasted three days.', DCT, 'three days', 'P3D', 'DURATION'],
  ['The flight took two hours.', DCT, 'two hours', 'PT2H', 'DURATION'],
  ['Prices rose over the past three years.', DCT, 'the past three years', 'P3Y', 'DURATION'],
  ['Sales rose 4% in the first nine months.', DCT, 'the first nine months', 'P9M', 'DURATION'],
  ['The peace held for more than six months.', DCT, 'more than six months', 'P6M', 'DURATION', 'MORE_THAN'],
  ['The siege lasted about a week.', DCT, 'about a week', 'P1W', 'DURATION', 'APPROX'],
  ['The two firms signed a five-year contract.', DCT, 'five-year', 'P5Y', 'DURATION'],
  ['The talks could take several weeks.', DCT, 'several weeks', 'PXW', 'DURATION'],
  ['The dispute has dragged on for years.', DCT, 'years', 'PXY', 'DURATION'],
  ['Rates will stay low for the next two years.', DCT, 'the next two years', 'P2Y', 'DURATION'],
  ['The wall stood for twenty-eight years.', DCT, 'twenty-eight years', 'P28Y', 'DURATION'],
  ['The mission ended after a decade.', DCT, 'a decade', 'P10Y', 'DURATION'],
  ['Shares hit a one-year high.', DCT, 'one-year', 'P1Y', 'DURATION'],
  ['It was the worst single-day fall in a decade.', DCT, 'single-day', 'P1D', 'DURATION'],
];

const SETS: Row[] = [
  ['The paper is published daily.', DCT, 'daily', 'P1D', 'SET'],
  ['The council meets every week.', DCT, 'every week', 'P1W', 'SET'],
  ['The market is held on Tuesdays.', DCT, 'Tuesdays', 'XXXX-WXX-2', 'SET'],
  ['The club meets each Thursday.', DCT, 'each Thursday', 'XXXX-WXX-4', 'SET'],
  ['The plant produces 5,000 cars a year.', DCT, 'a year', 'P1Y', 'SET'],
  ['Fees are reviewed annually.', DCT, 'annually', 'P1Y', 'SET'],
];

const UNRESOLVED: Row[] = [
  ['The minister arrived on Tuesday.', null, 'Tuesday', 'XXXX-WXX-2'],
  ['The deadline is Sept. 12.', null, 'Sept. 12', 'XXXX-09-12'],
  ['The ceasefire collapsed in April.', null, 'April', 'XXXX-04'],
  ['Inflation slowed last month.', null, 'last month', 'XXXX-XX'],
  ['He visited the city four years ago.', null, 'four years ago', 'XXXX'],
  ['Rescue teams arrived yesterday.', null, 'yesterday', 'XXXX-XX-XX'],
  ['The minister arrived on Tuesday morning.', null, 'Tuesday morning', 'XXXX-WXX-2TMO', 'TIME'],
  ['The plant opened in April 2019.', null, 'April 2019', '2019-04'],
];

function check([sentence, dct, extent, value, type, mod]: Row) {
  const facts = timexes(sentence, dct);
  const f = facts.find((x) => x.text === extent);
  expect(f, `${extent} in ${JSON.stringify(facts.map((x) => x.text))}`).toBeDefined();
  expect(f!.value).toBe(value);
  expect(f!.type).toBe(type ?? 'DATE');
  if (mod) expect(f!.mod).toBe(mod);
}

describe('dates and times', () => {
  it.each(DATES)('%s → %s', (...row) => check(row as Row));
});
describe('durations', () => {
  it.each(DURATIONS)('%s', (...row) => check(row as Row));
});
describe('sets', () => {
  it.each(SETS)('%s', (...row) => check(row as Row));
});
describe('without a reference date, relative values stay unresolved', () => {
  it.each(UNRESOLVED)('%s', (...row) => check(row as Row));
});
