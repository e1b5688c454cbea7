import { describe, expect, it } from 'vitest';
import { acronymOf, initialsOf, organizationKey, personKey, spells } from '../../src/link/name-keys.js';

describe('personKey', () => {
  it.each([
    ['John Smith', 'john smith'],
    ['Mr. John Smith', 'john smith'],
    ['President John Smith Jr.', 'john smith'],
    ['Smith', 'smith'],
    ['Dr. Smith', 'smith'],
    ["Smith's", 'smith'],
    ['José Ramos-Horta', 'jose ramos-horta'],
  ])('%s → %s', (name, key) => expect(personKey(name).join(' ')).toBe(key));
});

describe('organizationKey', () => {
  it.each([
    ['Apple Inc.', 'apple'],
    ['Apple', 'apple'],
    ['The Boeing Company', 'boeing'],
    ['Chrysler LLC', 'chrysler'],
    ['U.S. Air Force', '#us air force'],
    ['United States Air Force', '#us air force'],
    ['US Federal Reserve', '#us federal reserve'],
    ['AT&T Inc.', 'at&t'],
  ])('%s → %s', (name, key) => expect(organizationKey(name).join(' ')).toBe(key));

  it.each([
    ['Apple Corps', 'apple'],
    ['General Electric', 'general motors'],
    ['GE Power', 'georgia power'],
    ['Inc', 'corp'],
  ])('%s is not %s', (a, b) => expect(organizationKey(a).join(' ')).not.toBe(organizationKey(b).join(' ')));
});

describe('acronyms', () => {
  it.each([
    ['GM', 'gm'],
    ['U.S.A.F.', 'usaf'],
    ['NASA', 'nasa'],
    ['UAW', 'uaw'],
  ])('%s is an acronym', (name, letters) => expect(acronymOf(name)).toBe(letters));

  it.each(['General Motors', 'Apple', 'G', 'iPhone', 'Gm'])('%s is not an acronym', (name) => expect(acronymOf(name)).toBeNull());

  it.each([
    ['General Motors', 'gm'],
    ['General Motors Corp.', 'gm'],
    ['United Auto Workers', 'uaw'],
    ['U.S. Air Force', 'usaf'],
    ['Organization of the Petroleum Exporting Countries', 'opec'],
  ])('%s has the initials %s', (name, letters) => expect(initialsOf(name)).toContain(letters));

  it('one word has no initials', () => expect(initialsOf('Apple')).toEqual([]));

  it.each([
    ['sia', 'Singapore Airlines', true],
    ['gm', 'General Motors', true],
    ['usaf', 'United States Air Force', true],
    ['gm', 'General Electric', false],
    ['gmx', 'General Motors', false],
    ['gm', 'General Motors Europe', false],
    ['sa', 'Singapore', false],
  ])('%s spells %s: %s', (acronym, name, yes) => expect(spells(acronym, name)).toBe(yes));
});
