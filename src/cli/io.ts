/** The process surface the CLI touches, passed in so that tests can run the CLI in-process. */
import type { Extract } from './analyse.js';
import { sanitize } from '../render/sanitize.js';

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number; getColorDepth?(): number; once?(event: 'drain', listener: () => void): unknown };
  /** a terminal on stderr (isTTY, columns) gets a progress line on long runs */
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  /** aborted when stdout's reader went away (`… | head`) or a write failed: the articles not yet started are dropped */
  stdoutClosed?: AbortSignal;
  /** the error that made stdout fail, other than a closed reader (see streams.ts) */
  stdoutFailure?: () => Error | null;
  /** -q/--quiet: no warnings (errors are still reported) */
  quiet?: boolean;
  /** the library call; tests swap in a broken one to exercise internal errors (the CLI then runs without workers) */
  extract?: Extract;
}

export const PREFIX = 'summit-facts: ';

export function reportError(io: Io, message: string): void {
  io.stderr.write(`${PREFIX}${message.replace(/\s*\n\s*/g, ' ')}\n`);
}

export function reportWarning(io: Io, message: string): void {
  if (io.quiet) return;
  io.stderr.write(`${PREFIX}warning: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
}

/**
 * A warning of the library about some articles, as one line: for one article, its name then what happened; for several,
 * what happened first, then how many articles and which (the first three, or every one with `verbose`).
 */
export function warningLine(warning: string, names: readonly string[], verbose = false, shown = 3): string {
  if (names.length === 1) return `${sanitize(names[0]!)}: ${sanitize(warning)}`;
  const listed = verbose ? names : names.slice(0, shown);
  const rest = names.length - listed.length;
  const which = listed.map(sanitize).join(', ') + (rest > 0 ? ` and ${rest} more; --verbose names them all` : '');
  return `${sanitize(warning)} (in ${names.length} articles: ${which})`;
}

/** The articles a finding concerns, for one line: up to 10 names; for more, the first 9 and how many others. */
export function articleList(names: readonly string[], max = 10): string {
  if (names.length <= max) return names.map(sanitize).join(', ');
  return `${names.slice(0, max - 1).map(sanitize).join(', ')} and ${names.length - (max - 1)} more articles`;
}
