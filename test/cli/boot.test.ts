import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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
});
