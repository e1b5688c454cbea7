/**
 * The runners that do the articles' work: the main thread itself (`--jobs 1`), or worker threads that each load
 * the library once and take batches of articles. Both run processBatch, so they give the same output.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Extract } from '../analyse.js';
import type { ArticleResult, ArticleSettings, Task } from './article.js';
import { runInOrder, type Runner } from './schedule.js';

export interface WorkerRequest {
  batch: ReadonlyArray<{ index: number; task: Task }>;
}
export interface WorkerReply {
  index: number;
  result: ArticleResult;
}

/** Articles a worker should have at least, and text per worker: starting one costs about as much (it loads the library). */
const ARTICLES_PER_WORKER = 4;
const BYTES_PER_WORKER = 32 * 1024;

/**
 * How many workers to start for `jobs` and this much work: never more than asked or than there are articles, and
 * one for every 4 articles or 32 KB of text, whichever gives more. 1 or less means: work in the main thread.
 */
export function workerCount(jobs: number, articles: number, bytes: number): number {
  return Math.min(jobs, articles, Math.max(Math.ceil(articles / ARTICLES_PER_WORKER), Math.ceil(bytes / BYTES_PER_WORKER)));
}

/** The worker's module, beside this one (a bundler that moves the CLI keeps the two side by side). */
const WORKER_URL = new URL('./worker.js', import.meta.url);

/** Whether workers can start: false when running from the TypeScript sources (tests), where worker.js does not exist. */
export function workersAvailable(url: URL = WORKER_URL): boolean {
  return url.protocol === 'file:' && fs.existsSync(fileURLToPath(url));
}

/** The main thread as a runner; the library is loaded on first use, so that a run with workers never loads it here. */
function inProcessRunner(settings: ArticleSettings, extract?: Extract): Runner<Task, ArticleResult> {
  return {
    async run(batch, done) {
      const { processBatch } = await import('./article.js');
      await processBatch(batch, settings, done, extract);
    },
  };
}

/** A worker thread as a runner. `close()` ends it once the work is done. */
export class WorkerRunner implements Runner<Task, ArticleResult> {
  private readonly worker: Worker;
  private current: { done: (index: number, result: ArticleResult) => void; left: number; resolve(): void; reject(error: unknown): void } | null = null;
  private broken: Error | null = null;

  constructor(settings: ArticleSettings, url: URL = WORKER_URL) {
    this.worker = new Worker(url, { workerData: settings });
    this.worker.on('message', (reply: WorkerReply) => {
      const current = this.current;
      if (!current) return;
      current.done(reply.index, reply.result);
      if (--current.left === 0) {
        this.current = null;
        current.resolve();
      }
    });
    const fail = (error: Error) => {
      this.broken ??= error;
      const current = this.current;
      this.current = null;
      current?.reject(error);
    };
    this.worker.on('error', fail);
    this.worker.on('messageerror', fail);
    this.worker.on('exit', (code) => fail(new Error(`the worker stopped (exit code ${code})`)));
  }

  run(batch: WorkerRequest['batch'], done: (index: number, result: ArticleResult) => void): Promise<void> {
    if (this.broken) return Promise.reject(this.broken);
    if (batch.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.current = { done, left: batch.length, resolve, reject };
      this.worker.postMessage({ batch } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    this.broken ??= new Error('closed');
    await this.worker.terminate();
  }
}

const taskName = (task: Task) => (task.kind === 'file' ? task.path : task.name);

/** The result for an article whose worker stopped before finishing it. */
function workerFailure(task: Task, error: unknown): ArticleResult {
  const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim().slice(0, 300);
  return {
    name: taskName(task),
    inputWarnings: [],
    error: { kind: 'internal', message: `${taskName(task)}: internal error: the worker reading it stopped (${reason}) (a bug in summit-facts, or too little memory; please report it)` },
    piece: null,
    whole: null,
    sheetWarnings: [],
  };
}

/**
 * Run the articles' tasks on `jobs` worker threads (or on the main thread when one job is asked, workers cannot be
 * loaded, or a library call is swapped in), emitting each result in input order; the workers are ended afterwards.
 */
export async function runArticles(
  tasks: readonly Task[],
  settings: ArticleSettings,
  jobs: number,
  emit: (result: ArticleResult, index: number) => void,
  options: { extract?: Extract; signal?: AbortSignal } = {},
): Promise<void> {
  const workers = jobs > 1 && !options.extract && workersAvailable() ? Array.from({ length: jobs }, () => new WorkerRunner(settings)) : [];
  const runners: Runner<Task, ArticleResult>[] = workers.length > 0 ? workers : [inProcessRunner(settings, options.extract)];
  try {
    await runInOrder(tasks, runners, emit, { failed: workerFailure, signal: options.signal });
  } finally {
    await Promise.all(workers.map((w) => w.close()));
  }
}
