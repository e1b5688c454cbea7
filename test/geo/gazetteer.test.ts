import { describe, expect, it } from 'vitest';
import { lookupPlace, placeKey } from '../../src/geo/gazetteer.js';

describe('gazetteer', () => {
  const cases: Array<[string, string, string | null]> = [
    ['Russia', 'country', 'RU'],
    ['U.S.', 'country', 'US'],
    ['Britain', 'country', 'GB'],
    ['Vladivostok', 'city', 'RU'],
    ['New Jersey', 'state', 'US'],
    ['New York', 'city', 'US'],
    ['Washington', 'city', 'US'],
    ['Washington state', 'state', 'US'],
    ['Nova Scotia', 'region', 'CA'],
    ['Russian Far East', 'region', 'RU'],
    ['Soviet Union', 'country', null],
    ['Black Sea', 'feature', null],
  ];
  it.each(cases)('%s is a %s (%s)', (name, kind, code) => {
    expect(lookupPlace(name)).toMatchObject({ kind, countryCode: code });
  });

  it('gives a country code only as two capital letters, never the data set\'s placeholder numbers', () => {
    expect(lookupPlace('Pristina')?.countryCode ?? null).toBeNull();
  });

  it('folds diacritics, dots and case in keys', () => {
    expect(placeKey('Québec')).toBe('quebec');
    expect(placeKey('U.S.')).toBe('us');
  });

  it.each(['Nice day', 'Tuesday', 'March', 'Kim'])('does not know %s', (name) => {
    expect(lookupPlace(name)).toBeUndefined();
  });
});
