/** `summit-facts check`: run each article and compare with the expected facts beside it (X.txt → X.facts.json). */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { ExpectedFacts } from '../schema.js';
import { dateProblem } from '../arguments.js';
import { analyse, oneLine } from './analyse.js';
import { readFileInput } from './input/input.js';
import { textFilesIn } from './input/expand.js';
import { systemReason } from './streams.js';
import { writeFileAtomic } from './write-atomic.js';
import { dateFor, readDates, unusedDates } from './dates.js';
import type { Outcome } from './exit-code.js';
import { reportError, reportWarning, type Io } from './io.js';
import { compareFacts } from '../expected/compare.js';
import { renderComparison, renderComparisonSummary, type ComparisonTotals } from '../render/comparison.js';
import { toJson } from '../render/json.js';
import { sanitize } from '../render/sanitize.js';
import { jsonErrorOffset, lineAndColumn } from '../text/json-error.js';

export interface CompareOptions {
  update: boolean;
  strict: boolean;
  /** --date: beats the expected file's referenceDate */
  date: string | null;
  /** --dates: a file of each article's date, which beats --date */
  dates: string | null;
  maxSize: number;
  chalk: ChalkInstance;
}

/** A path as one shell word: quoted when it holds anything a shell would read specially. */
function shellWord(p: string): string {
  return /^[\w@%+=:,./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}

/** X.txt → X.facts.json; any other name gets `.facts.json` appended. */
function expectedPathFor(article: string): string {
  return article.replace(/\.txt$/i, '') + '.facts.json';
}

/** The articles named by files and folders (folders: every *.txt inside, as extraction finds a folder's files). */
async function collect(paths: readonly string[], io: Io, outcome: Outcome): Promise<string[]> {
  const articles: string[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      reportError(io, `${sanitize(p)}: ${code === 'ENOENT' ? 'no such file or folder' : systemReason(error)}`);
      outcome.unreadableInputs++;
      continue;
    }
    if (!stat.isDirectory()) {
      articles.push(p);
      continue;
    }
    const unreadable: string[] = [];
    let found: string[];
    try {
      found = (await textFilesIn(p, process.cwd(), unreadable)).filter((file) => ARTICLE.test(file));
    } catch (error) {
      reportError(io, `${sanitize(p)}: cannot read this folder (${systemReason(error)})`);
      outcome.unreadableInputs++;
      continue;
    }
    for (const folder of unreadable) reportWarning(io, `${sanitize(folder)}: cannot read this folder; skipped`);
    if (found.length === 0) {
      reportError(io, `${sanitize(p)}: no articles (*.txt) in this folder`);
      outcome.unreadableInputs++;
    }
    articles.push(...found);
  }
  return [...new Set(articles)];
}

/** The articles `check` takes from a folder: those with an expected file's name to go with them. */
const ARTICLE = /\.txt$/i;

/** A JSON syntax error as "line L, column C: what", the what in V8's words without its position or excerpt. */
export function jsonSyntaxError(raw: string, message: string): string {
  const what = oneLine(message.replace(/,\s*(?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '').replace(/\s*\(line \d+ column \d+\)|\s+in JSON at position \d+|\s+at position \d+/g, ''));
  const offset = jsonErrorOffset(raw);
  if (offset === null) return what;
  const { line, column } = lineAndColumn(raw, offset);
  return `line ${line}, column ${column}: ${what}`;
}

type Expected = { ok: true; facts: ExpectedFacts | null } | { ok: false; message: string };

async function readExpected(file: string): Promise<Expected> {
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, facts: null };
    return { ok: false, message: `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  let json: unknown;
  try {
    // a leading BOM (some editors write one) is not part of the JSON
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: `${file}: not valid JSON: ${jsonSyntaxError(raw.replace(/^\uFEFF/, ''), (error as Error).message)}` };
  }
  const parsed = ExpectedFacts.safeParse(json);
  if (!parsed.success) return { ok: false, message: `${file}: not an expected-facts file: ${oneLine(parsed.error.message)}` };
  // the reference date is checked as --date is
  const problem = parsed.data.referenceDate ? dateProblem(parsed.data.referenceDate) : null;
  if (problem) return { ok: false, message: `${file}: referenceDate: ${problem}` };
  return { ok: true, facts: parsed.data };
}

export async function runComparison(paths: readonly string[], options: CompareOptions, io: Io, outcome: Outcome): Promise<void> {
  const { chalk } = options;
  const totals: ComparisonTotals = { passed: 0, failed: 0, updated: 0, errors: 0 };
  const dates = options.dates ? await readDates(options.dates) : null;
  if (dates && !dates.ok) {
    reportError(io, sanitize(dates.message));
    outcome.usageError = true;
    return;
  }
  const articles = await collect(paths, io, outcome);
  const unused = dates ? unusedDates(dates.dates, articles) : [];
  if (unused.length > 0) {
    for (const line of unused.slice(0, 10)) reportError(io, sanitize(line));
    outcome.usageError = true;
    return;
  }
  for (const article of articles) {
    // no one reads the results any more (or they cannot be written): stop
    if (io.stdoutClosed?.aborted) return;
    const name = sanitize(article);
    const expectedFile = expectedPathFor(article);
    const input = await readFileInput(article, options.maxSize);
    if (!input.ok) {
      reportError(io, sanitize(input.message));
      outcome.unreadableInputs++;
      totals.errors++;
      continue;
    }
    for (const warning of input.warnings) reportWarning(io, `${name}: ${warning}`);
    const expected = await readExpected(expectedFile);
    if (!expected.ok) {
      reportError(io, sanitize(expected.message));
      outcome.unreadableInputs++;
      totals.errors++;
      continue;
    }
    const referenceDate = (dates && dateFor(dates.dates, article)) ?? options.date ?? expected.facts?.referenceDate ?? null;
    const result = analyse(input.text, { referenceDate, path: path.basename(article) }, io.extract);
    if (!result.ok) {
      reportError(io, `${name}: ${result.message}`);
      outcome.internalErrors++;
      totals.errors++;
      continue;
    }
    const sheet = result.sheet;

    if (options.update) {
      const text = toJson(sheet, 2) + '\n';
      const before = await fs.readFile(expectedFile, 'utf8').catch(() => null);
      if (before !== text) {
        try {
          await writeFileAtomic(expectedFile, text);
        } catch (error) {
          reportError(io, `${sanitize(expectedFile)}: cannot write (${systemReason(error)}); ${before === null ? 'it was not created' : 'the old file is left as it was'}`);
          outcome.environmentErrors++;
          totals.errors++;
          continue;
        }
      }
      const verb = before === null ? 'created' : before === text ? 'unchanged' : 'updated';
      io.stdout.write(`${verb === 'unchanged' ? chalk.dim(verb.padEnd(9)) : chalk.green(verb.padEnd(9))}  ${sanitize(expectedFile)}\n`);
      if (verb !== 'unchanged') totals.updated++;
      else totals.passed++;
      // the warnings a plain run gives, and what they mean for the file just written: a baseline kept for years
      const unresolved = sheet.referenceDate === null && sheet.dates.some((d) => d.value.includes('X'));
      for (const warning of sheet.warnings) reportWarning(io, `${name}: ${sanitize(warning)}`);
      if (unresolved) reportWarning(io, `${sanitize(expectedFile)} holds unresolved dates (no reference date); run check --update again with --date YYYY-MM-DD to record them resolved`);
      continue;
    }

    if (expected.facts === null) {
      io.stdout.write(`${chalk.red('FAIL')}  ${name}  ${chalk.dim(`(no expected facts: ${sanitize(expectedFile)} does not exist; create it with: summit-facts check --update ${sanitize(shellWord(article))})`)}\n`);
      outcome.factDifferences++;
      totals.failed++;
      continue;
    }
    const match = compareFacts(expected.facts, sheet, { strict: options.strict });
    io.stdout.write(renderComparison(article, match, chalk));
    if (match.diffs.length > 0) {
      outcome.factDifferences += match.diffs.length;
      totals.failed++;
    } else totals.passed++;
  }
  if (articles.length > 0) io.stdout.write(renderComparisonSummary(totals, chalk));
}
