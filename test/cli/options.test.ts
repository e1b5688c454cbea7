import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { closest, DEFAULT_MAX_SIZE, formatSize, parseDate, parseKinds, parseSize } from '../../src/cli/options.js';

describe('parseDate', () => {
  it.each(['2023-09-12', '2024-02-29', '1999-12-31', '1000-01-01', '9999-12-31'])('accepts %s', (d) => {
    expect(parseDate(d)).toBe(d);
  });
  it.each(['2023-02-30', '2023-02-29', '2023-13-01', '2023-00-10', '2023-09-00', '2023-9-12', '12/09/2023', 'tomorrow', '', '2023-09-12T10:00', '0050-06-15', '0000-01-01', '0999-12-31'])(
    'refuses %j',
    (d) => {
      expect(() => parseDate(d)).toThrow(InvalidArgumentError);
    },
  );
});

describe('parseKinds', () => {
  it.each([
    ['actors', ['actors']],
    ['events,actors', ['actors', 'events']],
    [' Dates , locations ', ['locations', 'dates']],
    ['actors,actors', ['actors']],
  ])('%j → %j', (value, kinds) => {
    expect(parseKinds(value)).toEqual(kinds);
  });
  it.each(['people', 'actors,people', '', ','])('refuses %j', (value) => {
    expect(() => parseKinds(value)).toThrow(InvalidArgumentError);
  });
  it.each([
    ['actor', 'unknown kind "actor"; did you mean actors?'],
    ['actor,evnts', 'unknown kind "actor", "evnts"; did you mean actors,events?'],
    ['people', 'unknown kind "people"; choose from actors, locations, distances, dates, events.'],
    ['actor,people', 'unknown kind "actor", "people"; choose from actors, locations, distances, dates, events.'],
  ])('%j: %s', (value, message) => {
    expect(() => parseKinds(value)).toThrow(message);
  });
});

describe('closest', () => {
  const kinds = ['actors', 'locations', 'distances', 'dates', 'events'] as const;
  it.each<[string, string | null]>([
    ['actor', 'actors'],
    ['location', 'locations'],
    ['evnets', 'events'],
    ['date', 'dates'],
    ['distance', 'distances'],
    // too far from every choice, or as close to two
    ['people', null],
    ['x', null],
    ['datse', 'dates'],
  ])('%j → %j', (word, expected) => {
    expect(closest(word, kinds)).toBe(expected);
  });
});

describe('parseSize', () => {
  it.each([
    ['1000', 1000],
    ['10KB', 10 * 1024],
    ['10k', 10 * 1024],
    ['1.5 MB', 1.5 * 1024 ** 2],
    ['2gb', 2 * 1024 ** 3],
  ])('%j → %d bytes', (value, bytes) => {
    expect(parseSize(value)).toBe(bytes);
  });
  it.each(['', 'big', '10TB', '-5', '0', '10 M B'])('refuses %j', (value) => {
    expect(() => parseSize(value)).toThrow(InvalidArgumentError);
  });
  it('documents a 50 MB default', () => {
    expect(formatSize(DEFAULT_MAX_SIZE)).toBe('50 MB');
  });
});

it('says why a year is refused', () => {
  expect(() => parseDate('0050-06-15')).toThrow('0050-06-15 is outside the years 1000 to 9999.');
});
