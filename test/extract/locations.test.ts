import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';

/** The sheet of a full run, after checking that asking for locations alone gives the same places. */
function located(text: string) {
  const sheet = extractFacts(text);
  expect(extractFacts(text, { only: ['locations'] }).locations).toEqual(sheet.locations);
  return sheet;
}

const places = (text: string) => located(text).locations.map((l) => [l.name, l.kind, l.countryCode]);

describe('locations', () => {
  const cases: Array<[string, Array<[string, string, string | null]>]> = [
    ['The Defense Ministry in Seoul said so.', [['Seoul', 'city', 'KR']]],
    ['Kim will meet Putin in the Russian Far East.', [['Russian Far East', 'region', 'RU']]],
    ['Moscow and Pyongyang confirmed the visit to Russia.', [['Moscow', 'city', 'RU'], ['Pyongyang', 'city', 'KP'], ['Russia', 'country', 'RU']]],
    ['The company moved from Ohio to New Jersey.', [['Ohio', 'state', 'US'], ['New Jersey', 'state', 'US']]],
    ['Ships crossed the Black Sea toward the Bosporus Strait.', [['Black Sea', 'feature', null], ['Bosporus Strait', 'feature', null]]],
    ['Police patrolled after a spate of attacks in Moss Side.', [['Moss Side', 'other', null]]],
    ['Senators met in Washington on Friday.', [['Washington', 'city', 'US']]],
    ['Cargo was unloaded at the Red Sea port of Aqaba.', [['Red Sea', 'feature', null], ['Aqaba', 'city', null]]],
    ['The king will meet him in Kennebunkport, Maine, on Thursday.', [['Kennebunkport', 'city', 'US'], ['Maine', 'state', 'US']]],
    ['The ranch is near Paris, Texas, not Paris.', [['Paris', 'city', 'US'], ['Texas', 'state', 'US'], ['Paris', 'city', 'FR']]],
    ['She lives in Bethesda, Md., and works in Trenton, N.J. He commutes.', [['Bethesda', 'city', 'US'], ['Md.', 'state', 'US'], ['Trenton', 'city', 'US'], ['N.J.', 'state', 'US']]],
    ['She grew up in the town of Caguas.', [['Caguas', 'city', null]]],
    ['Relations cooled after the end of the Soviet Union in 1991.', [['Soviet Union', 'country', null]]],
    ["Velmar, Europe's biggest planemaker by sales, cut jobs.", [['Europe', 'region', null]]],
    ['A Los Angeles-based studio hired a Moscow-born director.', [['Los Angeles', 'city', 'US'], ['Moscow', 'city', 'RU']]],
    // a lone word that is part of a person's name is that person, whichever kinds are asked for
    ['Michael Jackson arrived on Monday. Jackson said the show would go on.', []],
    ['President Jackson flew to Jackson, Mississippi, on Monday.', [['Jackson', 'city', 'US'], ['Mississippi', 'state', 'US']]],
    ['Vladivostok is located on the Pacific coast of Russia.', [['Vladivostok', 'city', 'RU'], ['Pacific coast', 'feature', null], ['Russia', 'country', 'RU']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('groups the forms of one place', () => {
    const sheet = located('Troops from the United States arrived. U.S. officials said more would come.');
    expect(sheet.locations).toHaveLength(1);
    expect(sheet.locations[0]!.name).toBe('United States');
    expect(sheet.locations[0]!.mentions.map((m) => m.text)).toEqual(['United States', 'U.S.']);
  });

  it('adds a demonym to the place the article names, named by the place', () => {
    const sheet = located('Japanese exports fell again, and Japan said Canadian buyers were to blame.');
    // Japan is named, so "Japanese" is one of its mentions; Canada is only an adjective here, so it is no location
    expect(sheet.locations.map((l) => l.name)).toEqual(['Japan']);
    expect(sheet.locations[0]!.mentions.map((m) => m.text)).toEqual(['Japanese', 'Japan']);
  });

  const demonyms: Array<[string, string]> = [
    ['Italian', 'Italy'], ['Canadian', 'Canada'], ['Chinese', 'China'], ['Pakistani', 'Pakistan'], ['Swedish', 'Sweden'],
    ['Mexican', 'Mexico'], ['Thai', 'Thailand'], ['German', 'Germany'], ['French', 'France'], ['North American', 'North America'],
  ];
  it.each(demonyms)('reads %s as a mention of %s when the article names it', (demonym, place) => {
    const sheet = located(`The ${demonym} delegation flew home to ${place} on Friday.`);
    expect(sheet.locations.map((l) => [l.name, l.mentions.map((m) => m.text)])).toEqual([[place, [demonym, place]]]);
  });

  it('finds the place a public body belongs to, not the place in a company name', () => {
    const sheet = located('The US Air Force chose a tanker flown by American Airlines and Air Canada crews.');
    expect(sheet.locations.map((l) => [l.name, l.mentions.map((m) => m.text)])).toEqual([['US', ['US']]]);
  });

  it('names a place in ordinary case rather than as a dateline writes it', () => {
    const sheet = located('HALIFAX, Nova Scotia — The bridge will connect Halifax with the airport.');
    expect(sheet.locations.map((l) => l.name)).toEqual(['Halifax', 'Nova Scotia']);
    expect(sheet.locations[0]!.mentions.map((m) => m.text)).toEqual(['HALIFAX', 'Halifax']);
  });

  const negative: Array<[string, string]> = [
    ['North Korean state media reported it.', 'a demonym'],
    ['A Soviet-made rifle and a well-known actor-turned-director appeared.', 'adjectives that name no known place'],
    ['Auditors at the GAO upheld the protest.', 'an acronym spelled like a city (Gao)'],
    ['Russian officials declined to comment.', 'a demonym'],
    ['Mr. Jackson said the plan was sound.', 'a person named like a city'],
    ['She said it was a nice day.', 'a common word'],
    ['Orders came from Air Lanka, Japan Airlines and others.', 'airlines in a list'],
    ['He said he would mass. Ind. was not a word here.', 'abbreviations without a city before them'],
  ];
  it.each(negative)('no place in: %s (%s)', (text) => {
    expect(places(text)).toEqual([]);
  });
});
