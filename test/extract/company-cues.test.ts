import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';

/** The actors of a full run as "kind:name". */
const actors = (text: string) => extractFacts(text).actors.map((a) => `${a.kind}:${a.name}`).sort();

describe('a company whose name reads as a person\'s', () => {
  const cases: Array<[string, string[]]> = [
    // a holding in it, an occupation at it
    ['Investors sold shares of Merrill Lynch on Monday.', ['organization:Merrill Lynch']],
    ['Shares of Merrill Lynch fell 3%.', ['organization:Merrill Lynch']],
    ['The fund bought a stake in Milton Roy last year.', ['organization:Milton Roy']],
    ['Analysts at Goldman Sachs expect a rise.', ['organization:Goldman Sachs']],
    ['Jo Lind, an economist at Merrill Lynch, said so.', ['organization:Merrill Lynch', 'person:Jo Lind']],
    // the first words of a company named in full, where no one of that surname is marked as a person
    ['Crane Co. holds a stake in Milton Roy Corp. Milton Roy officials declined to comment.', ['organization:Crane Co', 'organization:Milton Roy Corp.']],
    // negatives: a person after other prepositions, a surname the text marks as a person's, a title
    ['A spokesman for Jo Lind said so.', ['person:Jo Lind']],
    ['He met Jo Lind at her house.', ['person:Jo Lind']],
    ['Jo Lind Associates said so. Jo Lind, 60, runs it.', ['organization:Jo Lind Associates', 'person:Jo Lind']],
    ['Walt Disney Co. said so. Mr. Disney founded it, and Walt Disney was born in Chicago.', ['organization:Walt Disney Co', 'person:Walt Disney']],
    ['Shares of Acme rose after Chairman Jo Lind spoke.', ['organization:Acme', 'person:Jo Lind']],
  ];
  it.each(cases)('%s', (text, want) => {
    expect(actors(text)).toEqual(want);
  });
});

describe('a company name with "\'s" kept whole', () => {
  const cases: Array<[string, string[]]> = [
    ["Sales at McDonald's Corp. rose on Monday.", ["organization:McDonald's Corp."]],
    ["Velmar's Holdings Inc. said so on Monday.", ["organization:Velmar's Holdings Inc."]],
    // negatives: a place's possessive, a person's possessive of two words, no legal form after it
    ["Profits at Japan's Velmar Corp. fell.", ['organization:Velmar Corp.']],
    ["Jo Lind's Velmar Corp. said so.", ['organization:Velmar Corp.', 'person:Jo Lind']],
    ["Shares of Acme rose after Acme's Chief Executive Jo Lind spoke.", ['organization:Acme', 'person:Jo Lind']],
  ];
  it.each(cases)('%s', (text, want) => {
    expect(actors(text)).toEqual(want);
  });
});
