/**
 * The CLI entry: parse the arguments, read each input, call the library, render, and decide the exit code.
 * This is the only layer that does I/O. It never calls process.exit: it sets process.exitCode and lets stdout flush.
 */
import fs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import { CommanderError } from 'commander';
import { FACT_KINDS, factSheetJsonSchema, storyJsonSchema, type FactSheet } from '../schema.js';
import { toJson } from '../render/json.js';
import { sanitize } from '../render/sanitize.js';
import type { ArticleResult, ArticleSettings, Task } from './run/article.js';
import { colorLevel, colorWhen } from './color.js';
import { dateFor, readDates, unusedDates } from './dates.js';
import { expandArguments } from './input/expand.js';
import { emptyOutcome, exitCodeFor, type ExitCode, type Outcome } from './exit-code.js';
import { readStreamInput, STDIN_NAME } from './input/input.js';
import { PREFIX, reportError, reportWarning, warningLine, type Io } from './io.js';
import { toFile } from './output-file.js';
import { framingFor, FramedWriter } from './run/output.js';
import { runArticles, workerCount } from './run/pool.js';
import { Progress, showProgress, PROGRESS_MIN_ARTICLES } from './progress.js';
import { buildProgram, type CheckCommandOptions, type ExtractCommandOptions } from './program.js';
import { GuardedStream, isSystemError, systemReason } from './streams.js';

/** package.json's version, read once at startup (dist/cli/ and src/cli/ are both two levels below it). */
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function chalkFor(io: Io, color: unknown): ChalkInstance {
  return new Chalk({ level: stdoutColorLevel(io, color) });
}

/** The colour of stdout, from `--color`/`--no-color` (commander's value), the environment and the terminal. */
function stdoutColorLevel(io: Io, color: unknown) {
  const when = colorWhen(color);
  return colorLevel({ flag: when !== 'never', always: when === 'always', env: io.env, isTTY: io.stdout.isTTY === true, depth: io.stdout.isTTY ? io.stdout.getColorDepth?.() : undefined });
}

/** Commander's error text ("error: unknown option '--x'\n(Did you mean --json?)") as one line. */
function usageLine(text: string): string {
  return text.replace(/^error:\s*/i, '').replace(/\s*\n\s*/g, ' ').trim();
}

/** The articles named on the command line, as tasks in order; stdin is read here, once. */
async function tasksFor(files: readonly string[], io: Io, maxSize: number): Promise<{ tasks: Task[]; several: boolean; warnings: string[] }> {
  const expansion = await expandArguments(files);
  const tasks: Task[] = [];
  let stdinUsed = false;
  for (const entry of expansion.entries) {
    if (entry.kind !== 'stdin') {
      tasks.push(entry);
      continue;
    }
    if (stdinUsed) {
      tasks.push({ kind: 'error', name: STDIN_NAME, message: `${STDIN_NAME}: already read (give "-" once)` });
      continue;
    }
    stdinUsed = true;
    const input = await readStreamInput(io.stdin, maxSize);
    tasks.push(input.ok ? { kind: 'text', name: input.name, text: input.text, warnings: input.warnings } : { kind: 'error', name: input.name, message: input.message });
  }
  return { tasks, several: expansion.several, warnings: expansion.warnings };
}

/**
 * The inputs' size in bytes, for the progress line and the number of workers; only worth knowing when there are
 * few articles (20 or more have a progress line and enough work for 5 workers whatever their size).
 */
async function sizeOf(tasks: readonly Task[]): Promise<number> {
  if (tasks.length >= PROGRESS_MIN_ARTICLES) return 0;
  let bytes = 0;
  for (const task of tasks) {
    if (task.kind === 'text') bytes += task.text.length;
    else if (task.kind === 'file') bytes += (await fs.stat(path.resolve(task.path)).catch(() => null))?.size ?? 0;
  }
  return bytes;
}

/** When stdout takes more after a write it buffered (a full pipe), or when no one reads it any more. */
function drained(io: Io): Promise<void> {
  const { stdout, stdoutClosed } = io;
  if (!stdout.once || stdoutClosed?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stdoutClosed?.removeEventListener('abort', done);
      resolve();
    };
    stdout.once!('drain', done);
    stdoutClosed?.addEventListener('abort', done, { once: true });
  });
}

async function extract(files: string[], options: ExtractCommandOptions, terminalIo: Io, outcome: Outcome): Promise<void> {
  const quietIo: Io = { ...terminalIo, quiet: options.quiet === true };
  if (options.output === undefined) return extractTo(files, options, quietIo, outcome);
  // -o FILE: the output goes to a temporary file beside it, renamed over FILE at the end
  const file = await toFile(options.output, quietIo);
  if (!file.ok) {
    reportError(quietIo, file.message);
    outcome.usageError = true;
    return;
  }
  try {
    await extractTo(files, options, file.io, outcome);
  } finally {
    const message = await file.finish();
    if (message) {
      reportError(quietIo, message);
      outcome.unreadableInputs++;
    }
  }
}

async function extractTo(files: string[], options: ExtractCommandOptions, io: Io, outcome: Outcome): Promise<void> {
  const format = options.json ? 'json' : options.format;
  const only = options.only ?? FACT_KINDS;
  if (files.length === 0 && io.stdin.isTTY) {
    reportError(io, 'no input: name an article file, or pipe one on stdin (see --help)');
    outcome.usageError = true;
    return;
  }
  const dates = options.dates ? await readDates(options.dates) : null;
  if (dates && !dates.ok) {
    reportError(io, sanitize(dates.message));
    outcome.usageError = true;
    return;
  }
  const { tasks, several, warnings } = await tasksFor(files, io, options.maxSize);
  for (const warning of warnings) reportWarning(io, sanitize(warning));
  // more workers than cores only share them, each with its own copy of the library
  const cores = os.availableParallelism();
  if (options.jobs > cores) {
    reportWarning(io, `--jobs ${options.jobs} is more than the ${cores} cores here; using ${cores}`);
    options = { ...options, jobs: cores };
  }
  if (dates) {
    // each article's own date; a line for an article not given is an error
    const unused = unusedDates(dates.dates, tasks.flatMap((t) => (t.kind === 'file' ? [t.path] : [])));
    if (unused.length > 0) {
      for (const line of unused.slice(0, 10)) reportError(io, sanitize(line));
      outcome.usageError = true;
      return;
    }
    for (const task of tasks) if (task.kind === 'file') task.referenceDate = dateFor(dates.dates, task.path) ?? undefined;
  }
  const settings: ArticleSettings = {
    format,
    several,
    only,
    referenceDate: options.date ?? null,
    maxSize: options.maxSize,
    colorLevel: stdoutColorLevel(io, options.color),
    width: io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : undefined,
    tempRoot: path.join(os.tmpdir(), `summit-facts-${process.pid}-${randomBytes(4).toString('hex')}`),
  };
  // a large article's temporary files (json, jsonl) go when the run ends, however it ends
  const stopCleaning = format === 'json' || format === 'jsonl' ? removedOnExit(settings.tempRoot) : () => {};
  try {
    await extractArticles(tasks, several, settings, options, io, outcome);
  } finally {
    stopCleaning();
  }
}

/**
 * Remove `dir` at the end, or on an interrupt (Ctrl-C) or a termination: the handler removes it, then lets the
 * signal take its course again (the process ends as it would have). Returns what to call at a normal end.
 */
function removedOnExit(dir: string): () => void {
  const remove = () => {
    try {
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    } catch {
      // a folder that cannot be removed is left to the system's cleaning of TMPDIR, never a failure of the run
    }
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const stop = () => {
    for (const signal of signals) process.removeListener(signal, onSignal);
    remove();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    process.kill(process.pid, signal);
  };
  for (const signal of signals) process.on(signal, onSignal);
  return stop;
}

async function extractArticles(tasks: Task[], several: boolean, settings: ArticleSettings, options: ExtractCommandOptions, io: Io, outcome: Outcome): Promise<void> {
  const { format, only } = settings;

  const bytes = await sizeOf(tasks);
  const progress = showProgress({ flag: options.progress, isTTY: io.stderr.isTTY === true, env: io.env, articles: tasks.length, bytes })
    ? new Progress(io.stderr, tasks.length, new Chalk({ level: colorLevel({ flag: colorWhen(options.color) !== 'never', env: io.env, isTTY: true }) > 0 ? 1 : 0 }))
    : null;
  // anything else written to the terminal first takes the progress line away; the next article draws it again
  const errIo: Io = { ...io, stderr: { write: (text: string) => (progress?.clear(), io.stderr.write(text)) } };
  const writer = new FramedWriter(
    {
      write: (text) => {
        if (io.stdout.isTTY) progress?.clear();
        return io.stdout.write(text);
      },
      drained: () => drained(io),
      closed: io.stdoutClosed,
    },
    framingFor(format, several),
  );

  // each warning once, naming the articles it concerns; never on stdout
  const sheetWarnings = new Map<string, string[]>();
  // for a format made from every sheet at once (html)
  const wholes: Array<{ sheet: FactSheet; text: string }> = [];
  const emit = (result: ArticleResult) => {
    for (const warning of result.inputWarnings) reportWarning(errIo, `${sanitize(result.name)}: ${warning}`);
    if (result.error) {
      reportError(errIo, sanitize(result.error.message));
      if (result.error.kind === 'internal') outcome.internalErrors++;
      else outcome.unreadableInputs++;
    } else {
      for (const warning of result.sheetWarnings) {
        const names = sheetWarnings.get(warning);
        if (names) names.push(result.name);
        else sheetWarnings.set(warning, [result.name]);
      }
      if (result.piece !== null) writer.piece(result.piece);
      if (result.whole) wholes.push(result.whole);
    }
    progress?.tick();
  };

  // a swapped-in library call (tests) runs here
  const jobs = workerCount(options.jobs, tasks.filter((t) => t.kind !== 'error').length, bytes);
  try {
    await runArticles(tasks, settings, jobs, emit, { extract: io.extract, signal: io.stdoutClosed });
  } finally {
    progress?.stop();
  }
  await writer.end();
  if (wholes.length > 0) {
    const { renderers } = await import('../render/index.js');
    const texts = wholes.map((w) => w.text);
    io.stdout.write(renderers[format](wholes.map((w) => w.sheet), { chalk: chalkFor(io, options.color), only, several, texts }));
  }
  for (const [warning, names] of sheetWarnings) reportWarning(io, warningLine(warning, names, options.verbose));
}

/** Run the CLI with these arguments (without `node` and the script) and return the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  const outcome = emptyOutcome();
  const program = buildProgram(
    VERSION,
    {
      writeOut: (t) => void io.stdout.write(t),
      writeErr: (t) => void io.stderr.write(t.startsWith('error:') ? `${PREFIX}${usageLine(t)} (see --help)\n` : t),
      columns: io.stdout.isTTY ? io.stdout.columns : undefined,
    },
    {
      extract: (files, options) => extract(files, options, io, outcome),
      check: async (paths, options: CheckCommandOptions) => {
        // loaded on demand: the library is not needed to start the CLI
        const { runComparison } = await import('./compare.js');
        const compareIo: Io = { ...io, quiet: options.quiet === true };
        await runComparison(paths, { update: options.update ?? false, strict: options.strict ?? false, date: options.date ?? null, dates: options.dates ?? null, maxSize: options.maxSize, chalk: chalkFor(io, options.color) }, compareIo, outcome);
      },
      story: async (inputs, options) => {
        const { runStory } = await import('./story.js');
        const format = options.json ? 'json' : options.format;
        const storyOptions = { format, date: options.date ?? null, dates: options.dates ?? null, maxSize: options.maxSize, jobs: options.jobs, chalk: chalkFor(io, options.color), colorLevel: stdoutColorLevel(io, options.color) };
        await runStory(inputs, storyOptions, io, outcome);
      },
      schema: async (kind) => void io.stdout.write(toJson(kind === 'story' ? storyJsonSchema() : factSheetJsonSchema(), 2) + '\n'),
    },
  );
  const commands = program.commands.map((c) => c.name());
  if (argv[0] === 'help' && argv[1] !== undefined && ![...commands, 'help'].includes(argv[1])) {
    // commander would print the whole help without a word about what is wrong
    reportError(io, `unknown command "${sanitize(argv[1])}"; the commands are ${commands.join(', ')} (see --help)`);
    outcome.usageError = true;
    return exitCodeFor(outcome);
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; every other commander error is a usage error
      if (error.exitCode !== 0) outcome.usageError = true;
    } else if (isSystemError(error)) {
      // the environment refused something (a full disk, no permission, too many open files): not a bug of ours
      reportError(io, `${error.path ? `${sanitize(error.path)}: ` : ''}${systemReason(error)}`);
      outcome.environmentErrors++;
    } else {
      reportError(io, `internal error: ${error instanceof Error ? error.message : String(error)} (a bug in summit-facts; please report it)`);
      outcome.internalErrors++;
    }
  }
  if (io.stdoutFailure) {
    // a write that failed last reports its error a moment after it returned
    await new Promise((resolve) => setImmediate(resolve));
    const failure = io.stdoutFailure();
    if (failure) {
      reportError(io, `cannot write the output: ${systemReason(failure)}`);
      outcome.environmentErrors++;
    }
  }
  return exitCodeFor(outcome);
}

/** For a worker thread of `--jobs N`: the bundle that holds this module also serves the workers (see serve-worker.ts). */
export { serveWorker } from './run/serve-worker.js';

/** The bin's entry: real process streams; sets process.exitCode (never process.exit, so stdout can flush). */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // a closed pipe (summit-facts … | head) is not an error of ours: no one reads the rest, so stop starting articles;
  // any other failure to write is one line on stderr and exit code 2 (see streams.ts)
  const stdout = new GuardedStream(process.stdout);
  const stderr = new GuardedStream(process.stderr);
  process.exitCode = await run(argv, { stdout, stderr, stdin: process.stdin, env: process.env, stdoutClosed: stdout.closed, stdoutFailure: () => stdout.failure });
}
