/**
 * End-to-end: the BUILT bin (`npm test` builds first), spawned with a table of argument sets; stdout, stderr and the
 * exit code are recorded separately. The articles are written here, and no assertion depends on how many facts the
 * extractors find today.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { FACT_KINDS, FactSheet } from '../../src/schema.js';
import { bin, LARGE_ARTICLE_BUDGET_MS, root, runBin as run, type Result } from './run-bin.js';
import { extractFacts, WINDOW } from '../../src/pipeline.js';
import { renderers } from '../../src/render/index.js';

const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-facts-e2e-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
};

const ARTICLE = [
  'GENEVA, March 3, 2021',
  'Foreign Minister Maria Delgado, 54, arrived in Geneva on Monday for talks with Chancellor Otto Brandt.',
  'The two leaders met in Lausanne, about 60 kilometers (37 miles) from Geneva, on Tuesday afternoon.',
  'Brandt, 61, said the talks would continue on Friday. Delgado last visited Switzerland in May 2019.',
  '',
].join('\n');
const article = write('article.txt', ARTICLE);
const second = write('second.txt', 'Prime Minister Anna Berg visited Oslo on Wednesday. Oslo is 400 kilometers from Bergen.\n');
const crlf = write('crlf.txt', ARTICLE.replace(/\n/g, '\r\n'));
const bom = write('bom.txt', '\ufeff' + ARTICLE);
const empty = write('empty.txt', '');
const binary = write('binary.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
const latin1 = write('latin1.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' owner Jean Dupont opened in Paris on Monday.\n')]));
const hostile = write(
  'hostile.txt',
  'Minister Evil\u001b[2J\u001b]0;owned\u0007 Name met Vladimir\u202eniuP Putin in Mos\u009b2Jcow on Monday.\nKim\u001b[1A Jong-un, 39, arrived.\n',
);
const missing = path.join(dir, 'no-such-file.txt');
/** A folder of articles for folders, patterns and --jobs: nested, with a hidden file and a file of another kind. */
const PLACES = ['Oslo', 'Bergen', 'Lyon', 'Porto', 'Turin', 'Ghent', 'Graz', 'Brno'];
const batch = PLACES.map((place, i) =>
  write(`batch/${i < 5 ? '' : 'more/'}${String(i).padStart(2, '0')}-${place.toLowerCase()}.txt`, `Mayor Lena Holm, ${40 + i}, visited ${place} on Tuesday, ${i + 2} kilometers from the river.\n`),
);
write('batch/.hidden.txt', 'Mayor Hidden visited Nowhere.\n');
write('batch/notes.md', 'Not an article.\n');
const noText = path.dirname(write('no-text/notes.md', 'nothing to read\n'));

const runBin = (args: string[], options: { stdin?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): Promise<Result> =>
  run(args, { ...options, cwd: options.cwd ?? dir });

/** Exactly one line, prefixed, no stack trace. */
const oneErrorLine = (pattern: RegExp) => (stderr: string) => {
  expect(stderr).toMatch(/^summit-facts: [^\n]+\n$/);
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
};
const sheetOf = (stdout: string) => FactSheet.parse(JSON.parse(stdout));
const emptyKinds = { actors: [], locations: [], distances: [], dates: [], events: [] };
/** Our own SGR colours; anything else that starts with ESC would be article text reaching the terminal raw. */
const withoutOurColours = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

interface Case {
  name: string;
  args: string[];
  stdin?: string | Buffer;
  env?: Record<string, string>;
  code: number;
  stdout: (out: string) => void;
  stderr: (err: string) => void;
}

const none = (s: string) => expect(s).toBe('');

const cases: Case[] = [
  {
    name: '--help teaches options, examples with jq, and exit codes',
    args: ['--help'],
    code: 0,
    stdout: (out) => {
      for (const word of ['Usage: summit-facts', '--format', 'table', 'jsonl', '--json', '--date', '--only', '--no-color', '--max-size', 'check', 'schema', "jq '.actors[] | {name, age}'", 'Exit codes']) {
        expect(out).toContain(word);
      }
    },
    stderr: none,
  },
  { name: 'help check', args: ['help', 'check'], code: 0, stdout: (out) => expect(out).toMatch(/^Usage: summit-facts check/), stderr: none },
  { name: 'check --help', args: ['check', '--help'], code: 0, stdout: (out) => expect(out).toMatch(/--update[\s\S]*--strict/), stderr: none },
  { name: '--version prints package.json version', args: ['--version'], code: 0, stdout: (out) => expect(out).toBe(`${version}\n`), stderr: none },
  { name: '-V', args: ['-V'], code: 0, stdout: (out) => expect(out).toBe(`${version}\n`), stderr: none },
  {
    name: '--format json: one object for one article',
    args: [article, '--format', 'json', '--date', '2021-03-03'],
    code: 0,
    stdout: (out) => {
      const sheet = sheetOf(out);
      expect(sheet.source).toEqual({ path: article, characters: ARTICLE.length });
      expect(sheet.referenceDate).toBe('2021-03-03');
    },
    stderr: none,
  },
  { name: '--json is --format json', args: [article, '--json'], code: 0, stdout: (out) => expect(sheetOf(out).source.path).toBe(article), stderr: none },
  { name: '-f jsonl', args: ['-f', 'jsonl', article], code: 0, stdout: (out) => expect(out.trimEnd().split('\n')).toHaveLength(1), stderr: none },
  {
    name: 'json for several articles is an array, in order',
    args: [article, second, '--json', '--date', '2021-03-03'],
    code: 0,
    stdout: (out) => expect((JSON.parse(out) as FactSheet[]).map((s) => FactSheet.parse(s).source.path)).toEqual([article, second]),
    stderr: none,
  },
  {
    name: 'jsonl: one sheet per line',
    args: [article, second, '--format', 'jsonl', '--date', '2021-03-03'],
    code: 0,
    stdout: (out) => expect(out.trimEnd().split('\n').map((l) => FactSheet.parse(JSON.parse(l)).source.path)).toEqual([article, second]),
    stderr: none,
  },
  {
    name: 'table: a header and the sections, no colour on a pipe',
    args: [article, '-d', '2021-03-03'],
    code: 0,
    stdout: (out) => {
      expect(out).toMatch(/^.*article\.txt · \d+ characters · reference date 2021-03-03\n/);
      for (const section of ['Actors (', 'Locations (', 'Distances (', 'Dates (', 'Events (']) expect(out).toContain(section);
      expect(out).not.toContain('\u001b');
    },
    stderr: none,
  },
  {
    name: 'table for several articles shows each',
    args: [article, second, '--date', '2021-03-03'],
    code: 0,
    stdout: (out) => expect(out.match(/ · \d+ characters · /g)).toHaveLength(2),
    stderr: none,
  },
  { name: 'piped stdin with no file', args: ['--json'], stdin: ARTICLE, code: 0, stdout: (out) => expect(sheetOf(out).source).toEqual({ path: null, characters: ARTICLE.length }), stderr: none },
  { name: '"-" reads stdin', args: ['-', '--json'], stdin: 'Seoul.', code: 0, stdout: (out) => expect(sheetOf(out).source).toEqual({ path: null, characters: 6 }), stderr: none },
  {
    name: 'a file and "-" together',
    args: [article, '-', '--format', 'jsonl'],
    stdin: 'Seoul.',
    code: 0,
    stdout: (out) => expect(out.trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([article, null]),
    stderr: none,
  },
  {
    name: '"-" twice: stdin is read once',
    args: ['-', '-', '--format', 'jsonl'],
    stdin: 'Seoul.',
    code: 2,
    stdout: (out) => expect(out.trimEnd().split('\n')).toHaveLength(1),
    stderr: oneErrorLine(/<stdin>: already read/),
  },
  {
    name: '--only limits the kinds',
    args: [article, '--json', '--only', 'locations,distances'],
    code: 0,
    stdout: (out) => {
      const sheet = sheetOf(out);
      expect([sheet.actors, sheet.dates, sheet.events]).toEqual([[], [], []]);
    },
    stderr: none,
  },
  {
    name: '--only in the table shows only those sections',
    args: [article, '--only', 'actors'],
    code: 0,
    stdout: (out) => {
      expect(out).toContain('Actors (');
      expect(out).not.toMatch(/Locations|Distances|Dates|Events/);
    },
    stderr: none,
  },
  { name: '--only with an unknown kind', args: [article, '--only', 'actors,people'], code: 2, stdout: none, stderr: oneErrorLine(/--only.*unknown kind "people"/) },
  { name: 'a malformed date', args: [article, '--date', '12/09/2023'], code: 2, stdout: none, stderr: oneErrorLine(/--date.*12\/09\/2023.*YYYY-MM-DD/) },
  { name: 'an impossible date', args: [article, '--date', '2023-02-30'], code: 2, stdout: none, stderr: oneErrorLine(/2023-02-30 is not a date/) },
  { name: 'an unknown format', args: [article, '--format', 'xml'], code: 2, stdout: none, stderr: oneErrorLine(/Allowed choices are table, json, jsonl/) },
  { name: 'an unknown option', args: [article, '--colour'], code: 2, stdout: none, stderr: oneErrorLine(/unknown option '--colour'/) },
  { name: 'a missing file', args: [missing], code: 2, stdout: none, stderr: oneErrorLine(/no-such-file\.txt: no such file$/m) },
  {
    name: 'a missing file does not stop the others',
    args: [missing, article, '--json'],
    code: 2,
    stdout: (out) => expect((JSON.parse(out) as unknown[]).map((s) => FactSheet.parse(s).source.path)).toEqual([article]),
    stderr: oneErrorLine(/no such file/),
  },
  { name: 'a folder without text files', args: [noText], code: 2, stdout: none, stderr: oneErrorLine(/no-text: no text files \(\*\.txt, \*\.text\) in this folder$/m) },
  {
    name: 'a folder: its *.txt files, recursively, sorted by path, hidden files skipped',
    args: ['batch', '--format', 'jsonl', '--date', '2021-03-03'],
    code: 0,
    stdout: (out) => expect(out.trimEnd().split('\n').map((l) => FactSheet.parse(JSON.parse(l)).source.path)).toEqual(batch.map((p) => path.relative(dir, p))),
    stderr: none,
  },
  {
    name: 'a folder with one article is still an array in json',
    args: ['batch/more/', '--json', '--date', '2021-03-03', '--jobs', '1'],
    code: 0,
    stdout: (out) => expect((JSON.parse(out) as unknown[]).map((s) => FactSheet.parse(s).source.path)).toEqual(['batch/more/05-ghent.txt', 'batch/more/06-graz.txt', 'batch/more/07-brno.txt']),
    stderr: none,
  },
  {
    name: 'a quoted pattern expands in the CLI',
    args: ['batch/**/0[2-6]-*.txt', '--format', 'jsonl', '--date', '2021-03-03'],
    code: 0,
    stdout: (out) => expect(out.trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual(batch.slice(2, 7).map((p) => path.relative(dir, p))),
    stderr: none,
  },
  {
    name: 'a pattern that matches nothing: one line, exit 2, the other inputs still read',
    args: ['batch/*.pdf', article, '--format', 'jsonl'],
    code: 2,
    stdout: (out) => expect(out.trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([article]),
    stderr: oneErrorLine(/^summit-facts: batch\/\*\.pdf: no files match this pattern$/m),
  },
  { name: '--jobs 0', args: [article, '--jobs', '0'], code: 2, stdout: none, stderr: oneErrorLine(/--jobs.*whole number/) },
  {
    name: 'many articles into a pipe: no progress line on stderr (not a terminal)',
    args: ['batch', 'batch', 'batch', '--format', 'jsonl', '--date', '2021-03-03'],
    code: 0,
    stdout: (out) => expect(out.trimEnd().split('\n')).toHaveLength(3 * PLACES.length),
    stderr: none,
  },
  { name: 'a binary file', args: [binary], code: 2, stdout: none, stderr: oneErrorLine(/binary\.dat: not a text file \(it contains NUL bytes/) },
  {
    name: 'a file above --max-size',
    args: [article, '--max-size', '100'],
    code: 2,
    stdout: none,
    stderr: oneErrorLine(/article\.txt: too large \(\d+ bytes, the limit is 100 bytes\).*--max-size/),
  },
  { name: 'stdin above --max-size', args: ['--max-size', '1KB'], stdin: 'x'.repeat(2000), code: 2, stdout: none, stderr: oneErrorLine(/<stdin>: too large/) },
  { name: 'a malformed --max-size', args: [article, '--max-size', 'huge'], code: 2, stdout: none, stderr: oneErrorLine(/--max-size/) },
  {
    name: 'invalid UTF-8: replacement characters and a warning',
    args: [latin1, '--json'],
    code: 0,
    stdout: (out) => expect(sheetOf(out).source.characters).toBe('Caf\ufffd owner Jean Dupont opened in Paris on Monday.\n'.length),
    stderr: (err) => expect(err).toMatch(/^summit-facts: warning: .*latin1\.txt: not valid UTF-8; the invalid bytes were replaced with U\+FFFD\n/),
  },
  {
    name: 'an empty file is an empty fact sheet',
    args: [empty, '--json'],
    code: 0,
    stdout: (out) => expect(sheetOf(out)).toMatchObject({ source: { path: empty, characters: 0 }, ...emptyKinds }),
    stderr: none,
  },
  { name: 'empty stdin is an empty fact sheet', args: ['--json'], stdin: '', code: 0, stdout: (out) => expect(sheetOf(out)).toMatchObject(emptyKinds), stderr: none },
  { name: 'FORCE_COLOR=1 colours a pipe', args: [article], env: { FORCE_COLOR: '1' }, code: 0, stdout: (out) => expect(out).toContain('\u001b['), stderr: none },
  { name: '--no-color beats FORCE_COLOR', args: [article, '--no-color'], env: { FORCE_COLOR: '1' }, code: 0, stdout: (out) => expect(out).not.toContain('\u001b'), stderr: none },
  { name: 'NO_COLOR', args: [article], env: { NO_COLOR: '1' }, code: 0, stdout: (out) => expect(out).not.toContain('\u001b'), stderr: none },
  { name: 'FORCE_COLOR=0', args: [article], env: { FORCE_COLOR: '0' }, code: 0, stdout: (out) => expect(out).not.toContain('\u001b'), stderr: none },
  {
    name: 'escape sequences in the article never reach the table raw, even with colour',
    args: [hostile, '--date', '2023-09-12'],
    env: { FORCE_COLOR: '3' },
    code: 0,
    stdout: (out) => expect(withoutOurColours(out)).not.toMatch(RAW_CONTROL),
    stderr: none,
  },
  {
    name: 'escape sequences in the article never reach the table raw, without colour',
    args: [hostile, '--date', '2023-09-12'],
    code: 0,
    stdout: (out) => expect(out).not.toMatch(RAW_CONTROL),
    stderr: none,
  },
  {
    name: 'escape sequences in the article never reach JSON raw, and the JSON keeps them',
    args: [hostile, '--json', '--date', '2023-09-12'],
    code: 0,
    stdout: (out) => {
      expect(out.replace(/\n/g, '')).not.toMatch(RAW_CONTROL);
      expect(sheetOf(out).source.characters).toBe(fs.readFileSync(hostile, 'utf8').length);
    },
    stderr: none,
  },
  {
    name: 'schema prints the JSON Schema',
    args: ['schema'],
    code: 0,
    stdout: (out) => {
      const schema = JSON.parse(out);
      expect(schema.type).toBe('object');
      expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schemaVersion', 'source', 'referenceDate', 'actors', 'locations', 'distances', 'dates', 'events']));
    },
    stderr: none,
  },
  { name: 'check with no paths', args: ['check'], code: 2, stdout: none, stderr: oneErrorLine(/missing required argument 'paths'/) },
  { name: 'check on a missing path', args: ['check', missing], code: 2, stdout: none, stderr: oneErrorLine(/no such file or folder/) },
];

describe('summit-facts (built bin)', () => {
  it.concurrent.each(cases)('$name', async ({ args, stdin, env, code, stdout, stderr }) => {
    const result = await runBin(args, { stdin, env });
    stdout(result.stdout);
    stderr(result.stderr);
    expect(result.code, result.stderr).toBe(code);
  });
});

/** Every object with numeric start/end and a text in the sheet: spans, dates, distances, event dates. */
function spans(value: unknown, out: Array<{ start: number; end: number; text: string }> = []) {
  if (Array.isArray(value)) value.forEach((v) => spans(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') out.push(o as never);
    Object.values(o).forEach((v) => spans(v, out));
  }
  return out;
}

describe('offsets', () => {
  it.concurrent.each([
    ['LF input', article, ARTICLE],
    ['CRLF input', crlf, ARTICLE.replace(/\n/g, '\r\n')],
    ['input with a BOM (offsets count after it)', bom, ARTICLE],
    ['hostile input', hostile, fs.readFileSync(hostile, 'utf8')],
  ])('%s: input.slice(start, end) === text for every span', async (_name, file, input) => {
    const result = await runBin([file, '--json', '--date', '2021-03-03']);
    expect(result.code, result.stderr).toBe(0);
    const sheet = sheetOf(result.stdout);
    expect(sheet.source.characters).toBe(input.length);
    for (const s of spans(sheet)) expect({ ...s, text: input.slice(s.start, s.end) }).toEqual(s);
  });
});

describe('--jobs', () => {
  // missing, binary and invalid UTF-8 files among good ones: errors, warnings and output must not depend on the jobs
  const inputs = [batch[0]!, missing, article, binary, ...batch.slice(1, 4), latin1, empty, second, ...batch.slice(4)];
  it.each([['jsonl'], ['json'], ['table'], ['html']])('--jobs 2 gives the same stdout, stderr and exit code as --jobs 1 (%s)', async (format) => {
    const one = await runBin([...inputs, '--format', format, '--jobs', '1']);
    const two = await runBin([...inputs, '--format', format, '--jobs', '2']);
    expect(two).toEqual(one);
    expect(one.code).toBe(2);
    expect(one.stderr.match(/^summit-facts: (?!warning)/gm)).toHaveLength(2);
  });

  it('jsonl with workers: one line per readable article, in input order', async () => {
    const result = await runBin([...inputs, '--format', 'jsonl', '--jobs', '3']);
    const readable = inputs.filter((p) => p !== missing && p !== binary);
    expect(result.stdout.trimEnd().split('\n').map((l) => FactSheet.parse(JSON.parse(l)).source.path)).toEqual(readable);
  });

  it('stdin with workers', async () => {
    const result = await runBin([...batch.slice(0, 3), '-', ...batch.slice(3, 6), '--format', 'jsonl', '--jobs', '2'], { stdin: 'Seoul.' });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([...batch.slice(0, 3), null, ...batch.slice(3, 6)]);
  });
});

describe('check', () => {
  const folder = (name: string, files: Record<string, string>) => {
    for (const [file, content] of Object.entries(files)) write(path.join(name, file), content);
    return path.join(dir, name);
  };
  const readJson = (p: string) => JSON.parse(fs.readFileSync(p, 'utf8'));

  it('--update writes the expected files (pretty, full sheet, with the reference date), then check passes', async () => {
    const f = folder('update', { 'a.txt': ARTICLE, 'nested/b.txt': 'Seoul is 40 kilometers from Incheon.\n' });
    const update = await runBin(['check', '--update', '--date', '2021-03-03', f]);
    expect(update.stderr).toBe('');
    expect(update.code, update.stderr).toBe(0);
    expect(update.stdout).toMatch(/created +.*a\.facts\.json/);
    expect(update.stdout).toMatch(/created +.*nested\/b\.facts\.json/);
    const text = fs.readFileSync(path.join(f, 'a.facts.json'), 'utf8');
    expect(text).toMatch(/^\{\n {2}"schemaVersion": 1,\n/);
    expect(FactSheet.parse(JSON.parse(text)).referenceDate).toBe('2021-03-03');

    const check = await runBin(['check', f]);
    expect(check.stderr).toBe('');
    expect(check.stdout).toMatch(/PASS +.*a\.txt/);
    expect(check.stdout).toMatch(/PASS +.*nested\/b\.txt/);
    expect(check.stdout).toMatch(/2 passed, 0 failed/);
    expect(check.code, check.stderr).toBe(0);

    const again = await runBin(['check', '--update', f]);
    expect(again.stdout).toMatch(/unchanged +.*a\.facts\.json/);
    expect(readJson(path.join(f, 'a.facts.json')).referenceDate).toBe('2021-03-03');
  });

  it('without --date, check uses the referenceDate the expected file records', async () => {
    const f = folder('refdate', { 'a.txt': 'Seoul said so on Monday.\n', 'a.facts.json': '{"referenceDate": "2020-01-01"}' });
    const result = await runBin(['check', '--update', path.join(f, 'a.txt')]);
    expect(result.code, result.stderr).toBe(0);
    expect(readJson(path.join(f, 'a.facts.json')).referenceDate).toBe('2020-01-01');
  });

  it('names each missing or different fact and exits 1', async () => {
    const expected = { actors: [{ name: 'Nobody Atall', age: 101 }], locations: [{ name: 'Atlantis', kind: 'city' }], dates: [{ text: 'on the 31st of Never' }] };
    const f = folder('fail', { 'a.txt': ARTICLE, 'a.facts.json': JSON.stringify(expected) });
    const result = await runBin(['check', f]);
    expect(result.stderr).toBe('');
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/FAIL +.*a\.txt/);
    for (const label of ['missing     actor "Nobody Atall"', 'missing     location "Atlantis"', 'missing     date "on the 31st of Never"']) expect(result.stdout).toContain(label);
    expect(result.stdout).toMatch(/0 passed, 1 failed/);
  });

  it('--strict fails on facts the expected file does not list; without it they pass', async () => {
    const out = await runBin([article, '--json', '--date', '2021-03-03']);
    const sheet = sheetOf(out.stdout);
    const kind = (['actors', 'locations', 'distances', 'dates', 'events'] as const).find((k) => sheet[k].length > 0);
    expect(kind, 'the article should yield at least one fact of some kind').toBeDefined();
    const f = folder('strict', { 'a.txt': ARTICLE, 'a.facts.json': JSON.stringify({ referenceDate: '2021-03-03', [kind!]: [] }) });
    const loose = await runBin(['check', f]);
    expect(loose.code, loose.stdout + loose.stderr).toBe(0);
    const strict = await runBin(['check', '--strict', f]);
    expect(strict.code, strict.stdout + strict.stderr).toBe(1);
    expect(strict.stdout).toMatch(/\+ unexpected {2}\w+ /);
  });

  it('an article without an expected file fails and says how to create it', async () => {
    const f = folder('noexpected', { 'a.txt': ARTICLE });
    const result = await runBin(['check', f]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/FAIL +.*a\.txt.*a\.facts\.json does not exist.*check --update/);
  });

  it.concurrent.each([
    ['invalid JSON', '{', /a\.facts\.json: not valid JSON/],
    ['a typo in a kind', '{"actros": []}', /a\.facts\.json: not an expected-facts file: .*actros/],
    ['a wrong type', '{"actors": [{"age": "39"}]}', /a\.facts\.json: not an expected-facts file: actors\.0\.age/],
  ])('an expected file with %s is unreadable input: exit 2', async (name, content, pattern) => {
    const f = folder(`bad-${name.replace(/\W+/g, '-')}`, { 'a.txt': ARTICLE, 'a.facts.json': content });
    const result = await runBin(['check', f]);
    expect(result.code, result.stderr).toBe(2);
    oneErrorLine(pattern)(result.stderr);
  });

  it('a folder without articles is a usage error', async () => {
    const f = folder('noarticles', { 'notes.md': 'nothing' });
    const result = await runBin(['check', f]);
    expect(result.code, result.stderr).toBe(2);
    oneErrorLine(/no articles/)(result.stderr);
  });
});

describe('a large article (analysed in windows, json and jsonl written as the windows finish)', { timeout: LARGE_ARTICLE_BUDGET_MS }, () => {
  // just over one window: varied paragraphs, so that names, places and dates differ along the text
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.join('\n\n').length <= WINDOW + 5_000; i++) {
    const place = PLACES[i % PLACES.length]!;
    paragraphs.push(ARTICLE.replace('Geneva on Monday', `${place} on Monday`).replace('May 2019', `May ${1990 + (i % 30)}`));
  }
  const text = paragraphs.join('\n\n');
  const large = write('large.txt', text);
  const options = { referenceDate: '2021-03-03' };
  const render = { chalk: new Chalk({ level: 0 }), only: FACT_KINDS };
  // the large article's sheet, made once in this process for every test that compares with it (it takes a while)
  let largeSheet: FactSheet | null = null;
  const sheetOfLarge = () => (largeSheet ??= extractFacts(text, { ...options, path: large }));

  it('json: the same bytes as the whole sheet rendered at once, and no temporary file left behind', async () => {
    const tmp = fs.mkdtempSync(path.join(dir, 'tmp-'));
    const result = await runBin([large, '--format', 'json', '--date', '2021-03-03'], { env: { TMPDIR: tmp } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/a large input: analysed in 2 windows/);
    const sheet = sheetOfLarge();
    expect(sheet.dates.length).toBeGreaterThan(1_000);
    expect(result.stdout).toBe(renderers.json([sheet], { ...render, several: false }));
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('a large file is read as it is analysed, with the checks of a whole read: invalid UTF-8, NUL bytes', async () => {
    const tmp = fs.mkdtempSync(path.join(dir, 'tmp-'));
    const broken = write('large-latin1.txt', Buffer.concat([Buffer.from(text.slice(0, 100_000)), Buffer.from([0xe9]), Buffer.from(text.slice(100_000))]));
    const result = await runBin([broken, '--format', 'jsonl', '--date', '2021-03-03'], { env: { TMPDIR: tmp } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`${broken}: not valid UTF-8`);
    const decoded = new TextDecoder().decode(fs.readFileSync(broken));
    expect(decoded).toContain('\ufffd');
    expect(result.stdout).toBe(renderers.jsonl([extractFacts(decoded, { ...options, path: broken })], { ...render, several: false }));

    const binaryLarge = write('large-binary.txt', Buffer.concat([Buffer.from(text), Buffer.from([0]), Buffer.from('end')]));
    const bad = await runBin([binaryLarge, '--format', 'json'], { env: { TMPDIR: tmp } });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    oneErrorLine(/large-binary\.txt: not a text file/)(bad.stderr);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('temporary files that cannot be written: one clear line, exit code 2, no stack trace', async () => {
    const result = await runBin([large, '--format', 'jsonl'], { env: { TMPDIR: path.join(dir, 'no-such-folder') } });
    expect(result.stdout).toBe('');
    expect(result.code).toBe(2);
    oneErrorLine(/large\.txt: could not write temporary files in .*no-such-folder .*set TMPDIR/)(result.stderr.replace(/^summit-facts: warning:.*\n/gm, ''));
  });

  it('an interrupt (Ctrl-C) while a large article is analysed removes its temporary files, and ends the run', async () => {
    const tmp = fs.mkdtempSync(path.join(dir, 'tmp-'));
    const child = spawn(process.execPath, [bin, large, '--format', 'json'], { env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    // wait until the run has written temporary files
    const started = Date.now();
    let exited = false;
    void ended.then(() => (exited = true));
    while (fs.readdirSync(tmp).length === 0 && !exited && Date.now() - started < LARGE_ARTICLE_BUDGET_MS - 30_000) await new Promise((r) => setTimeout(r, 20));
    expect(fs.readdirSync(tmp)).not.toEqual([]);
    child.kill('SIGINT');
    const { signal } = await ended;
    expect(signal).toBe('SIGINT');
    expect(stdout).toBe('');
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('jsonl among small articles, in input order, with workers', async () => {
    const result = await runBin([article, large, second, '--format', 'jsonl', '--date', '2021-03-03', '--jobs', '2']);
    expect(result.code, result.stderr).toBe(0);
    const sheets = [article, large, second].map((file) => (file === large ? sheetOfLarge() : extractFacts(fs.readFileSync(file, 'utf8'), { ...options, path: file })));
    expect(result.stdout).toBe(renderers.jsonl(sheets, { ...render, several: true }));
  });
});
