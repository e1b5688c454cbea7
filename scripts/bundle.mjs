#!/usr/bin/env node
/**
 * Build step after tsc: the CLI and its dependencies (compromise, zod, commander, chalk) in one CommonJS file,
 * dist/bundle/cli.cjs, which the bin loads through dist/boot.js. Node then reads one file at start-up instead of
 * several hundred (compromise's package entry alone is ~300 modules). A worker thread (`--jobs N`) starts from
 * dist/bundle/worker.js beside it, two lines that load the same bundle with the same code cache.
 * The library entry stays dist/index.js.
 *
 * Then the code cache: a fresh node loads the bundle, runs the CLI on the seed fixture (json and table), and writes
 * V8's cache of what it compiled to dist/bundle/cli.cjs.cache (see src/boot.ts). It is tied to this Node's V8 and to
 * the bundle's exact text; anywhere else it is ignored.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(root, 'dist/bundle');
const compiled = (file) => {
  const full = path.join(root, file);
  if (!fs.existsSync(full)) throw new Error(`${file} is missing: run tsc first`);
  return full;
};

fs.rmSync(outDir, { recursive: true, force: true });
// both bundles sit two levels below the package root, as dist/cli/main.js does: the CLI reads ../../package.json
await build({
  input: { cli: compiled('dist/cli/main.js') },
  platform: 'node',
  logLevel: 'warn',
  output: { dir: outDir, format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false, minify: true },
});
// a worker loads the same bundle, with the same code cache, as the bin does (the CLI starts it from beside itself)
fs.writeFileSync(
  path.join(outDir, 'worker.js'),
  "import { loadBundle } from '../boot.js';\n\nloadBundle(new URL('./cli.cjs', import.meta.url)).exports.serveWorker();\n",
);

const seed = path.join(root, 'fixtures/kim-putin-summit.txt');
const train = `
  import { loadBundle } from ${JSON.stringify(new URL('../dist/boot.js', import.meta.url).href)};
  const bundle = loadBundle(new URL(${JSON.stringify(new URL('../dist/bundle/cli.cjs', import.meta.url).href)}), {});
  for (const format of ['json', 'table']) await bundle.exports.main(['--format', format, '--date', '2023-09-12', ${JSON.stringify(seed)}]);
  bundle.saveCache();
`;
const run = spawnSync(process.execPath, ['--input-type=module', '-e', train], { stdio: ['ignore', 'ignore', 'inherit'] });
if (run.status !== 0) throw new Error(`writing the code cache failed (exit code ${run.status})`);
