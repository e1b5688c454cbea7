import { describe, expect, it } from 'vitest';
import { parse } from '../../src/nlp/document.js';
import { normalizeText } from '../../src/text/normalize.js';
import { EXCLUSIONS, classify, isExclusion } from '../../src/extract/distances/classify.js';
import { sentenceAt } from '../../src/extract/distances/document.js';
import { conversionOf, findQuantities } from '../../src/extract/distances/find.js';

/** What the boundary decides for the first quantity of a sentence: the exclusion's name, or "route" / "distance". */
function decide(input: string): string {
  const text = normalizeText(input);
  const doc = parse(text);
  const [q, next] = findQuantities(text);
  if (!q) throw new Error(`no quantity in ${input}`);
  const groupEnd = (next && conversionOf(text, q, next)) ?? q.end;
  const k = classify(doc, q, groupEnd, sentenceAt(doc, q.start));
  return isExclusion(k) ? k.name : k.route ? 'route' : 'distance';
}

/** Each exclusion: a sentence it rejects, and a near one that is a distance. */
const table: Array<[name: string, rejected: string, kept: string]> = [
  ['speed', 'The storm moved at 15 miles per hour toward the coast.', 'The storm moved 15 miles toward the coast.'],
  ['area', 'The fire burned 40 kilometers squared of forest.', 'The fire burned 40 kilometers from the forest.'],
  ['feet-and-inches', 'The suspect is 5 feet 10 inches, police said.', 'The suspect was 5 feet from the door, police said.'],
  ['vertical-after', 'The plane flew 30,000 feet above the sea.', 'The plane crashed 30 miles off the coast.'],
  ['vertical-verb', 'The climber fell 30 feet into a crevasse.', 'The climber walked 30 miles into the valley.'],
  ['dimension-of', 'The jet cruised at an altitude of 9,000 meters.', 'The jet crashed at a distance of 9 miles from the runway.'],
  ['material', 'The town woke under 3 feet of snow.', 'The town lies 3 miles off the highway.'],
  ['mileage', 'The truck has 90,000 miles on it.', 'The truck drove 90 miles to the depot.'],
  ['level', 'The plane was flying at 30,000 feet when it lost power.', 'The plane was flying at 30,000 feet from the ridge when it lost power.'],
  ['stature', 'The statue stands 40 feet in the square.', 'The statue stood 40 feet from the gate.'],
  ['dimension-word', 'The wave was 10 meters high.', 'The wave hit 10 km inland.'],
  ['object-length', 'They caught a fish 5 feet long.', 'They built a border wall 500 miles long.'],
  ['ambiguous-abbreviation', 'The firm raised 5m people in the poll.', 'A second device was found 100m from the hotel.'],
  ['one-foot', 'He hurt one foot in the match.', 'He stopped one foot from the edge.'],
  ['object-head', 'Scientists tracked a 3-mile asteroid last year.', 'Scientists walked a 3-mile route last year.'],
  ['short-attribute', 'Police seized a 17-foot boat on Friday.', 'He set a record in the 100-meter dash.'],
];

describe('distance exclusions: each one, in its place in the order', () => {
  it('the table names every exclusion once', () => {
    expect(table.map(([n]) => n)).toEqual(EXCLUSIONS.map((e) => e.name));
    for (const e of EXCLUSIONS) expect(e.reason.length).toBeGreaterThan(10);
  });
  for (const [name, rejected, kept] of table) {
    it(`${name}: rejects "${rejected}"`, () => expect(decide(rejected)).toBe(name));
    it(`${name}: keeps "${kept}"`, () => expect(decide(kept)).toMatch(/^(?:distance|route)$/));
  }
  it('a route head makes a route, others a distance', () => {
    expect(decide('She won a 26.2-mile race on Sunday.')).toBe('route');
    expect(decide('The drone landed 15 miles from the base.')).toBe('distance');
  });
});
