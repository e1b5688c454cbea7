import { describe, expect, it } from 'vitest';
import { statuses, checksOf } from './helpers.js';

describe('weekday check', () => {
  // Sept. 13, 2023 was a Wednesday; Sept. 13, 2022 a Tuesday
  it.each<[string, string, string | null, Array<'ok' | 'warning'>]>([
    ['the right weekday with a full date', 'The vote was held on Wednesday, Sept. 13, 2023.', '2023-09-20', ['ok']],
    ['the wrong weekday with a full date', 'The vote was held on Tuesday, Sept. 13, 2023.', '2023-09-20', ['warning']],
    ['day before month', 'The treaty was signed on Monday 11 September 2023 in Geneva.', '2023-09-20', ['ok']],
    ['day before month, wrong', 'The treaty was signed on Sunday 11 September 2023 in Geneva.', '2023-09-20', ['warning']],
    ['the year from the article date', 'The vote will be held on Wednesday, Sept. 27.', '2023-09-20', ['ok']],
    ['the year from the article date, wrong', 'The vote will be held on Thursday, Sept. 27.', '2023-09-20', ['warning']],
    ['no year and no article date: nothing to check', 'The vote will be held on Thursday, Sept. 27.', null, []],
    ['a full date without a year that fits no near year', 'The vote was held on Tuesday, Sept. 13, the council said.', '2023-09-20', ['warning']],
    ['a weekday in parentheses, right', 'He arrived on Friday (Sept. 15) and left the next day.', '2023-09-20', ['ok']],
    ['a weekday in parentheses, wrong', 'He arrived on Thursday (Sept. 15) and left the next day.', '2023-09-20', ['warning']],
    ['a weekday written in short', 'The summit opened on Wed 13 September 2023 in Geneva.', '2023-09-20', ['ok']],
    ['a weekday written in short, wrong', 'The summit closed on Thurs., Sept. 15, 2023, in Geneva.', '2023-09-20', ['warning']],
    ['two days and a range of dates', 'The festival runs Saturday and Sunday, Sept. 16-17, in the old town.', '2023-09-14', []],
    ['a range of days and a range of dates', 'Talks are set for Monday through Wednesday, Sept. 18-20.', '2023-09-14', []],
    ['a range between two full dates', 'Voting is Tuesday, Sept. 19 to Thursday, Sept. 21.', '2023-09-14', ['ok', 'ok']],
    ['a range between two full dates, one wrong', 'Voting is Tuesday, Sept. 19 to Friday, Sept. 21.', '2023-09-14', ['ok', 'warning']],
    ['a headline that ends in a weekday, over a dateline', 'Markets to stay closed until Friday\nSeptember 18, 2008\nThe markets will stay closed.', '2008-09-18', []],
    ['a weekday alone is not checked', 'The vote was held on Tuesday.', '2023-09-20', []],
    ['a date alone is not checked', 'The vote was held on Sept. 13, 2023.', '2023-09-20', []],
    ['a weekday and a date apart are not checked', 'On Tuesday the council said the vote was held on Sept. 13, 2023.', '2023-09-20', []],
  ])('%s', (_name, text, date, expected) => {
    expect(statuses('weekday', text, date)).toEqual(expected);
  });

  it('names the real weekday', () => {
    const [c] = checksOf('weekday', 'The vote was held on Tuesday, Sept. 13, 2023.');
    expect(c?.message).toBe('"Tuesday, Sept. 13, 2023": Sept. 13, 2023 is a Wednesday, not a Tuesday');
    expect(c?.evidence.map((e) => e.text)).toEqual(['Tuesday, Sept. 13, 2023']);
  });

  it('quotes both parts when the weekday stands apart', () => {
    const [c] = checksOf('weekday', 'He arrived on Thursday (Sept. 15) and left the next day.');
    expect(c?.evidence.map((e) => e.text)).toEqual(['Thursday', 'Sept. 15']);
  });
});
