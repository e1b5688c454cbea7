/** The CLI in-process, with a swapped-in library call: the internal-error paths the built bin cannot reach. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { Extract } from '../../src/cli/analyse.js';
import { extractFacts } from '../../src/index.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-facts-run-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
};
const good = file('good.txt', 'Kim Jong-un met Vladimir Putin in Vladivostok.');
const other = file('other.txt', 'Seoul said so.');

async function runWith(argv: string[], extract?: Extract, stdinIsTTY = false) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    stdin: Object.assign(Readable.from([]), { isTTY: stdinIsTTY }),
    env: {},
    extract,
  });
  return { code, stdout, stderr };
}

const broken: Record<string, Extract> = {
  'a sheet that fails its own schema': (text, options) => ({ ...extractFacts(text, options), schemaVersion: 2 }),
  'an extractor that throws': () => {
    throw new Error('boom\n    at somewhere (file.js:1:1)');
  },
};

describe('internal errors', () => {
  it.each(Object.entries(broken))('%s: exit 3, one line on stderr, nothing on stdout', async (_name, extract) => {
    const { code, stdout, stderr } = await runWith([good, '--json'], extract);
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^summit-facts: .*good\.txt: internal error.*bug in summit-facts.*\n$/);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('one broken article does not stop the others', async () => {
    const extract: Extract = (text, options) => (options.path === good ? { broken: true } : extractFacts(text, options));
    const { code, stdout } = await runWith([good, other, '--format', 'jsonl'], extract);
    expect(code).toBe(3);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).source.path).toBe(other);
  });

  it('an internal error in check mode is exit 3', async () => {
    const { code } = await runWith(['check', '--update', good], broken['an extractor that throws']);
    expect(code).toBe(3);
    expect(fs.existsSync(path.join(dir, 'good.facts.json'))).toBe(false);
  });

  it('the real library gives exit 0', async () => {
    const { code, stdout } = await runWith([good, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).source.path).toBe(good);
  });
});

describe('no input', () => {
  it('no file and stdin a terminal: a usage error, not a wait for typing', async () => {
    const { code, stdout, stderr } = await runWith([], undefined, true);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^summit-facts: no input: name an article file, or pipe one on stdin \(see --help\)\n$/);
  });

  it('"-" with stdin a terminal still reads it (the user asked for it)', async () => {
    const { code } = await runWith(['-', '--json'], undefined, true);
    expect(code).toBe(0);
  });
});

describe('streaming and order (in-process, --jobs 1)', () => {
  it('jsonl: each line is written before the next article is even started', async () => {
    const files = ['s1.txt', 's2.txt', 's3.txt'].map((name, i) => file(name, `Seoul said so ${i}.`));
    const events: string[] = [];
    const extract: Extract = (text, options) => {
      events.push(`extract ${path.basename(options.path!)}`);
      return extractFacts(text, options);
    };
    let stdout = '';
    const code = await run([...files, '--format', 'jsonl', '--jobs', '1'], {
      stdout: { write: (t: string) => ((stdout += t), events.push(`write ${path.basename(JSON.parse(t).source.path)}`)) },
      stderr: { write: () => true },
      stdin: Object.assign(Readable.from([]), { isTTY: false }),
      env: {},
      extract,
    });
    expect(code).toBe(0);
    expect(events).toEqual(['extract s1.txt', 'write s1.txt', 'extract s2.txt', 'write s2.txt', 'extract s3.txt', 'write s3.txt']);
    expect(stdout.trimEnd().split('\n')).toHaveLength(3);
  });

  it('when stdout is closed (a reader such as head went away), the articles not yet started are dropped', async () => {
    const files = Array.from({ length: 40 }, (_, i) => file(`closed-${String(i).padStart(2, '0')}.txt`, `Seoul said so ${i}.`));
    const closed = new AbortController();
    let extracted = 0;
    const extract: Extract = (text, options) => (extracted++, extractFacts(text, options));
    const code = await run([...files, '--format', 'jsonl'], {
      stdout: { write: () => closed.abort() },
      stderr: { write: () => true },
      stdin: Object.assign(Readable.from([]), { isTTY: false }),
      env: {},
      extract,
      stdoutClosed: closed.signal,
    });
    expect(code).toBe(0);
    expect(extracted).toBeGreaterThan(0);
    expect(extracted).toBeLessThan(files.length);
  });

  it('errors and output keep the input order on their streams; a pattern matching nothing is one line, exit 2', async () => {
    const { code, stdout, stderr } = await runWith([good, path.join(dir, 'nothing-*.txt'), other, '--format', 'jsonl']);
    expect(code).toBe(2);
    expect(stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([good, other]);
    expect(stderr).toBe(`summit-facts: ${path.join(dir, 'nothing-*.txt')}: no files match this pattern\n`);
  });

  it.each([['0'], ['two'], ['-1'], ['1.5']])('--jobs %s is a usage error', async (value) => {
    const { code, stdout, stderr } = await runWith([good, '--jobs', value]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^summit-facts: .*--jobs.*whole number.*\n$/);
  });
});

describe('progress line', () => {
  async function runOnTerminal(argv: string[], env: Record<string, string> = {}) {
    let stdout = '';
    let stderr = '';
    const code = await run(argv, {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t), isTTY: true, columns: 100 },
      stdin: Object.assign(Readable.from([]), { isTTY: false }),
      env,
    });
    return { code, stdout, stderr };
  }
  const many = Array.from({ length: 20 }, (_, i) => file(`many-${String(i).padStart(2, '0')}.txt`, `Kim said so on day ${i}.`));

  it('20 articles with stderr a terminal: a progress line on stderr, cleared at the end, nothing of it on stdout', async () => {
    const { code, stdout, stderr } = await runOnTerminal([...many, '--format', 'jsonl', '--date', '2020-01-01']);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(20);
    expect(stdout).not.toMatch(/articles|\r/);
    expect(stderr).toContain('20/20 articles');
    expect(stderr.endsWith('\r\u001b[2K')).toBe(true);
  });

  it('FORCE_COLOR colours the bar; NO_COLOR and --no-color do not', async () => {
    expect((await runOnTerminal([...many, '-f', 'jsonl', '-d', '2020-01-01'], { FORCE_COLOR: '1' })).stderr).toContain('\u001b[36m');
    expect((await runOnTerminal([...many, '-f', 'jsonl', '-d', '2020-01-01'], { FORCE_COLOR: '1', NO_COLOR: '1' })).stderr).toContain('\u001b[36m');
    expect((await runOnTerminal([...many, '-f', 'jsonl', '-d', '2020-01-01', '--no-color'], { FORCE_COLOR: '1' })).stderr).not.toContain('\u001b[36m');
    expect((await runOnTerminal([...many, '-f', 'jsonl', '-d', '2020-01-01'], { NO_COLOR: '1' })).stderr).not.toContain('\u001b[36m');
  });

  it('an error line takes the progress line away first, so the two never share a line', async () => {
    const { code, stderr } = await runOnTerminal([...many, path.join(dir, 'gone.txt'), '-f', 'jsonl', '-d', '2020-01-01']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/\r\u001b\[2Ksummit-facts: .*gone\.txt: no such file\n/);
  });

  it('--no-progress, or fewer than 20 small articles: no progress line', async () => {
    expect((await runOnTerminal([...many, '-f', 'jsonl', '-d', '2020-01-01', '--no-progress'])).stderr).toBe('');
    expect((await runOnTerminal([...many.slice(0, 19), '-f', 'jsonl', '-d', '2020-01-01'])).stderr).toBe('');
  });
});
