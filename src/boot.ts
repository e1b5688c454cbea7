/**
 * How the bin starts the CLI quickly: the CLI is bundled into one CommonJS file (dist/bundle/cli.cjs), compiled here
 * with V8's code cache for it, written at build time after a run on the seed fixture (dist/bundle/cli.cjs.cache).
 * With the cache V8 skips parsing and compiling the functions that run on every article (compromise's and ours),
 * which is a good part of a cold start. A cache that does not belong to this very file (checked by its SHA-1), or
 * that this Node's V8 rejects (another version or other flags), is ignored: the file is then compiled as usual.
 * Setting SUMMIT_FACTS_NO_CODE_CACHE=1 ignores it too (for measuring, or if a cache ever misbehaves).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const MAGIC = 'summit-facts code cache 1';

export type CacheStatus = 'used' | 'rejected' | 'stale' | 'missing' | 'off';

export interface LoadedBundle {
  readonly exports: Record<string, unknown>;
  /** what became of the cache file: used, rejected by V8, written for another source, absent, or switched off */
  readonly cache: CacheStatus;
  /** write the cache for what this process compiled so far (the build does it after a training run) */
  saveCache(): void;
}

const cachePathOf = (file: string) => `${file}.cache`;
const digest = (source: string) => createHash('sha1').update(source).digest('hex');

/** The cache's V8 data if the file holds one for exactly this source. */
function readCache(file: string, source: string): { data: Buffer } | 'missing' | 'stale' {
  let raw: Buffer;
  try {
    raw = fs.readFileSync(cachePathOf(file));
  } catch {
    return 'missing';
  }
  const newline = raw.indexOf(10);
  const header = newline > 0 ? raw.subarray(0, newline).toString('latin1') : '';
  return header === `${MAGIC} ${digest(source)}` ? { data: raw.subarray(newline + 1) } : 'stale';
}

/** Load a CommonJS bundle (its `require` resolves from where it lies), with its code cache when there is a good one. */
export function loadBundle(url: URL, env: NodeJS.ProcessEnv = process.env): LoadedBundle {
  const file = fileURLToPath(url);
  const source = fs.readFileSync(file, 'utf8');
  const off = env.SUMMIT_FACTS_NO_CODE_CACHE === '1';
  const cached = off ? 'off' : readCache(file, source);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData: typeof cached === 'object' ? cached.data : undefined });
  const cache: CacheStatus = typeof cached === 'object' ? (script.cachedDataRejected ? 'rejected' : 'used') : cached;
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  return {
    exports: module.exports,
    cache,
    saveCache() {
      const data = script.createCachedData();
      fs.writeFileSync(cachePathOf(file), Buffer.concat([Buffer.from(`${MAGIC} ${digest(source)}\n`, 'latin1'), data]));
    },
  };
}
