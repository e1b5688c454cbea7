import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { comparePaths, expandBraces, glob, hasMagic, segmentRegExp } from '../../src/cli/glob.js';

describe('hasMagic', () => {
  it.each([
    ['*.txt', true],
    ['a/?.txt', true],
    ['[ab].txt', true],
    ['{a,b}.txt', true],
    ['corpus/**/x', true],
    ['plain/file.txt', false],
    ['escaped\\*.txt', false],
    ['', false],
  ])('%s → %s', (pattern, magic) => expect(hasMagic(pattern)).toBe(magic));
});

describe('expandBraces', () => {
  it.each([
    ['a{b,c}d', ['abd', 'acd']],
    ['{x,y}/{1,2}', ['x/1', 'x/2', 'y/1', 'y/2']],
    ['a{b,c{d,e}}f', ['abf', 'acdf', 'acef']],
    ['a{,b}', ['a', 'ab']],
    ['no{brace', ['no{brace']],
    ['one{item}', ['one{item}']],
    ['esc\\{a,b}', ['esc\\{a,b}']],
    ['plain', ['plain']],
  ])('%s', (pattern, expanded) => expect(expandBraces(pattern)).toEqual(expanded));
});

describe('segmentRegExp', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['*.txt', ['a.txt', '.txt', 'x.y.txt'], ['a.text', 'a.txt.bak', 'dir/a.txt']],
    ['?.txt', ['a.txt'], ['ab.txt', '.txt']],
    ['[ab]*', ['apple', 'b'], ['cat', '']],
    ['[a-c]1', ['a1', 'c1'], ['d1']],
    ['[!a]*', ['b', 'zz'], ['apple']],
    ['[^a]*', ['b'], ['apple']],
    ['file(1).txt', ['file(1).txt'], ['file1.txt']],
    ['a+b$.txt', ['a+b$.txt'], ['aab$.txt']],
    ['\\*.txt', ['*.txt'], ['a.txt']],
    ['[unclosed', ['[unclosed'], ['u']],
  ];
  it.each(cases)('%s', (segment, yes, no) => {
    const re = segmentRegExp(segment);
    for (const name of yes) expect(re.test(name), name).toBe(true);
    for (const name of no) expect(re.test(name), name).toBe(false);
  });
});

describe('comparePaths', () => {
  it('sorts folder by folder, each level by name in code units', () => {
    const paths = ['b.txt', 'a/z.txt', 'a-c.txt', 'a/b/c.txt', 'B.txt', 'a.txt'];
    expect([...paths].sort(comparePaths)).toEqual(['B.txt', 'a/b/c.txt', 'a/z.txt', 'a-c.txt', 'a.txt', 'b.txt']);
  });
});

describe('glob (on a temporary folder)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-facts-glob-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  for (const file of [
    'top.txt',
    'notes.md',
    '.hidden.txt',
    'corpus/b.txt',
    'corpus/a.txt',
    'corpus/a.text',
    'corpus/2019/x.txt',
    'corpus/2019/deep/y.txt',
    'corpus/2020/z.txt',
    'corpus/.git/ignored.txt',
    'corpus/sub.txt/inside.txt',
    'odd [1].txt',
  ]) {
    fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), 'x');
  }
  fs.symlinkSync(path.join(root, 'corpus'), path.join(root, 'corpus', '2020', 'loop'));
  fs.symlinkSync(path.join(root, 'top.txt'), path.join(root, 'corpus', 'link.txt'));

  const files = async (pattern: string) => (await glob(pattern, root)).files;

  it.each([
    ['*.txt', ['odd [1].txt', 'top.txt']],
    ['corpus/*.txt', ['corpus/a.txt', 'corpus/b.txt', 'corpus/link.txt']],
    ['corpus/*.{txt,text}', ['corpus/a.text', 'corpus/a.txt', 'corpus/b.txt', 'corpus/link.txt']],
    ['corpus/?.txt', ['corpus/a.txt', 'corpus/b.txt']],
    ['corpus/[!a].txt', ['corpus/b.txt']],
    ['corpus/*/*.txt', ['corpus/2019/x.txt', 'corpus/2020/z.txt', 'corpus/sub.txt/inside.txt']],
    [
      'corpus/**/*.txt',
      ['corpus/2019/deep/y.txt', 'corpus/2019/x.txt', 'corpus/2020/z.txt', 'corpus/a.txt', 'corpus/b.txt', 'corpus/link.txt', 'corpus/sub.txt/inside.txt'],
    ],
    ['corpus/**/y.txt', ['corpus/2019/deep/y.txt']],
    ['corpus/2019/**', ['corpus/2019/deep/y.txt', 'corpus/2019/x.txt']],
    ['**/x.txt', ['corpus/2019/x.txt']],
    ['corpus//2019/*.txt', ['corpus/2019/x.txt']],
    ['corpus/**/**/x.txt', ['corpus/2019/x.txt']],
    ['./corpus/2020/*', ['./corpus/2020/z.txt']],
    ['corpus/.*/*.txt', ['corpus/.git/ignored.txt']],
    ['odd \\[1\\].txt', ['odd [1].txt']],
    ['corpus/*.md', []],
    ['missing/*.txt', []],
    ['corpus/*/', []],
  ])('%s', async (pattern, expected) => {
    expect(await files(pattern)).toEqual(expected);
  });

  it('an absolute pattern gives absolute paths', async () => {
    expect(await glob(`${root}/corpus/2019/*.txt`)).toEqual({ files: [`${root}/corpus/2019/x.txt`], unreadable: [] });
  });

  it('names files only: a folder that matches is not a result', async () => {
    expect(await files('corpus/20*')).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)('reports a folder it cannot read, and goes on', async () => {
    const locked = path.join(root, 'locked');
    fs.mkdirSync(path.join(locked, 'closed'), { recursive: true });
    fs.writeFileSync(path.join(locked, 'open.txt'), 'x');
    fs.chmodSync(path.join(locked, 'closed'), 0o000);
    try {
      expect(await glob('locked/**/*.txt', root)).toEqual({ files: ['locked/open.txt'], unreadable: ['locked/closed'] });
    } finally {
      fs.chmodSync(path.join(locked, 'closed'), 0o755);
    }
  });
});
