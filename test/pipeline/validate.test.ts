/** validateFactSheet: a sheet passes; anything else gets one `path: message` line per issue, as the CLI prints them. */
import { describe, expect, it } from 'vitest';
import { extractFacts, validateFactSheet } from '../../src/index.js';
import { firstIssue } from '../../src/cli/analyse.js';

describe('validateFactSheet', () => {
  const sheet = extractFacts('Kim Jong-un, 39, met Vladimir Putin in Vladivostok on Tuesday.', { referenceDate: '2023-09-12' });

  it('passes a sheet extractFacts made', () => {
    expect(validateFactSheet(sheet)).toEqual({ ok: true, sheet });
  });

  it.each<[string, unknown, string[]]>([
    ['a wrong version and a wrong age', { ...sheet, schemaVersion: 2, actors: [{ ...sheet.actors[0], age: '39' }] }, ['schemaVersion: ', 'actors.0.age: ']],
    ['an expected-facts file (only some fields)', { referenceDate: '2023-09-12', actors: [{ name: 'Kim Jong-un' }] }, ['schemaVersion: ', 'source: ', 'actors.0.id: ']],
    ['not an object', 'text', ['(root): ']],
  ])('%s: one line per issue, each "path: message"', (_name, value, starts) => {
    const result = validateFactSheet(value);
    expect(result.ok).toBe(false);
    const lines = (result as { error: string }).error.split('\n');
    for (const start of starts) expect(lines.some((l) => l.startsWith(start)), start).toBe(true);
    for (const line of lines) expect(line).toMatch(/^[\w.()]+: \S.{0,200}$/);
  });

  it('the CLI shows the first issue and how many more', () => {
    expect(firstIssue('a.b: bad\nc: worse\nd: worst')).toBe('a.b: bad (and 2 more)');
    expect(firstIssue('a.b: bad')).toBe('a.b: bad');
  });
});
