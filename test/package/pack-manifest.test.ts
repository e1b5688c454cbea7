import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without declarations
import { KEPT, restore, strip, strippedManifest } from '../../scripts/pack-manifest.mjs';

const MANIFEST = `${JSON.stringify(
  {
    name: 'demo',
    version: '1.2.3',
    scripts: { build: 'tsc', prepare: 'npm run build', postinstall: 'node x.js', prepack: 'npm run build', test: 'vitest' },
    dependencies: { zod: '^4.0.0' },
  },
  null,
  2,
)}\n`;

let dir = '';
afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));
function folder(): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-facts-manifest-'));
  fs.writeFileSync(path.join(dir, 'package.json'), MANIFEST);
  return dir;
}

describe('the packed manifest', () => {
  it('drops the scripts that run at install and keeps every other script and field', () => {
    const stripped = JSON.parse(strippedManifest(MANIFEST));
    expect(stripped.scripts).toEqual({ build: 'tsc', prepack: 'npm run build', test: 'vitest' });
    expect(stripped.dependencies).toEqual({ zod: '^4.0.0' });
    expect(stripped.version).toBe('1.2.3');
  });

  it('is written by strip and the original put back byte for byte by restore', () => {
    const at = folder();
    strip(at);
    expect(JSON.parse(fs.readFileSync(path.join(at, 'package.json'), 'utf8')).scripts.prepare).toBeUndefined();
    expect(restore(at)).toBe(true);
    expect(fs.readFileSync(path.join(at, 'package.json'), 'utf8')).toBe(MANIFEST);
    expect(fs.existsSync(path.join(at, KEPT))).toBe(false);
  });

  it('never loses the original when a pack stopped before its postpack and strip runs again', () => {
    const at = folder();
    strip(at);
    strip(at);
    restore(at);
    expect(fs.readFileSync(path.join(at, 'package.json'), 'utf8')).toBe(MANIFEST);
  });

  it('leaves the manifest alone when restore has nothing kept', () => {
    const at = folder();
    expect(restore(at)).toBe(false);
    expect(fs.readFileSync(path.join(at, 'package.json'), 'utf8')).toBe(MANIFEST);
  });
});
