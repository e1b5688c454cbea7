import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/boot.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-facts-boot-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const bundle = (name: string, source: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, source);
  return pathToFileURL(file);
};
const source = (n: number) => `const path = require('node:path');\nexports.answer = () => ${n} + path.sep.length;\n`;

describe('loadBundle', () => {
  it('runs a CommonJS file, with require resolving beside it, and says there was no cache', () => {
    const loaded = loadBundle(bundle('plain.cjs', source(41)), {});
    expect(loaded.cache).toBe('missing');
    expect((loaded.exports.answer as () => number)()).toBe(42);
  });

  it('uses the cache it saved for the same text', () => {
    const url = bundle('cached.cjs', source(41));
    const first = loadBundle(url, {});
    (first.exports.answer as () => number)();
    first.saveCache();
    const again = loadBundle(url, {});
    expect(again.cache).toBe('used');
    expect((again.exports.answer as () => number)()).toBe(42);
  });

  it('ignores a cache written for other text, even of the same length', () => {
    const url = bundle('stale.cjs', source(41));
    loadBundle(url, {}).saveCache();
    bundle('stale.cjs', source(51));
    const loaded = loadBundle(url, {});
    expect(loaded.cache).toBe('stale');
    expect((loaded.exports.answer as () => number)()).toBe(52);
  });

  it('lets V8 refuse a damaged cache and compiles the file as usual', () => {
    const text = source(71);
    const url = bundle('damaged.cjs', text);
    const sha1 = createHash('sha1').update(text).digest('hex');
    fs.writeFileSync(`${url.pathname}.cache`, Buffer.concat([Buffer.from(`summit-facts code cache 1 ${sha1}\n`), Buffer.alloc(256, 7)]));
    const loaded = loadBundle(url, {});
    expect(loaded.cache).toBe('rejected');
    expect((loaded.exports.answer as () => number)()).toBe(72);
  });

  it('skips the cache when SUMMIT_FACTS_NO_CODE_CACHE=1', () => {
    const url = bundle('off.cjs', source(41));
    loadBundle(url, {}).saveCache();
    expect(loadBundle(url, { SUMMIT_FACTS_NO_CODE_CACHE: '1' }).cache).toBe('off');
  });

  it("the build's CLI bundle comes with a cache this node accepts", () => {
    const cli = new URL('../../dist/bundle/cli.cjs', import.meta.url);
    const loaded = loadBundle(cli, {});
    expect(loaded.cache).toBe('used');
    expect(typeof loaded.exports.main).toBe('function');
  });

  it("a --jobs worker loads the CLI's own bundle, with its cache, and serves batches from it", async () => {
    const bundleDir = fileURLToPath(new URL('../../dist/bundle/', import.meta.url));
    // no second copy of the library: the worker's entry is a loader of cli.cjs, whose cache the test above checks
    const code = fs.readdirSync(bundleDir).filter((f) => /\.c?js$/.test(f));
    expect(code.sort()).toEqual(['cli.cjs', 'worker.js']);
    expect(fs.statSync(path.join(bundleDir, 'worker.js')).size).toBeLessThan(1024);
    expect(fs.readFileSync(path.join(bundleDir, 'worker.js'), 'utf8')).toMatch(/loadBundle\(new URL\('\.\/cli\.cjs', import\.meta\.url\)\)/);

    const settings = { format: 'jsonl', several: true, only: ['locations'], referenceDate: '2023-09-12', maxSize: 1 << 20, colorLevel: 0, tempRoot: path.join(dir, 'temp') };
    const worker = new Worker(new URL('worker.js', pathToFileURL(bundleDir)), { workerData: settings });
    try {
      const reply = await new Promise<{ index: number; result: { piece: string; error: unknown } }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ batch: [{ index: 7, task: { kind: 'text', name: 'a.txt', text: 'Kim met Putin in Vladivostok.', warnings: [] } }] });
      });
      expect(reply.index).toBe(7);
      expect(reply.result.error).toBeNull();
      expect(JSON.parse(reply.result.piece).locations.map((l: { name: string }) => l.name)).toEqual(['Vladivostok']);
    } finally {
      await worker.terminate();
    }
  });
});
