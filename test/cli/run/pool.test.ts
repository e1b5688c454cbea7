import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleResult, ArticleSettings } from '../../../src/cli/run/article.js';
import { workerCount, WorkerRunner, workersAvailable } from '../../../src/cli/run/pool.js';
import { runInOrder } from '../../../src/cli/run/schedule.js';
import { FACT_KINDS } from '../../../src/schema.js';

describe('workerCount', () => {
  it.each([
    ['one article', 8, 1, 0, 1],
    ['3 small articles: not worth a worker', 8, 3, 3000, 1],
    ['5 small articles: 2 workers', 8, 5, 5000, 2],
    ['2 articles of 40 KB each', 8, 2, 80_000, 2],
    ['256 articles, 2 jobs', 2, 256, 0, 2],
    ['256 articles, 64 jobs', 64, 256, 0, 64],
    ['--jobs 1', 1, 256, 0, 1],
    ['nothing to read', 4, 0, 0, 0],
  ])('%s', (_name, jobs, articles, bytes, count) => expect(workerCount(jobs, articles, bytes)).toBe(count));
});

/** Stand-in workers, plain JavaScript in a temporary folder: they exercise the runner, not the library. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-facts-pool-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const script = (name: string, body: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `import { parentPort, workerData } from 'node:worker_threads';\n${body}\n`);
  return pathToFileURL(file);
};
const result = (name: string): ArticleResult => ({ name, inputWarnings: [], error: null, piece: `${name}\n`, whole: null, sheetWarnings: [] });
// answers each batch last task first, after a pause, so the answers come out of order
const reversing = script(
  'reversing.mjs',
  `parentPort.on('message', ({ batch }) => setTimeout(() => { for (const { index, task } of [...batch].reverse()) parentPort.postMessage({ index, result: { name: task.path, inputWarnings: [], error: null, piece: workerData.format + ':' + task.path + '\\n', whole: null, sheetWarnings: [] } }); }, 5));`,
);
// answers the first task of its first batch, then the thread ends
const dying = script('dying.mjs', `parentPort.on('message', ({ batch }) => { parentPort.postMessage({ index: batch[0].index, result: { name: 'first', inputWarnings: [], error: null, piece: 'first\\n', whole: null, sheetWarnings: [] } }); setTimeout(() => process.exit(7), 5); });`);

const settings: ArticleSettings = { format: 'jsonl', several: true, only: FACT_KINDS, referenceDate: null, maxSize: 1000, colorLevel: 0, tempRoot: '/nonexistent' };
const tasks = Array.from({ length: 10 }, (_, i) => ({ kind: 'file' as const, path: `a${i}.txt` }));
const failed = (task: (typeof tasks)[number], error: unknown): ArticleResult => ({ ...result(task.path), piece: null, error: { kind: 'internal', message: String((error as Error).message) } });

describe('WorkerRunner', () => {
  it('workersAvailable: only for a worker module that exists', () => {
    expect(workersAvailable(reversing)).toBe(true);
    expect(workersAvailable(pathToFileURL(path.join(dir, 'none.mjs')))).toBe(false);
  });

  it('gets the settings, and the results come out in input order though each batch answers backwards', async () => {
    const runners = [new WorkerRunner(settings, reversing), new WorkerRunner(settings, reversing)];
    const out: string[] = [];
    await runInOrder(tasks, runners, (r) => out.push(r.piece as string), { failed, batchSize: () => 3 });
    await Promise.all(runners.map((r) => r.close()));
    expect(out).toEqual(tasks.map((t) => `jsonl:${t.path}\n`));
  });

  it('a worker that stops: its unfinished articles are internal errors, the other worker does the rest', async () => {
    const runners = [new WorkerRunner(settings, dying), new WorkerRunner(settings, reversing)];
    const out: ArticleResult[] = [];
    await runInOrder(tasks, runners, (r) => out.push(r), { failed, batchSize: () => 2 });
    await Promise.all(runners.map((r) => r.close()));
    expect(out).toHaveLength(10);
    const errors = out.filter((r) => r.error);
    expect(errors.length).toBeGreaterThanOrEqual(1);
    for (const e of errors) expect(e.error!.message).toMatch(/the worker stopped \(exit code 7\)/);
    // every article is accounted for, in order: the good ones from the other worker, or the dying worker's first answer
    expect(out.map((r) => r.name)).toEqual(out.map((r, i) => (r.piece === 'first\n' ? 'first' : tasks[i]!.path)));
  });
});
