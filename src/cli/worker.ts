/**
 * The worker thread's entry (`--jobs N`): load the library once, then process each batch the main thread sends,
 * posting one message per article as it finishes. Kept small and on its own, so that it can be bundled like the CLI.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processBatch, type ArticleSettings } from './article.js';
import type { WorkerReply, WorkerRequest } from './pool.js';

const settings = workerData as ArticleSettings;
const port = parentPort!;

port.on('message', (request: WorkerRequest) =>
  processBatch(request.batch, settings, (index, result) => port.postMessage({ index, result } satisfies WorkerReply)),
);
