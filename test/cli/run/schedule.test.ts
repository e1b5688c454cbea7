import { describe, expect, it } from 'vitest';
import { defaultBatchSize, runInOrder, type Runner } from '../../../src/cli/run/schedule.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A runner that works on its batch concurrently and finishes each task after `delay(task)` ms. */
function fakeRunner(delay: (task: number) => number, log: string[], name: string): Runner<number, string> {
  return {
    async run(batch, done) {
      log.push(`${name} takes ${batch.map((b) => b.index).join(',')}`);
      await Promise.all(
        batch.map(async ({ index, task }) => {
          await sleep(delay(task));
          log.push(`done ${index}`);
          done(index, `result ${task}`);
        }),
      );
    },
  };
}

const failed = (task: number, error: unknown) => `failed ${task}: ${(error as Error).message}`;

describe('runInOrder', () => {
  it('emits in input order although the runners finish in another order', async () => {
    const log: string[] = [];
    const tasks = Array.from({ length: 12 }, (_, i) => i);
    // the early tasks are the slow ones: they finish last
    const delay = (t: number) => (12 - t) * 3;
    const emitted: Array<[string, number]> = [];
    await runInOrder(tasks, [fakeRunner(delay, log, 'A'), fakeRunner(delay, log, 'B')], (r, i) => emitted.push([r, i]), { failed, batchSize: () => 3 });
    expect(emitted).toEqual(tasks.map((t) => [`result ${t}`, t]));
    const doneOrder = log.filter((l) => l.startsWith('done')).map((l) => Number(l.slice(5)));
    expect(doneOrder).not.toEqual([...doneOrder].sort((a, b) => a - b));
  });

  it('emits each result as soon as it and every earlier one are done, not at the end', async () => {
    const log: string[] = [];
    const tasks = [0, 1, 2, 3];
    // task 0 is quick, task 1 slow, 2 and 3 quick
    const delay = (t: number) => (t === 1 ? 60 : 5);
    await runInOrder(tasks, [fakeRunner(delay, log, 'A'), fakeRunner(delay, log, 'B')], (_r, i) => log.push(`emit ${i}`), { failed, batchSize: () => 1 });
    // 0 goes out before 1 is done; 2 and 3 are done before 1 but wait for it; then they go out at once
    expect(log.indexOf('emit 0')).toBeLessThan(log.indexOf('done 1'));
    expect(log.indexOf('done 2')).toBeLessThan(log.indexOf('done 1'));
    expect(log.indexOf('emit 2')).toBeGreaterThan(log.indexOf('done 1'));
    expect(log.filter((l) => l.startsWith('emit'))).toEqual(['emit 0', 'emit 1', 'emit 2', 'emit 3']);
  });

  it('shares the work between the runners', async () => {
    const log: string[] = [];
    const tasks = Array.from({ length: 40 }, (_, i) => i);
    await runInOrder(tasks, [fakeRunner(() => 1, log, 'A'), fakeRunner(() => 1, log, 'B')], () => {}, { failed });
    expect(log.some((l) => l.startsWith('A takes'))).toBe(true);
    expect(log.some((l) => l.startsWith('B takes'))).toBe(true);
    const handedOut = log.filter((l) => l.includes('takes')).flatMap((l) => l.split(' ')[2]!.split(',').map(Number));
    expect(handedOut.sort((a, b) => a - b)).toEqual(tasks);
  });

  it('hands out no task more than `window` past the oldest unfinished one', async () => {
    const log: string[] = [];
    const tasks = Array.from({ length: 30 }, (_, i) => i);
    let maxAhead = 0;
    let next = 0;
    const runner = (name: string): Runner<number, string> => ({
      async run(batch, done) {
        for (const { index } of batch) maxAhead = Math.max(maxAhead, index - next);
        await fakeRunner((t) => (t === 0 ? 40 : 1), log, name).run(batch, done);
      },
    });
    await runInOrder(tasks, [runner('A'), runner('B')], (_r, i) => (next = i + 1), { failed, batchSize: () => 2, window: 6 });
    expect(maxAhead).toBeLessThan(6);
    expect(next).toBe(30);
  });

  it('a runner that breaks fails its unfinished tasks, and the others go on', async () => {
    const log: string[] = [];
    const broken: Runner<number, string> = {
      async run(batch, done) {
        done(batch[0]!.index, `result ${batch[0]!.task}`);
        throw new Error('worker died');
      },
    };
    const emitted: string[] = [];
    await runInOrder([0, 1, 2, 3, 4, 5], [broken, fakeRunner(() => 2, log, 'B')], (r) => emitted.push(r), { failed, batchSize: () => 2 });
    expect(emitted).toEqual(['result 0', 'failed 1: worker died', 'result 2', 'result 3', 'result 4', 'result 5']);
  });

  it('when every runner breaks, the tasks never handed out fail too, still in order', async () => {
    const broken: Runner<number, string> = {
      async run() {
        throw new Error('no memory');
      },
    };
    const emitted: string[] = [];
    await runInOrder([0, 1, 2], [broken], (r) => emitted.push(r), { failed, batchSize: () => 1 });
    expect(emitted).toEqual(['failed 0: no memory', 'failed 1: no worker left', 'failed 2: no worker left']);
  });

  it('a result reported twice, or for a task not in the batch, is ignored', async () => {
    const sloppy: Runner<number, string> = {
      async run(batch, done) {
        for (const { index } of batch) {
          done(index, `first ${index}`);
          done(index, `second ${index}`);
          done(index + 100, 'stray');
        }
      },
    };
    const emitted: string[] = [];
    await runInOrder([0, 1], [sloppy], (r) => emitted.push(r), { failed });
    expect(emitted).toEqual(['first 0', 'first 1']);
  });

  it('once the signal is aborted, no more work is handed out and nothing more is failed', async () => {
    const log: string[] = [];
    const stop = new AbortController();
    const emitted: number[] = [];
    const tasks = Array.from({ length: 50 }, (_, i) => i);
    await runInOrder(tasks, [fakeRunner(() => 1, log, 'A')], (_r, i) => (emitted.push(i), i === 2 && stop.abort()), { failed, batchSize: () => 2, signal: stop.signal });
    expect(emitted).toEqual([0, 1, 2, 3]);
    expect(log.filter((l) => l.includes('takes'))).toEqual(['A takes 0,1', 'A takes 2,3']);
  });

  it('nothing to do: nothing emitted', async () => {
    const emitted: string[] = [];
    await runInOrder([], [fakeRunner(() => 0, [], 'A')], (r) => emitted.push(r), { failed });
    expect(emitted).toEqual([]);
  });
});

describe('defaultBatchSize', () => {
  it.each([
    [256, 2, 16],
    [40, 2, 5],
    [3, 2, 1],
    [1, 8, 1],
  ])('%i left for %i runners → %i', (remaining, runners, size) => expect(defaultBatchSize(remaining, runners)).toBe(size));
});
