import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { comparePaths, glob, hasMagic } from '../../../src/cli/input/glob.js';

describe('hasMagic', () => {
  it.each([
    ['*.txt', true],
    ['a/?.txt', true],
    ['[ab].txt', true],
    ['{a,b}.txt', true],
    ['corpus/**/x', true],
    ['plain/file.txt', false],
    ['escaped\\*.txt', false],
    ['odd \\[1\\].txt', false],
    ['[unclosed', false],
    ['notes(1).txt', false],
    ['', false],
  ])('%s → %s', (pattern, magic) => expect(hasMagic(pattern)).toBe(magic));
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

  // names that test each piece of the syntax: braces (nested, empty), classes (ranges, negation), escapes, and
  // characters that mean something to a regular expression but not to a pattern
  for (const file of ['names/abd', 'names/acd', 'names/acdf', 'names/acef', 'names/a', 'names/ab', 'names/apple', 'names/cat', 'names/c1', 'names/d1', 'names/file(1).txt', 'names/file1.txt', 'names/a+b$.txt', 'names/aab$.txt', 'names/*.txt', 'names/x.y.txt', 'names/{item}']) {
    fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), 'x');
  }

  it.each([
    ['names/a{b,c}d', ['names/abd', 'names/acd']],
    ['names/a{b,c{d,e}}f', ['names/acdf', 'names/acef']],
    ['names/a{,b}', ['names/a', 'names/ab']],
    ['{names,corpus}/a*.txt', ['corpus/a.txt', 'names/a+b$.txt', 'names/aab$.txt']],
    ['names/[ab]*', ['names/a', 'names/a+b$.txt', 'names/aab$.txt', 'names/ab', 'names/abd', 'names/acd', 'names/acdf', 'names/acef', 'names/apple']],
    ['names/[a-c]1', ['names/c1']],
    ['names/[!a-c]1', ['names/d1']],
    ['names/file(1).txt*', ['names/file(1).txt']],
    ['names/a+b$.txt*', ['names/a+b$.txt']],
    ['names/\\*.txt', ['names/*.txt']],
    ['names/*.y.txt', ['names/x.y.txt']],
    ['names/?', ['names/a']],
  ])('the syntax: %s', async (pattern, expected) => {
    expect(await files(pattern)).toEqual(expected);
  });

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
