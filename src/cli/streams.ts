/**
 * The one output layer for stdout and stderr. Each stream is guarded on its own, so that a fault on one never costs
 * what the other still accepts: once a stream's reader is gone (EPIPE, `… | head`) or a write fails (a full disk,
 * /dev/full), what would follow on it is dropped, never thrown. For stdout the CLI then stops starting work (nothing
 * more can be shown) and, unless it was only a closed reader, says once on stderr that the output could not be written.
 * A warning that stderr cannot take is simply lost.
 */

/** The part of a process stream the CLI uses. */
export interface RawStream {
  write(text: string): boolean;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
  once?(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
  columns?: number;
  getColorDepth?(): number;
}

export class GuardedStream {
  private readonly controller = new AbortController();
  private error: NodeJS.ErrnoException | null = null;

  constructor(private readonly raw: RawStream) {
    raw.on('error', (error) => this.fail(error));
  }

  /** aborted once nothing more can be written: the reader went away, or a write failed */
  get closed(): AbortSignal {
    return this.controller.signal;
  }

  /** the write error, other than a closed reader, that closed the stream */
  get failure(): NodeJS.ErrnoException | null {
    return this.error;
  }

  get isTTY(): boolean | undefined {
    return this.raw.isTTY;
  }

  get columns(): number | undefined {
    return this.raw.columns;
  }

  getColorDepth(): number {
    return this.raw.getColorDepth?.() ?? 1;
  }

  /** false when the text was buffered (wait for `drain`); once closed, the text is dropped */
  write(text: string): boolean {
    if (this.controller.signal.aborted) return true;
    try {
      return this.raw.write(text);
    } catch (error) {
      this.fail(error as NodeJS.ErrnoException);
      return true;
    }
  }

  once(event: 'drain', listener: () => void): unknown {
    return this.raw.once?.(event, listener);
  }

  private fail(error: NodeJS.ErrnoException): void {
    if (this.controller.signal.aborted) return;
    if (error?.code !== 'EPIPE') this.error = error;
    this.controller.abort();
  }
}

/** A system error's reason as a person reads it: "ENOSPC: no space left on device, write" → "no space left on device". */
export function systemReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException | null;
  const message = e instanceof Error ? e.message : String(error);
  const m = /^[A-Z0-9_]+: (.*?)(?:, [a-z_]+(?: '.*')?)?$/s.exec(message);
  return (m ? m[1]! : message).replace(/\s+/g, ' ').trim() || (e?.code ?? 'unknown error');
}

/** An error from the operating system (a file, a folder, a device, a limit), as opposed to a bug of ours. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  const e = error as NodeJS.ErrnoException | null;
  return e instanceof Error && typeof e.code === 'string' && /^E[A-Z0-9]+$/.test(e.code) && typeof e.syscall === 'string';
}
