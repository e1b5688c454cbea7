/**
 * A worker thread's work (`--jobs N`): process each batch the main thread sends, posting one message per article as
 * it finishes. It lives in the CLI's bundle, so that a worker loads the very file the main thread loaded, with its
 * code cache (dist/bundle/worker.js does only that, see scripts/bundle.mjs), and calls this.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processBatch, type ArticleSettings } from './article.js';
import type { WorkerReply, WorkerRequest } from './pool.js';

export function serveWorker(): void {
  const settings = workerData as ArticleSettings;
  const port = parentPort!;
  port.on('message', (request: WorkerRequest) =>
    processBatch(request.batch, settings, (index, result) => port.postMessage({ index, result } satisfies WorkerReply)),
  );
}
