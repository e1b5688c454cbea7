/**
 * End-to-end, the built bin: consistency warnings are part of the output, never of the exit code of a plain run;
 * `check` compares them only when the expected file lists them, and `check --strict` fails on one it does not list.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FactSheet } from '../../src/schema.js';
import { root, runBin as run } from './run-bin.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-facts-checks-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
};

// Sept. 13, 2023 was a Wednesday; Geneva–Zurich is about 225 km on the great circle
const FLAWED = 'The council voted on Tuesday, Sept. 13, 2023. Geneva is about 230 kilometers from Zurich.\n';
const SOUND = 'The council voted on Wednesday, Sept. 13, 2023. Geneva is about 230 kilometers from Zurich.\n';
const flawed = write('flawed.txt', FLAWED);
write('sound.txt', SOUND);

const runBin = (args: string[]) => run(args, { cwd: dir, env: { NO_COLOR: '1' } });

describe('warnings and the exit code of a plain run', () => {
  it('shows a warning in the table and exits 0', async () => {
    const r = await runBin([flawed, '--date', '2023-09-20']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/\nChecks \(1 ok, 1 warning\)\n/);
    expect(r.stdout).toMatch(/! warning +weekday +"Tuesday, Sept\. 13, 2023": Sept\. 13, 2023 is a Wednesday, not a Tuesday/);
    expect(r.stdout).toMatch(/✓ ok +distance +Geneva–Zurich/);
  });

  it('puts the checks in the JSON and exits 0', async () => {
    const r = await runBin([flawed, '--date', '2023-09-20', '--json']);
    expect(r.code).toBe(0);
    const sheet = FactSheet.parse(JSON.parse(r.stdout));
    expect(sheet.checks.map((c) => [c.kind, c.status])).toEqual([['distance', 'ok'], ['weekday', 'warning']]);
  });

  it('exits 0 with jsonl too', async () => {
    const r = await runBin([flawed, '--date', '2023-09-20', '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(FactSheet.parse(JSON.parse(r.stdout)).checks.some((c) => c.status === 'warning')).toBe(true);
  });
});

describe('check and check --strict', () => {
  const expect_ = (name: string, facts: unknown) => write(name, JSON.stringify({ referenceDate: '2023-09-20', ...(facts as object) }));

  it.each<[string, string, unknown, string[], number, RegExp]>([
    ['plain check ignores an unlisted warning', 'flawed', {}, [], 0, /^PASS {2}flawed\.txt/],
    ['strict fails on an unlisted warning, with the check\'s own message', 'flawed', {}, ['--strict'], 1, /\+ unexpected {2}warning check weekday on "Tuesday, Sept\. 13, 2023"\n {4,}"Tuesday, Sept\. 13, 2023": Sept\. 13, 2023 is a Wednesday, not a Tuesday/],
    ['strict passes when the warning is listed', 'flawed', { checks: [{ kind: 'weekday', status: 'warning' }] }, ['--strict'], 0, /^PASS/],
    ['strict passes on an article with no warning', 'sound', {}, ['--strict'], 0, /^PASS/],
    ['a listed warning that is not there fails', 'sound', { checks: [{ kind: 'weekday', status: 'warning' }] }, [], 1, /~ different {3}warning check weekday\n +status: expected "warning", got "ok"/],
  ])('%s', async (_name, article, facts, flags, code, pattern) => {
    expect_(`${article}.facts.json`, facts);
    const r = await runBin(['check', ...flags, `${article}.txt`]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(pattern);
    expect(r.code).toBe(code);
  });

  it('the fixtures of fixtures/checks pass strict: each one lists the warning it was written to raise', async () => {
    const r = await runBin(['check', '--strict', path.join(root, 'fixtures', 'checks')]);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('FAIL');
    expect(r.stdout).toMatch(/check: 6 passed, 0 failed/);
    expect(r.code).toBe(0);
    for (const name of ['distance', 'age-birth-year', 'age-conflict', 'event-dates', 'weekday']) {
      const expected = JSON.parse(fs.readFileSync(path.join(root, 'fixtures', 'checks', `${name}.facts.json`), 'utf8')) as { checks: Array<{ kind: string; status: string }> };
      expect(expected.checks).toEqual([expect.objectContaining({ kind: name, status: 'warning' })]);
    }
  });

  it('check --update records the checks, and strict then passes', async () => {
    fs.rmSync(path.join(dir, 'flawed.facts.json'), { force: true });
    const update = await runBin(['check', '--update', '--date', '2023-09-20', 'flawed.txt']);
    expect(update.code).toBe(0);
    const written = JSON.parse(fs.readFileSync(path.join(dir, 'flawed.facts.json'), 'utf8')) as { checks: Array<{ status: string }> };
    expect(written.checks.map((c) => c.status)).toEqual(['ok', 'warning']);
    const strict = await runBin(['check', '--strict', 'flawed.txt']);
    expect(strict.stdout).toMatch(/^PASS/);
    expect(strict.code).toBe(0);
  });
});
