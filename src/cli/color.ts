/** The colour decision, made once per run, as a pure function of the flag, the environment and the terminal. */

export type ColorLevel = 0 | 1 | 2 | 3;

/** `--color=auto|always|never`; `--no-color` is never. */
export const COLOR_WHEN = ['auto', 'always', 'never'] as const;
export type ColorWhen = (typeof COLOR_WHEN)[number];

/** Commander's value of `--color <when>` and `--no-color` (undefined, true, false or a choice) as one choice. */
export function colorWhen(value: unknown): ColorWhen {
  // a command with a lone --no-color has true by default: not switched off, so decided as auto
  if (value === false) return 'never';
  return (COLOR_WHEN as readonly unknown[]).includes(value) ? (value as ColorWhen) : 'auto';
}

export interface ColorInputs {
  /** false for --no-color or --color=never */
  flag: boolean;
  /** --color=always: colour even when stdout is not a terminal, whatever NO_COLOR and FORCE_COLOR say */
  always?: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** whether stdout is a terminal */
  isTTY: boolean;
  /** the terminal's colour depth in bits (1, 4, 8 or 24), when it is a terminal */
  depth?: number;
}

/**
 * Precedence: `--no-color` (or `--color=never`) beats everything; then `--color=always` (a flag given on the command
 * line beats the environment; FORCE_COLOR=2 or 3 still picks the depth); then FORCE_COLOR (as Node itself does: it wins over NO_COLOR, and
 * forces colour even when stdout is not a terminal; 0 or false turns colour off); then NO_COLOR (any non-empty
 * value, see no-color.org); then colour only on a terminal that is not TERM=dumb.
 */
export function colorLevel({ flag, always, env, isTTY, depth }: ColorInputs): ColorLevel {
  if (!flag) return 0;
  const force = env.FORCE_COLOR;
  if (always) {
    if (force === '2' || force === '3') return Number(force) as ColorLevel;
    return depth === undefined || !isTTY ? 1 : depth >= 24 ? 3 : depth >= 8 ? 2 : 1;
  }
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
