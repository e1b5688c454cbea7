/**
 * End-to-end, the built bin: help a user can paste from, and the options users expect of a command-line tool
 * (--color=when, -q/--quiet, -o/--output, --verbose), and warnings about many articles that say what happened first.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FactSheet } from '../../src/schema.js';
import { runBin as run } from './run-bin.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-facts-conventions-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string) => {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
};
const runBin = (args: string[], env: Record<string, string> = {}) => run(args, { cwd: dir, env });

/** The arguments a shell gives summit-facts in a line, with each command replaced by a function that records them. */
function shellArguments(line: string): string[][] {
  // one file per command: the commands of a pipeline run at once, and their records must not interleave
  const calls = fs.mkdtempSync(path.join(dir, 'calls-'));
  const record = (name: string) => `${name}() { printf '%s\\0' "$@" >> "$CALLS/${name}"; printf '\\n' >> "$CALLS/${name}"; }`;
  const script = [record('summit-facts'), record('jq'), record('cat'), line].join('\n');
  const out = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', CALLS: calls } });
  expect(out.status, `${line}\n${out.stderr}`).toBe(0);
  const file = path.join(calls, 'summit-facts');
  const recorded = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  return recorded.split('\n').filter(Boolean).map((call) => call.split('\0').filter(Boolean));
}

describe('help', () => {
  const pages: Array<[string, string[]]> = [
    ['summit-facts --help', ['--help']],
    ['summit-facts help check', ['help', 'check']],
    ['summit-facts help schema', ['help', 'schema']],
    ['summit-facts help eval', ['help', 'eval']],
    ['summit-facts help story', ['help', 'story']],
  ];
  it.concurrent.each(pages)('%s: lines of at most 80 columns, and examples that can be pasted as they are', async (_name, args) => {
    const r = await runBin(args);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const wide = r.stdout.split('\n').filter((l) => [...l].length > 80);
    expect(wide).toEqual([]);
    const examples = r.stdout.split('\nExamples:\n')[1]?.split('\n\n')[0]?.split('\n').map((l) => l.trim());
    expect(examples?.length, 'an Examples section').toBeGreaterThan(1);
    for (const line of examples!) {
      if (line.startsWith('#')) continue;
      expect(line).toMatch(/^(summit-facts|cat) /);
      const ours = shellArguments(line);
      expect(ours, line).toHaveLength(1);
      // every argument is an option, a subcommand, or a value of the kind options and files take: never prose
      for (const arg of ours[0]!) {
        expect(arg, `${line}: ${arg}`).toMatch(/^(?:-{1,2}[a-z-]+|check|schema|story|eval|html|jsonl|json|[\w.*/-]*[./*,\d][\w.*/,-]*)$/);
      }
    }
  });
});

describe('options users expect', () => {
  const article = write('a.txt', 'Mayor Lena Holm, 44, visited Oslo on Tuesday.\n');
  const other = write('b.txt', 'Mayor Otto Berg, 51, visited Bergen on Friday.\n');
  const more = ['c', 'd', 'e'].map((n) => write(`${n}.txt`, `Mayor Ann Lund visited Lyon on Monday (${n}).\n`));

  it.concurrent('--color=always colours a pipe, whatever NO_COLOR says; --color=never and --no-color do not', async () => {
    const always = await runBin([article, '--color=always'], { NO_COLOR: '1' });
    expect(always.code).toBe(0);
    expect(always.stdout).toMatch(/\u001b\[1m/);
    const spaced = await runBin([article, '--color', 'always']);
    expect(spaced.stdout).toBe(always.stdout);
    for (const flag of ['--color=never', '--no-color']) {
      const never = await runBin([article, flag], { FORCE_COLOR: '1' });
      expect(never.stdout, flag).not.toContain('\u001b');
    }
    const auto = await runBin([article, '--color=auto']);
    expect(auto.stdout).not.toContain('\u001b');
  });

  it.concurrent('--color with another value is a usage error', async () => {
    const r = await runBin([article, '--color=sometimes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^summit-facts: .*--color.*sometimes.*auto, always, never/);
  });

  it.concurrent('-q/--quiet drops the warnings, not the errors', async () => {
    const loud = await runBin([article, 'missing.txt']);
    expect(loud.stderr).toMatch(/warning: .*relative dates/);
    for (const flag of ['-q', '--quiet']) {
      const quiet = await runBin([article, 'missing.txt', flag]);
      expect(quiet.code).toBe(2);
      expect(quiet.stdout).toBe(loud.stdout);
      expect(quiet.stderr).toBe('summit-facts: missing.txt: no such file\n');
    }
  });

  it.concurrent('-o/--output writes the output to a file, nothing on stdout; a folder is refused', async () => {
    const r = await runBin([article, '--json', '-o', 'out/a.json', '--date', '2023-09-12'].map((a) => (a === 'out/a.json' ? path.join(dir, 'a.json') : a)));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(FactSheet.parse(JSON.parse(fs.readFileSync(path.join(dir, 'a.json'), 'utf8'))).referenceDate).toBe('2023-09-12');
    const long = await runBin([article, '--output', 'a.jsonl', '-f', 'jsonl', '--date', '2023-09-12']);
    expect(long.stdout).toBe('');
    expect(fs.readFileSync(path.join(dir, 'a.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(1);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const folder = await runBin([article, '-o', dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/^summit-facts: --output .*: a folder, not a file\n$/);
  });

  it.concurrent('a warning about many articles says what happened, then how many and which; --verbose names them all', async () => {
    const files = [article, other, ...more].map((f) => path.basename(f));
    const r = await runBin([...files, '-f', 'jsonl', '--jobs', '1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'summit-facts: warning: relative dates were left unresolved: pass --date YYYY-MM-DD (the publication date) to resolve them ' +
        '(in 5 articles: a.txt, b.txt, c.txt and 2 more; --verbose names them all)\n',
    );
    const verbose = await runBin([...files, '-f', 'jsonl', '--jobs', '1', '--verbose']);
    expect(verbose.stderr).toMatch(/\(in 5 articles: a\.txt, b\.txt, c\.txt, d\.txt, e\.txt\)\n$/);
    // each sheet of the JSON output names its own warnings
    for (const line of r.stdout.trimEnd().split('\n')) expect(FactSheet.parse(JSON.parse(line)).warnings[0]).toMatch(/^relative dates/);
  });
});
