import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';

/** Each distance of a full run as [text, from, to]. */
const ends = (text: string) => extractFacts(text).distances.map((d) => [d.text, d.from, d.to]);

describe('distance endpoints: a place set off before "N km away"', () => {
  const cases: Array<[string, Array<[string, string | null, string | null]>]> = [
    ['She left Paris for Berlin, which is about 900 kilometers away.', [['900 kilometers', 'Paris', 'Berlin']]],
    ['The convoy drove from Amman to Aqaba, some 300 km away.', [['300 km', 'Amman', 'Aqaba']]],
    // no place before the one set off: the distance runs to it from a place the text does not name
    ['Berlin, which is about 900 kilometers away, was quiet.', [['900 kilometers', null, 'Berlin']]],
    // negatives: "away" in another clause, "away from" (the place after it is the end), a place not set off
    ['She left Paris, and the car was found 20 miles away.', [['20 miles', null, null]]],
    ['The storm was 300 miles away from Miami.', [['300 miles', null, 'Miami']]],
    ['She left Paris and walked 20 miles away.', [['20 miles', null, null]]],
  ];
  it.each(cases)('%s', (text, want) => {
    expect(ends(text)).toEqual(want);
  });
});

describe('distance endpoints: "N km from each other" after two places', () => {
  const cases: Array<[string, Array<[string, string | null, string | null]>]> = [
    ['Rebels raided Vienna and Prague, 250 km from each other, on Monday.', [['250 km', 'Vienna', 'Prague']]],
    ['Rebels raided Vienna and Prague, which are 250 km apart.', [['250 km', 'Vienna', 'Prague']]],
    ['The cities of Lyon and Turin lie 250 km from one another.', [['250 km', 'Lyon', 'Turin']]],
    // negatives: two places not joined by "and", one place only
    ['Rebels raided Vienna, then Prague, 250 km from each other.', [['250 km', null, null]]],
    ['Rebels raided Prague, 250 km from each other.', [['250 km', null, null]]],
  ];
  it.each(cases)('%s', (text, want) => {
    expect(ends(text)).toEqual(want);
  });
});

describe('distance endpoints: a route to a hyphenated border', () => {
  it('reads "the Iraq-Jordan border" as the end, not a demonym before "border"', () => {
    expect(ends('Workers in Kuwait may leave by a 1,200-mile road route through Iraq and to the Iraq-Jordan border.')).toEqual([
      ['1,200-mile', 'Kuwait', 'Iraq-Jordan border'],
    ]);
  });
});
