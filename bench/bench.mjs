#!/usr/bin/env node
/**
 * Speed figures, each beside the floor it is measured against, in one run:
 *   a. warm extraction: the library's extractFacts on every article, in-process, against compromise's own parse with
 *      offsets of the same texts (nlp(text).json({ offset: true }) per article);
 *   b. cold start: the CLI on the seed article, spawned N times (median wall time), against a fresh node that loads
 *      compromise and parses the seed once, spawned the same way;
 *   c. parallel throughput: the CLI with --jobs 2 against --jobs 1 on the corpus files.
 *
 *   node bench/bench.mjs [--corpus DIR] [--rounds N] [--spawns N] [--job-rounds N] [--parts abc] [--json]
 *
 * The machine may be shared: the two sides of each comparison are interleaved (article by article for a, spawn by
 * spawn for b, run by run for c) so that load from elsewhere falls on both, and medians are reported.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = parseArgs(process.argv.slice(2));
const corpus = path.resolve(root, args.corpus ?? '../shared/corpus/tbaq-cleaned');
const rounds = Number(args.rounds ?? 5);
const spawns = Number(args.spawns ?? 15);
const jobRounds = Number(args['job-rounds'] ?? 2);
const parts = args.parts ?? 'abc';
const bin = path.join(root, 'bin', 'summit-facts.js');
const seed = path.join(root, 'fixtures', 'kim-putin-summit.txt');
const TARGETS = { a: 1.5, b: 1.2, c: 1.8 };

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const key = a.slice(2);
    if (key === 'json') out.json = true;
    else out[key] = argv[++i];
  }
  return out;
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const ratio = (x, y) => `${(x / y).toFixed(2)}×`;
const log = (line) => void (args.json ? process.stderr : process.stdout).write(line + '\n');

function corpusFiles() {
  const docs = fs.existsSync(path.join(corpus, 'docs')) ? path.join(corpus, 'docs') : corpus;
  const files = fs.readdirSync(docs).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(docs, f));
  if (files.length === 0) throw new Error(`no .txt articles in ${docs}`);
  return files;
}

/** a. Warm, in-process: extractFacts against nlp(text).json({ offset: true }), article by article. */
async function warm(files) {
  const { extractFacts } = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);
  // the same compromise the library resolves (ESM entry), so that both sides run the same code
  const { default: nlp } = await import('compromise');
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const extract = (t) => extractFacts(t);
  const parse = (t) => nlp(t).json({ offset: true });
  // warm-up: one pass of each, so that both are compiled and the gazetteer is built
  for (const t of texts) { extract(t); parse(t); }
  const perRound = [];
  for (let r = 0; r < rounds; r++) {
    let a = 0;
    let b = 0;
    for (const t of texts) {
      // alternate which side goes first, so neither always inherits the other's garbage
      const first = (r + a) % 2 === 0;
      const t0 = performance.now();
      if (first) extract(t); else parse(t);
      const t1 = performance.now();
      if (first) parse(t); else extract(t);
      const t2 = performance.now();
      if (first) { a += t1 - t0; b += t2 - t1; } else { b += t1 - t0; a += t2 - t1; }
    }
    perRound.push({ extract: a, parse: b });
  }
  const e = median(perRound.map((x) => x.extract));
  const p = median(perRound.map((x) => x.parse));
  const rr = median(perRound.map((x) => x.extract / x.parse));
  return { articles: texts.length, characters: chars, rounds, extractMs: e, parseMs: p, ratio: rr };
}

function spawnTime(argv, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  const t1 = process.hrtime.bigint();
  return { ms: Number(t1 - t0) / 1e6, status: r.status, stderr: r.stderr ?? '', stdout: r.stdout ?? '' };
}

/**
 * The floor for a cold start: a fresh node that loads compromise, parses the seed with offsets and prints the JSON.
 * compromise loads in three ways, at different costs: its package entry as ESM (several hundred small modules), its
 * own one-file ESM build, and its one-file CommonJS build. The CLI is ESM, bundled into one file with compromise
 * inside, so its like-for-like floor is the one-file ESM build; the ratio is taken against the fastest of the three.
 */
const parseSeed = (nlp) => `process.stdout.write(JSON.stringify(${nlp}(fs.readFileSync(${JSON.stringify(seed)}, 'utf8')).json({ offset: true })));`;
const BASELINES = {
  'compromise, ESM package entry': ['--input-type=module', '-e', `import nlp from 'compromise'; import fs from 'node:fs'; ${parseSeed('nlp')}`],
  'compromise, one-file ESM build': [
    '--input-type=module',
    '-e',
    `import nlp from ${JSON.stringify(pathToFileURL(path.join(root, 'node_modules/compromise/builds/three/compromise-three.mjs')).href)}; import fs from 'node:fs'; ${parseSeed('nlp')}`,
  ],
  'compromise, one-file CommonJS build': ['-e', `const nlp = require('compromise'); const fs = require('node:fs'); ${parseSeed('nlp')}`],
};

/** b. Cold start, spawned: the CLI on the seed against a node that only loads compromise and parses the seed. */
function cold() {
  const cli = ['--format', 'json', '--date', '2023-09-12', seed];
  const sides = {
    cli: [bin, ...cli],
    'cli --only dates': [bin, ...cli.slice(0, -1), '--only', 'dates', seed],
    ...BASELINES,
  };
  const times = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
  // one unmeasured spawn of each warms the file cache
  for (const [k, argv] of Object.entries(sides)) {
    const r = spawnTime(argv);
    if (r.status !== 0) throw new Error(`${k} failed (exit ${r.status}): ${r.stderr.trim().split('\n')[0]}`);
  }
  for (let i = 0; i < spawns; i++) for (const [k, argv] of Object.entries(sides)) times[k].push(spawnTime(argv).ms);
  return { spawns, medians: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) };
}

/** c. Throughput of --jobs 2 against --jobs 1 on the corpus files, or null when the CLI has no --jobs. */
function jobs(files) {
  const probe = spawnTime([bin, '--format', 'jsonl', '--jobs', '1', seed]);
  if (probe.status !== 0) return { supported: false, reason: probe.stderr.trim().split('\n')[0] };
  const times = { 1: [], 2: [] };
  let lines = {};
  for (let r = 0; r < jobRounds; r++) {
    for (const n of r % 2 ? [2, 1] : [1, 2]) {
      const res = spawnTime([bin, '--format', 'jsonl', '--jobs', String(n), ...files]);
      if (res.status !== 0 && res.status !== 1) throw new Error(`--jobs ${n} failed (exit ${res.status}): ${res.stderr.trim().split('\n')[0]}`);
      times[n].push(res.ms);
      lines[n] = res.stdout.split('\n').filter(Boolean).length;
    }
  }
  const t1 = median(times[1]);
  const t2 = median(times[2]);
  return { supported: true, articles: files.length, sheets: lines, rounds: jobRounds, jobs1Ms: t1, jobs2Ms: t2, speedup: t1 / t2 };
}

const files = corpusFiles();
const result = { node: process.version, corpus: path.relative(root, corpus), articles: files.length };
log(`summit-facts bench: node ${process.version}, ${files.length} articles from ${path.relative(root, corpus)}`);

if (parts.includes('a')) {
  const a = await warm(files);
  result.a = a;
  log('');
  log(`a. warm extraction, in-process (median of ${a.rounds} rounds; ${a.articles} articles, ${a.characters} characters)`);
  log(`   extractFacts, every article                    ${ms(a.extractMs).padStart(10)}   ${ms(a.extractMs / a.articles).padStart(9)}/article`);
  log(`   compromise nlp(text).json({ offset: true })    ${ms(a.parseMs).padStart(10)}   ${ms(a.parseMs / a.articles).padStart(9)}/article`);
  log(`   ratio                                          ${ratio(a.ratio, 1).padStart(10)}   (target <= ${TARGETS.a}×)`);
}

if (parts.includes('b')) {
  const b = cold();
  result.b = b;
  const m = b.medians;
  const floors = Object.keys(BASELINES).map((k) => [k, m[k]]);
  const [fastest, floor] = floors.reduce((x, y) => (y[1] < x[1] ? y : x));
  log('');
  log(`b. cold start on the seed (median of ${b.spawns} spawns each, interleaved; wall time, node's own start-up included)`);
  log(`   node bin/summit-facts.js --format json --date 2023-09-12 fixtures/kim-putin-summit.txt`);
  for (const [k, v] of Object.entries(m)) log(`   ${k.padEnd(40)}  ${ms(v).padStart(8)}   ${k.startsWith('cli') ? '' : `cli is ${ratio(m.cli, v)} this`}`);
  log(`   ratio: cli / fastest floor (${fastest})  ${ratio(m.cli, floor)}   (target <= ${TARGETS.b}×)`);
  result.b.ratio = m.cli / floor;
  result.b.floor = fastest;
}

if (parts.includes('c')) {
  const c = jobs(files);
  result.c = c;
  log('');
  if (!c.supported) log(`c. --jobs 2 against --jobs 1: n/a (--jobs not supported)`);
  else {
    log(`c. --jobs 2 against --jobs 1 (median of ${c.rounds} runs each; ${c.articles} articles, jsonl)`);
    log(`   --jobs 1   ${ms(c.jobs1Ms).padStart(10)}   ${(c.articles / (c.jobs1Ms / 1000)).toFixed(1)} articles/s`);
    log(`   --jobs 2   ${ms(c.jobs2Ms).padStart(10)}   ${(c.articles / (c.jobs2Ms / 1000)).toFixed(1)} articles/s`);
    log(`   throughput ratio ${ratio(c.speedup, 1)}   (target >= ${TARGETS.c}×)`);
  }
}

if (args.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
