import { describe, expect, it } from 'vitest';
import { agesOn } from '../../src/checks/age-birth-year.js';
import { checksOf, statuses } from './helpers.js';

describe('agesOn', () => {
  const on = { y: 2023, m: 9, d: 20 };
  it.each<[string, number[]]>([
    ['1984', [38, 39]],
    ['1984-03', [39]],
    ['1984-11', [38]],
    ['1984-09', [38, 39]],
    ['1984-09-20', [39]],
    ['1984-09-21', [38]],
    ['2023', [0]],
    ['2024', []],
    ['XXXX', []],
  ])('born %s: %j on 2023-09-20', (birth, ages) => {
    expect(agesOn(birth, on)).toEqual(ages);
  });
});

describe('age-birth-year check', () => {
  it.each<[string, string, string | null, Array<'ok' | 'warning'>]>([
    ['born that year, either side of the birthday', 'Marta Lindqvist, 39, who was born in 1984, runs the company.', '2023-09-20', ['ok']],
    ['the birthday still to come', 'Marta Lindqvist, 38, who was born in 1984, runs the company.', '2023-09-20', ['ok']],
    ['an age the year cannot give', 'Marta Lindqvist, 45, who was born in 1984, runs the company.', '2023-09-20', ['warning']],
    ['one year too many', 'Marta Lindqvist, 40, who was born in 1984, runs the company.', '2023-09-20', ['warning']],
    ['in parentheses', 'Marta Lindqvist (born 1984) took over on Monday. Lindqvist, 39, ran its Asian business.', '2023-09-20', ['ok']],
    ['a full date of birth settles the birthday', 'Marta Lindqvist, 39, born Nov. 2, 1984, runs the company.', '2023-09-20', ['warning']],
    ['a full date of birth, right', 'Marta Lindqvist, 38, born Nov. 2, 1984, runs the company.', '2023-09-20', ['ok']],
    ['with a birthplace', 'Lindqvist was born in Gothenburg in 1984. Marta Lindqvist, 45, runs the company.', '2023-09-20', ['warning']],
    ['he was born, after the name', 'Tomas Berg, 52, opened the meeting. He was born in 1971 in a fishing village.', '2023-09-20', ['ok']],
    ['a month of birth without its year', 'Marta Lindqvist, 45, was born in May in Gothenburg.', '2023-09-20', []],
    ['no article date: no check', 'Marta Lindqvist, 45, who was born in 1984, runs the company.', null, []],
    ['no age stated: no check', 'Marta Lindqvist, who was born in 1984, runs the company.', '2023-09-20', []],
    ['someone else was born then', 'Marta Lindqvist, 45, whose company was founded in 1984, runs it.', '2023-09-20', []],
    ['a birth of another person', 'Marta Lindqvist, 45, said her daughter was born in 2010.', '2023-09-20', []],
    ['an age at another time', 'In 1990, Marta Lindqvist, 21, moved to Paris. Lindqvist was born in 1969.', '2023-09-20', []],
    ['then-ages are about another time', 'The then 21-year-old Lindqvist moved to Paris. Marta Lindqvist was born in 1969.', '2023-09-20', []],
  ])('%s', (_name, text, date, expected) => {
    expect(statuses('age-birth-year', text, date)).toEqual(expected);
  });

  it('gives one check per person and date of birth, however often either is written', () => {
    const text = Array.from({ length: 30 }, () => 'Marta Lindqvist, 45, who was born in 1984, spoke.').join(' ');
    const out = checksOf('age-birth-year', text);
    expect(out).toHaveLength(1);
    expect(out[0]!.evidence.map((e) => [e.text, e.start])).toEqual([['45', 17], ['1984', 37]]);
  });

  it('says which ages the birth year allows, with the evidence in text order', () => {
    const [c] = checksOf('age-birth-year', 'Marta Lindqvist, 45, who was born in 1984, runs the company.');
    expect(c?.message).toBe('Marta Lindqvist: stated age 45, but born 1984 gives 38 or 39 on 2023-09-20');
    expect(c?.evidence.map((e) => e.text)).toEqual(['45', '1984']);
  });
});

describe('age-conflict check', () => {
  it.each<[string, string, Array<'ok' | 'warning'>]>([
    ['two different ages', 'Tomas Berg, 52, opened the meeting. The 54-year-old Berg then warned of falling prices.', ['warning']],
    ['the same age twice', 'Tomas Berg, 52, opened the meeting. The 52-year-old Berg then warned of falling prices.', ['ok']],
    ['in parentheses and after the name', 'Tomas Berg (52) opened the meeting. Prices have fallen by half, said Berg, 53, who fishes near Bergen.', ['warning']],
    ['one age: nothing to compare', 'Tomas Berg, 52, opened the meeting.', []],
    ['two people, two ages', 'Tomas Berg, 52, and Anna Holm, 47, opened the meeting.', []],
    ['an age without a name refers back by a guess', 'Vladimir Putin met Kim Jong-un, 39, on Tuesday. The 70-year-old said the talks went well.', []],
    ['an age at an earlier time', 'Tomas Berg, 52, opened the meeting. In 1995, Berg, 24, joined the association.', []],
    ['a then-age', 'Tomas Berg, 52, opened the meeting. The association elected Berg, then 24, as its secretary.', []],
  ])('%s', (_name, text, expected) => {
    expect(statuses('age-conflict', text)).toEqual(expected);
  });

  it('gives one check per person, quoting the first mention of each age however often it is written', () => {
    const text = Array.from({ length: 40 }, (_, i) => (i % 2 ? 'The 54-year-old Berg spoke.' : 'Tomas Berg, 52, spoke.')).join(' ');
    const out = checksOf('age-conflict', text);
    expect(out).toHaveLength(1);
    expect(out[0]!.evidence.map((e) => [e.text, e.start])).toEqual([['52', 12], ['54-year-old', 27]]);
  });

  it('lists the ages and quotes each', () => {
    const [c] = checksOf('age-conflict', 'Tomas Berg, 52, opened the meeting. The 54-year-old Berg then warned of falling prices.');
    expect(c?.message).toBe('Tomas Berg is given 2 different ages: 52 and 54');
    expect(c?.evidence.map((e) => e.text)).toEqual(['52', '54-year-old']);
  });
});
