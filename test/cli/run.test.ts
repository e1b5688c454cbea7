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
