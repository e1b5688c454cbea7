#!/usr/bin/env node
/**
 * Build step after tsc: the CLI and its dependencies (compromise, zod, commander, chalk) in one ES module,
 * dist/bundle/cli.js, which the bin loads. Node then reads and links a handful of files at start-up instead of
 * several hundred (compromise's package entry alone is ~300 modules). The library entry stays dist/index.js.
 * A worker module (dist/cli/worker.js), when there is one, is bundled beside it under its own name, and code loaded on
 * demand (the eval command) stays in chunks of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(root, 'dist/bundle');
const entries = { cli: 'dist/cli/main.js', worker: 'dist/cli/worker.js' };
const input = Object.fromEntries(Object.entries(entries).filter(([, file]) => fs.existsSync(path.join(root, file))).map(([name, file]) => [name, path.join(root, file)]));
if (!input.cli) throw new Error('dist/cli/main.js is missing: run tsc first');

fs.rmSync(outDir, { recursive: true, force: true });
await build({
  input,
  platform: 'node',
  logLevel: 'warn',
  // the bundle must sit two levels below the package root, as dist/cli/main.js does: it reads ../../package.json
  output: { dir: outDir, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', minify: true },
});
