/** `check` and the consistency checks: matched when listed; with --strict, a warning nobody expected fails. */
import { describe, expect, it } from 'vitest';
import { compareFacts } from '../../src/expected/compare.js';
import { ExpectedFacts, type Check } from '../../src/schema.js';
import { sheet } from '../render/make-sheet.js';

const span = (start: number, text: string) => ({ start, end: start + text.length, text });
const ok: Check = { kind: 'distance', status: 'ok', message: 'Vladivostok–Moscow: fits', evidence: [span(0, '6,500 kilometers')], statedKm: 6500, greatCircleKm: 6415.9 };
const warning: Check = { kind: 'weekday', status: 'warning', message: 'not a Tuesday', evidence: [span(40, 'Tuesday, Sept. 13, 2023')] };
const withWarning = sheet({ checks: [ok, warning] });
const allOk = sheet({ checks: [ok] });

type Case = [name: string, expected: unknown, actual: typeof withWarning, strict: boolean, diffs: Array<[status: string, label: string, detail?: RegExp]>];

const cases: Case[] = [
  ['checks not listed are not compared', {}, withWarning, false, []],
  ['strict: a warning nobody listed fails', {}, withWarning, true, [['unexpected', 'warning check weekday on "Tuesday, Sept. 13, 2023"']]],
  ['strict: an ok nobody listed does not', {}, allOk, true, []],
  ['strict: a listed warning passes', { checks: [{ kind: 'weekday', status: 'warning' }] }, withWarning, true, []],
  ['strict: listing only the ok one leaves the warning unexpected', { checks: [{ kind: 'distance', status: 'ok' }] }, withWarning, true, [['unexpected', 'warning check weekday on "Tuesday, Sept. 13, 2023"']]],
  ['a listed check with its evidence', { checks: [{ kind: 'distance', status: 'ok', evidence: [{ text: '6,500 kilometers' }], statedKm: 6500 }] }, withWarning, false, []],
  ['a listed warning that is missing', { checks: [{ kind: 'age-conflict', status: 'warning' }] }, withWarning, false, [['missing', 'warning check age-conflict']]],
  ['a listed ok that turned into a warning', { checks: [{ kind: 'weekday', status: 'ok' }] }, withWarning, false, [['different', 'ok check weekday', /^status: expected "ok", got "warning"$/]]],
  ['a listed check with other numbers', { checks: [{ kind: 'distance', greatCircleKm: 100 }] }, withWarning, false, [['different', 'check distance', /^greatCircleKm: expected 100, got 6415\.9$/]]],
  ['"checks": [] expects no warning, strict', { checks: [] }, withWarning, true, [['unexpected', 'warning check weekday on "Tuesday, Sept. 13, 2023"']]],
  ['"checks": [] is ignored without strict', { checks: [] }, withWarning, false, []],
];

describe('compareFacts and checks', () => {
  it.each(cases)('%s', (_name, expected, actual, strict, diffs) => {
    const result = compareFacts(ExpectedFacts.parse(expected), actual, { strict });
    expect(result.diffs.map((d) => [d.status, d.label])).toEqual(diffs.map(([s, l]) => [s, l]));
    diffs.forEach(([, , detail], i) => {
      if (detail) expect(result.diffs[i]!.details.some((x) => detail.test(x))).toBe(true);
    });
    for (const d of result.diffs) expect(d.kind).toBe('checks');
  });

  it('counts listed checks among the expected facts', () => {
    const result = compareFacts(ExpectedFacts.parse({ checks: [{ kind: 'distance' }, { kind: 'weekday' }] }), withWarning, { strict: false });
    expect(result).toMatchObject({ expected: 2, found: 2 });
  });

  it('rejects an unknown field in an expected check', () => {
    expect(ExpectedFacts.safeParse({ checks: [{ kind: 'distance', satus: 'ok' }] }).success).toBe(false);
    expect(ExpectedFacts.safeParse({ checks: [{ kind: 'distances' }] }).success).toBe(false);
  });
});
