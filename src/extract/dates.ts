import type { DateFact } from '../schema.js';
import type { ExtractContext } from './context.js';

/** Time expressions with TIMEX3 values. (placeholder, being written) */
export function extractDates(_ctx: ExtractContext): DateFact[] {
  return [];
}
