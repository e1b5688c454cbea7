import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineAndColumn } from '../../src/text/json-error.js';
import { jsonSyntaxError } from '../../src/cli/compare.js';

describe('jsonErrorOffset', () => {
  // [text, where it stops being JSON (null: valid)]
  it.each<[string, number | null]>([
    ['{}', null],
    [' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"], "b": {}} ', null],
    ['[]', null],
    ['"\\ud83d\\ude00"', null],
    ['{', 1],
    ['', 0],
    ['x', 0],
    ['{\n  "a": 1,\n  "b": x\n}', 19],
    ['{\n  "a": 1,\n}', 12],
    ['{"a": 1} x', 9],
    ['[1, 2', 5],
    ['[1 2]', 3],
    ['{"a" 1}', 5],
    ["{'a': 1}", 1],
    ['{"a": 01}', 7],
    ['{"a": tru}', 9],
    ['{"a": "b\nc"}', 8],
    ['{"a": "\\x"}', 8],
    ['{"a": "\\u12G4"}', 8],
    ['[1,]', 3],
    ['-', 0],
  ])('%j → %s', (text, expected) => {
    expect(jsonErrorOffset(text)).toBe(expected);
    // the scanner agrees with JSON.parse on what is valid
    expect(() => JSON.parse(text)).toSatisfy((parse: () => unknown) => {
      try {
        parse();
        return expected === null;
      } catch {
        return expected !== null;
      }
    });
  });

  it('line and column from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\n', 3)).toEqual({ line: 2, column: 1 });
  });

  it.each([
    ['{\n  "a": 1,\n  "b": x\n}', "line 3, column 8: Unexpected token 'x'"],
    ['{\n  "a": 1,\n}', "line 3, column 1: Expected double-quoted property name"],
    ['{', "line 1, column 2: Expected property name or '}'"],
    ['', 'line 1, column 1: Unexpected end of JSON input'],
  ])('an expected file with %j: %s', (raw, expected) => {
    let message = '';
    try {
      JSON.parse(raw);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(jsonSyntaxError(raw, message)).toBe(expected);
  });
});
