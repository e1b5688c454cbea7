/** The library checks its arguments at the door, with the rules the CLI uses for --date and --only. */
import { describe, expect, it } from 'vitest';
import { dateProblem, unknownKinds } from '../src/arguments.js';
import { extractFacts, extractFactsInBatches } from '../src/index.js';

describe('dateProblem', () => {
  it.each(['2023-09-12', '2024-02-29', '1000-01-01', '9999-12-31', '1900-01-01'])('accepts %s', (d) => {
    expect(dateProblem(d)).toBeNull();
  });
  it.each<[string, RegExp]>([
    ['2023-02-30', /not a date in the calendar/],
    ['1900-02-29', /not a date in the calendar/],
    ['2023-13-01', /not a date in the calendar/],
    ['2023-09-00', /not a date in the calendar/],
    ['0050-06-15', /outside the years 1000 to 9999/],
    ['0000-01-01', /outside the years 1000 to 9999/],
    ['0999-12-31', /outside the years 1000 to 9999/],
    ['2023-9-12', /YYYY-MM-DD/],
    ['10000-01-01', /YYYY-MM-DD/],
    ['', /YYYY-MM-DD/],
  ])('refuses %j', (d, reason) => {
    expect(dateProblem(d)).toMatch(reason);
  });
});

describe('unknownKinds', () => {
  it('names each unknown kind once, in order', () => {
    expect(unknownKinds(['actors', 'people', 'dates', 'people', 'Actors'])).toEqual(['people', 'Actors']);
    expect(unknownKinds(['actors', 'locations', 'distances', 'dates', 'events'])).toEqual([]);
  });
});

const TEXT = 'Kim met Putin in Vladivostok on Tuesday.';

describe.each([
  ['extractFacts', (text: unknown, options?: unknown) => extractFacts(text as string, options as never)],
  ['extractFactsInBatches', (text: unknown, options?: unknown) => extractFactsInBatches(text as string, options as never)],
])('%s at the door', (fn, call) => {
  it.each<[string, unknown, unknown, ErrorConstructor, RegExp]>([
    ['a Buffer', Buffer.from(TEXT), undefined, TypeError, /text must be a string.*not Buffer object/],
    ['null', null, undefined, TypeError, /text must be a string.*not null/],
    ['a number', 42, undefined, TypeError, /text must be a string.*not number/],
    ['no text', undefined, undefined, TypeError, /text must be a string.*not undefined/],
    ['options as a string', TEXT, '2023-09-12', TypeError, /options must be an object, not string/],
    ['options null', TEXT, null, TypeError, /options must be an object, not null/],
    ['an unknown kind', TEXT, { only: ['nonsense'] }, RangeError, /options\.only: unknown kind "nonsense"; choose from actors, locations/],
    ['an unknown kind among known ones', TEXT, { only: ['actors', 'people'] }, RangeError, /unknown kind "people"/],
    ['a kind as a bare string', TEXT, { only: 'actors' }, TypeError, /options\.only must be an array.*not the string "actors"/],
    ['an impossible date', TEXT, { referenceDate: '2023-02-30' }, RangeError, /referenceDate: 2023-02-30 is not a date in the calendar/],
    ['a year out of range', TEXT, { referenceDate: '0050-06-15' }, RangeError, /referenceDate: 0050-06-15 is outside the years 1000 to 9999/],
    ['a date object', TEXT, { referenceDate: new Date(0) }, TypeError, /referenceDate must be a string YYYY-MM-DD, not Date object/],
    ['a path that is not a string', TEXT, { path: 7 }, TypeError, /options\.path must be a string, not number/],
  ])('refuses %s', (_name, text, options, type, message) => {
    const attempt = () => call(text, options);
    expect(attempt).toThrow(type);
    expect(attempt).toThrow(new RegExp(`^${fn}: `));
    expect(attempt).toThrow(message);
  });

  it.each<[string, unknown]>([
    ['no options', undefined],
    ['empty options', {}],
    ['null fields', { only: null, referenceDate: null, path: null }],
    ['every field', { only: ['actors', 'dates'], referenceDate: '2023-09-12', path: 'a.txt' }],
    ['an empty list of kinds', { only: [] }],
  ])('accepts %s', (_name, options) => {
    expect(() => call(TEXT, options)).not.toThrow();
  });
});

it('extractFactsInBatches also takes pieces of text', () => {
  const batches = extractFactsInBatches(['Kim met Putin ', 'on Tuesday.'], { referenceDate: '2023-09-12' });
  let step = batches.next();
  while (!step.done) step = batches.next();
  expect(step.value.referenceDate).toBe('2023-09-12');
});
