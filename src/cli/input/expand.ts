/**
 * From the command line's arguments to the list of articles, in order: `-` is stdin, a folder is the text files in
 * it, a pattern is the files it matches, anything else is a file (read later, where a missing one is reported).
 * An argument that exists on disk is taken as it is, even if it looks like a pattern.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { comparePaths, glob, hasMagic } from './glob.js';

/** The files a folder contributes: these endings, case-insensitive. Other text (such as README.md) needs a pattern. */
const TEXT_FILE = /\.(txt|text)$/i;

/** Folders a folder's expansion never enters, besides hidden ones. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

export type Entry =
  | { kind: 'file'; path: string }
  | { kind: 'stdin' }
  /** an argument that named nothing to read: reported in its place, counted as unreadable input */
  | { kind: 'error'; name: string; message: string };

export interface Expansion {
  entries: Entry[];
  /** more than one argument, or a folder or a pattern: `json` prints an array, whatever the count */
  several: boolean;
  /** folders inside a folder or pattern that could not be read and were skipped */
  warnings: string[];
}

const join = (dir: string, name: string) => (dir.endsWith('/') ? dir + name : `${dir}/${name}`);

/** The text files in a folder and its subfolders, sorted by path (folder by folder); hidden ones skipped. */
export async function textFilesIn(dir: string, cwd: string = process.cwd(), unreadable: string[] = []): Promise<string[]> {
  const out: string[] = [];
  async function walk(shown: string, top: boolean) {
    let entries;
    try {
      entries = await fs.readdir(path.resolve(cwd, shown), { withFileTypes: true });
    } catch (error) {
      if (top) throw error;
      unreadable.push(shown);
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const child = join(shown, entry.name);
      // symbolic links to files are followed; to folders, not (a link back up would never end)
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) await walk(child, false);
      } else if (TEXT_FILE.test(entry.name)) {
        if (entry.isFile()) out.push(child);
        else if (entry.isSymbolicLink() && (await fs.stat(path.resolve(cwd, child)).then((s) => s.isFile(), () => false))) out.push(child);
      }
    }
  }
  await walk(dir, true);
  return out.sort(comparePaths);
}

function statError(name: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return `${name}: permission denied`;
  return `${name}: cannot read this folder (${code ?? String(error)})`;
}

/** Expand the arguments in order; no argument at all means stdin. */
export async function expandArguments(args: readonly string[], cwd: string = process.cwd()): Promise<Expansion> {
  const entries: Entry[] = [];
  const warnings: string[] = [];
  let several = args.length > 1;
  for (const arg of args.length === 0 ? ['-'] : args) {
    if (arg === '-') {
      entries.push({ kind: 'stdin' });
      continue;
    }
    const stat = await fs.stat(path.resolve(cwd, arg)).catch(() => null);
    if (stat?.isDirectory()) {
      several = true;
      const unreadable: string[] = [];
      let files: string[];
      try {
        files = await textFilesIn(arg, cwd, unreadable);
      } catch (error) {
        entries.push({ kind: 'error', name: arg, message: statError(arg, error) });
        continue;
      }
      for (const folder of unreadable) warnings.push(`${folder}: cannot read this folder; skipped`);
      if (files.length === 0) entries.push({ kind: 'error', name: arg, message: `${arg}: no text files (*.txt, *.text) in this folder` });
      for (const file of files) entries.push({ kind: 'file', path: file });
    } else if (!stat && hasMagic(arg)) {
      several = true;
      const { files, unreadable } = await glob(arg, cwd);
      for (const folder of unreadable) warnings.push(`${folder}: cannot read this folder; skipped`);
      if (files.length === 0) entries.push({ kind: 'error', name: arg, message: `${arg}: no files match this pattern` });
      for (const file of files) entries.push({ kind: 'file', path: file });
    } else {
      entries.push({ kind: 'file', path: arg });
    }
  }
  return { entries, several, warnings };
}
