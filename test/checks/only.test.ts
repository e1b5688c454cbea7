/** A check runs only when the kinds of facts it reads were asked for. */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';
import type { FactKind } from '../../src/schema.js';

const TEXT = [
  'Foreign Minister Elena Roth, 45, who was born in 1984, arrived in Geneva on Tuesday, Sept. 13, 2023.',
  'Geneva is about 900 kilometers from Zurich. The 46-year-old Roth said the talks would be short.',
  'Roth last visited Geneva four years ago. In May 2016, she visited Geneva for a conference.',
].join('\n');

const kinds = (only?: FactKind[]) => [...new Set(extractFacts(TEXT, { referenceDate: '2023-09-20', only }).checks.map((c) => c.kind))].sort();

describe('checks and --only', () => {
  it.each<[FactKind[] | undefined, string[]]>([
    [undefined, ['age-birth-year', 'age-conflict', 'distance', 'event-dates', 'weekday']],
    [['distances'], ['distance']],
    [['actors'], ['age-birth-year', 'age-conflict']],
    [['dates'], ['weekday']],
    [['events'], ['event-dates', 'weekday']],
    [['locations'], []],
  ])('only %j', (only, expected) => {
    expect(kinds(only)).toEqual(expected);
  });

  it('finds the same warnings whatever else is asked for', () => {
    const all = extractFacts(TEXT, { referenceDate: '2023-09-20' }).checks;
    const actorsOnly = extractFacts(TEXT, { referenceDate: '2023-09-20', only: ['actors'] }).checks;
    expect(actorsOnly).toEqual(all.filter((c) => c.kind.startsWith('age-')));
    expect(all.every((c) => c.status === 'warning')).toBe(true);
  });
});
