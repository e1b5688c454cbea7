/**
 * A stage that throws costs its own facts and those built on them, with a warning in the sheet; every other kind is
 * still reported. The failing stages are real stage functions substituted into the stage table, and the last test
 * runs the built bin with a stage made to fail before it starts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runStages, STAGES, type StageName, type Stages } from '../../src/pipeline.js';
import type { FactSheet } from '../../src/schema.js';
import { expectValidSheet } from './helpers.js';

const ARTICLE = [
  'GENEVA, March 3, 2021',
  'Foreign Minister Maria Delgado, 54, arrived in Geneva on Monday for talks with Chancellor Otto Brandt.',
  'The two leaders met in Lausanne, about 60 kilometers (37 miles) from Geneva, on Tuesday afternoon.',
  'Brandt, 61, said the talks would continue on Friday. Delgado last visited Switzerland in May 2019.',
  '',
].join('\n');
const options = { referenceDate: '2021-03-05' };

function failing(stage: StageName, error: unknown = new Error(`${stage} broke`)): Stages {
  return { ...STAGES, [stage]: { ...STAGES[stage], run: () => { throw error; } } };
}

const normal = runStages(ARTICLE, options, STAGES);
const persons = (s: FactSheet) => s.actors.filter((a) => a.kind === 'person');

describe('a failing stage', () => {
  it('the article has every kind of fact when nothing fails', () => {
    expect(persons(normal).length).toBeGreaterThan(1);
    expect(persons(normal).some((a) => a.age !== null && a.roles.length > 0)).toBe(true);
    expect(normal.locations.length).toBeGreaterThan(1);
    expect(normal.distances.length).toBeGreaterThan(0);
    expect(normal.distances[0]!.to).not.toBeNull();
    expect(normal.dates.length).toBeGreaterThan(2);
    expect(normal.events.some((e) => e.participants.length > 0)).toBe(true);
    expect(normal.checks.length).toBeGreaterThan(0);
    expect(normal.warnings).toEqual([]);
  });

  // what each failure leaves of the facts, beside the warning
  const cases: Array<[StageName, (s: FactSheet) => void]> = [
    ['parse', (s) => expect([s.actors, s.locations, s.distances, s.dates, s.events].every((l) => l.length === 0)).toBe(true)],
    ['names', (s) => {
      expect(s.actors).toEqual([]);
      expect(s.locations).toEqual([]);
      expect(s.distances.map((d) => d.text)).toEqual(normal.distances.map((d) => d.text));
      expect(s.dates).toEqual(normal.dates);
      expect(s.events.map((e) => e.participants)).toEqual(normal.events.map(() => []));
    }],
    ['actors', (s) => {
      expect(s.actors).toEqual([]);
      expect(s.locations).toEqual(normal.locations);
      expect(s.dates).toEqual(normal.dates);
      expect(s.events.flatMap((e) => e.participants)).not.toContain('Maria Delgado');
    }],
    ['ages', (s) => {
      expect(s.actors.map((a) => a.name)).toEqual(normal.actors.map((a) => a.name));
      expect(s.actors.every((a) => a.age === null)).toBe(true);
      expect(s.actors.map((a) => a.roles)).toEqual(normal.actors.map((a) => a.roles));
    }],
    ['roles', (s) => {
      expect(s.actors.every((a) => a.roles.length === 0)).toBe(true);
      expect(s.actors.map((a) => a.age)).toEqual(normal.actors.map((a) => a.age));
    }],
    ['locations', (s) => {
      expect(s.locations).toEqual([]);
      expect(s.actors).toEqual(normal.actors);
      expect(s.distances.map((d) => d.text)).toEqual(normal.distances.map((d) => d.text));
      expect(s.events.flatMap((e) => e.participants)).not.toContain('Switzerland');
    }],
    ['distances', (s) => {
      expect(s.distances).toEqual([]);
      expect(s.dates).toEqual(normal.dates);
      expect(s.events).toEqual(normal.events);
    }],
    ['dates', (s) => {
      expect(s.dates).toEqual([]);
      expect(s.events).toEqual([]);
      expect(s.actors).toEqual(normal.actors);
      expect(s.distances).toEqual(normal.distances);
    }],
    ['events', (s) => {
      expect(s.events).toEqual([]);
      expect(s.dates).toEqual(normal.dates);
      expect(s.actors).toEqual(normal.actors);
    }],
    ['age-checks', (s) => {
      expect(s.checks.filter((c) => c.kind.startsWith('age-'))).toEqual([]);
      expect(s.checks).toEqual(normal.checks.filter((c) => !c.kind.startsWith('age-')));
      expect(s.actors).toEqual(normal.actors);
    }],
    ['distance-checks', (s) => {
      expect(s.checks).toEqual(normal.checks.filter((c) => c.kind !== 'distance'));
      expect(s.distances).toEqual(normal.distances);
    }],
    ['weekday-checks', (s) => {
      expect(s.checks).toEqual(normal.checks.filter((c) => c.kind !== 'weekday'));
      expect(s.dates).toEqual(normal.dates);
    }],
  ];

  it.each(cases)('%s: a warning, and the facts that do not depend on it', (stage, check) => {
    const sheet = runStages(ARTICLE, options, failing(stage));
    expectValidSheet(sheet, ARTICLE);
    expect(sheet.warnings).toEqual([expect.stringMatching(new RegExp(`^internal error in the ${stage} stage \\(${stage} broke\\): .+; a bug in summit-facts, please report it$`))]);
    check(sheet);
  });

  it('a thrown value that is not an Error, with a long multi-line message, gives one short line', () => {
    const sheet = runStages(ARTICLE, options, failing('events', `bad\n\n${'x'.repeat(5_000)}`));
    expect(sheet.warnings).toHaveLength(1);
    expect(sheet.warnings[0]).not.toMatch(/\n/);
    expect(sheet.warnings[0]!.length).toBeLessThan(400);
  });

  it('in a windowed input, counts the windows it failed in', () => {
    const input = Array.from({ length: 4 }, () => ARTICLE).join('\n');
    const sheet = runStages(input, options, failing('roles'), ARTICLE.length + 5);
    expectValidSheet(sheet, input);
    expect(sheet.warnings[0]).toMatch(/^internal error in the roles stage \(in 4 of 4 windows; the first: roles broke, in characters 0-\d+\)/);
    expect(sheet.dates.length).toBe(4 * normal.dates.length);
  });
});

describe('the built CLI with a failing stage', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-facts-isolation-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the other facts, warns on stderr and exits 0', () => {
    const article = path.join(dir, 'article.txt');
    fs.writeFileSync(article, ARTICLE);
    // loaded before the bin: it replaces the dates stage in the built stage table
    const preload = path.join(dir, 'fail-dates.mjs');
    fs.writeFileSync(preload, `import { STAGES } from ${JSON.stringify(path.join(root, 'dist', 'pipeline.js'))};\nSTAGES.dates.run = () => { throw new Error('dates broke'); };\n`);
    // the bin runs a bundle with its own copy of the pipeline; this entry runs the same CLI from the compiled modules,
    // so that the preload's replacement is the stage the CLI calls
    const entry = path.join(dir, 'cli.mjs');
    fs.writeFileSync(entry, `import { main } from ${JSON.stringify(path.join(root, 'dist', 'cli', 'main.js'))};\nawait main();\n`);
    const result = spawnSync(process.execPath, ['--import', preload, entry, '--json', article], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.status).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^summit-facts: warning: .*article\.txt: internal error in the dates stage \(dates broke\): dates are missing, and events, age checks, event-date checks and weekday checks may be incomplete; a bug in summit-facts, please report it$/),
    ]);
    const sheet = JSON.parse(result.stdout) as FactSheet;
    expect(sheet.dates).toEqual([]);
    expect(sheet.events).toEqual([]);
    expect(sheet.actors.map((a) => a.name)).toEqual(normal.actors.map((a) => a.name));
    expect(sheet.distances.length).toBe(normal.distances.length);
  });
});
