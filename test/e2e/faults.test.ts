/**
 * End-to-end, the built bin at the edges where it meets the operating system and its callers: dates out of range,
 * expected files with a BOM or an impossible date, closed or full output streams, devices and growing files, an
 * unusable TMPDIR, atomic updates of expected files. Each case is one clear line and the right exit code, never a
 * stack trace and never lost output.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FactSheet } from '../../src/schema.js';
import { runBin as run, type Result } from './run-bin.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-facts-faults-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
};

const ARTICLE = 'Foreign Minister Maria Delgado, 54, arrived in Geneva on Monday. Four years ago she met Otto Brandt in Lausanne.\n';
const article = write('article.txt', ARTICLE);

const runBin = (args: string[], options: { stdin?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): Promise<Result> =>
  run(args, { ...options, cwd: options.cwd ?? dir });

/** Exactly one line on stderr, prefixed, matching `pattern`, without a stack trace. */
function oneErrorLine(stderr: string, pattern: RegExp): void {
  expect(stderr).toMatch(/^summit-facts: [^\n]*\n$/);
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('reference dates: the years 1000 to 9999', () => {
  it.each(['0050-06-15', '0000-01-01', '0999-12-31'])('--date %s is a usage error naming the range', async (date) => {
    const r = await runBin([article, '--date', date, '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    oneErrorLine(r.stderr, new RegExp(`${date} is outside the years 1000 to 9999`));
  });

  it.each(['1000-01-01', '9999-12-31'])('--date %s gives TIMEX3 values of four-digit years', async (date) => {
    const r = await runBin([article, '--date', date, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const values = FactSheet.parse(JSON.parse(r.stdout)).dates.map((d) => d.value);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(value).toMatch(/^(?:\d{4}|XXXX)(?:-|$)/);
  });

  it('--help says which years a date may have', async () => {
    const r = await runBin(['--help']);
    expect(r.stdout).toMatch(/--date <YYYY-MM-DD>[\s\S]*1000 to[\s]+9999/);
  });
});

describe('expected files', () => {
  const folder = (name: string, files: Record<string, string>) => {
    for (const [file, content] of Object.entries(files)) write(path.join(name, file), content);
    return path.join(dir, name);
  };

  it.each<[string, string, RegExp]>([
    ['an impossible day', '2023-02-30', /a\.facts\.json: referenceDate: 2023-02-30 is not a date in the calendar/],
    ['a year out of range', '0050-06-15', /a\.facts\.json: referenceDate: 0050-06-15 is outside the years 1000 to 9999/],
  ])('a referenceDate with %s is refused as --date is: exit 2, one line', async (name, date, pattern) => {
    const f = folder(`refdate-${name.replace(/\W+/g, '-')}`, { 'a.txt': ARTICLE, 'a.facts.json': JSON.stringify({ referenceDate: date }) });
    const r = await runBin(['check', f]);
    expect(r.code).toBe(2);
    oneErrorLine(r.stderr, pattern);
  });

  it('a leading BOM is allowed', async () => {
    const f = folder('bom', { 'a.txt': ARTICLE, 'a.facts.json': '\ufeff' + JSON.stringify({ referenceDate: '2021-03-03', locations: [{ name: 'Geneva' }] }) });
    const r = await runBin(['check', f]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/PASS +.*a\.txt/);
    expect(r.code).toBe(0);
  });
});
