#!/usr/bin/env node
// Same sheets before and after a change: writes every corpus article's fact sheet (from the built library) to a
// folder, and compares two such folders. Used to show that a redesign changes no fact.
//
//   node scripts/same-sheets.mjs write DIR [--only KIND]   one JSON file per article (the built dist/ must be current)
//   node scripts/same-sheets.mjs compare DIR_A DIR_B       lists the articles whose sheets differ; exit 1 if any does
//   node scripts/same-sheets.mjs only                      every kind under `only: [KIND]` against a full run's list
//
// The articles: fixtures/*.txt and every article of ../shared/corpus (tbaq-cleaned, te3-platinum, meantime-en docs and
// docs_full), each with its gold file's creation date as the reference date.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus');

function articles() {
  const out = [];
  for (const sub of ['', 'checks']) {
    const dir = path.join(root, 'fixtures', sub);
    for (const f of fs.readdirSync(dir).sort()) {
      if (f.endsWith('.txt')) out.push({ id: path.posix.join('fixtures', sub, f), file: path.join(dir, f), date: fixtureDate(path.join(dir, f)) });
    }
  }
  const sets = [['tbaq-cleaned', 'docs'], ['te3-platinum', 'docs'], ['meantime-en', 'docs'], ['meantime-en', 'docs_full']];
  for (const [set, docs] of sets) {
    const dir = path.join(corpus, set, docs);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (!f.endsWith('.txt')) continue;
      const id = f.slice(0, -4);
      const gold = JSON.parse(fs.readFileSync(path.join(corpus, set, 'gold', `${id}.json`), 'utf8'));
      out.push({ id: `${set}/${docs}/${f}`, file: path.join(dir, f), date: gold.dct ?? null });
    }
  }
  return out;
}

function fixtureDate(file) {
  const expected = file.replace(/\.txt$/, '.facts.json');
  if (!fs.existsSync(expected)) return null;
  try {
    return JSON.parse(fs.readFileSync(expected, 'utf8').replace(/^\uFEFF/, '')).referenceDate ?? null;
  } catch {
    return null;
  }
}

async function library() {
  return import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'write') {
  const dir = rest[0];
  if (!dir) throw new Error('usage: same-sheets.mjs write DIR');
  const { extractFacts } = await library();
  fs.mkdirSync(dir, { recursive: true });
  let n = 0;
  for (const a of articles()) {
    const sheet = extractFacts(fs.readFileSync(a.file, 'utf8'), { referenceDate: a.date, path: a.id });
    fs.writeFileSync(path.join(dir, a.id.replaceAll('/', '__') + '.json'), JSON.stringify(sheet, null, 1) + '\n');
    n++;
  }
  console.log(`${n} sheets written to ${dir}`);
} else if (command === 'compare') {
  const [a, b] = rest;
  if (!a || !b) throw new Error('usage: same-sheets.mjs compare DIR_A DIR_B');
  const names = [...new Set([...fs.readdirSync(a), ...fs.readdirSync(b)])].sort();
  const differ = [];
  for (const name of names) {
    const pa = path.join(a, name);
    const pb = path.join(b, name);
    if (!fs.existsSync(pa) || !fs.existsSync(pb) || fs.readFileSync(pa, 'utf8') !== fs.readFileSync(pb, 'utf8')) differ.push(name);
  }
  for (const name of differ) console.log(`differs: ${name}`);
  console.log(`${names.length - differ.length} of ${names.length} sheets identical`);
  if (differ.length) process.exitCode = 1;
} else if (command === 'only') {
  const { extractFacts } = await library();
  const kinds = ['actors', 'locations', 'distances', 'dates', 'events'];
  let n = 0;
  const differ = [];
  for (const a of articles()) {
    const text = fs.readFileSync(a.file, 'utf8');
    const full = extractFacts(text, { referenceDate: a.date, path: a.id });
    for (const kind of kinds) {
      const part = extractFacts(text, { referenceDate: a.date, path: a.id, only: [kind] });
      if (JSON.stringify(part[kind]) !== JSON.stringify(full[kind])) differ.push(`${a.id} ${kind}`);
    }
    n++;
  }
  for (const d of differ) console.log(`--only differs: ${d}`);
  console.log(`${n} articles × ${kinds.length} kinds: ${differ.length} lists differ from a full run`);
  if (differ.length) process.exitCode = 1;
} else {
  console.error('usage: same-sheets.mjs write DIR | compare DIR_A DIR_B | only');
  process.exitCode = 2;
}
