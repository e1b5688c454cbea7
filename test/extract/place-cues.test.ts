import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';

/** Places as [name, kind] and organizations by name, after checking that asking for locations alone gives the same places. */
function read(text: string) {
  const sheet = extractFacts(text);
  expect(extractFacts(text, { only: ['locations'] }).locations).toEqual(sheet.locations);
  return {
    places: sheet.locations.map((l) => [l.name, l.kind]),
    organizations: sheet.actors.filter((a) => a.kind === 'organization').map((a) => a.name),
  };
}

describe('a place that opens a title before a name', () => {
  const cases: Array<[string, string[][]]> = [
    ['The deal was praised by U.S. President Ann Lee on Monday.', [['U.S.', 'country']]],
    ['Texas Gov. Ann Lee signed the bill.', [['Texas', 'state']]],
    ['Moscow Mayor Ivan Petrov opened the road.', [['Moscow', 'city']]],
    // negatives: a title with no place in it, a company before an officer's title
    ['Former President Ann Lee spoke on Friday.', []],
    ['Shares rose after Velmar CEO Jo Lind spoke.', []],
    ['"Orders are weak," said Bethlehem Chairman Jo Lind.', []],
  ];
  it.each(cases)('%s', (text, places) => {
    expect(read(text).places).toEqual(places);
  });
});

describe('a center placed in a town is a venue', () => {
  const cases: Array<[string, string[][], string[]]> = [
    ['The show opened at the Velmar Convention Center in Chicago.', [['Velmar Convention Center', 'other'], ['Chicago', 'city']], []],
    ['The talks were held in the Harbor Centre, Sydney, last week.', [['Harbor Centre', 'other'], ['Sydney', 'city']], []],
    ['He spoke at Velmar Center in Boston on Monday.', [['Velmar Center', 'other'], ['Boston', 'city']], []],
    // negatives: an institution's center, a center not placed by the text, a center that is the subject
    ['Researchers at the Velmar Research Center in Boston said so.', [['Boston', 'city']], ['Velmar Research Center']],
    ['She works at the Velmar Center.', [], ['Velmar Center']],
    ['The Velmar Center in Chicago hired staff.', [['Chicago', 'city']], ['Velmar Center']],
    ['Victims were treated at the Velmar Medical Center in Boston.', [['Boston', 'city']], ['Velmar Medical Center']],
  ];
  it.each(cases)('%s', (text, places, organizations) => {
    expect(read(text)).toEqual({ places, organizations });
  });
});

describe('a publication after a noun of writing is no place', () => {
  const cases: Array<[string, string[][], string[]]> = [
    ['A report in Tech Ledger said sales fell.', [], ['Tech Ledger']],
    ['In an interview in Der Spiegel, she spoke about the plan.', [], ['Der Spiegel']],
    // negatives: a place the gazetteer knows, a name after "in" without a noun of writing
    ['A report in London said sales fell.', [['London', 'city']], []],
    ['Riots broke out in Moss Side.', [['Moss Side', 'other']], []],
  ];
  it.each(cases)('%s', (text, places, organizations) => {
    expect(read(text)).toEqual({ places, organizations });
  });
});

describe('gatherings, the planet and demonyms in company names', () => {
  const cases: Array<[string, string[][]]> = [
    // a gathering after a preposition of place is an event, not a place; a place after "in" still is
    ['The phone was shown at Global Makers Conference 2011.', []],
    ['The phone was shown at Global Makers Hall.', [['Global Makers Hall', 'other']]],
    ['It can fly between almost any two cities on Earth.', [['Earth', 'feature']]],
    // "Thai" opens an airline's name, so it is no mention of Thailand; "Thai officials" is
    ['A Thai Airways International truck hit the jet in Bangkok, Thailand.', [['Bangkok', 'city'], ['Thailand', 'country']]],
  ];
  it.each(cases)('%s', (text, places) => {
    expect(read(text).places).toEqual(places);
  });

  it('counts a demonym as a mention of its place, unless it opens a company name', () => {
    const mentions = (text: string) => extractFacts(text).locations.map((l) => l.mentions.map((m) => m.text));
    expect(mentions('A Thai Airways International truck hit a jet in Thailand.')).toEqual([['Thailand']]);
    expect(mentions('Thai officials met in Thailand.')).toEqual([['Thai', 'Thailand']]);
    expect(mentions('Japanese Finance Ministry officials met in Japan.')).toEqual([['Japanese', 'Japan']]);
  });
});

describe('a feature word that is a surname', () => {
  const people = (text: string) => extractFacts(text).actors.filter((a) => a.kind === 'person').map((a) => a.name);
  const cases: Array<[string, string[][], string[]]> = [
    ['Shares fell as Velmar CEO Jo Park resigned.', [], ['Jo Park']],
    ['Foreign Minister Kim Park said so on Monday.', [], ['Kim Park']],
    ['President Park said so on Monday.', [], ['Park']],
    ['Governor Lake said so on Monday.', [], ['Lake']],
    // negatives: features named without a title or given name before them
    ['Visitors walked through Central Park and Gorky Park.', [['Central Park', 'feature'], ['Gorky Park', 'feature']], []],
    ['They sailed across Lake Como.', [['Lake Como', 'feature']], []],
  ];
  it.each(cases)('%s', (text, places, persons) => {
    expect([read(text).places, people(text)]).toEqual([places, persons]);
  });
});
