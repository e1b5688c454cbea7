/**
 * The project's own fixtures, checked the way a user's CI would: `summit-facts check fixtures/` with the built bin.
 * Each fixtures/X.txt has its expected facts, written by hand, in X.facts.json.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin', 'summit-facts.js');

describe('fixtures', () => {
  it('every fixture article has its expected facts', () => {
    const articles = fs.readdirSync(path.join(root, 'fixtures')).filter((f) => f.endsWith('.txt'));
    expect(articles.length).toBeGreaterThan(0);
    for (const a of articles) expect(fs.existsSync(path.join(root, 'fixtures', a.replace(/\.txt$/, '.facts.json')))).toBe(true);
  });

  it('summit-facts check fixtures/ passes', () => {
    const run = spawnSync(process.execPath, [bin, 'check', 'fixtures'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('PASS');
    expect(run.stdout).not.toContain('FAIL');
    expect(run.status).toBe(0);
  });
});
