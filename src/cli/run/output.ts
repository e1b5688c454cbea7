/**
 * Writing the articles' pieces to stdout, in input order, as each becomes ready: the framing around the pieces
 * (json's array brackets, the blank line between tables) lives here, the pieces come from article.ts.
 * Nothing is written when no article gave output, as before.
 */
import fs from 'node:fs';
import type { Format } from '../../render/index.js';
import type { Piece } from './large.js';

/**
 * The formats written piece by piece, as the articles are done. The others are one document made from every sheet
 * at the end (html: one page, with an index of the articles before them).
 */
export const STREAMED = { table: true, json: true, jsonl: true, html: false } as const satisfies Record<Format, boolean>;

export interface Framing {
  open: string;
  separator: string;
  close: string;
}

export function framingFor(format: Format, several: boolean): Framing {
  if (format === 'json' && several) return { open: '[\n', separator: ',\n', close: '\n]\n' };
  if (format === 'table') return { open: '', separator: '\n', close: '' };
  return { open: '', separator: '', close: '' };
}

/** Where the pieces go: stdout, or a test's buffer. */
export interface Sink {
  /** false when the text was buffered and the writer should wait for `drained` before more (a full pipe) */
  write(text: string): unknown;
  /** resolves when the sink takes more again; absent: never wait */
  drained?(): Promise<void>;
  /** aborted when no one reads any more (a closed pipe): the rest is not written */
  closed?: AbortSignal;
}

export class FramedWriter {
  private started = false;
  /** pieces of files still being copied: text that comes after them waits its turn */
  private busy = 0;
  private queue: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(
    private readonly sink: Sink,
    private readonly framing: Framing,
  ) {}

  piece(piece: Piece): void {
    const lead = this.started ? this.framing.separator : this.framing.open;
    this.started = true;
    if (typeof piece === 'string' && this.busy === 0) {
      this.sink.write(lead + piece);
      return;
    }
    this.busy++;
    this.queue = this.queue
      .then(() => this.copy(lead, piece))
      .catch((error: unknown) => void (this.failure ??= error))
      .finally(() => void this.busy--);
  }

  /** Once every piece is out: the closing text; rejects if a piece's file could not be copied. */
  async end(): Promise<void> {
    await this.queue;
    if (this.failure) throw this.failure;
    if (this.started && this.framing.close) this.sink.write(this.framing.close);
  }

  private async copy(lead: string, piece: Piece): Promise<void> {
    if (typeof piece === 'string') return this.put(lead + piece);
    try {
      await this.put(lead);
      for (const part of piece.parts) {
        if (typeof part === 'string') await this.put(part);
        else for await (const chunk of fs.createReadStream(part.file, { encoding: 'utf8', highWaterMark: 1 << 20 })) await this.put(chunk as string);
      }
    } finally {
      fs.rmSync(piece.dir, { recursive: true, force: true });
    }
  }

  private async put(text: string): Promise<void> {
    if (this.sink.closed?.aborted) return;
    if (this.sink.write(text) === false && this.sink.drained) await this.sink.drained();
  }
}
