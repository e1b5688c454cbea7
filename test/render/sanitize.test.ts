import { describe, expect, it } from 'vitest';
import { escapeJsonControls, sanitize } from '../../src/render/sanitize.js';

describe('sanitize: nothing from the article reaches the terminal raw', () => {
  it.each([
    ['plain text', 'Kim Jong-un', 'Kim Jong-un'],
    ['accents and Hangul stay', 'Café 김정은', 'Café 김정은'],
    ['ESC of a colour sequence', '\u001b[31mred', '\\x1B[31mred'],
    ['OSC title sequence with BEL', '\u001b]0;pwned\u0007', '\\x1B]0;pwned\\x07'],
    ['C1 CSI', 'a\u009b2Jb', 'a\\x9B2Jb'],
    ['DEL', 'a\u007fb', 'a\\x7Fb'],
    ['NUL', 'a\u0000b', 'a\\x00b'],
    ['newline, CR and tab by name', 'a\nb\rc\td', 'a\\nb\\rc\\td'],
    ['right-to-left override', 'abc\u202edef', 'abc\\u202Edef'],
    ['bidi isolate', '\u2066x\u2069', '\\u2066x\\u2069'],
    ['line separator', 'a\u2028b', 'a\\u2028b'],
    ['zero-width joiner and BOM', 'a\u200db\ufeff', 'a\\u200Db\\uFEFF'],
  ])('%s', (_name, input, expected) => {
    expect(sanitize(input)).toBe(expected);
  });
});

describe('escapeJsonControls keeps the JSON value and its layout', () => {
  it.each([
    ['C1', { name: 'a\u009bb' }],
    ['bidi override', { name: 'a\u202eb' }],
    ['line separator', { name: 'a\u2028b' }],
    ['DEL', { name: 'a\u007fb' }],
    ['ESC (escaped by JSON.stringify already)', { name: 'a\u001bb' }],
  ])('%s', (_name, value) => {
    const json = escapeJsonControls(JSON.stringify(value, null, 2));
    expect(JSON.parse(json)).toEqual(value);
    expect(json).toMatch(/^\{\n {2}"name"/);
    expect(json).not.toMatch(/[\u001b\u007f-\u009f\u2028\u202e]/);
  });
});
