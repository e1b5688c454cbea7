/** Run the whole pipeline on a short text written for the test, and keep the checks of one kind. */
import { extractFacts } from '../../src/index.js';
import type { Check, CheckKind } from '../../src/schema.js';

export function checksOf(kind: CheckKind, text: string, referenceDate: string | null = '2023-09-20'): Check[] {
  const sheet = extractFacts(text, { referenceDate });
  for (const c of sheet.checks) for (const e of c.evidence) if (text.slice(e.start, e.end) !== e.text) throw new Error(`bad span ${JSON.stringify(e)}`);
  return sheet.checks.filter((c) => c.kind === kind);
}

/** The statuses of the checks of one kind, in order: [] when nothing was checked. */
export const statuses = (kind: CheckKind, text: string, referenceDate?: string | null) => checksOf(kind, text, referenceDate).map((c) => c.status);
