/**
 * End-to-end, the built bin at the edges where it meets the operating system and its callers: dates out of range,
 * expected files with a BOM or an impossible date, closed or full output streams, devices and growing files, an
 * unusable TMPDIR, atomic updates of expected files. Each case is one clear line and the right exit code, never a
 * stack trace and never lost output.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FactSheet } from '../../src/schema.js';
import { bin, runBin as run, type Result } from './run-bin.js';

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

/** Run a shell line in the test folder, with the bin as $BIN; stdout, stderr and the exit code of the line. */
function shell(line: string, env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', line], { cwd: dir, env: { ...process.env, BIN: `${process.execPath} ${bin}`, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Articles for runs of many: each names its own place, so that every sheet differs. */
const many = (name: string, n: number) => {
  for (let i = 0; i < n; i++) write(`${name}/${String(i).padStart(3, '0')}.txt`, `Mayor Lena Holm, ${30 + (i % 50)}, visited Oslo on Tuesday with ${i} aides.\n`);
  return path.join(dir, name);
};

const hasFull = fs.existsSync('/dev/full');

describe('stdout and stderr: one output layer', () => {
  it('stderr without a reader costs nothing on stdout: every sheet is written, exit 2 for the missing file', async () => {
    const r = await shell(`( $BIN missing.txt article.txt ${many('ten', 10)} --format jsonl 2>&1 >stderr-gone.jsonl; echo $? > stderr-gone.code ) | true`);
    expect(r.stderr).toBe('');
    const lines = fs.readFileSync(path.join(dir, 'stderr-gone.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    for (const line of lines) FactSheet.parse(JSON.parse(line));
    expect(fs.readFileSync(path.join(dir, 'stderr-gone.code'), 'utf8').trim()).toBe('2');
  });

  it('stdout without a reader ends the run quietly, and soon', async () => {
    const folder = many('forty', 40);
    const r = await shell(`$BIN check --update ${folder} --date 2023-09-12 | head -n 1`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^created +.*000\.facts\.json\n$/);
    // the articles after the reader left were not worked on
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.facts.json')).length).toBeLessThan(20);
  });

  it.skipIf(!hasFull).each([['jsonl'], ['json'], ['table'], ['html']])('a full device on stdout (%s): one line, exit 2, no trace', async (format) => {
    const r = await shell(`$BIN article.txt --date 2023-09-12 --format ${format} > /dev/full`);
    expect(r.code).toBe(2);
    oneErrorLine(r.stderr, /^summit-facts: cannot write the output: no space left on device\n$/);
  });

  it.skipIf(!hasFull)('a full device on stdout stops the work: check --update writes no more files', async () => {
    const folder = many('full-check', 30);
    const r = await shell(`$BIN check --update ${folder} --date 2023-09-12 > /dev/full`);
    expect(r.code).toBe(2);
    oneErrorLine(r.stderr, /cannot write the output: no space left on device/);
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.facts.json')).length).toBeLessThan(15);
  });

  it.skipIf(!hasFull)('a full device on stderr: the warnings are dropped, stdout is whole, the exit code stands', async () => {
    const r = await shell('$BIN missing.txt article.txt --format jsonl 2>/dev/full');
    expect(r.code).toBe(2);
    expect(FactSheet.parse(JSON.parse(r.stdout)).source.path).toBe('article.txt');
  });
});

describe('inputs bounded while read', () => {
  it.each([['json'], ['jsonl'], ['table'], ['html']])('/dev/zero stops at --max-size (%s)', async (format) => {
    const r = await runBin(['/dev/zero', '--max-size', '1MB', '--format', format]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    oneErrorLine(r.stderr, /^summit-facts: \/dev\/zero: too large \(more than 1 MB, the limit is 1 MB\); raise it with --max-size/);
  });

  it('/dev/urandom too, with check', async () => {
    const r = await runBin(['check', '/dev/urandom', '--max-size', '64KB']);
    expect(r.code).toBe(2);
    oneErrorLine(r.stderr, /\/dev\/urandom: too large \(more than 64 KB, the limit is 64 KB\)/);
  });

  it('a FIFO fed without end stops at --max-size', async () => {
    const r = await shell(`mkfifo endless.txt && { yes 'Kim met Putin in Vladivostok on Tuesday.' > endless.txt 2>/dev/null & } && $BIN endless.txt --max-size 200KB --json; echo "exit $?"; rm -f endless.txt`);
    expect(r.stdout).toBe('exit 2\n');
    oneErrorLine(r.stderr, /endless\.txt: too large \(more than 200 KB, the limit is 200 KB\)/);
  });
});

describe('the environment is not a bug: exit 2, one line', () => {
  it('TMPDIR=/dev/null: a small article needs no temporary folder and just works', async () => {
    const r = await runBin([article, '--json', '--date', '2023-09-12'], { env: { TMPDIR: '/dev/null' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    FactSheet.parse(JSON.parse(r.stdout));
  });

  it('help for an unknown command says so in one line', async () => {
    const r = await runBin(['help', 'bogus']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    oneErrorLine(r.stderr, /^summit-facts: unknown command "bogus"; the commands are check, story, eval, schema \(see --help\)\n$/);
  });

  it('--jobs above the cores is capped, with a one-line note', async () => {
    const r = await runBin([article, '--jobs', '1000', '--json', '--date', '2023-09-12']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^summit-facts: warning: --jobs 1000 is more than the ${os.availableParallelism()} cores here; using ${os.availableParallelism()}\\n$`));
    FactSheet.parse(JSON.parse(r.stdout));
  });
});

describe('check reads a folder as extraction does', () => {
  it('a *.txt link in a folder is an article for check as for extraction', async () => {
    const folder = path.join(dir, 'links');
    write('links/real/a.txt', ARTICLE);
    fs.symlinkSync(path.join(folder, 'real', 'a.txt'), path.join(folder, 'b.txt'));
    const extraction = await runBin([folder, '--format', 'jsonl', '--date', '2023-09-12']);
    expect(extraction.stdout.trimEnd().split('\n')).toHaveLength(2);
    const r = await runBin(['check', '--update', folder, '--date', '2023-09-12']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/created +.*links\/b\.facts\.json/);
    expect(r.stdout).toMatch(/created +.*links\/real\/a\.facts\.json/);
  });
});

describe('check --update writes expected files whole or not at all', () => {
  const isRoot = process.getuid?.() === 0;
  /** A small disk of our own (a tmpfs), when the tests may mount one (as root); null otherwise. */
  const mounted: string[] = [];
  const smallDisk = (name: string): string | null => {
    if (!isRoot) return null;
    const point = path.join(dir, name);
    fs.mkdirSync(point);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', point], { stdio: 'ignore' });
    } catch {
      return null;
    }
    mounted.push(point);
    return point;
  };
  afterAll(() => {
    for (const point of mounted) execFileSync('umount', [point], { stdio: 'ignore' });
  });

  const CURATED = JSON.stringify({ referenceDate: '2023-09-12', locations: [{ name: 'Geneva' }] }, null, 2) + '\n';
  /** One article whose expected file cannot be written, then one elsewhere that can. */
  const arrange = (folder: string) => {
    fs.writeFileSync(path.join(folder, 'a.txt'), ARTICLE);
    fs.writeFileSync(path.join(folder, 'a.facts.json'), CURATED);
    const other = path.join(dir, `other-${path.basename(folder)}`);
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, 'b.txt'), ARTICLE);
    return other;
  };
  const assertOutcome = (r: Result, folder: string, other: string, reason: RegExp) => {
    expect(r.code).toBe(2);
    oneErrorLine(r.stderr, new RegExp(`a\\.facts\\.json: cannot write \\(${reason.source}\\); the old file is left as it was\\n$`));
    expect(fs.readFileSync(path.join(folder, 'a.facts.json'), 'utf8')).toBe(CURATED);
    expect(fs.readdirSync(folder).filter((f) => f.startsWith('.'))).toEqual([]);
    // the other article is still handled, and the summary comes last
    expect(fs.existsSync(path.join(other, 'b.facts.json'))).toBe(true);
    expect(r.stdout).toMatch(/created +.*b\.facts\.json\n\ncheck: 1 updated, 0 passed, 0 failed, 1 could not be checked\n$/);
  };

  it('a full disk (a tmpfs as root; a read-only folder otherwise): the old file stays whole', async () => {
    const disk = smallDisk('full-disk');
    const folder = disk ?? path.join(dir, 'read-only');
    if (!disk) fs.mkdirSync(folder);
    const other = arrange(folder);
    if (disk) {
      // fill the disk to its last byte
      try {
        fs.writeFileSync(path.join(disk, 'filler'), Buffer.alloc(1024 * 1024));
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
      }
    } else fs.chmodSync(folder, 0o555);
    const r = await runBin(['check', '--update', '--date', '2023-09-13', folder, other]);
    assertOutcome(r, folder, other, disk ? /no space left on device/ : /permission denied/);
  });

  it.skipIf(!isRoot)('a read-only file system: the old file stays whole', async () => {
    const disk = smallDisk('read-only-disk');
    if (!disk) return;
    const other = arrange(disk);
    execFileSync('mount', ['-o', 'remount,ro', disk], { stdio: 'ignore' });
    const r = await runBin(['check', '--update', '--date', '2023-09-13', disk, other]);
    assertOutcome(r, disk, other, /read-only file system/);
  });
});
