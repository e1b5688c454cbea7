import { describe, expect, it } from 'vitest';
import { lookupPlace, lookupState, placeKey } from '../../src/geo/gazetteer.js';

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
    // territories that are no sovereign states are regions; "the Gulf" is a body of water
    ['Northern Ireland', 'region', 'GB'],
    ['Puerto Rico', 'region', 'PR'],
    ['Gulf', 'feature', null],
    ['Euphrates', 'feature', null],
    ['Tel Aviv', 'city', 'IL'],
    ['Manhattan', 'region', 'US'],
  ];
  it.each(cases)('%s is a %s (%s)', (name, kind, code) => {
    expect(lookupPlace(name)).toMatchObject({ kind, countryCode: code });
  });

  it('finds a US state by its full name, whatever city shares it, and nothing else', () => {
    expect(lookupState('New York')).toMatchObject({ kind: 'state', countryCode: 'US' });
    expect(lookupState('Washington')).toMatchObject({ name: 'Washington', kind: 'state' });
    expect(lookupState('Albany')).toBeUndefined();
    expect(lookupState('Ontario')).toBeUndefined();
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
