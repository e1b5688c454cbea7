import type { ParseReport } from '../nlp/document.js';
import { MAX_SENTENCE, MAX_WORD } from '../nlp/document.js';
import { formatNumber } from '../text/numbers.js';

/** At most this many dates and this many distances are kept per sentence; news has fewer than ten. */
export const MAX_PER_SENTENCE = 20;

/**
 * What went wrong or was cut along the way, summed over the windows and told once each in the sheet's warnings:
 * failed stages, the parser's limits, facts dropped by the per-sentence cap.
 */
export class Log {
  private readonly failures = new Map<string, { count: number; first: string }>();
  private readonly report: ParseReport = { cutSentences: 0, longWords: 0, failures: [] };
  private readonly dropped = { dates: { facts: 0, sentences: 0 }, distances: { facts: 0, sentences: 0 } };

  constructor(
    private readonly windowed: boolean,
    private readonly windowSize: number,
    /** what a failure of the stage costs (see `lost` in ./graph.ts) */
    private readonly lost: (stage: string) => string,
  ) {}

  failure(stage: string, error: unknown, start: number, end: number): void {
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim().slice(0, 200);
    const known = this.failures.get(stage);
    if (known) known.count++;
    else this.failures.set(stage, { count: 1, first: this.windowed ? `${message}, in characters ${start}-${end}` : message });
  }

  parsed(report: ParseReport, offset: number): void {
    this.report.cutSentences += report.cutSentences;
    this.report.longWords += report.longWords;
    for (const f of report.failures) this.report.failures.push({ ...f, start: f.start + offset, end: f.end + offset });
  }

  /** At most MAX_PER_SENTENCE facts of a kind per sentence, the first ones in the text. */
  capped<T extends { sentence: { start: number } }>(kind: 'dates' | 'distances', facts: T[]): T[] {
    const count = new Map<number, number>();
    const kept = facts.filter((f) => {
      const n = (count.get(f.sentence.start) ?? 0) + 1;
      count.set(f.sentence.start, n);
      return n <= MAX_PER_SENTENCE;
    });
    if (kept.length < facts.length) {
      this.dropped[kind].facts += facts.length - kept.length;
      this.dropped[kind].sentences += [...count.values()].filter((n) => n > MAX_PER_SENTENCE).length;
    }
    return kept;
  }

  /** The warnings, in this order: failed stages, the parser's limits, capped facts, windows. */
  warnings(windowCount: number): string[] {
    const out: string[] = [];
    for (const [stage, f] of this.failures) {
      const where = f.count > 1 ? ` (in ${f.count} of ${windowCount} windows; the first: ${f.first})` : ` (${f.first})`;
      out.push(`internal error in the ${stage} stage${where}: ${this.lost(stage)}; a bug in summit-facts, please report it`);
    }
    const { failures, cutSentences, longWords } = this.report;
    if (failures.length) {
      const first = failures[0]!;
      const message = first.message.replace(/\s+/g, ' ').trim().slice(0, 200);
      out.push(`the parser failed on ${failures.length} passage${failures.length > 1 ? 's' : ''} (the first: characters ${first.start}-${first.end}, ${message}); no facts come from ${failures.length > 1 ? 'them' : 'it'}`);
    }
    if (cutSentences) out.push(`${cutSentences} sentence${cutSentences > 1 ? 's' : ''} longer than ${formatNumber(MAX_SENTENCE)} characters ${cutSentences > 1 ? 'were' : 'was'} cut into pieces: facts that cross a cut may be missed`);
    if (longWords) out.push(`${longWords} word${longWords > 1 ? 's' : ''} longer than ${MAX_WORD} characters (links, codes, runs of symbols) ${longWords > 1 ? 'were' : 'was'} not analysed`);
    for (const kind of ['dates', 'distances'] as const) {
      const d = this.dropped[kind];
      if (d.facts) out.push(`${d.facts} ${kind === 'dates' ? 'time expressions' : 'distances'} beyond ${MAX_PER_SENTENCE} in one sentence ${d.facts > 1 ? 'were' : 'was'} left out (${d.sentences} sentence${d.sentences > 1 ? 's' : ''})`);
    }
    if (this.windowed) {
      out.push(`a large input: analysed in ${windowCount} windows of about ${formatNumber(this.windowSize)} characters; names are linked within a window, and actors and locations are merged across windows by name (a place keeps the name its first window gave it)`);
    }
    return out;
  }
}

