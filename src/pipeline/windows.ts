/**
 * Windows for huge input: an input above WINDOW characters is analysed in windows of whole paragraphs, one at a time,
 * so memory holds one window's parse and the facts found so far. The input may be one string or pieces of text in
 * order (a file read a megabyte at a time); both give the same windows.
 */
import { paragraphs } from '../nlp/document.js';
import { normalizeText } from '../text/normalize.js';

/** Inputs above this many characters are analysed in windows of whole paragraphs of about this size. */
export const WINDOW = 250_000;

/** A window's text and where it starts; `head` is the input's first 2,001 characters (or all of it, if shorter). */
export interface WindowText {
  start: number;
  text: string;
  last: boolean;
  head: string;
}

export function* stringWindows(input: string, size: number): Generator<WindowText> {
  const ranges = windows(input, size);
  const head = input.slice(0, 2_001);
  for (let i = 0; i < ranges.length; i++) {
    const [start, end] = ranges[i]!;
    yield { start, text: input.slice(start, end), last: i === ranges.length - 1, head };
  }
}

/**
 * The windows of text that comes in pieces, the same as `windows` gives for the whole: the text is read a block at
 * a time (see blockEnd), and a window is given as soon as the block after its end has been read.
 */
export function* streamWindows(pieces: Iterable<string>, size: number): Generator<WindowText> {
  const source = pieces[Symbol.iterator]();
  const cutter = new WindowCutter(size);
  let pending = ''; // the text read from the current window's start on
  let start = 0; // where `pending` starts in the input
  let from = 0; // where the next block starts
  let head = '';
  let done = false;
  const ready: Array<{ start: number; text: string }> = [];
  while (true) {
    const end = start + pending.length;
    let to = -1;
    if (done) to = end;
    else if (end - from > BLOCK) {
      const e = blockEnd(pending, from - start + BLOCK, false);
      if (e >= 0) to = start + e;
    }
    if (to < 0) {
      const piece = source.next();
      if (piece.done) done = true;
      else {
        pending += piece.value;
        if (head.length < 2_001) head = (head + piece.value).slice(0, 2_001);
      }
      continue;
    }
    for (const cut of cutter.cuts(from, normalizeText(pending.slice(from - start, to - start)))) {
      ready.push({ start, text: pending.slice(0, cut - start) });
      pending = pending.slice(cut - start);
      start = cut;
    }
    from = to;
    // a window is given once the next one has begun, or the text has ended: it knows whether it is the last
    while (ready.length > 0) yield { ...ready.shift()!, last: false, head };
    if (done && from === start + pending.length) {
      yield { start, text: pending, last: true, head };
      return;
    }
  }
}

/**
 * Window boundaries: [start, end) ranges that cover the input, each made of whole parser chunks (paragraphs, or
 * pieces of a paragraph longer than the parser's chunk) and at most about WINDOW characters long: the chunks of the
 * normalized text, cut before the first chunk that would make a window longer than `size`.
 *
 * The input is normalized and split into chunks a block at a time, never whole (a copy of a 100 MB input is 100 to
 * 200 MB): a block ends at a line end that ends a chunk whatever comes next and keeps a CRLF whole, so each block's
 * chunks are exactly the whole text's.
 */
export function windows(input: string, size = WINDOW): Array<[number, number]> {
  if (input.length <= size) return [[0, input.length]];
  const cutter = new WindowCutter(size);
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let from = 0; from < input.length; ) {
    const to = blockEnd(input, from + BLOCK, true);
    for (const cut of cutter.cuts(from, normalizeText(input.slice(from, to)))) {
      out.push([start, cut]);
      start = cut;
    }
    from = to;
  }
  out.push([start, input.length]);
  return out;
}

/** Blocks of at least this many characters (where a line end allows), for `windows`. */
const BLOCK = 1 << 16;
/**
 * A line end that ends a parser chunk whatever comes before it and wherever the text is cut after it: a raw LF
 * (never the CR of a CRLF) before a line that does not start with a lower-case letter, so it cannot be a wrapped
 * sentence's line break (see `paragraphs`).
 */
const HARD_LINE_END = /\n(?=[ \t]*[^a-z \t])/g;

/** Where the block whose first BLOCK characters end at `from` ends: after the next hard line end; else the text's end (`whole`) or -1. */
function blockEnd(text: string, from: number, whole: boolean): number {
  if (from >= text.length) return whole ? text.length : -1;
  HARD_LINE_END.lastIndex = from;
  const m = HARD_LINE_END.exec(text);
  return m ? m.index + 1 : whole ? text.length : -1;
}

/** Window cuts, from the parser chunks of the normalized text, given a block at a time in order. */
class WindowCutter {
  private start = 0;

  constructor(private readonly size: number) {}

  /** The cuts inside the block of normalized text that starts at `from`: before each chunk that would make the window too long. */
  cuts(from: number, block: string): number[] {
    const out: number[] = [];
    for (const p of paragraphs(block)) {
      if (from + p.end - this.start > this.size && from + p.start > this.start) {
        this.start = from + p.start;
        out.push(this.start);
      }
    }
    return out;
  }
}

