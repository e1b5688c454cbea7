/**
 * The worker thread's entry when the CLI runs unbundled (from dist/cli/). The bundled CLI starts its workers from
 * dist/bundle/worker.js instead, which loads the CLI's own bundle with its code cache and calls the same function.
 */
import { serveWorker } from './serve-worker.js';

serveWorker();
