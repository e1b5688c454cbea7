/**
 * The browser tests without Chromium: skipped with one message on a developer's machine, an error where they are
 * required (CI). The decision as a table, then the real test file run with its Chromium pointed at a missing file.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { browserTests, DEFAULT_CHROMIUM } from './chromium.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-facts-chromium-'));
const missing = path.join(dir, 'no-such-chromium');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('browserTests', () => {
  const only = (file: string) => (f: string) => f === file;
  it.each<[string, NodeJS.ProcessEnv, (f: string) => boolean, string | RegExp]>([
    ['the default Chromium, present', {}, only(DEFAULT_CHROMIUM), `run ${DEFAULT_CHROMIUM}`],
    ['SUMMIT_FACTS_CHROMIUM, present', { SUMMIT_FACTS_CHROMIUM: '/opt/c/chrome' }, only('/opt/c/chrome'), 'run /opt/c/chrome'],
    ['SUMMIT_FACTS_CHROMIUM wins over the default', { SUMMIT_FACTS_CHROMIUM: '/opt/c/chrome' }, only(DEFAULT_CHROMIUM), /^skip: .*no Chromium at \/opt\/c\/chrome/],
    ['missing: skipped, saying how to run them', {}, () => false, /^skip: browser tests skipped: no Chromium at \/usr\/bin\/chromium; to run them, install .*SUMMIT_FACTS_CHROMIUM/],
    ['missing where required', { SUMMIT_FACTS_BROWSER_TESTS: 'required' }, () => false, /^error: no Chromium at \/usr\/bin\/chromium, and SUMMIT_FACTS_BROWSER_TESTS=required/],
    ['present where required', { SUMMIT_FACTS_BROWSER_TESTS: 'required' }, only(DEFAULT_CHROMIUM), `run ${DEFAULT_CHROMIUM}`],
    ['any other value does not require them', { SUMMIT_FACTS_BROWSER_TESTS: '1' }, () => false, /^skip: /],
  ])('%s', (_name, env, exists, expected) => {
    let outcome: string;
    try {
      const b = browserTests(env, exists);
      outcome = b.run ? `run ${b.chromium}` : `skip: ${b.message}`;
    } catch (e) {
      outcome = `error: ${(e as Error).message}`;
    }
    if (typeof expected === 'string') expect(outcome).toBe(expected);
    else expect(outcome).toMatch(expected);
  });
});

/** Run vitest on the browser test file; its JSON report in a file, the console as it was printed. */
function vitest(env: NodeJS.ProcessEnv, name: string): Promise<{ code: number | null; out: string; report: { numTotalTests: number; numPendingTests: number; numPassedTests: number } | null }> {
  const report = path.join(dir, `${name}.json`);
  const args = ['node_modules/vitest/vitest.mjs', 'run', 'test/browser/report.test.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const child = spawn(process.execPath, args, { cwd: root, env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, report: fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, 'utf8')) : null }));
  });
}

describe('the browser test file without Chromium', () => {
  const env = { ...process.env, SUMMIT_FACTS_CHROMIUM: missing };
  delete env.SUMMIT_FACTS_BROWSER_TESTS;

  it.concurrent('passes with every test skipped, and says so once, with how to run them', async () => {
    const { code, out, report } = await vitest(env, 'skipped');
    expect(code, out).toBe(0);
    expect(report!.numTotalTests).toBeGreaterThan(5);
    expect(report!.numPendingTests).toBe(report!.numTotalTests);
    expect(out.split(`browser tests skipped: no Chromium at ${missing}; to run them,`)).toHaveLength(2);
  });

  it.concurrent('fails where they are required, naming the missing Chromium', async () => {
    const { code, out, report } = await vitest({ ...env, SUMMIT_FACTS_BROWSER_TESTS: 'required' }, 'required');
    expect(code).toBe(1);
    expect(report?.numPassedTests ?? 0).toBe(0);
    expect(out).toContain(`no Chromium at ${missing}, and SUMMIT_FACTS_BROWSER_TESTS=required`);
  });
});
