/**
 * End-to-end, the built bin: what a new user meets first. Inline datelines give the reference date; `check --update`
 * warns as a plain run does; check's messages say where and what; `--only` suggests the kind that was meant.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FactSheet } from '../../src/schema.js';
import { runBin as run } from './run-bin.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-facts-first-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string) => {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
};
const runBin = (args: string[], stdin?: string) => run(args, { cwd: dir, env: { NO_COLOR: '1' }, stdin });

describe('a dateline inline in the lede', () => {
  it('gives the reference date, in every wire style; a date in an ordinary first sentence does not', async () => {
    const ledes: Array<[string, string | null]> = [
      ['LONDON, Dec. 10, 2013 — The talks resume on Monday.', '2013-12-10'],
      ['LONDON, Dec. 10, 2013 - The talks resume on Monday.', '2013-12-10'],
      ['LONDON, Dec. 10, 2013 (Reuters) - The talks resume on Monday.', '2013-12-10'],
      ['LONDON (AP), Dec. 10, 2013 -- The talks resume on Monday.', '2013-12-10'],
      ['HALIFAX, Nova Scotia, March 4, 2024 — The talks resume on Monday.', '2024-03-04'],
      ['The talks that began on Dec. 10, 2013 resume on Monday.', null],
    ];
    const files = ledes.map(([lede], i) => write(`lede-${i}.txt`, `${lede}\n`));
    const r = await runBin([...files.map((f) => path.basename(f)), '--format', 'jsonl', '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    const sheets = r.stdout.trimEnd().split('\n').map((l) => FactSheet.parse(JSON.parse(l)));
    expect(sheets.map((s) => s.referenceDate)).toEqual(ledes.map(([, date]) => date));
    // "on Monday" resolves against it; only the article without a dateline is warned about
    expect(sheets[0]!.dates.find((d) => d.text === 'on Monday' || d.text === 'Monday')?.value).toBe('2013-12-09');
    expect(r.stderr).toMatch(/^summit-facts: warning: lede-5\.txt: relative dates were left unresolved/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('on stdin too', async () => {
    const r = await runBin(['--json'], 'LONDON, Dec. 10, 2013 — The talks resume on Monday.\n');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(FactSheet.parse(JSON.parse(r.stdout)).referenceDate).toBe('2013-12-10');
  });
});

describe('check', () => {
  it('--update without a date warns as a plain run does, and says the expected file holds unresolved dates', async () => {
    write('update/talks.txt', 'The talks resume on Monday in Geneva.\n');
    const r = await runBin(['check', '--update', 'update/talks.txt']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/created +update\/talks\.facts\.json/);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'summit-facts: warning: update/talks.txt: relative dates were left unresolved: pass --date YYYY-MM-DD (the publication date) to resolve them',
      'summit-facts: warning: update/talks.facts.json holds unresolved dates (no reference date); run check --update again with --date YYYY-MM-DD to record them resolved',
    ]);
    // with a date: nothing to say
    const dated = await runBin(['check', '--update', '--date', '2023-09-12', 'update/talks.txt']);
    expect(dated.stderr).toBe('');
    expect(dated.stdout).toMatch(/updated +update\/talks\.facts\.json/);
  });

  it('a JSON syntax error in an expected file gives its line and column', async () => {
    write('syntax/a.txt', 'The talks resume on Monday in Geneva.\n');
    write('syntax/a.facts.json', '{\n  "referenceDate": "2023-09-12",\n  "actors": [x]\n}\n');
    const r = await runBin(['check', 'syntax/a.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("summit-facts: syntax/a.facts.json: not valid JSON: line 3, column 14: Unexpected token 'x'\n");
  });

  it('the hint for a missing expected file is a command that makes it', async () => {
    write('no expected/a b.txt', 'The talks resume on Monday in Geneva.\n');
    const r = await runBin(['check', 'no expected/a b.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("(no expected facts: no expected/a b.facts.json does not exist; create it with: summit-facts check --update 'no expected/a b.txt')");
  });
});

describe('--only', () => {
  it('suggests the kind that was meant', async () => {
    const r = await runBin(['--only', 'actor'], 'Kim met Putin.\n');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^summit-facts: .*unknown kind "actor"; did you mean actors\? \(see --help\)\n$/);
  });
});
