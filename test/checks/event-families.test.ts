import { describe, expect, it } from 'vitest';
import { eventFamily, eventKind, happensOnce } from '../../src/checks/event-families.js';

describe('event families and kinds', () => {
  // the same happening as a verb or a noun: one family
  it.each([
    ['visited', 'trip'], ['toured', 'visit'], ['met', 'talks'], ['died', 'death'], ['killed', 'murdered'], ['Signed', 'treaty'],
    ['appointed', 'named'], ['arrived', 'arrival'],
    // outside the vocabulary, the word without a regular ending
    ['votes', 'voted'], ['rescued', 'rescues'],
  ])('%s and %s are one family', (a, b) => expect(eventFamily(a)).toBe(eventFamily(b)));

  // the article's check is strict: a killing, a shooting and a death are three happenings
  it.each([['killed', 'died'], ['shot', 'died'], ['visited', 'met'], ['arrived', 'left'], ['said', 'signed'], ['vote', 'veto']])(
    '%s and %s are two families',
    (a, b) => expect(eventFamily(a)).not.toBe(eventFamily(b)),
  );

  // a story links more broadly: one source writes "killed", another "death"
  it.each([['killed', 'death'], ['shooting', 'died'], ['assassination', 'dead']])('%s and %s are one kind', (a, b) => expect(eventKind(a)).toBe(eventKind(b)));
  it.each([['killed', 'visited'], ['met', 'arrived']])('%s and %s are two kinds', (a, b) => expect(eventKind(a)).not.toBe(eventKind(b)));

  it.each([['died', true], ['killed', true], ['born', true], ['shooting', false], ['visited', false], ['Death', true]])('%s happens once: %s', (w, once) =>
    expect(happensOnce(w)).toBe(once),
  );
});
