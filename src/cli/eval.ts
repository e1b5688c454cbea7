/**
 * `summit-facts eval <gold folder>`: run the library on every article a gold folder describes and print the scores
 * (src/eval/metrics.ts). Loaded lazily by the program, so it costs nothing to the other commands.
 *
 * A gold folder is either a corpus (`<dir>/gold/*.json` with the articles in `<dir>/docs/<id>.txt`) or a folder of
 * mission gold files whose `doc` names the article relative to the enclosing `corpus` folder.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { scoreCorpus, type Case, type Gold, type Note, type Prf, type Scores } from '../eval/metrics.js';
import { analyse } from './analyse.js';
import { readFileInput } from './input/input.js';
import { DEFAULT_MAX_SIZE } from './options.js';

export interface EvalOptions {
  verbose?: boolean;
  json?: boolean;
  /** only the first n articles */
  limit?: number;
  /** the corpus subfolder holding the articles (default `docs`) */
  docs?: string;
}

export interface EvalIo {
  writeOut(text: string): void;
}

export type EvalResult = { ok: true; report: string; failed: number } | { ok: false; message: string };

interface Loaded {
  id: string;
  gold: Gold;
  doc: string;
}

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(() => true, () => false);
}

/** The `corpus` folder above a mission gold folder (its `doc` paths are relative to it). */
function corpusRootAbove(dir: string): string | null {
  for (let d = dir; d !== path.dirname(d); d = path.dirname(d)) if (path.basename(d) === 'corpus') return d;
  return null;
}

async function loadGold(folder: string, docsName: string): Promise<Loaded[]> {
  const dir = path.resolve(folder);
  const goldDir = (await exists(path.join(dir, 'gold'))) ? path.join(dir, 'gold') : dir;
  const names = (await fs.readdir(goldDir)).filter((f) => f.endsWith('.json')).sort();
  if (names.length === 0) throw new Error(`${folder}: no gold files (*.json) found`);
  const out: Loaded[] = [];
  for (const name of names) {
    const gold = JSON.parse(await fs.readFile(path.join(goldDir, name), 'utf8')) as Gold;
    let doc: string;
    if (typeof gold.doc === 'string') {
      const root = corpusRootAbove(goldDir);
      if (!root) throw new Error(`${name}: its article ${gold.doc} is relative to a "corpus" folder, and none encloses ${goldDir}`);
      doc = path.resolve(root, gold.doc);
    } else {
      doc = path.join(path.dirname(goldDir), docsName, `${gold.id}.txt`);
    }
    out.push({ id: String(gold.id ?? name.replace(/\.json$/, '')), gold, doc });
  }
  return out;
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const row = (name: string, m: Prf): string =>
  `  ${name.padEnd(14)} P ${pct(m.p)}  R ${pct(m.r)}  F1 ${pct(m.f1)}   (${m.tp} right, ${m.pred} predicted, ${m.gold} gold)`;

/** The scores as text: one block per kind of gold, then a one-line summary with three decimals. */
function renderScores(scores: Scores, header: string, failures: readonly string[], notes: readonly Note[]): string {
  const lines = [header];
  for (const f of failures.slice(0, 10)) lines.push(`  failed ${f}`);
  const { timex, mentions, mission } = scores;
  if (timex) {
    lines.push(
      `timex (TempEval-3 Task A, ${timex.gold} gold, ${timex.pred} predicted)`,
      `  strict   P ${pct(timex.strictP)}  R ${pct(timex.strictR)}  F1 ${pct(timex.strictF1)}`,
      `  relaxed  P ${pct(timex.relaxedP)}  R ${pct(timex.relaxedR)}  F1 ${pct(timex.relaxedF1)}`,
      `  value F1 ${pct(timex.valueF1)}   type F1 ${pct(timex.typeF1)}   value accuracy ${pct(timex.valueAccuracy)}`,
    );
  }
  if (mentions) {
    lines.push('named mentions (overlap match)', row('person', mentions.person), row('location', mentions.location), row('organization', mentions.organization));
  }
  if (mission) {
    lines.push('facts');
    for (const k of ['persons', 'ages', 'roles', 'locations', 'organizations', 'distances', 'events'] as const) lines.push(row(k, mission[k]));
    const e = mission.distanceEndpoints;
    const p = mission.eventParticipants;
    const k = mission.locationKinds;
    lines.push(
      `  distance endpoints right: ${pct(e.accuracy)} (${e.right} of ${e.of})`,
      `  event participants found (of matched events): ${pct(p.recall)} (${p.right} of ${p.of})`,
      `  location kinds right (of matched places): ${pct(k.accuracy)} (${k.right} of ${k.of})`,
    );
  }
  if (notes.length) lines.push('misses and false hits:', ...notes.map((n) => `  ${n.kind.padEnd(9)} ${n.doc}: ${n.what}`));
  const summary = [
    timex && `valueF1 ${timex.valueF1.toFixed(3)} relaxedF1 ${timex.relaxedF1.toFixed(3)}`,
    mentions && `PER ${mentions.person.f1.toFixed(3)} LOC ${mentions.location.f1.toFixed(3)}`,
    mission &&
      `persons ${mission.persons.f1.toFixed(3)} ages ${mission.ages.f1.toFixed(3)} roles ${mission.roles.f1.toFixed(3)} ` +
        `locations ${mission.locations.f1.toFixed(3)} distances ${mission.distances.f1.toFixed(3)} events ${mission.events.f1.toFixed(3)}`,
  ].filter(Boolean);
  lines.push(`${failures.length ? `FAILED ${failures.length}` : 'OK'}: ${summary.join(' | ')}`);
  return lines.join('\n') + '\n';
}

/** Load the gold, run every article in-process with the gold's article date, score, and render. */
export async function runEval(folder: string, options: EvalOptions = {}): Promise<EvalResult> {
  let loaded: Loaded[];
  try {
    loaded = await loadGold(folder, options.docs ?? 'docs');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? `${folder}: no such gold folder` : (error as Error).message };
  }
  if (options.limit !== undefined) loaded = loaded.slice(0, options.limit);
  const started = performance.now();
  const cases: Case[] = [];
  const failures: string[] = [];
  for (const item of loaded) {
    const input = await readFileInput(item.doc, DEFAULT_MAX_SIZE);
    if (!input.ok) {
      failures.push(`${item.id}: ${input.message}`);
      cases.push({ id: item.id, gold: item.gold, sheet: null });
      continue;
    }
    const result = analyse(input.text, { referenceDate: typeof item.gold.dct === 'string' ? item.gold.dct : null, path: item.doc });
    if (!result.ok) failures.push(`${item.id}: ${result.message}`);
    cases.push({ id: item.id, gold: item.gold, sheet: result.ok ? result.sheet : null, text: input.text });
  }
  const seconds = (performance.now() - started) / 1000;
  const notes: Note[] | undefined = options.verbose ? [] : undefined;
  const scores = scoreCorpus(cases, notes);
  const report = options.json
    ? JSON.stringify({ ...scores, failed: failures.length, seconds, ...(notes ? { notes } : {}) }, null, 2) + '\n'
    : renderScores(scores, `${cases.length} articles from ${folder}, ${failures.length} failed, ${seconds.toFixed(1)} s`, failures, notes ?? []);
  return { ok: true, report, failed: failures.length };
}
