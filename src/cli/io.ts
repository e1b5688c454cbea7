/** The process surface the CLI touches, passed in so that tests can run the CLI in-process. */
import type { Extract } from './analyse.js';
import { sanitize } from '../render/sanitize.js';

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean; getColorDepth?(): number; once?(event: 'drain', listener: () => void): unknown };
  /** a terminal on stderr (isTTY, columns) gets a progress line on long runs */
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  /** aborted when stdout's reader went away (`… | head`) or a write failed: the articles not yet started are dropped */
  stdoutClosed?: AbortSignal;
  /** the error that made stdout fail, other than a closed reader (see streams.ts) */
  stdoutFailure?: () => Error | null;
  /** the library call; tests swap in a broken one to exercise internal errors (the CLI then runs without workers) */
  extract?: Extract;
}

export const PREFIX = 'summit-facts: ';

export function reportError(io: Io, message: string): void {
  io.stderr.write(`${PREFIX}${message.replace(/\s*\n\s*/g, ' ')}\n`);
}

export function reportWarning(io: Io, message: string): void {
  io.stderr.write(`${PREFIX}warning: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
}

/** The articles a warning concerns, for one line: up to 10 names; for more, the first 9 and how many others. */
export function articleList(names: readonly string[], max = 10): string {
  if (names.length <= max) return names.map(sanitize).join(', ');
  return `${names.slice(0, max - 1).map(sanitize).join(', ')} and ${names.length - (max - 1)} more articles`;
}
