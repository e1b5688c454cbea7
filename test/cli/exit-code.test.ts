import { describe, expect, it } from 'vitest';
import { emptyOutcome, exitCodeFor, type Outcome } from '../../src/cli/exit-code.js';

const o = (extra: Partial<Outcome>): Outcome => ({ ...emptyOutcome(), ...extra });

describe('exitCodeFor: the most serious outcome decides', () => {
  it.each([
    ['nothing went wrong', o({}), 0],
    ['check differences', o({ factDifferences: 3 }), 1],
    ['a usage error', o({ usageError: true }), 2],
    ['an unreadable input', o({ unreadableInputs: 1 }), 2],
    ['an unreadable input beats check differences', o({ unreadableInputs: 1, factDifferences: 2 }), 2],
    ['a usage error beats check differences', o({ usageError: true, factDifferences: 1 }), 2],
    ['a fault of the environment (a full disk)', o({ environmentErrors: 1 }), 2],
    ['a fault of the environment beats check differences', o({ environmentErrors: 1, factDifferences: 2 }), 2],
    ['an internal error', o({ internalErrors: 1 }), 3],
    ['an internal error beats everything', o({ internalErrors: 1, usageError: true, unreadableInputs: 4, environmentErrors: 2, factDifferences: 9 }), 3],
  ])('%s → %d', (_name, outcome, code) => {
    expect(exitCodeFor(outcome)).toBe(code);
  });
});
