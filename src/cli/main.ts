/**
 * The CLI entry: parse the arguments, read each input, call the library, render, and decide the exit code.
 * This is the only layer that does I/O. It never calls process.exit: it sets process.exitCode and lets stdout flush.
 */
import fs from 'node:fs';
import { Chalk, type ChalkInstance } from 'chalk';
import { CommanderError } from 'commander';
import { FACT_KINDS, factSheetJsonSchema, type FactSheet } from '../index.js';
import { renderers } from '../render/index.js';
import { toJson } from '../render/json.js';
import { sanitize } from '../render/sanitize.js';
import { analyse } from './analyse.js';
import { runCheck } from './check/run.js';
import { colorLevel } from './color.js';
import { emptyOutcome, exitCodeFor, type ExitCode, type Outcome } from './exit-code.js';
import { readFileInput, readStreamInput, type Input } from './input.js';
import { PREFIX, reportError, reportWarning, type Io } from './io.js';
import { buildProgram, type CheckCommandOptions, type ExtractCommandOptions } from './program.js';

/** package.json's version, read once at startup (dist/cli/ and src/cli/ are both two levels below it). */
const VERSION = (JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function chalkFor(io: Io, flag: boolean): ChalkInstance {
  const level = colorLevel({ flag, env: io.env, isTTY: io.stdout.isTTY === true, depth: io.stdout.isTTY ? io.stdout.getColorDepth?.() : undefined });
  return new Chalk({ level });
}

/** Commander's error text ("error: unknown option '--x'\n(Did you mean --json?)") as one line. */
function usageLine(text: string): string {
  return text.replace(/^error:\s*/i, '').replace(/\s*\n\s*/g, ' ').trim();
}

async function extract(files: string[], options: ExtractCommandOptions, io: Io, outcome: Outcome): Promise<void> {
  const format = options.json ? 'json' : options.format;
  const only = options.only ?? FACT_KINDS;
  if (files.length === 0 && io.stdin.isTTY) {
    reportError(io, 'no input: name an article file, or pipe one on stdin (see --help)');
    outcome.usageError = true;
    return;
  }
  const specs = files.length === 0 ? ['-'] : files;
  const sheets: FactSheet[] = [];
  const texts: string[] = []; // each sheet's text, for the HTML report
  const sheetWarnings = new Map<string, string[]>();
  let stdinUsed = false;
  for (const spec of specs) {
    let input: Input;
    if (spec === '-') {
      input = stdinUsed ? { ok: false, name: '<stdin>', message: '<stdin>: already read (give "-" once)' } : await readStreamInput(io.stdin, options.maxSize);
      stdinUsed = true;
    } else input = await readFileInput(spec, options.maxSize);
    if (!input.ok) {
      reportError(io, sanitize(input.message));
      outcome.unreadableInputs++;
      continue;
    }
    for (const warning of input.warnings) reportWarning(io, `${sanitize(input.name)}: ${warning}`);
    const result = analyse(input.text, { referenceDate: options.date ?? null, path: input.path, only }, io.extract);
    if (!result.ok) {
      reportError(io, `${sanitize(input.name)}: ${result.message}`);
      outcome.internalErrors++;
      continue;
    }
    for (const warning of result.sheet.warnings) sheetWarnings.set(warning, [...(sheetWarnings.get(warning) ?? []), input.name]);
    sheets.push(result.sheet);
    texts.push(input.text);
  }
  // each warning once, naming the articles it concerns; never on stdout
  for (const [warning, names] of sheetWarnings) reportWarning(io, `${names.map(sanitize).join(', ')}: ${sanitize(warning)}`);
  if (sheets.length === 0) return;
  io.stdout.write(renderers[format](sheets, { chalk: chalkFor(io, options.color), only, several: specs.length > 1, texts }));
}

/** Run the CLI with these arguments (without `node` and the script) and return the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  const outcome = emptyOutcome();
  const program = buildProgram(
    VERSION,
    { writeOut: (t) => void io.stdout.write(t), writeErr: (t) => void io.stderr.write(t.startsWith('error:') ? `${PREFIX}${usageLine(t)} (see --help)\n` : t) },
    {
      extract: (files, options) => extract(files, options, io, outcome),
      check: (paths, options: CheckCommandOptions) =>
        runCheck(paths, { update: options.update ?? false, strict: options.strict ?? false, date: options.date ?? null, maxSize: options.maxSize, chalk: chalkFor(io, options.color) }, io, outcome),
      schema: async () => void io.stdout.write(toJson(factSheetJsonSchema(), 2) + '\n'),
    },
  );
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; every other commander error is a usage error
      if (error.exitCode !== 0) outcome.usageError = true;
    } else {
      reportError(io, `internal error: ${error instanceof Error ? error.message : String(error)} (a bug in summit-facts; please report it)`);
      outcome.internalErrors++;
    }
  }
  return exitCodeFor(outcome);
}

/** The bin's entry: real process streams; sets process.exitCode (never process.exit, so stdout can flush). */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // a closed pipe (summit-facts … | head) is not an error of ours
    if (error.code !== 'EPIPE') throw error;
  });
  process.exitCode = await run(argv, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
}
