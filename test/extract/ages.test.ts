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
  ];
  it.each(negative)('%s → no age for %s', (text, name) => {
    expect(ageOf(text, name)).toBeNull();
  });

  it('records the evidence of an age', () => {
    const text = 'Vladimir Putin (70) would meet him.';
    const putin = extractFacts(text, { only: ['actors'] }).actors.find((a) => a.name === 'Vladimir Putin');
    expect(putin?.ageEvidence).not.toBeNull();
    expect(text.slice(putin!.ageEvidence!.start, putin!.ageEvidence!.end)).toBe(putin!.ageEvidence!.text);
    expect(putin!.ageEvidence!.text).toContain('70');
  });
});
