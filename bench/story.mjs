#!/usr/bin/env node
/**
 * Stories at scale: a story of 1,000 articles (the corpus's articles repeated, as sheets) against extracting them.
 *   a. time: buildStory on the 1,000 sheets, against extractFacts on the same 1,000 articles (measured on one pass of
 *      the corpus and scaled by the number of articles: extraction is one article at a time). Target: at most 1.5×.
 *   b. memory: the peak memory of `summit-facts story facts.jsonl --json` on 250, 500 and 1,000 sheets: it grows with
 *      the sheets it holds and prints (linking compares within blocks of one name key, never all pairs).
 *   c. the CLI: `summit-facts story facts.jsonl --json` on the 1,000 sheets, wall time.
 *
 *   node bench/story.mjs [--corpus DIR] [--articles N] [--rounds N] [--json]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const opt = (k, d) => (argv.includes(`--${k}`) ? argv[argv.indexOf(`--${k}`) + 1] : d);
const corpus = path.resolve(root, opt('corpus', '../shared/corpus/tbaq-cleaned'));
const total = Number(opt('articles', 1000));
const rounds = Number(opt('rounds', 3));
const { extractFacts, buildStory } = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);

const docs = fs.existsSync(path.join(corpus, 'docs')) ? path.join(corpus, 'docs') : corpus;
const files = fs.readdirSync(docs).filter((f) => /\.(txt|text)$/.test(f)).sort().map((f) => path.join(docs, f));
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// warm up, then one pass over the corpus
for (const t of texts.slice(0, 5)) extractFacts(t);
const sheets = [];
const t0 = performance.now();
texts.forEach((t, i) => sheets.push(extractFacts(t, { path: path.relative(root, files[i]) })));
const extractMs = ((performance.now() - t0) / texts.length) * total;

// the sheets repeated to `total`, each a copy of its own (as read from a file)
const repeated = (n) => Array.from({ length: n }, (_, i) => JSON.parse(JSON.stringify(sheets[i % sheets.length])));
const many = repeated(total);
buildStory(many.slice(0, 100));
const storyTimes = [];
for (let r = 0; r < rounds; r++) {
  const s = performance.now();
  buildStory(many);
  storyTimes.push(performance.now() - s);
}
const storyMs = median(storyTimes);

// b and c: the CLI on 1/4, 1/2 and all of the sheets, its wall time and peak memory (/usr/bin/time's maximum RSS)
const memory = [];
let cliMs = 0;
for (const n of [total / 4, total / 2, total].map(Math.round)) {
  const lines = many.slice(0, n).map((s) => JSON.stringify(s)).join('\n') + '\n';
  const jsonl = path.join(os.tmpdir(), `summit-facts-bench-story-${process.pid}-${n}.jsonl`);
  fs.writeFileSync(jsonl, lines);
  const c0 = performance.now();
  const cli = spawnSync('/usr/bin/time', ['-f', 'summit-facts-bench-rss %M', process.execPath, path.join(root, 'bin', 'summit-facts.js'), 'story', '--json', jsonl], { maxBuffer: 2 ** 30, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - c0;
  fs.rmSync(jsonl, { force: true });
  if (cli.status !== 0) throw new Error(`story failed: ${cli.stderr}`);
  const rss = Number(/summit-facts-bench-rss (\d+)/.exec(cli.stderr)?.[1] ?? NaN) / 1024;
  memory.push({ articles: n, sheetsMB: Buffer.byteLength(lines) / 2 ** 20, peakRssMB: rss });
  if (n === total) cliMs = ms;
}

const result = {
  articles: total,
  corpusArticles: texts.length,
  extractMs: Math.round(extractMs),
  storyMs: Math.round(storyMs),
  ratio: storyMs / extractMs,
  target: 1.5,
  memory,
  cliStoryMs: Math.round(cliMs),
};
if (argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
else {
  const mb = (x) => x.toFixed(1);
  console.log(`a. ${total} articles (${texts.length} repeated): extracting them ${(extractMs / 1000).toFixed(1)} s, the story of their sheets ${(storyMs / 1000).toFixed(2)} s: ${result.ratio.toFixed(3)}× (target at most 1.5×)`);
  console.log(`b. summit-facts story --json, peak memory: ${memory.map((m) => `${m.articles} sheets (${mb(m.sheetsMB)} MB of JSON Lines) ${mb(m.peakRssMB)} MB`).join('; ')}`);
  console.log(`c. summit-facts story on the ${total} sheets (.jsonl), --json: ${(cliMs / 1000).toFixed(1)} s wall`);
}
