/**
 * src/nlp/document.ts reads compromise's lexicon from its internals (`nlp.world().model.one.lexicon`), which is not
 * public API. The version is pinned exactly; these tests fail with a message saying what changed if an upgrade moves
 * or reshapes it.
 */
import fs from 'node:fs';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { compromiseLexicon, lexiconTag } from '../../src/nlp/document.js';

const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
const lock = JSON.parse(fs.readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as { packages: Record<string, { version?: string; dependencies?: Record<string, string> }> };

describe("compromise's internals", () => {
  it('the version is pinned exactly, in package.json and the lockfile, and is the one installed', () => {
    const pinned = pkg.dependencies.compromise!;
    expect(pinned, 'package.json must pin compromise to one version (no ^ or ~): src/nlp/document.ts reads its internals').toMatch(/^\d+\.\d+\.\d+$/);
    expect(lock.packages['']!.dependencies!.compromise, 'package-lock.json must pin the same version').toBe(pinned);
    expect(lock.packages['node_modules/compromise']!.version).toBe(pinned);
    expect((nlp as unknown as { version: string }).version, 'the installed compromise is not the pinned one: run npm ci').toBe(pinned);
  });

  it('nlp.world().model.one.lexicon is a map from words to tags', () => {
    const world = nlp.world() as unknown as { model?: { one?: { lexicon?: unknown } } };
    const lexicon = world.model?.one?.lexicon;
    expect(typeof lexicon, 'compromise no longer has nlp.world().model.one.lexicon: update compromiseLexicon in src/nlp/document.ts before upgrading').toBe('object');
    const entries = Object.entries(lexicon as object);
    expect(entries.length, "compromise's lexicon is (nearly) empty: its shape changed").toBeGreaterThan(10_000);
    const bad = entries.find(([, tag]) => !(typeof tag === 'string' || (Array.isArray(tag) && tag.every((t) => typeof t === 'string'))));
    expect(bad, "an entry of compromise's lexicon is not a word with a tag name (or a list of them): its shape changed").toBeUndefined();
    expect(compromiseLexicon()).toBe(lexicon);
  });

  it.each([
    ['today', 'Date'],
    ['nice', 'Adjective'],
    ['the', 'Determiner'],
    ['Monday', 'WeekDay'],
    ['qzxv', undefined],
  ])('lexiconTag(%j) is %j', (word, tag) => {
    expect(lexiconTag(word)).toBe(tag);
  });
});
