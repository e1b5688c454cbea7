/**
 * `--dates FILE`: one reference date per article, for stories that span months and wires without a dateline. Each line
 * is a path and a date (YYYY-MM-DD), separated by a tab or a comma (CSV: a path with commas in double quotes). Blank
 * lines, lines starting with "#" and a first line of column names are skipped. Paths are relative to the working
 * folder, as on the command line.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseDate } from './options.js';

export interface DatesFile {
  file: string;
  /** resolved path → date and the line that gave it */
  dates: Map<string, { date: string; line: number; path: string }>;
}

/** One line's two fields: tab-separated, or CSV with an optional quoted path. */
function fields(line: string): string[] {
  if (line.includes('\t')) return line.split('\t').map((f) => f.trim());
  const quoted = /^\s*"((?:[^"]|"")*)"\s*,(.*)$/.exec(line);
  if (quoted) return [quoted[1]!.replace(/""/g, '"'), ...quoted[2]!.split(',').map((f) => f.trim())];
  return line.split(',').map((f) => f.trim());
}

export function parseDates(text: string, file: string, cwd: string = process.cwd()): { ok: true; dates: DatesFile } | { ok: false; message: string } {
  const dates = new Map<string, { date: string; line: number; path: string }>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const [p, date, ...rest] = fields(line);
    const where = `${file}: line ${i + 1}`;
    if (i === 0 && date !== undefined && !/^\d/.test(date)) continue; // column names
    if (!p || date === undefined || rest.some((f) => f !== '')) return { ok: false, message: `${where}: expected a path and a date (YYYY-MM-DD), separated by a tab or a comma` };
    try {
      parseDate(date);
    } catch (error) {
      return { ok: false, message: `${where}: ${(error as Error).message.replace(/\.$/, '')}` };
    }
    const key = path.resolve(cwd, p);
    const before = dates.get(key);
    if (before && before.date !== date) return { ok: false, message: `${where}: ${p} was given ${before.date} on line ${before.line}` };
    dates.set(key, { date, line: i + 1, path: p });
  }
  return { ok: true, dates: { file, dates } };
}

export async function readDates(file: string, cwd: string = process.cwd()): Promise<{ ok: true; dates: DatesFile } | { ok: false; message: string }> {
  let text: string;
  try {
    text = await fs.readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: `${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a dates file' : `cannot read (${code ?? String(error)})`}` };
  }
  return parseDates(text, file, cwd);
}

/** The lines of the dates file whose path is none of the articles given: each is an error. */
export function unusedDates(dates: DatesFile, given: Iterable<string>, cwd: string = process.cwd()): string[] {
  const used = new Set([...given].map((p) => path.resolve(cwd, p)));
  return [...dates.dates.entries()].filter(([key]) => !used.has(key)).map(([, d]) => `${dates.file}: line ${d.line}: ${d.path} is not among the articles given`);
}

/** An article's date from the file, if it has a line there. */
export function dateFor(dates: DatesFile | null, file: string, cwd: string = process.cwd()): string | null {
  return dates?.dates.get(path.resolve(cwd, file))?.date ?? null;
}
