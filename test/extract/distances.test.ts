import { readFileSync } from 'node:fs';
import { extractFacts } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/nlp/document.js';
import { normalizeText } from '../../src/text/normalize.js';
import { Distance } from '../../src/schema.js';
import { extractDistances } from '../../src/extract/distances.js';
import type { PlaceMention } from '../../src/findings.js';

/** Place mentions for a test sentence: every whole-word occurrence of each name ([surface, canonical] or surface). */
function mentions(text: string, names: ReadonlyArray<string | readonly [string, string]>): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const n of names) {
    const [surface, name] = typeof n === 'string' ? [n, n] : n;
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
      const before = text[i - 1] ?? ' ';
      const after = text[i + surface.length] ?? ' ';
      if (/\w/.test(before) || /\w/.test(after)) continue;
      out.push({ name, start: i, end: i + surface.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function run(input: string, names: ReadonlyArray<string | readonly [string, string]> = []) {
  const text = normalizeText(input);
  const doc = parse(text);
  const facts = extractDistances({ doc, referenceDate: '2024-01-15' }, mentions(text, names));
  for (const d of facts) {
    // the invariants of every fact
    expect(Distance.safeParse(d).success).toBe(true);
    expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(d.sentence.start).toBeLessThanOrEqual(d.start);
    expect(d.sentence.end).toBeGreaterThanOrEqual(d.end);
    expect(text.slice(d.sentence.start, d.sentence.end)).toBe(d.sentence.text);
    expect(d.rule).toMatch(/^distance:/);
    if (d.alt) expect(text.slice(d.alt.start, d.alt.end)).toBe(d.alt.text);
  }
  expect(facts.map((d) => d.start)).toEqual([...facts.map((d) => d.start)].sort((a, b) => a - b));
  return facts;
}

type Expect = Partial<Pick<Distance, 'text' | 'value' | 'upper' | 'unit' | 'meters' | 'approximate' | 'from' | 'to'>> & {
  alt?: Partial<Pick<NonNullable<Distance['alt']>, 'text' | 'value' | 'unit' | 'meters'>> | null;
};

interface Case {
  input: string;
  places?: ReadonlyArray<string | readonly [string, string]>;
  want: Expect;
}

const positives: Case[] = [
  // units, written in full or abbreviated, singular and plural
  { input: 'The village lies 130 kilometers from the coast.', want: { text: '130 kilometers', value: 130, unit: 'km', meters: 130_000, approximate: false } },
  { input: 'The village lies 130 kilometres from the coast.', want: { text: '130 kilometres', unit: 'km', meters: 130_000 } },
  { input: 'Rebels were seen 40 km from the airport.', want: { text: '40 km', unit: 'km', meters: 40_000 } },
  { input: 'Rebels were seen 40 kms from the airport.', want: { text: '40 kms', unit: 'km' } },
  { input: 'Rebels were seen 40km from the airport.', want: { text: '40km', unit: 'km', value: 40 } },
  { input: 'The shelter is 300 metres from the embassy.', want: { text: '300 metres', unit: 'm', meters: 300 } },
  { input: 'The shelter is 300 meters from the embassy.', want: { text: '300 meters', unit: 'm', meters: 300 } },
  { input: 'A second device was found 100m from the hotel.', want: { text: '100m', unit: 'm', meters: 100 } },
  { input: 'The drone landed 15 miles from the base.', want: { text: '15 miles', unit: 'mi', meters: 24_140.16 } },
  { input: 'The drone landed one mile from the base.', want: { text: 'one mile', value: 1, unit: 'mi', meters: 1609.344 } },
  { input: 'The shots came from 800 yards away.', want: { text: '800 yards', unit: 'yd', meters: 731.52 } },
  { input: 'The casing lay 50 feet from the road.', want: { text: '50 feet', unit: 'ft', meters: 15.24 } },
  { input: 'He stopped one foot from the edge of the platform.', want: { text: 'one foot', value: 1, unit: 'ft', meters: 0.3048 } },
  { input: 'The tanker was hijacked 200 nautical miles off Somalia.', places: ['Somalia'], want: { text: '200 nautical miles', unit: 'nmi', meters: 370_400, to: 'Somalia' } },
  { input: 'The tanker was hijacked 200 nmi off Somalia.', want: { text: '200 nmi', unit: 'nmi', meters: 370_400 } },
  { input: 'The survey ship sailed 12 ft from the pier.', want: { text: '12 ft', unit: 'ft', meters: 3.6576 } },
  // numbers: commas, decimals, words, multipliers
  { input: 'The probe has travelled 1.5 million km since launch.', want: { text: '1.5 million km', value: 1_500_000, meters: 1_500_000_000 } },
  { input: 'The pilgrims walked twenty-five miles from the shrine.', want: { text: 'twenty-five miles', value: 25, unit: 'mi' } },
  { input: 'Refugees walked a dozen miles to the camp.', want: { text: 'a dozen miles', value: 12 } },
  { input: 'The blast shattered windows half a mile away.', want: { text: 'half a mile', value: 0.5, meters: 804.672 } },
  { input: 'The blast shattered windows two hundred meters away.', want: { text: 'two hundred meters', value: 200, unit: 'm' } },
  { input: 'The new line will run 2,150.5 kilometers across the plain.', want: { text: '2,150.5 kilometers', value: 2150.5 } },
  { input: 'The hostages were held 5 miles up the river.', want: { text: '5 miles', value: 5 } },
  // compound adjectives
  { input: 'She won a 26.2-mile race on Sunday.', want: { text: '26.2-mile', value: 26.2, unit: 'mi', meters: 42_164.8128 } },
  { input: 'Troops patrol the 1,200-mile border.', want: { text: '1,200-mile', value: 1200, unit: 'mi' } },
  { input: 'He set a record in the 100-meter dash.', want: { text: '100-meter', value: 100, unit: 'm' } },
  { input: 'She won the 400m freestyle final.', want: { text: '400m', value: 400, unit: 'm' } },
  { input: 'Engineers finished a 57-kilometre-long tunnel under the Alps.', want: { text: '57-kilometre', value: 57, unit: 'km' } },
  { input: 'Thousands joined a 5 km race through the park.', want: { text: '5 km', value: 5, unit: 'km' } },
  { input: 'The two-mile walk ends at the river.', want: { text: 'two-mile', value: 2, unit: 'mi' } },
  // ranges
  { input: 'The jet will have a range of 3,500 to 8,500 nautical miles.', want: { text: '3,500 to 8,500 nautical miles', value: 3500, upper: 8500, unit: 'nmi', meters: 3500 * 1852 } },
  { input: 'Shells landed 10-15 km from the front.', want: { text: '10-15 km', value: 10, upper: 15, unit: 'km' } },
  { input: 'The convoy halted between 5 and 7 miles from Mosul.', places: ['Mosul'], want: { text: '5 and 7 miles', value: 5, upper: 7, to: 'Mosul' } },
  { input: 'The drone has a range from 600 to 900 kilometers (373 to 559 miles).', want: { value: 600, upper: 900, alt: { value: 373, unit: 'mi' } } },
  // two units: one fact, the second is the alt
  {
    input: 'The crash site was 17 kilometers (10 miles) from Tikrit.',
    places: ['Tikrit'],
    want: { text: '17 kilometers', value: 17, unit: 'km', to: 'Tikrit', alt: { text: '10 miles', value: 10, unit: 'mi', meters: 16_093.44 } },
  },
  {
    input: 'The camp is 10 miles (16 km) north of Kirkuk.',
    places: ['Kirkuk'],
    want: { text: '10 miles', unit: 'mi', to: 'Kirkuk', alt: { text: '16 km', value: 16, unit: 'km', meters: 16_000 } },
  },
  {
    input: 'The blaze was 20 miles, or 32 kilometers, from Fresno.',
    places: ['Fresno'],
    want: { text: '20 miles', to: 'Fresno', alt: { text: '32 kilometers', unit: 'km' } },
  },
  { input: 'A marathon is a 26.2-mile (42-km) race.', want: { text: '26.2-mile', alt: { text: '42-km', value: 42 } } },
  { input: 'The port is 12 miles (about 19 kilometers) from the city.', want: { text: '12 miles', approximate: false, alt: { value: 19 } } },
  // hedges
  { input: 'The village is only 40 km from Herat.', places: ['Herat'], want: { value: 40, approximate: false } },
  { input: 'The village is 40 km or so from Herat.', places: ['Herat'], want: { value: 40, approximate: true } },
  { input: 'The village is 30-odd miles from Herat.', places: ['Herat'], want: { value: 30, approximate: true } },
  // endpoints
  { input: 'Mosul is 400 kilometers from Baghdad.', places: ['Mosul', 'Baghdad'], want: { from: 'Mosul', to: 'Baghdad' } },
  { input: 'Kandahar lies about 450 kilometres southwest of Kabul.', places: ['Kandahar', 'Kabul'], want: { from: 'Kandahar', to: 'Kabul', approximate: true } },
  { input: 'Rebels ambushed a convoy 30 km from Goma on Monday.', places: ['Goma'], want: { from: null, to: 'Goma' } },
  { input: 'Police found the car in Tulsa, 90 miles east of Oklahoma City.', places: ['Tulsa', 'Oklahoma City'], want: { from: 'Tulsa', to: 'Oklahoma City' } },
  // a town the gazetteer does not know, placed by the distance set off after it
  { input: 'The crucible is Kelmore, 30 miles (50 kms) southwest of Belfast, where they march.', places: ['Kelmore', 'Belfast'], want: { from: 'Kelmore', to: 'Belfast' } },
  { input: 'Fighting reached Samarra, a city 125 km north of Baghdad.', places: ['Samarra', 'Baghdad'], want: { from: 'Samarra', to: 'Baghdad' } },
  { input: 'The road runs 90 miles between Amman and Aqaba.', places: ['Amman', 'Aqaba'], want: { from: 'Amman', to: 'Aqaba' } },
  { input: 'The distance between Tokyo and Osaka is about 400 km.', places: ['Tokyo', 'Osaka'], want: { from: 'Tokyo', to: 'Osaka', approximate: true } },
  { input: 'Tokyo and Osaka are 400 km apart.', places: ['Tokyo', 'Osaka'], want: { from: 'Tokyo', to: 'Osaka' } },
  { input: 'The pilgrims walked 120 miles from Leon to Santiago.', places: ['Leon', 'Santiago'], want: { from: 'Leon', to: 'Santiago' } },
  { input: 'Volunteers made a 40-mile drive from Boston to Worcester.', places: ['Boston', 'Worcester'], want: { from: 'Boston', to: 'Worcester' } },
  { input: 'Aid workers in Erbil began a 50-mile trek to Dohuk.', places: ['Erbil', 'Dohuk'], want: { from: 'Erbil', to: 'Dohuk' } },
  { input: 'The town is 80 km north of Kiev.', places: [['Kiev', 'Kyiv']], want: { to: 'Kyiv' } },
  { input: 'Darwin is the capital of the territory. It is about 3,000 kilometers from Sydney.', places: ['Darwin', 'Sydney'], want: { from: 'Darwin', to: 'Sydney', approximate: true } },
  { input: 'Sinuiju sits on the river. It is roughly 200 km from the border with China.', places: ['Sinuiju', 'China'], want: { from: 'Sinuiju', to: 'China' } },
  { input: 'The camp lay 12 miles from Mount Elgon.', want: { from: null, to: 'Mount Elgon' } },
  { input: 'The team worked 5 km from Kruger National Park.', want: { to: 'Kruger National Park' } },
  { input: 'NAKURU, Kenya (AP) _ Police found the truck in this town, 90 miles north of Nairobi.', places: [['NAKURU', 'Nakuru'], 'Kenya', 'Nairobi'], want: { from: 'Nakuru', to: 'Nairobi' } },
  { input: 'NAKURU, Kenya (AP) _ Police found the truck in this town, 90 miles north of Nairobi.', places: ['Nairobi'], want: { from: 'Nakuru', to: 'Nairobi' } },
  { input: 'FULTON, Missouri (AP) _ The speech was given in a town 130 miles east of here.', places: [['FULTON', 'Fulton'], 'Missouri'], want: { to: 'Fulton' } },
  {
    input: 'The epicenter was 70 km (43 miles) southwest of Padang, at a depth of 25 km.',
    places: ['Padang'],
    want: { text: '70 km', to: 'Padang', alt: { text: '43 miles' } },
  },
  { input: 'The blast hit a market about 60 miles northeast of the capital, Kabul.', places: ['Kabul'], want: { to: 'Kabul', approximate: true } },
  { input: 'The family lives 10 miles outside Chicago.', places: ['Chicago'], want: { from: null, to: 'Chicago' } },
  { input: 'Gaza City, about 40 miles from Tel Aviv, was quiet.', places: ['Gaza City', 'Tel Aviv'], want: { from: 'Gaza City', to: 'Tel Aviv' } },
  { input: 'Kherson, which lies 100 km from Crimea, was shelled.', places: ['Kherson', 'Crimea'], want: { from: 'Kherson', to: 'Crimea' } },
  { input: 'A gunman fired from behind a tree about 200 feet behind Miller\'s house.', want: { value: 200, approximate: true, to: null } },
  { input: 'Convoys must take a 900-kilometer route through Iraq and on to the Jordan-Syria border.', places: ['Iraq', 'Jordan', 'Syria'], want: { to: 'Jordan-Syria border' } },
  // a hyphenated pair of names before "border" is the end, not a demonym skipped before a place noun
  { input: 'Convoys must take a 900-kilometer route through Iraq and on to the Iraq-Jordan border.', places: [], want: { to: 'Iraq-Jordan border' } },
  { input: 'The temple is 300 km from the Cambodian capital Phnom Penh.', places: ['Phnom Penh'], want: { to: 'Phnom Penh' } },
];

const HEDGES = ['about', 'approximately', 'some', 'nearly', 'roughly', 'around', 'almost', 'more than', 'over', 'up to', 'an estimated', 'less than', 'at least', 'within'];

describe('extractDistances: positive cases', () => {
  it.each(positives)('$input', ({ input, places, want }) => {
    const facts = run(input, places);
    expect(facts).toHaveLength(1);
    const { alt, ...rest } = want;
    expect(facts[0]).toMatchObject(rest);
    if (alt === null) expect(facts[0]!.alt).toBeNull();
    else if (alt) expect(facts[0]!.alt).toMatchObject(alt);
  });

  it.each(HEDGES)('the hedge "%s" makes it approximate', (hedge) => {
    const facts = run(`The village is ${hedge} 40 km from Herat.`, ['Herat']);
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ value: 40, unit: 'km', approximate: true, to: 'Herat', text: '40 km' });
  });

  it('"~" is a hedge too', () => {
    expect(run('The village is ~40 km from Herat.')[0]).toMatchObject({ value: 40, approximate: true });
  });

  it.each([
    ['Volunteers made a 40-mile drive from Boston to Worcester.', true],
    ['Convoys must take a 900-kilometer route through Iraq.', true],
    ['The relay is a 26-mile race along the coast.', true],
    ['Mosul is 400 kilometers from Baghdad.', false],
    ['Rebels ambushed a convoy 30 km from Goma.', false],
    ['They built a 40-mile fence along the border.', false],
  ])('"%s" is a route: %s', (input, route) => {
    expect(run(input).map((d) => d.route)).toEqual([route]);
  });

  it('a sheet written before the route flag still reads, with route false', () => {
    const [fact] = run('Mosul is 400 kilometers from Baghdad.', ['Mosul', 'Baghdad']);
    const { route: _dropped, ...older } = fact!;
    expect(Distance.parse(older).route).toBe(false);
  });

  it('a plain number is not approximate and has no alt or upper bound', () => {
    expect(run('Mosul is 400 kilometers from Baghdad.', ['Mosul', 'Baghdad'])[0]).toMatchObject({ approximate: false, alt: null, upper: null });
  });

  it('finds several distances in one sentence, in order', () => {
    const facts = run('The base is 20 km from Herat and 300 km from Kabul.', ['Herat', 'Kabul']);
    expect(facts.map((d) => [d.text, d.to])).toEqual([['20 km', 'Herat'], ['300 km', 'Kabul']]);
  });

  it('returns canonical names, not the surface form', () => {
    expect(run('The base is 50 miles from the U.S. border.', [['U.S.', 'United States']])[0]!.to).toBe('United States');
  });
});

const negatives: Array<[string, string]> = [
  ['height of a person', 'The suspect is 6 feet tall and wore a cap.'],
  ['height with inches', 'He stands 5 ft 10 in and weighs 170 pounds.'],
  ['height with a comma', 'She is 5 feet, 10 inches tall.'],
  ['height as an adjective', 'The team signed the 6-foot-4 forward.'],
  ['a tower', 'Workers finished a 1,000-foot tower downtown.'],
  ['above sea level', 'The pass is 4,000 meters above sea level.'],
  ['altitude', 'The jet was cruising at an altitude of 35,000 feet.'],
  ['flight level', 'The plane was flying at 30,000 feet when the engine failed.'],
  ['depth', 'The quake struck at a depth of 10 km.'],
  ['deep', 'The epicenter was 10 kilometers (6 miles) deep.'],
  ['a fall', 'The climber fell 30 feet and broke a leg.'],
  ['a mileage', 'The stolen car had 90,000 miles on it.'],
  ['a football line', 'The ball was spotted at the 20-yard line.'],
  ['a person', 'Police are looking for a 6-foot man in a red jacket.'],
  ['a width', 'The crater is 10 km across.'],
  ['an altitude', 'The station orbits 400 km up.'],
  ['a rate', 'The marchers covered 20 miles a day.'],
  ['snowfall', 'The storm dumped 2 feet of snow on the city.'],
  ['square miles', 'Fire destroyed 300 square miles of forest.'],
  ['sq km', 'The park covers 50 sq km of wetland.'],
  ['m2', 'The flat measures 300 m2 in total.'],
  ['km²', 'The reserve covers 40 km² of savanna.'],
  ['speed km/h', 'The car was doing 90 km/h when it crashed.'],
  ['5 km/h', 'The limit near schools is 5 km/h.'],
  ['miles per hour', 'Winds reached 100 miles per hour overnight.'],
  ['miles an hour', 'The truck was doing 50 miles an hour.'],
  ['fuel economy', 'The car gets 40 miles per gallon.'],
  ['a boat', 'Five fishermen were rescued from an 18-foot fishing boat.'],
  ['a 5-meter boat', 'They crossed in a 5-meter boat.'],
  ['a wall', 'Guards patrol a 10-foot wall around the compound.'],
  ['a fish', 'The anglers landed a fish 5 feet long.'],
  ['a wingspan', 'The glider has a 20-metre wingspan.'],
  ['an asteroid', 'A 3-mile asteroid passed the planet.'],
  ['money with m', 'The club paid $5m for the striker.'],
  ['money in pounds', 'The deal was worth £30m last year.'],
  ['millions of viewers', 'The final drew 3 m viewers.'],
  ['percentages', 'Support rose 5 percent to 45% in March.'],
  ['a rifle name', 'Soldiers carried M-16 rifles.'],
  ['m as a variable', 'Let m be the mass and let n be 5 in this model.'],
  ['vague amounts', 'Refugees walked hundreds of miles and then a few meters more.'],
  ['no number', 'The miles went by and the kilometers piled up.'],
  ['a foot as a body part', 'He hurt one foot in the game.'],
  ['a yard as a garden', 'The children played in a yard behind the house.'],
  ['millimeters', 'The rifle fires 9 mm rounds.'],
];

describe('extractDistances: negative cases', () => {
  it.each(negatives)('%s', (_label, input) => {
    expect(run(input)).toEqual([]);
  });
});

describe('extractDistances: the seed article', () => {
  const text = normalizeText(readFileSync(new URL('../../fixtures/kim-putin-summit.txt', import.meta.url), 'utf8'));
  const places = ['Vladivostok', 'North Korea', 'Moscow', 'Russia', 'Pyongyang', 'Seoul', 'Ukraine', 'China', 'Russian Far East'];

  it('finds the two distances with their ends', () => {
    const facts = run(text, places);
    expect(facts.map(({ text: t, value, unit, meters, approximate, from, to }) => ({ t, value, unit, meters, approximate, from, to }))).toEqual([
      { t: '130 kilometers', value: 130, unit: 'km', meters: 130_000, approximate: false, from: 'Vladivostok', to: 'North Korea' },
      { t: '6,500 kilometers', value: 6500, unit: 'km', meters: 6_500_000, approximate: true, from: 'Vladivostok', to: 'Moscow' },
    ]);
  });

  it('ends at a place named only by its demonym', () => {
    const sheet = extractFacts('The camp lies about 12 kilometers from the Syrian border, officials said.', { referenceDate: '2020-01-01' });
    expect(sheet.distances.map((d) => [d.text, d.from, d.to])).toEqual([['12 kilometers', null, 'Syria']]);
    // the demonym alone does not make Syria a location of the article
    expect(sheet.locations).toEqual([]);
  });

  it('keeps the spans exact', () => {
    for (const d of run(text, places)) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('extractDistances: purity and robustness', () => {
  it('gives the same result twice', () => {
    const input = 'Mosul is 400 kilometers (250 miles) from Baghdad.';
    expect(run(input, ['Mosul', 'Baghdad'])).toEqual(run(input, ['Mosul', 'Baghdad']));
  });

  it('stays linear on long pathological input', () => {
    const text = `${'1'.repeat(50_000)} km ${'a '.repeat(50_000)}mile ${'5 km '.repeat(20_000)}`;
    const doc = { text, paragraphs: [], sentences: [], tokens: [] };
    const t0 = Date.now();
    const facts = extractDistances({ doc, referenceDate: null }, []);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(facts.length).toBe(20_001);
  });
});
