/**
 * Stages as data: asking for some kinds of fact runs their stages and the stages those need, so every kind's list is
 * the same under `only` as in a full run; a failure's cost is read from the same graph; the name analysis is one
 * result that the stages after it read and never change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFacts, FACT_KINDS, type FactKind } from '../../src/index.js';
import { planFor, runStages, STAGES, type StageName } from '../../src/pipeline.js';
import { lost, plan, runPlan, type StageTable } from '../../src/pipeline/graph.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const corpus = path.resolve(root, '..', 'shared', 'corpus');

/** Every fixture, and every 16th article of two corpus sets (the corpus stands beside the repository, in CI too). */
function articles(): Array<{ id: string; text: string; date: string | null }> {
  const out: Array<{ id: string; text: string; date: string | null }> = [];
  for (const dir of ['fixtures', 'fixtures/checks']) {
    for (const f of fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.txt')).sort()) {
      const expected = path.join(root, dir, f.replace(/\.txt$/, '.facts.json'));
      const date = fs.existsSync(expected) ? (JSON.parse(fs.readFileSync(expected, 'utf8').replace(/^\uFEFF/, '')).referenceDate ?? null) : null;
      out.push({ id: `${dir}/${f}`, text: fs.readFileSync(path.join(root, dir, f), 'utf8'), date });
    }
  }
  for (const set of ['tbaq-cleaned', 'meantime-en']) {
    const docs = path.join(corpus, set, 'docs');
    const files = fs.readdirSync(docs).filter((f) => f.endsWith('.txt')).sort();
    for (const f of files.filter((_, i) => i % 16 === 0)) {
      const gold = JSON.parse(fs.readFileSync(path.join(corpus, set, 'gold', f.replace(/\.txt$/, '.json')), 'utf8'));
      out.push({ id: `${set}/${f}`, text: fs.readFileSync(path.join(docs, f), 'utf8'), date: gold.dct ?? null });
    }
  }
  return out;
}

describe('--only gives a full run’s list of each kind', () => {
  const all = articles();

  it('reads the fixtures and a sample of the corpus', () => {
    expect(all.filter((a) => a.id.startsWith('fixtures')).length).toBeGreaterThanOrEqual(8);
    expect(all.filter((a) => !a.id.startsWith('fixtures')).length).toBeGreaterThanOrEqual(20);
  });

  it.each(all.map((a) => [a.id, a] as const))('%s', (_, a) => {
    const full = extractFacts(a.text, { referenceDate: a.date });
    expect(full.actors.length + full.locations.length + full.dates.length).toBeGreaterThan(0);
    for (const kind of FACT_KINDS) {
      const part = extractFacts(a.text, { referenceDate: a.date, only: [kind] });
      expect(part[kind], kind).toEqual(full[kind]);
      for (const other of FACT_KINDS) if (other !== kind) expect(part[other], `${other} under --only ${kind}`).toEqual([]);
    }
  });

  it('a lone word of a person’s name is that person, whatever is asked for', () => {
    const text = 'Michael Jackson arrived on Monday. Jackson said the show would go on.';
    expect(extractFacts(text, { only: ['locations'] }).locations).toEqual([]);
    expect(extractFacts(text).actors.map((a) => [a.name, a.mentions.length])).toEqual([['Michael Jackson', 2]]);
  });
});

describe('the stage graph', () => {
  const order = (kinds: FactKind[]) => planFor(kinds);

  it.each<[FactKind[], StageName[]]>([
    [['locations'], ['parse', 'names', 'locations']],
    [['dates'], ['parse', 'dates', 'weekday-checks']],
    [['distances'], ['parse', 'names', 'locations', 'distances', 'distance-checks']],
    [['actors'], ['parse', 'names', 'actors', 'ages', 'roles', 'dates', 'age-checks']],
    [['events'], ['parse', 'names', 'actors', 'locations', 'dates', 'events', 'event-checks', 'weekday-checks']],
  ])('only %j runs %j', (kinds, expected) => {
    expect(order(kinds)).toEqual(expected);
  });

  it('every stage comes after the stages it needs', () => {
    const names = Object.keys(STAGES) as StageName[];
    for (const [i, name] of names.entries()) for (const need of STAGES[name].needs) expect(names.indexOf(need), `${name} needs ${need}`).toBeLessThan(i);
  });

  it.each<[StageName, FactKind[] | undefined, string]>([
    ['parse', undefined, 'all facts are missing'],
    ['distances', undefined, 'distances are missing, and distance checks may be incomplete'],
    ['dates', ['dates'], 'dates are missing, and weekday checks may be incomplete'],
    ['roles', undefined, 'roles are missing'],
    ['events', undefined, 'events are missing, and event-date checks may be incomplete'],
  ])('a failure of %s (only %j) costs: %s', (stage, kinds, expected) => {
    const planned = kinds ? order(kinds) : (Object.keys(STAGES) as StageName[]);
    expect(lost(STAGES, planned, stage)).toBe(expected);
  });

  interface Toy {
    a: number;
    b: number;
    c: number;
    d: number;
  }
  const toy: StageTable<Toy, null> = {
    a: { needs: [], gives: 'as', run: () => 1 },
    b: { needs: ['a'], gives: 'bs', run: (r) => r.a + 1 },
    c: { needs: ['b'], gives: 'cs', fallback: -1, run: (r) => r.b + 1 },
    d: { needs: ['a'], gives: 'ds', fallback: 0, run: (r) => r.a * 10 },
  };

  it('gives a stage the results it needs and no others; a failing need without a fallback skips the stages after it', () => {
    const seen: string[][] = [];
    const spy: StageTable<Toy, null> = { ...toy, c: { ...toy.c, run: (r) => (seen.push(Object.keys(r)), r.b + 1) } };
    expect(runPlan(spy, ['a', 'b', 'c', 'd'], null, () => {})).toEqual({ a: 1, b: 2, c: 3, d: 10 });
    expect(seen).toEqual([['b']]);
    const failed: string[] = [];
    const broken: StageTable<Toy, null> = { ...toy, a: { ...toy.a, run: () => { throw new Error('a broke'); } } };
    expect(runPlan(broken, ['a', 'b', 'c', 'd'], null, (name) => failed.push(name))).toEqual({ a: undefined, b: undefined, c: -1, d: 0 });
    expect(failed).toEqual(['a']);
  });

  it('plans only what is asked for and what it needs, in the table’s order', () => {
    expect(plan(toy, ['c'])).toEqual(['a', 'b', 'c']);
    expect(plan(toy, ['d', 'b'])).toEqual(['a', 'b', 'd']);
  });
});

describe('the name analysis', () => {
  it('is one result that the stages after it read and never change', () => {
    const text = 'Michael Jackson arrived in Jackson on Monday. Jackson, 64, the singer, said the Ford Motor Co. show would go on; Ford agreed.';
    let names: ReturnType<typeof STAGES.names.run> | undefined;
    let before = '';
    const stages = { ...STAGES, names: { ...STAGES.names, run: (...args: Parameters<typeof STAGES.names.run>) => {
      names = STAGES.names.run(...args);
      before = JSON.stringify(names.mentions.map(({ words: _w, title: _t, ...m }) => m));
      return names;
    } } };
    const sheet = runStages(text, {}, stages);
    expect(sheet.actors.length).toBeGreaterThan(1);
    expect(Object.isFrozen(names)).toBe(true);
    expect(Object.isFrozen(names!.mentions)).toBe(true);
    expect(names!.mentions.every((m) => Object.isFrozen(m))).toBe(true);
    expect(JSON.stringify(names!.mentions.map(({ words: _w, title: _t, ...m }) => m))).toBe(before);
  });
});
