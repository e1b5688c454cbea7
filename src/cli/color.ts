/** The colour decision, made once per run, as a pure function of the flag, the environment and the terminal. */

export type ColorLevel = 0 | 1 | 2 | 3;

export interface ColorInputs {
  /** false when --no-color was given */
  flag: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** whether stdout is a terminal */
  isTTY: boolean;
  /** the terminal's colour depth in bits (1, 4, 8 or 24), when it is a terminal */
  depth?: number;
}

/**
 * Precedence: `--no-color` beats everything; then FORCE_COLOR (as Node itself does: it wins over NO_COLOR, and
 * forces colour even when stdout is not a terminal; 0 or false turns colour off); then NO_COLOR (any non-empty
 * value, see no-color.org); then colour only on a terminal that is not TERM=dumb.
 */
export function colorLevel({ flag, env, isTTY, depth }: ColorInputs): ColorLevel {
  if (!flag) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force.toLowerCase() === 'false') return 0;
    if (force === '2') return 2;
    if (force === '3') return 3;
    return 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  if (depth === undefined || depth >= 24) return depth === undefined ? 1 : 3;
  return depth >= 8 ? 2 : depth >= 4 ? 1 : 0;
}
