import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';

const ageOf = (text: string, name: string) => extractFacts(text, { only: ['actors'] }).actors.find((a) => a.name === name)?.age ?? null;

describe('ages', () => {
  const positive: Array<[string, string, number]> = [
    ['The train of Kim Jong-un, 39, crossed the border.', 'Kim Jong-un', 39],
    ['Vladimir Putin (70) would meet him.', 'Vladimir Putin', 70],
    ['Mr. Henry Walters, 52 years old, will succeed him.', 'Henry Walters', 52],
    ['The company named Maria Lopez, aged 44, as its new chief.', 'Maria Lopez', 44],
    ['Officials said 39-year-old Thomas Reed was released.', 'Thomas Reed', 39],
    ['Thomas Reed was released on Friday. The 39-year-old said he was relieved.', 'Thomas Reed', 39],
    ['Anna Berg, a 61-year-old teacher, won the prize.', 'Anna Berg', 61],
    // an age before the noun it modifies, the name after that noun
    ['Police returned 6-year-old Cuban rafter Tomas Vila to his father.', 'Tomas Vila', 6],
    ['She said her 19-year-old daughter, Ann Lee, was safe.', 'Ann Lee', 19],
    // age phrases in the clause of a named person
    ['Thomas Reed died at the age of 84 in his home.', 'Thomas Reed', 84],
    ['Thomas Reed began painting at age 17.', 'Thomas Reed', 17],
    ['Thomas Reed died aged 84 on Friday.', 'Thomas Reed', 84],
    ['The astronaut Thomas Reed, who at 77 is about to fly again, spoke.', 'Thomas Reed', 77],
  ];
  it.each(positive)('%s → %s is %i', (text, name, age) => {
    expect(ageOf(text, name)).toBe(age);
  });

  const negative: Array<[string, string]> = [
    ['Thomas Reed worked there for 39 years.', 'Thomas Reed'],
    ['Thomas Reed sold 39 cars, the company said.', 'Thomas Reed'],
    ['A 39-year-old man was arrested near the home of Thomas Reed.', 'Thomas Reed'],
    ['Thomas Reed, 1,200 miles away, heard the news.', 'Thomas Reed'],
    ['Thomas Reed arrived in 1991, officials said.', 'Thomas Reed'],
    ['Thomas Reed said his mother died at the age of 84.', 'Thomas Reed'],
    ['Thomas Reed met a 19-year-old student at the fair.', 'Thomas Reed'],
    ['A 19-year-old student met Thomas Reed at the fair.', 'Thomas Reed'],
    ['Thomas Reed left the company at age five hundred.', 'Thomas Reed'],
    ['Thomas Reed arrived at 11 and left at noon.', 'Thomas Reed'],
  ];
  it.each(negative)('%s → no age for %s', (text, name) => {
    expect(ageOf(text, name)).toBeNull();
  });

  it('gives a person both ages when a surname-only mention states another one', () => {
    const text = 'Anna Berg, 41, won the race. Her rival said Berg, 38, had trained hard.';
    const sheet = extractFacts(text);
    expect(sheet.actors.find((a) => a.name === 'Anna Berg')?.age).toBe(41);
    expect(sheet.checks.some((c) => /41/.test(c.message) && /38/.test(c.message))).toBe(true);
  });

  it('records the evidence of an age', () => {
    const text = 'Vladimir Putin (70) would meet him.';
    const putin = extractFacts(text, { only: ['actors'] }).actors.find((a) => a.name === 'Vladimir Putin');
    expect(putin?.ageEvidence).not.toBeNull();
    expect(text.slice(putin!.ageEvidence!.start, putin!.ageEvidence!.end)).toBe(putin!.ageEvidence!.text);
    expect(putin!.ageEvidence!.text).toContain('70');
  });
});
