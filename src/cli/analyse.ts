/** One article through the library, guarded: a throw or a sheet that fails its own schema is an internal error. */
import type { ExtractOptions, FactSheet } from '../index.js';
import { extractFacts, validateFactSheet } from '../index.js';

export type Extract = (text: string, options: ExtractOptions) => unknown;

/** One line from any error text: the first zod issue, or the message with its whitespace collapsed. */
export function oneLine(message: string, max = 300): string {
  let line = message;
  try {
    const issues = JSON.parse(message) as Array<{ path?: unknown[]; message?: string }>;
    if (Array.isArray(issues) && issues.length > 0) {
      const first = issues[0]!;
      line = `${(first.path ?? []).join('.') || '(root)'}: ${first.message ?? 'invalid'}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`;
    }
  } catch {
    // not zod's JSON: use the text as it is
  }
  line = line.replace(/\s+/g, ' ').trim();
  return line.length > max ? line.slice(0, max - 1) + '…' : line;
}

/** A validator's issue lines (`path: message`, one a line) as one line: the first, and how many more. */
export function firstIssue(lines: string): string {
  const all = lines.split('\n');
  return oneLine(all[0]! + (all.length > 1 ? ` (and ${all.length - 1} more)` : ''));
}

export function analyse(text: string, options: ExtractOptions, extract: Extract = extractFacts): { ok: true; sheet: FactSheet } | { ok: false; message: string } {
  let sheet: unknown;
  try {
    sheet = extract(text, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `internal error while extracting facts: ${oneLine(message)} (a bug in summit-facts; please report it)` };
  }
  const valid = validateFactSheet(sheet);
  if (!valid.ok) return { ok: false, message: `internal error: the fact sheet fails its own schema at ${firstIssue(valid.error)} (a bug in summit-facts; please report it)` };
  return { ok: true, sheet: valid.sheet };
}
