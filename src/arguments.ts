/**
 * The rules for what callers pass in, in one place: the library checks its arguments with them at the door, and the
 * CLI checks `--date`, `--only` and an expected file's referenceDate with the same rules.
 */
import { FACT_KINDS } from './schema.js';

/** Reference dates are years 1000 to 9999: four digits, as a TIMEX3 value writes them, with room to count back. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

/** Why `value` is not a reference date (YYYY-MM-DD, a real day, a year in range), or null when it is one. */
export function dateProblem(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return 'expected a date as YYYY-MM-DD, e.g. 2023-09-12';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < MIN_YEAR || y > MAX_YEAR) return `${value} is outside the years ${MIN_YEAR} to ${MAX_YEAR}`;
  // years from 1000 on: Date.UTC reads them as they are (it maps only 0–99 to the 1900s)
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return `${value} is not a date in the calendar`;
  return null;
}

/** The values of `only` that are not fact kinds (each one once, in the order given). */
export function unknownKinds(kinds: readonly string[]): string[] {
  return [...new Set(kinds.filter((k) => !(FACT_KINDS as readonly string[]).includes(k)))];
}

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? `${(value as object).constructor?.name ?? 'Object'} object` : typeof value;

/**
 * Throws a TypeError or RangeError naming the argument when `text` or `options` is not what extractFacts takes:
 * text a string (or, for extractFactsInBatches, pieces of text), `only` an array of fact kinds, `referenceDate` a
 * date as `dateProblem` accepts, `path` a string. Options that are absent or null are left to their defaults.
 */
export function checkExtractArguments(fn: string, text: unknown, options: unknown, pieces = false): void {
  // bytes are iterable too, but of numbers: a Buffer is refused, never read as digits
  const iterable = pieces && text !== null && typeof text === 'object' && !ArrayBuffer.isView(text) && typeof (text as Iterable<unknown>)[Symbol.iterator] === 'function';
  if (typeof text !== 'string' && !iterable) {
    throw new TypeError(`${fn}: text must be a string${pieces ? ' or an iterable of strings' : ''}, not ${describe(text)}`);
  }
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new TypeError(`${fn}: options must be an object, not ${describe(options)}`);
  const { only, referenceDate, path } = options as Record<string, unknown>;
  if (only !== undefined && only !== null) {
    if (!Array.isArray(only)) throw new TypeError(`${fn}: options.only must be an array of fact kinds (${FACT_KINDS.join(', ')}), not ${typeof only === 'string' ? `the string "${only}"` : describe(only)}`);
    const unknown = unknownKinds(only.map(String));
    if (unknown.length > 0) {
      throw new RangeError(`${fn}: options.only: unknown kind ${unknown.map((k) => `"${k}"`).join(', ')}; choose from ${FACT_KINDS.join(', ')}`);
    }
  }
  if (referenceDate !== undefined && referenceDate !== null) {
    if (typeof referenceDate !== 'string') throw new TypeError(`${fn}: options.referenceDate must be a string YYYY-MM-DD, not ${describe(referenceDate)}`);
    const problem = dateProblem(referenceDate);
    if (problem) throw new RangeError(`${fn}: options.referenceDate: ${problem}`);
  }
  if (path !== undefined && path !== null && typeof path !== 'string') throw new TypeError(`${fn}: options.path must be a string, not ${describe(path)}`);
}
