import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateFor, parseDates, unusedDates } from '../../src/cli/dates.js';

const cwd = '/work/x';
const parse = (text: string) => parseDates(text, 'dates.tsv', cwd);

describe('--dates files', () => {
  it.each([
    ['tab-separated', 'a.txt\t2021-03-02\n', 'a.txt', '2021-03-02'],
    ['comma-separated', 'a.txt,2021-03-02\n', 'a.txt', '2021-03-02'],
    ['a header, a comment and blank lines', 'path,date\n# wires\n\na.txt,2021-03-02\n', 'a.txt', '2021-03-02'],
    ['a quoted path with a comma', '"a, b.txt",2021-03-02\n', 'a, b.txt', '2021-03-02'],
    ['CRLF and a BOM', '\uFEFFa.txt\t2021-03-02\r\n', 'a.txt', '2021-03-02'],
    ['spaces around the fields', ' a.txt , 2021-03-02 \n', 'a.txt', '2021-03-02'],
  ])('reads %s', (_, text, file, date) => {
    const read = parse(text);
    expect(read.ok).toBe(true);
    if (read.ok) expect(dateFor(read.dates, file, cwd)).toBe(date);
  });

  it.each([
    ['a date that is not YYYY-MM-DD', 'a.txt\t2021-3-2\n', 'dates.tsv: line 1: expected a date as YYYY-MM-DD'],
    ['a date not in the calendar', 'a.txt\t2021-02-30\n', 'dates.tsv: line 1: 2021-02-30 is not a date in the calendar'],
    ['a line without a date', 'a.txt,2021-03-02\nb.txt\n', 'dates.tsv: line 2: expected a path and a date'],
    ['a third field', 'a.txt,2021-03-02,x\n', 'dates.tsv: line 1: expected a path and a date'],
    ['one path given two dates', 'a.txt,2021-03-02\n./a.txt,2021-03-03\n', 'dates.tsv: line 2: ./a.txt was given 2021-03-02 on line 1'],
  ])('refuses %s', (_, text, message) => {
    const read = parse(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(message);
  });

  it('an article without a line has no date from the file', () => {
    const read = parse('a.txt,2021-03-02\n');
    if (!read.ok) throw new Error(read.message);
    expect(dateFor(read.dates, 'b.txt', cwd)).toBeNull();
    expect(dateFor(null, 'a.txt', cwd)).toBeNull();
  });

  it('a line for a path never given is named; the same file by another path is not', () => {
    const read = parse('a.txt,2021-03-02\nsub/b.txt,2021-03-03\n');
    if (!read.ok) throw new Error(read.message);
    expect(unusedDates(read.dates, [path.join(cwd, 'a.txt')], cwd)).toEqual(['dates.tsv: line 2: sub/b.txt is not among the articles given']);
    expect(unusedDates(read.dates, ['./a.txt', 'sub/../sub/b.txt'], cwd)).toEqual([]);
  });
});
