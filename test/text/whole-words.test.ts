import { describe, expect, it } from 'vitest';
import { matchWholeWords, wholeWords } from '../../src/text/whole-words.js';
import { RULES } from '../../src/time/rules.js';

/** What the matcher must reproduce: the pattern between Unicode word edges, every match with matchAll. */
const reference = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}$£€#@_'])(?:${source})(?![\\p{L}\\p{N}_])`, 'giu');
const show = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => ({ index: m.index, text: m[0], groups: m.groups, all: [...m] }));
const same = (source: string, text: string) => expect(show(matchWholeWords(wholeWords(source), text))).toEqual(show(text.matchAll(reference(source))));

const TEXTS = [
  'Talks resume on May 5, 2021, and end in mid-May.',
  'The mayor met them in May; dismay followed, and Mayé 5 is not a date, nor is éMay 5 or May 5é.',
  'Prices rose 4% in the 1990s, 1990sé and 1990ſ; the 1980’s were calmer.',
  'An astral letter 𝐀May 5 and after May 5𝐀, a combining mark May 5\u0345 and a lone \ud800May 5\udc00 surrogate.',
  'ſeptember 5 and Kelvin K2 May 4: the long s and the Kelvin sign fold to ASCII letters under Unicode case folding.',
  'Two hundred years ago, two hundred yearsé ago; one week, one weeké, someone, money, stone.',
  '$5 May, £5 May, €5 May, #5 May, @May, _May, \'May, May_, May5, 5May.',
  'Tuesdays and Tuesdayé, the morningé after, Friday nights in Zürich.',
  '',
  'May',
];

describe('whole-word matching', () => {
  const PATTERNS = [
    'may(?:\\s+\\d{1,2})?',
    '(?<m>may)\\s+(?<d>\\d{1,2})(?:,\\s*(?<y>\\d{4}))?',
    // alternatives where the first path ends before a letter and a later one does not: the reference backtracks
    'mayé?|may',
    '\\d{4}s?',
    'one(?:\\s+week)?',
    '(?:two\\s+hundred\\s+)?years?(?:\\s+ago)?',
    'x?',
    's|k',
    // patterns that can match inside a surrogate pair, where V8 has quirks of its own
    '(?:)',
    '.',
    '[^ ]+',
    '\\S{0,2}',
  ];
  for (const source of PATTERNS) {
    it.each(TEXTS)(`/${source}/ matches as the reference does in %j`, (text) => same(source, text));
  }

  it('finds the reference match where the ASCII scan alone would stop at a non-ASCII letter', () => {
    expect(show(matchWholeWords(wholeWords('mayé?|may'), 'in Mayéx and Mayé.')).map((m) => m.text)).toEqual(['Mayé']);
    expect(show(matchWholeWords(wholeWords('\\d+'), '12é 34 5𝐀 6'))).toMatchObject([{ text: '34' }, { text: '6' }]);
  });

  it('agrees with the reference on random strings of tricky pieces', () => {
    const pieces = ['’', '“', '—', '£', '\u00a0', '©', 'a', 'x', 'May', ' ', '5', '1990', 's', 'é', '𝐀', '😀', '\ud800', '\udc00', 'ſ', 'K', '\u0345', '$', "'", '_', ',', '-', 'one', 'week', 'ago', 'Tuesday', 'Ω', '٣'];
    const patterns = ['x?', 's|k', 'may(?:\\s+\\d{1,2})?', 'mayé?|may', '\\d{4}s?', '(?:)', '.', '[^ ]+', 'a|𝐀', ...RULES.slice(0, 8).map((r) => r.pattern)];
    let seed = 20240917;
    // mulberry32: a small generator with well-mixed bits, seeded so that a failure can be replayed
    const next = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    for (let i = 0; i < 1500; i++) {
      let text = '';
      for (let k = next(12); k > 0; k--) text += pieces[next(pieces.length)];
      same(patterns[next(patterns.length)]!, text);
    }
  });

  it('agrees with the reference on text of ASCII and case-less punctuation, where it compiles without the u flag', () => {
    const text = 'On May 5 — “the mayor’s day” — £5 May,\u00a0May 12 © 1990s; Kelvin 2K May, ASKS; s|k';
    for (const source of ['may(?:\\s+\\d{1,2})?', 's|k', '\\d{4}s?', '(?:)', '.', '[^ ]+']) same(source, text);
    const p = wholeWords('may');
    [...matchWholeWords(p, text)];
    expect(p.plain).toBeInstanceOf(RegExp);
    expect(p.plain!.flags).not.toContain('u');
  });

  it('never compiles without u a pattern that needs it', () => {
    for (const source of ['\\p{Lu}\\w+', '\\u{1F600}', 'ſ']) {
      const p = wholeWords(source);
      [...matchWholeWords(p, 'plain text')];
      expect(p.plain ?? null).toBeNull();
    }
  });

  it('keeps the time rules exactly: every rule on sentences with ASCII and non-ASCII edges', () => {
    for (const rule of RULES) for (const text of TEXTS) same(rule.pattern, text);
  });
});
