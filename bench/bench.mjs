#!/usr/bin/env node
/**
 * Speed figures, each beside the floor it is measured against, in one run (`npm run bench` builds first):
 *   a. warm extraction: the library's extractFacts on every article, in-process, against compromise's own parse with
 *      offsets of the same texts (nlp(text).json({ offset: true }) per article);
 *   b. cold start: the CLI on the seed article, spawned N times (median wall time), against a fresh node that loads
 *      compromise and parses the seed once, spawned the same way;
 *   c. parallel throughput: the CLI with --jobs 2 against --jobs 1 on the corpus files.
 *
 *   node bench/bench.mjs [--corpus DIR] [--rounds N] [--spawns N] [--job-rounds N] [--parts abc] [--json]
 *
 * The machine may be shared. The two sides of each comparison are interleaved (article by article for a, spawn by
 * spawn for b, run by run for c) so that load from elsewhere falls on both, medians are reported, and beside each
 * spawned run's wall time its CPU time (all threads, from the process itself) is given: CPU time is what the work
 * costs, wall time what it costs on this machine now. For c, the bench first measures how much of two cores two busy
 * threads actually get here: --jobs 2 cannot do better than that.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = parseArgs(process.argv.slice(2));
const corpus = path.resolve(root, args.corpus ?? '../shared/corpus/tbaq-cleaned');
const rounds = Number(args.rounds ?? 5);
const spawns = Number(args.spawns ?? 15);
const jobRounds = Number(args['job-rounds'] ?? 3);
const parts = args.parts ?? 'abc';
const bin = path.join(root, 'bin', 'summit-facts.js');
const seed = path.join(root, 'fixtures', 'kim-putin-summit.txt');
const cpuProbe = fileURLToPath(new URL('./cpu-at-exit.cjs', import.meta.url));
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
  // the same compromise the library resolves (its ESM entry), so that both sides run the same code
  const { default: nlp } = await import('compromise');
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const extract = (t) => extractFacts(t);
  const parse = (t) => nlp(t).json({ offset: true });
  // warm-up: one pass of each, so that both are compiled and the gazetteer is open
  for (const t of texts) {
    extract(t);
    parse(t);
  }
  const perRound = [];
  for (let r = 0; r < rounds; r++) {
    let a = 0;
    let b = 0;
    texts.forEach((t, i) => {
      // alternate which side goes first, so that neither always inherits the other's garbage
      const first = (r + i) % 2 === 0;
      const t0 = performance.now();
      if (first) extract(t);
      else parse(t);
      const t1 = performance.now();
      if (first) parse(t);
      else extract(t);
      const t2 = performance.now();
      if (first) [a, b] = [a + t1 - t0, b + t2 - t1];
      else [a, b] = [a + t2 - t1, b + t1 - t0];
    });
    perRound.push({ extract: a, parse: b });
  }
  return {
    articles: texts.length,
    characters: chars,
    rounds,
    extractMs: median(perRound.map((x) => x.extract)),
    parseMs: median(perRound.map((x) => x.parse)),
    ratio: median(perRound.map((x) => x.extract / x.parse)),
  };
}

/** Spawn node with these arguments; wall time from here, CPU time (user + system, every thread) from the child. */
function spawnTime(argv, env = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', cpuProbe, ...argv], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  const t1 = process.hrtime.bigint();
  const stderr = r.stderr ?? '';
  const cpu = /\nsummit-facts-bench-cpu (\d+(?:\.\d+)?)\n/.exec(stderr);
  return { ms: Number(t1 - t0) / 1e6, cpuMs: cpu ? Number(cpu[1]) : NaN, status: r.status, stderr: stderr.replace(/\nsummit-facts-bench-cpu .*\n/, ''), stdout: r.stdout ?? '' };
}

/**
 * The floor for a cold start: a fresh node that loads compromise, parses the seed with offsets and prints the JSON.
 * compromise loads in three ways, at different costs: its package entry as ESM (several hundred small modules), its
 * own one-file ESM build, and its one-file CommonJS build. The CLI is one file with compromise inside, so its
 * like-for-like floor is a one-file build; the ratio is taken against the fastest of the three.
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
  const cli = ['--format', 'json', '--date', '2023-09-12'];
  const sides = {
    cli: [bin, ...cli, seed],
    'cli --only dates': [bin, ...cli, '--only', 'dates', seed],
    'cli without its code cache': [bin, ...cli, seed],
    ...BASELINES,
  };
  const env = (k) => (k === 'cli without its code cache' ? { SUMMIT_FACTS_NO_CODE_CACHE: '1' } : {});
  const names = Object.keys(sides);
  const wall = Object.fromEntries(names.map((k) => [k, []]));
  const cpu = Object.fromEntries(names.map((k) => [k, []]));
  // one unmeasured spawn of each warms the file cache
  for (const [k, argv] of Object.entries(sides)) {
    const r = spawnTime(argv, env(k));
    if (r.status !== 0) throw new Error(`${k} failed (exit ${r.status}): ${r.stderr.trim().split('\n')[0]}`);
  }
  for (let i = 0; i < spawns; i++) {
    for (const k of i % 2 ? [...names].reverse() : names) {
      const r = spawnTime(sides[k], env(k));
      wall[k].push(r.ms);
      cpu[k].push(r.cpuMs);
    }
  }
  const med = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, median(v)]));
  return { spawns, wall: med(wall), cpu: med(cpu) };
}

/**
 * How much two threads gain here over one, on a fixed piece of work (string building and hashing, about 0.3 s alone):
 * 2 × (one thread's time) / (the time of two at once). About 2 on an idle 2-core machine; less when other work shares
 * the cores. --jobs 2 cannot gain more than that.
 */
async function parallelism() {
  const code = `
    const { parentPort } = require('node:worker_threads');
    parentPort.on('message', (n) => {
      const t = performance.now();
      const seen = new Map();
      let h = 0;
      for (let i = 0; i < n; i++) {
        const key = 'k' + ((i * 2654435761) % 50000);
        h = (h * 31 + key.length + (seen.get(key) ?? 0)) | 0;
        seen.set(key, h & 1023);
      }
      parentPort.postMessage(performance.now() - t);
    });`;
  const workers = [new Worker(code, { eval: true }), new Worker(code, { eval: true })];
  const run = (w, n) => new Promise((resolve) => { w.once('message', resolve); w.postMessage(n); });
  await Promise.all(workers.map((w) => run(w, 200_000))); // warm-up
  let n = 1_000_000;
  let alone = await run(workers[0], n);
  n = Math.max(1, Math.round((n * 300) / alone));
  alone = await run(workers[0], n);
  const start = performance.now();
  await Promise.all(workers.map((w) => run(w, n)));
  const both = performance.now() - start;
  await Promise.all(workers.map((w) => w.terminate()));
  return (2 * alone) / both;
}

/**
 * The floor's own gain from a second core, measured the way --jobs is: compromise alone parsing every file (with
 * offsets) in one fresh process, against two fresh processes at once, each parsing half of them. A fresh process
 * pays for loading compromise and for V8's warm-up (its optimizing compiler runs on a thread of its own, which a
 * lone process has a second core for): what two cores give compromise itself on this corpus.
 */
function compromiseScaling(files) {
  const code = `
    const fs = require('node:fs');
    const nlp = require('compromise');
    const [k, n] = process.argv.slice(1, 3).map(Number);
    const files = process.argv.slice(3).filter((_, i) => i % n === k);
    for (const f of files) JSON.stringify(nlp(fs.readFileSync(f, 'utf8')).json({ offset: true }));
  `;
  const run = (k, n) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['-e', code, String(k), String(n), ...files], { cwd: root, stdio: 'ignore' });
      child.on('error', reject);
      child.on('exit', (status) => (status === 0 ? resolve() : reject(new Error(`compromise alone failed (exit ${status})`))));
    });
  const timed = async (f) => {
    const t = performance.now();
    await f();
    return performance.now() - t;
  };
  return { run, timed };
}

/** c. Throughput of --jobs 2 against --jobs 1 on the corpus files, or unsupported when the CLI has no --jobs. */
async function jobs(files) {
  const probe = spawnTime([bin, '--format', 'jsonl', '--jobs', '1', seed]);
  if (probe.status !== 0) return { supported: false, reason: probe.stderr.trim().split('\n')[0] };
  const cores = await parallelism();
  const wall = { 1: [], 2: [] };
  const cpu = { 1: [], 2: [] };
  const floor = { 1: [], 2: [] };
  const sheets = {};
  const { run, timed } = compromiseScaling(files);
  for (let r = 0; r < jobRounds; r++) {
    floor[1].push(await timed(() => run(0, 1)));
    floor[2].push(await timed(() => Promise.all([run(0, 2), run(1, 2)])));
    for (const n of r % 2 ? [2, 1] : [1, 2]) {
      const res = spawnTime([bin, '--format', 'jsonl', '--jobs', String(n), ...files]);
      if (res.status !== 0 && res.status !== 1) throw new Error(`--jobs ${n} failed (exit ${res.status}): ${res.stderr.trim().split('\n')[0]}`);
      wall[n].push(res.ms);
      cpu[n].push(res.cpuMs);
      sheets[n] = res.stdout.split('\n').filter(Boolean).length;
    }
  }
  const t1 = median(wall[1]);
  const t2 = median(wall[2]);
  const compromise = { oneMs: median(floor[1]), twoMs: median(floor[2]) };
  compromise.speedup = compromise.oneMs / compromise.twoMs;
  return { supported: true, articles: files.length, sheets, rounds: jobRounds, cores, compromise, jobs1Ms: t1, jobs2Ms: t2, jobs1CpuMs: median(cpu[1]), jobs2CpuMs: median(cpu[2]), speedup: t1 / t2 };
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
  const floors = Object.keys(BASELINES).map((k) => [k, b.wall[k]]);
  const [fastest, floor] = floors.reduce((x, y) => (y[1] < x[1] ? y : x));
  log('');
  log(`b. cold start on the seed (median of ${b.spawns} spawns each, interleaved; node's own start-up included)`);
  log(`   cli = node bin/summit-facts.js --format json --date 2023-09-12 fixtures/kim-putin-summit.txt`);
  log(`   ${''.padEnd(40)}  ${'wall'.padStart(8)}  ${'CPU'.padStart(8)}`);
  for (const k of Object.keys(b.wall)) {
    const vs = k.startsWith('cli') ? '' : `cli is ${ratio(b.wall.cli, b.wall[k])} this (CPU ${ratio(b.cpu.cli, b.cpu[k])})`;
    log(`   ${k.padEnd(40)}  ${ms(b.wall[k]).padStart(8)}  ${ms(b.cpu[k]).padStart(8)}   ${vs}`);
  }
  log(`   ratio, cli / fastest floor (${fastest}): ${ratio(b.wall.cli, floor)}   (target <= ${TARGETS.b}×)`);
  b.floor = fastest;
  b.ratio = b.wall.cli / floor;
}

if (parts.includes('c')) {
  const c = await jobs(files);
  result.c = c;
  log('');
  if (!c.supported) log(`c. --jobs 2 against --jobs 1: n/a (--jobs not supported)`);
  else {
    log(`c. --jobs 2 against --jobs 1 (median of ${c.rounds} runs each; ${c.articles} articles, jsonl)`);
    log(`   two threads do ${c.cores.toFixed(2)}× the work of one here now (a fixed task, timed alone and two at once): about the most --jobs 2 can gain`);
    log(`   --jobs 1   ${ms(c.jobs1Ms).padStart(10)} wall  ${ms(c.jobs1CpuMs).padStart(10)} CPU   ${(c.articles / (c.jobs1Ms / 1000)).toFixed(1)} articles/s`);
    log(`   --jobs 2   ${ms(c.jobs2Ms).padStart(10)} wall  ${ms(c.jobs2CpuMs).padStart(10)} CPU   ${(c.articles / (c.jobs2Ms / 1000)).toFixed(1)} articles/s`);
    log(`   throughput ratio ${ratio(c.speedup, 1)}   (target >= ${TARGETS.c}×)`);
    log(`   the floor, compromise alone (a fresh node parsing every article, against two parsing half each at once):`);
    log(`     one process ${ms(c.compromise.oneMs).padStart(10)}, two at once ${ms(c.compromise.twoMs).padStart(10)}: ${ratio(c.compromise.speedup, 1)}`);
  }
}

if (args.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
