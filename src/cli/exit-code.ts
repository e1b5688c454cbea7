/** The exit-code policy, in one pure function. The README documents the codes. */

const EXIT = {
  ok: 0,
  /** `check` found differences */
  differences: 1,
  /** bad usage, an input that could not be read, or a fault of the environment (a full disk, no permission) */
  usage: 2,
  /** a bug in summit-facts, e.g. output that fails its own schema */
  internal: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** What happened in one run, counted by the CLI as it goes. */
export interface Outcome {
  usageError: boolean;
  unreadableInputs: number;
  /** files the environment would not let us read or write, or stdout that could not be written */
  environmentErrors: number;
  internalErrors: number;
  factDifferences: number;
}

export const emptyOutcome = (): Outcome => ({ usageError: false, unreadableInputs: 0, environmentErrors: 0, internalErrors: 0, factDifferences: 0 });

/** The most serious thing that happened decides: internal error, then usage, input or environment, then check differences. */
export function exitCodeFor(outcome: Outcome): ExitCode {
  if (outcome.internalErrors > 0) return EXIT.internal;
  if (outcome.usageError || outcome.unreadableInputs > 0 || outcome.environmentErrors > 0) return EXIT.usage;
  if (outcome.factDifferences > 0) return EXIT.differences;
  return EXIT.ok;
}
