import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandArguments, textFilesIn } from '../../../src/cli/input/expand.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-facts-expand-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
for (const file of [
  'news/b.txt',
  'news/a.TXT',
  'news/c.text',
  'news/README.md',
  'news/a.facts.json',
  'news/.draft.txt',
  'news/.cache/x.txt',
  'news/node_modules/pkg/readme.txt',
  'news/2021/march.txt',
  'news/2021/photo.jpg',
  'empty/notes.md',
  'single.txt',
  'weird*name.txt',
]) {
  fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), 'x');
}
fs.symlinkSync(path.join(root, 'single.txt'), path.join(root, 'news', 'linked.txt'));
fs.symlinkSync(path.join(root, 'news'), path.join(root, 'news', '2021', 'back'));

describe('textFilesIn', () => {
  it('finds *.txt and *.text (any case) recursively, sorted by path; skips hidden files and folders, node_modules, other endings, links to folders', async () => {
    expect(await textFilesIn('news', root)).toEqual(['news/2021/march.txt', 'news/a.TXT', 'news/b.txt', 'news/c.text', 'news/linked.txt']);
  });

  it('keeps the folder as written', async () => {
    expect(await textFilesIn('./news/2021/', root)).toEqual(['./news/2021/march.txt']);
  });
});

describe('expandArguments', () => {
  const expand = (args: string[]) => expandArguments(args, root);

  it('no argument is stdin, one of it', async () => {
    expect(await expand([])).toEqual({ entries: [{ kind: 'stdin' }], several: false, warnings: [] });
  });

  it('files stay in the order given, missing ones included (the reader reports them)', async () => {
    expect((await expand(['single.txt', 'nope.txt', '-'])).entries).toEqual([
      { kind: 'file', path: 'single.txt' },
      { kind: 'file', path: 'nope.txt' },
      { kind: 'stdin' },
    ]);
  });

  it('a folder becomes its text files in its place; several is set even for one file', async () => {
    const result = await expand(['single.txt', 'news/2021']);
    expect(result.entries).toEqual([
      { kind: 'file', path: 'single.txt' },
      { kind: 'file', path: 'news/2021/march.txt' },
    ]);
    expect((await expand(['news/2021'])).several).toBe(true);
    expect((await expand(['single.txt'])).several).toBe(false);
  });

  it('a pattern becomes the files it matches, sorted (it skips hidden folders only: the pattern decides the rest)', async () => {
    const result = await expand(['news/**/*.{txt,md}']);
    expect(result.entries.map((e) => (e.kind === 'file' ? e.path : e.kind))).toEqual([
      'news/2021/march.txt',
      'news/README.md',
      'news/b.txt',
      'news/linked.txt',
      'news/node_modules/pkg/readme.txt',
    ]);
    expect(result.several).toBe(true);
  });

  it('a folder without text files is an error entry in its place', async () => {
    expect((await expand(['empty', 'single.txt'])).entries).toEqual([
      { kind: 'error', name: 'empty', message: 'empty: no text files (*.txt, *.text) in this folder' },
      { kind: 'file', path: 'single.txt' },
    ]);
  });

  it('a pattern that matches nothing is an error entry', async () => {
    expect((await expand(['news/*.pdf'])).entries).toEqual([{ kind: 'error', name: 'news/*.pdf', message: 'news/*.pdf: no files match this pattern' }]);
  });

  it('a file whose name looks like a pattern is read as a file', async () => {
    expect((await expand(['weird*name.txt'])).entries).toEqual([{ kind: 'file', path: 'weird*name.txt' }]);
  });
});
