/**
 * Writing the articles' pieces to stdout, in input order, as each becomes ready: the framing around the pieces
 * (json's array brackets, the blank line between tables) lives here, the pieces come from article.ts.
 * Nothing is written when no article gave output, as before.
 */
import type { Format } from '../render/index.js';

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

export class FramedWriter {
  private started = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly framing: Framing,
  ) {}

  piece(text: string): void {
    this.write(this.started ? this.framing.separator + text : this.framing.open + text);
    this.started = true;
  }

  end(): void {
    if (this.started && this.framing.close) this.write(this.framing.close);
  }
}
