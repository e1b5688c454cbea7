/**
 * Generators for property tests: any Unicode (lone surrogate halves included), the characters that break naive text
 * handling (CRLF, BOM, NUL, zero-width and bidi controls, emoji, ANSI escape sequences), newsy words that make the
 * rules fire, articles mutated piece by piece, and lines of a megabyte.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { FACT_KINDS, type FactKind } from '../../src/schema.js';

const ROOT = new URL('../../', import.meta.url);

/** Our own articles: the fixtures, and one written here with every kind of fact. */
export const ARTICLES: readonly string[] = [
  ...fs
    .readdirSync(new URL('fixtures/', ROOT))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(new URL(`fixtures/${f}`, ROOT), 'utf8')),
  [
    'GENEVA, March 3, 2021',
    'Foreign Minister Maria Delgado, 54, arrived in Geneva on Monday for talks with Chancellor Otto Brandt.',
    'The two leaders met in Lausanne, about 60 kilometers (37 miles) from Geneva, on Tuesday afternoon.',
    'Brandt, 61, said the talks would continue on Friday. Delgado last visited Switzerland in May 2019.',
    '"We will meet again next month," Mr. Brandt told reporters at 3 p.m., four years after his first trip.',
  ].join('\n'),
];

const SPECIALS = [
  '\r\n', '\r', '\n', '\n\n', '\t', '\ufeff', '\u0000', '\u0007', '\u0008', '\u007f', '\u0085', '\u009b',
  '\u200b', '\u200c', '\u200d', '\u2060', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
  '\u2066', '\u2067', '\u2068', '\u2069', '\u061c', '\u2028', '\u2029', '\u00a0', '\u3000', '\u00ad',
  '\u{1F600}', '\u{1F469}\u200d\u{1F469}\u200d\u{1F467}', '\u{1F1F0}\u{1F1F5}', '\u{1F44D}\u{1F3FD}', 'e\u0301', '\u{10FFFF}',
  '\ud800', '\udc00', '\udbff', '\udfff', '\u2018', '\u2019', '\u201c', '\u201d', '\u2013', '\u2014', '\u2026', '\u3002', '\uff01',
];
const ANSI = ['\u001b[31m', '\u001b[0m', '\u001b[2J', '\u001b[1A', '\u001b]0;owned\u0007', '\u001b]8;;http://x\u001b\\', '\u001bc', '\u009b2J'];
const WORDS = [
  'Kim', 'Jong-un', 'Putin', 'Vladimir', 'Mr.', 'Dr.', 'President', 'spokesman', 'Minister', 'said', 'met', 'visited',
  'in', 'on', 'at', 'from', 'to', 'the', 'of', 'and', 'Moscow', 'Seoul', 'North', 'Korea', 'Russia', 'U.S.', 'Vladivostok',
  'Monday', 'Tuesday', 'morning', 'March', 'Sept.', '12', '2023', '1991', 'years', 'ago', 'last', 'next', 'week',
  'km', 'kilometers', 'miles', '130', '1,200', 'about', 'between', '39', '(70)', ',', '.', '. ', ';', '"', "'s", '-', ' ', '  ',
];

/** One unit of text: mostly printable ASCII and newsy words, often something hostile. */
export const unit: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIALS) },
  { weight: 1, arbitrary: fc.constantFrom(...ANSI) },
);

/** A string of up to maxLength units, every length up to it equally likely. */
export const unicodeString = (maxLength = 200): fc.Arbitrary<string> => fc.string({ unit, maxLength, size: 'max' });

type Op =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete' | 'duplicate' | 'upper' | 'lower'; at: number; len: number }
  | { kind: 'move'; at: number; len: number; to: number }
  | { kind: 'shuffle'; seed: number }
  | { kind: 'crlf' | 'bom' | 'join-lines' };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: unicodeString(20) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'upper' as const, 'lower' as const), at: fc.nat(), len: fc.nat({ max: 400 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), at: fc.nat(), len: fc.nat({ max: 300 }), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('shuffle' as const), seed: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('crlf' as const, 'bom' as const, 'join-lines' as const) }) },
);

/** A small deterministic generator for shuffling (the seed comes from fast-check, so a failure replays). */
function shuffled<T>(items: T[], seed: number): T[] {
  let x = seed | 1;
  const next = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x);
  for (let i = items.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export function mutate(base: string, ops: readonly Op[]): string {
  let s = base;
  for (const o of ops) {
    const at = 'at' in o ? o.at % (s.length + 1) : 0;
    const end = 'len' in o ? Math.min(s.length, at + o.len) : at;
    switch (o.kind) {
      case 'insert': s = s.slice(0, at) + o.text + s.slice(at); break;
      case 'delete': s = s.slice(0, at) + s.slice(end); break;
      case 'duplicate': s = s.slice(0, end) + s.slice(at, end) + s.slice(end); break;
      case 'upper': s = s.slice(0, at) + s.slice(at, end).toUpperCase() + s.slice(end); break;
      case 'lower': s = s.slice(0, at) + s.slice(at, end).toLowerCase() + s.slice(end); break;
      case 'move': {
        const piece = s.slice(at, end);
        const rest = s.slice(0, at) + s.slice(end);
        const to = o.to % (rest.length + 1);
        s = rest.slice(0, to) + piece + rest.slice(to);
        break;
      }
      case 'shuffle': s = shuffled(s.split(/(?<=[.!?])\s+/), o.seed).join(' '); break;
      case 'crlf': s = s.replace(/\n/g, '\r\n'); break;
      case 'bom': s = '\ufeff' + s; break;
      case 'join-lines': s = s.replace(/\s*\n\s*/g, ' '); break;
    }
  }
  return s;
}

/** An article (or two, joined), changed by a few insertions, deletions, duplications, moves and shuffles. */
export const mutatedArticle: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...ARTICLES), fc.option(fc.constantFrom(...ARTICLES), { freq: 4 }), fc.array(op, { maxLength: 8 }))
  .map(([a, b, ops]) => mutate(b === null ? a : `${a}\n\n${b}`, ops));

/** One line of at least `size` characters: a piece of text (hostile, or an article's sentences) repeated, no line break. */
export const longLine = (size: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.oneof(unicodeString(40).filter((s) => s.length > 0), mutatedArticle), fc.constantFrom(' ', '', ', ', '. '))
    .map(([piece, sep]) => {
      const line = (piece.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ') + sep) || 'x';
      return line.repeat(Math.ceil(size / line.length));
    });

export const extractOptions = fc.record({
  referenceDate: fc.option(fc.constantFrom('2023-09-12', '1999-12-31', '2024-02-29', '1970-01-01')),
  only: fc.subarray([...FACT_KINDS] as FactKind[], { minLength: 1 }),
});
