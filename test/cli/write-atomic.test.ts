/**
 * Expected files written whole or not at all. A failure at each step (open, write, flush, rename) is simulated by
 * failing that call; the old file must stay as it was and no temporary file may be left behind. (The end-to-end
 * tests do the same on a real full disk where they can mount one.)
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../src/cli/write-atomic.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-facts-atomic-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });

describe('writeFileAtomic', () => {
  it('creates a file, and replaces one', async () => {
    const file = path.join(dir, 'a.facts.json');
    await writeFileAtomic(file, '{"a": 1}\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('{"a": 1}\n');
    await writeFileAtomic(file, '{"a": 2}\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('{"a": 2}\n');
    expect(fs.readdirSync(dir)).toEqual(['a.facts.json']);
  });

  it.each(['writeFile', 'sync', 'close'] as const)('a failing %s leaves the old file whole and no temporary file', async (step) => {
    const file = path.join(dir, `${step}.facts.json`);
    fs.writeFileSync(file, 'the curated file\n');
    const open = fsp.open.bind(fsp);
    vi.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await open(...args);
      const real = handle[step].bind(handle);
      vi.spyOn(handle, step).mockImplementation(async (...a: unknown[]) => {
        if (step === 'close') await real(...(a as []));
        throw enospc();
      });
      return handle;
    });
    await expect(writeFileAtomic(file, 'x'.repeat(100_000))).rejects.toThrow(/no space left on device/);
    expect(fs.readFileSync(file, 'utf8')).toBe('the curated file\n');
    expect(fs.readdirSync(dir).filter((f) => f.startsWith(`.${step}`))).toEqual([]);
  });

  it('a failing rename leaves the old file whole and no temporary file', async () => {
    const file = path.join(dir, 'rename.facts.json');
    fs.writeFileSync(file, 'the curated file\n');
    vi.spyOn(fsp, 'rename').mockRejectedValue(Object.assign(new Error('EROFS: read-only file system, rename'), { code: 'EROFS', syscall: 'rename' }));
    await expect(writeFileAtomic(file, 'new')).rejects.toThrow(/read-only file system/);
    expect(fs.readFileSync(file, 'utf8')).toBe('the curated file\n');
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.rename'))).toEqual([]);
  });

  it('a folder that does not exist: the error, and nothing made', async () => {
    await expect(writeFileAtomic(path.join(dir, 'no', 'such.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
