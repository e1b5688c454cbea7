/**
 * `summit-facts story`: articles (read and extracted as usual, in parallel) and fact sheets written before (`.json`,
 * `.jsonl`), in the order given, made into one story by the library's `buildStory`, then rendered.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import type { ChalkInstance } from 'chalk';
import { buildStory, validateStory } from '../story/index.js';
import { FactSheet, FACT_KINDS } from '../schema.js';
import { toJson } from '../render/json.js';
import type { StoryFormat } from '../render/index.js';
import { sanitize } from '../render/sanitize.js';
import type { ArticleResult, ArticleSettings, Task } from './run/article.js';
import type { ColorLevel } from './color.js';
import { dateFor, readDates, unusedDates, type DatesFile } from './dates.js';
import { expandArguments } from './input/expand.js';
import type { Outcome } from './exit-code.js';
import { readStreamInput, STDIN_NAME } from './input/input.js';
import { articleList, reportError, reportWarning, type Io } from './io.js';
import { runArticles, workerCount } from './run/pool.js';
import { oneLine } from './analyse.js';


export interface StoryRunOptions {
  format: StoryFormat;
  date: string | null;
  dates: string | null;
  maxSize: number;
  jobs: number;
  chalk: ChalkInstance;
  colorLevel: ColorLevel;
}

/** A fact sheet file: `.json` (a sheet, or an array of them) or `.jsonl` (a sheet a line). */
const SHEET_FILE = /\.jsonl?$/i;

type Slot = { sheet: FactSheet; text: string | null } | null;

/** Sheets from a .json or .jsonl file, each checked against the schema; the first bad one makes the file unreadable. */
async function readSheets(file: string): Promise<{ ok: true; sheets: FactSheet[] } | { ok: false; message: string }> {
  const parse = (json: string, where: string): FactSheet | string => {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch (error) {
      return `${where}: not valid JSON (${oneLine((error as Error).message, 120)})`;
    }
    const parsed = FactSheet.safeParse(value);
    return parsed.success ? parsed.data : `${where}: not a fact sheet written by summit-facts (${oneLine(parsed.error.issues.map((i) => `${i.path.join('.') || 'the sheet'}: ${i.message}`).join('; '), 160)})`;
  };
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, message: `${file}: is a directory, not a file` };
    const sheets: FactSheet[] = [];
    if (/\.jsonl$/i.test(file)) {
      const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
      let n = 0;
      for await (const line of lines) {
        n++;
        if (!line.trim()) continue;
        const sheet = parse(line, `${file}: line ${n}`);
        if (typeof sheet === 'string') {
          lines.close();
          return { ok: false, message: sheet };
        }
        sheets.push(sheet);
      }
    } else {
      const text = fs.readFileSync(file, 'utf8');
      const trimmed = text.trimStart();
      if (trimmed.startsWith('[')) {
        let list: unknown;
        try {
          list = JSON.parse(text);
        } catch (error) {
          return { ok: false, message: `${file}: not valid JSON (${oneLine((error as Error).message, 120)})` };
        }
        for (const [i, item] of (list as unknown[]).entries()) {
          const sheet = parse(JSON.stringify(item), `${file}: sheet ${i + 1}`);
          if (typeof sheet === 'string') return { ok: false, message: sheet };
          sheets.push(sheet);
        }
      } else {
        const sheet = parse(text, file);
        if (typeof sheet === 'string') return { ok: false, message: sheet };
        sheets.push(sheet);
      }
    }
    if (sheets.length === 0) return { ok: false, message: `${file}: no fact sheets in this file` };
    return { ok: true, sheets };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? String(error)})` };
  }
}

/** The article a sheet was made from, when it is still there unchanged in length (the HTML page and "then" ages use it). */
function textOf(sheet: FactSheet): string | null {
  const p = sheet.source.path;
  if (!p) return null;
  try {
    const text = fs.readFileSync(p, 'utf8').replace(/^\uFEFF/, '');
    return text.length === sheet.source.characters ? text : null;
  } catch {
    return null;
  }
}

export async function runStory(inputs: readonly string[], options: StoryRunOptions, io: Io, outcome: Outcome): Promise<void> {
  let dates: DatesFile | null = null;
  if (options.dates) {
    const read = await readDates(options.dates);
    if (!read.ok) {
      reportError(io, sanitize(read.message));
      outcome.usageError = true;
      return;
    }
    dates = read.dates;
  }
  const expansion = await expandArguments(inputs);
  for (const warning of expansion.warnings) reportWarning(io, sanitize(warning));

  // every input's place in the story; articles are extracted, sheet files read
  const slots: Array<Slot | Slot[]> = [];
  const tasks: Array<{ slot: number; task: Task }> = [];
  const given: string[] = [];
  for (const entry of expansion.entries) {
    if (entry.kind === 'error') {
      reportError(io, sanitize(entry.message));
      outcome.unreadableInputs++;
      continue;
    }
    if (entry.kind === 'stdin') {
      const input = await readStreamInput(io.stdin, options.maxSize);
      if (!input.ok) {
        reportError(io, sanitize(input.message));
        outcome.unreadableInputs++;
        continue;
      }
      slots.push(null);
      tasks.push({ slot: slots.length - 1, task: { kind: 'text', name: STDIN_NAME, text: input.text, warnings: input.warnings } });
      continue;
    }
    if (SHEET_FILE.test(entry.path)) {
      const read = await readSheets(entry.path);
      if (!read.ok) {
        reportError(io, sanitize(read.message));
        outcome.unreadableInputs++;
        continue;
      }
      for (const sheet of read.sheets) if (sheet.source.path) given.push(sheet.source.path);
      slots.push(read.sheets.map((sheet) => ({ sheet, text: textOf(sheet) })));
      continue;
    }
    given.push(entry.path);
    const own = dateFor(dates, entry.path);
    slots.push(null);
    tasks.push({ slot: slots.length - 1, task: own ? { kind: 'file', path: entry.path, referenceDate: own } : { kind: 'file', path: entry.path } });
  }
  if (dates) {
    const unused = unusedDates(dates, given);
    if (unused.length > 0) {
      for (const line of unused.slice(0, 10)) reportError(io, sanitize(line));
      outcome.usageError = true;
      return;
    }
  }

  await extractInto(slots, tasks, options, io, outcome);
  const done = slots.flat().filter((s): s is NonNullable<Slot> => s !== null);
  if (done.length === 0) {
    if (outcome.unreadableInputs === 0 && outcome.internalErrors === 0) reportError(io, 'no articles for a story');
    outcome.usageError ||= outcome.unreadableInputs === 0;
    return;
  }
  const texts = done.map((s) => s.text);
  const story = buildStory(done.map((s) => s.sheet), { texts });
  const valid = validateStory(story);
  if (!valid.ok) {
    reportError(io, `internal error: the story does not pass its own schema (${oneLine(valid.error)}) (a bug in summit-facts; please report it)`);
    outcome.internalErrors++;
    return;
  }
  if (options.format === 'json') io.stdout.write(toJson(story, 2) + '\n');
  else if (options.format === 'table') {
    const { renderStoryTable } = await import('../render/story-table.js');
    io.stdout.write(renderStoryTable(story, { chalk: options.chalk, texts }));
  } else {
    const { renderStoryHtml } = await import('../render/story-html.js');
    io.stdout.write(renderStoryHtml(story, { chalk: options.chalk, texts }));
  }
  for (const warning of story.warnings) reportWarning(io, sanitize(warning));
}

/** Extract the articles among the inputs into their slots, in parallel when it pays; each sheet warning once. */
async function extractInto(slots: Array<Slot | Slot[]>, tasks: ReadonlyArray<{ slot: number; task: Task }>, options: StoryRunOptions, io: Io, outcome: Outcome): Promise<void> {
  if (tasks.length === 0) return;
  const settings: ArticleSettings = {
    // a format rendered from whole sheets: each result carries its sheet and text
    format: 'html',
    several: true,
    only: FACT_KINDS,
    referenceDate: options.date,
    maxSize: options.maxSize,
    colorLevel: options.colorLevel,
    tempRoot: '',
  };
  const sheetWarnings = new Map<string, string[]>();
  const emit = (result: ArticleResult, index: number) => {
    for (const warning of result.inputWarnings) reportWarning(io, `${sanitize(result.name)}: ${warning}`);
    if (result.error) {
      reportError(io, sanitize(result.error.message));
      if (result.error.kind === 'internal') outcome.internalErrors++;
      else outcome.unreadableInputs++;
      return;
    }
    for (const warning of result.sheetWarnings) {
      const names = sheetWarnings.get(warning);
      if (names) names.push(result.name);
      else sheetWarnings.set(warning, [result.name]);
    }
    if (result.whole) slots[tasks[index]!.slot] = { sheet: result.whole.sheet, text: result.whole.text };
  };
  const list = tasks.map((t) => t.task);
  const jobs = workerCount(options.jobs, list.length, 0);
  await runArticles(list, settings, jobs, emit, { extract: io.extract });
  for (const [warning, names] of sheetWarnings) reportWarning(io, `${articleList(names)}: ${sanitize(warning)}`);
}
