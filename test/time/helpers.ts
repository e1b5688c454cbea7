import { parse } from '../../src/nlp/document.js';
import { normalizeText } from '../../src/text/normalize.js';
import { extractDates } from '../../src/extract/dates.js';
import type { DateFact } from '../../src/schema.js';

/** The time expressions of one text, resolved against a reference date (or none). */
export function timexes(text: string, referenceDate: string | null): DateFact[] {
  return extractDates({ doc: parse(normalizeText(text)), referenceDate });
}

/** The fact whose text is exactly `extent`, if any. */
export function find(text: string, referenceDate: string | null, extent: string): DateFact | undefined {
  return timexes(text, referenceDate).find((f) => f.text === extent);
}
