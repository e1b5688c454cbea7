/**
 * A progress line on stderr for long runs: only on a terminal, only for many articles or a big input, never on
 * stdout, cleared at the end. The decision and the line are pure functions; `Progress` does the drawing.
 */
import type { ChalkInstance } from 'chalk';

/** Many articles: at least this many. */
export const PROGRESS_MIN_ARTICLES = 20;
/** A big input: at least this many bytes in all. */
const PROGRESS_MIN_BYTES = 5 * 1024 ** 2;

export interface ProgressInputs {
  /** false with --no-progress */
  flag: boolean;
  /** whether stderr is a terminal */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  articles: number;
  /** the inputs' size in bytes, when known */
  bytes: number;
}

export function showProgress({ flag, isTTY, env, articles, bytes }: ProgressInputs): boolean {
  if (!flag || !isTTY || env.TERM === 'dumb') return false;
  return articles >= PROGRESS_MIN_ARTICLES || bytes >= PROGRESS_MIN_BYTES;
}

export interface ProgressState {
  done: number;
  total: number;
  elapsedMs: number;
  /** the terminal's width in columns */
  width: number;
}

const seconds = (ms: number) => (ms < 60_000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.floor(ms / 60_000)}m${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}s`);

/**
 * One line, never wider than the terminal (so it never wraps): a bar when there is room, the count, the time
 * spent and, once an article is done, the time left at the rate so far.
 */
export function renderProgress({ done, total, elapsedMs, width }: ProgressState, chalk: ChalkInstance): string {
  const count = `${done}/${total} articles`;
  const left = done > 0 && done < total ? ` · ~${seconds((elapsedMs / done) * (total - done))} left` : '';
  const text = `${count} · ${seconds(elapsedMs)}${left}`;
  const room = width - 1 - text.length - 3;
  if (room < 10) return text.slice(0, Math.max(0, width - 1));
  const barWidth = Math.min(30, room);
  const filled = total === 0 ? barWidth : Math.round((barWidth * done) / total);
  return `[${chalk.cyan('#'.repeat(filled))}${chalk.dim('-'.repeat(barWidth - filled))}] ${text}`;
}

/** Erase the current line and go back to its start. */
const CLEAR = '\r\u001b[2K';

export interface ProgressStream {
  write(text: string): unknown;
  /** the terminal's width; 0 or missing (a pseudo-terminal may not say) counts as 80 */
  columns?: number;
}

/** The drawn line: redrawn at most every `interval` ms as articles finish, and by a timer so that time moves on. */
export class Progress {
  private done = 0;
  private drawn = false;
  private lastDraw = -Infinity;
  private readonly timer: NodeJS.Timeout;
  private readonly start: number;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly chalk: ChalkInstance,
    private readonly now: () => number = Date.now,
    private readonly interval = 100,
  ) {
    this.start = now();
    this.timer = setInterval(() => this.draw(), 500);
    this.timer.unref();
  }

  /** One more article done. */
  tick(): void {
    this.done++;
    if (this.now() - this.lastDraw >= this.interval || this.done === this.total) this.draw();
  }

  draw(): void {
    this.lastDraw = this.now();
    const line = renderProgress({ done: this.done, total: this.total, elapsedMs: this.lastDraw - this.start, width: this.stream.columns || 80 }, this.chalk);
    this.stream.write(CLEAR + line);
    this.drawn = true;
  }

  /** Take the line away (before other text goes to the terminal); the next tick draws it again. */
  clear(): void {
    if (!this.drawn) return;
    this.stream.write(CLEAR);
    this.drawn = false;
  }

  stop(): void {
    clearInterval(this.timer);
    this.clear();
  }
}
