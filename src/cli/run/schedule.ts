/**
 * Ordered parallel work: runners (worker threads, or the main thread) take batches of tasks from one queue; each
 * result is emitted as soon as it and every earlier one are done, so output keeps the input order whatever order
 * the runners finish in. Results waiting for an earlier one are held, at most `window` tasks ahead of the oldest
 * unfinished one, which bounds memory when one article is slow.
 */

export interface Runner<T, R> {
  /**
   * Process the tasks (in any order), calling `done` once for each as it finishes. Resolves when all are done;
   * rejects if the runner broke (then it is not used again, and its unfinished tasks fail).
   */
  run(tasks: ReadonlyArray<{ index: number; task: T }>, done: (index: number, result: R) => void): Promise<void>;
}

export interface ScheduleOptions<T, R> {
  /** tasks a runner takes at once, given how many are left to hand out and how many runners there are */
  batchSize?: (remaining: number, runners: number) => number;
  /** how far past the oldest unfinished task work may be handed out */
  window?: number;
  /** the result for a task whose runner broke */
  failed: (task: T, error: unknown) => R;
  /** once aborted, no more work is handed out; the batches under way finish, the other tasks are never emitted */
  signal?: AbortSignal;
}

/** Batches shrink towards the end, so that the runners finish together: a quarter of a fair share, 1 to 16. */
export const defaultBatchSize = (remaining: number, runners: number) => Math.max(1, Math.min(16, Math.ceil(remaining / (runners * 4))));

export async function runInOrder<T, R>(
  tasks: readonly T[],
  runners: ReadonlyArray<Runner<T, R>>,
  emit: (result: R, index: number) => void,
  options: ScheduleOptions<T, R>,
): Promise<void> {
  const batchSize = options.batchSize ?? defaultBatchSize;
  const window = Math.max(1, options.window ?? 256);
  const held = new Map<number, R>();
  let next = 0; // the oldest task not yet emitted
  let cursor = 0; // the next task to hand out
  let waiting: Array<() => void> = [];

  const finish = (index: number, result: R) => {
    if (index < next || held.has(index)) return; // once per task, whatever a runner does
    held.set(index, result);
    while (held.has(next)) {
      const r = held.get(next)!;
      held.delete(next);
      emit(r, next++);
    }
    const wake = waiting;
    waiting = [];
    for (const resume of wake) resume();
  };

  const drive = async (runner: Runner<T, R>) => {
    while (cursor < tasks.length && !options.signal?.aborted) {
      const room = next + window - cursor;
      if (room <= 0) {
        await new Promise<void>((resolve) => waiting.push(resolve));
        continue;
      }
      const size = Math.min(batchSize(tasks.length - cursor, runners.length), room, tasks.length - cursor);
      const batch = Array.from({ length: size }, (_, k) => ({ index: cursor + k, task: tasks[cursor + k]! }));
      cursor += size;
      const open = new Set(batch.map((b) => b.index));
      try {
        await runner.run(batch, (index, result) => {
          if (!open.delete(index)) return;
          finish(index, result);
        });
      } catch (error) {
        for (const index of open) finish(index, options.failed(tasks[index]!, error));
        return;
      }
      // a runner that resolved without reporting every task broke its promise: those tasks fail
      for (const index of open) finish(index, options.failed(tasks[index]!, new Error('the worker returned no result')));
    }
  };

  await Promise.all(runners.map(drive));
  if (options.signal?.aborted) return;
  // every runner broke: the tasks never handed out fail too
  for (let index = cursor; index < tasks.length; index++) finish(index, options.failed(tasks[index]!, new Error('no worker left')));
  cursor = tasks.length;
}
