/**
 * A small glob matcher for the CLI's inputs (Node 20 has no fs.glob): `*`, `?`, `[abc]`, `[a-z]`, `[!abc]`, `{a,b}`,
 * `**` (any number of folders, the folder itself included), `\` escapes the next character. Paths use `/`.
 * Names starting with a dot are matched only by a segment that starts with a dot, and `**` does not enter them.
 * A pattern names files only: folders it matches are not expanded. Matches are sorted by path, folder by folder.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

const MAGIC = /[*?[{]/;

/** Whether an argument is a pattern: it has `*`, `?`, `[` or `{` that is not escaped with `\`. */
export function hasMagic(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') i++;
    else if (MAGIC.test(ch)) return true;
  }
  return false;
}

/** `\*` → `*`: a segment without magic, as the name on disk. */
export function unescape(segment: string): string {
  return segment.replace(/\\(.)/g, '$1');
}

/** Where the `}` closing the `{` at `open` is, and the top-level commas in between; null if it never closes. */
function braceGroup(pattern: string, open: number): { close: number; commas: number[] } | null {
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return { close: i, commas };
    else if (ch === ',' && depth === 1) commas.push(i);
  }
  return null;
}

/** Brace expansion, as a shell does it: `a{b,c{d,e}}f` → abf, acdf, acef. A brace without a comma stays as it is. */
export function expandBraces(pattern: string): string[] {
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch !== '{') continue;
    const group = braceGroup(pattern, i);
    if (!group) return [pattern];
    if (group.commas.length === 0) continue;
    const head = pattern.slice(0, i);
    const tail = pattern.slice(group.close + 1);
    const bounds = [i, ...group.commas, group.close];
    const out: string[] = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      for (const expanded of expandBraces(head + pattern.slice(bounds[k]! + 1, bounds[k + 1]) + tail)) out.push(expanded);
    }
    return out;
  }
  return [pattern];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One segment of a pattern (no `/`, braces already expanded) as an anchored regular expression. */
export function segmentRegExp(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === '\\' && i + 1 < segment.length) source += escapeRegExp(segment[++i]!);
    else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) {
        source += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, end);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      // inside a class only \, ] and ^ are special to RegExp; a leading ] was taken as a member above
      source += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, (c) => (c === '\\' ? '\\\\' : `\\${c}`))}]`;
      i = end;
    } else source += escapeRegExp(ch);
  }
  return new RegExp(`^${source}$`);
}

/** Order paths folder by folder, each level by name (code units, the same on every machine). */
export function comparePaths(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    if (as[i] !== bs[i]) {
      // a file comes before a folder of the same level only by name, as `ls -R` lists them
      return as[i]! < bs[i]! ? -1 : 1;
    }
  }
  return as.length - bs.length;
}

const joinShown = (prefix: string, name: string) => (prefix === '' ? name : prefix.endsWith('/') ? prefix + name : `${prefix}/${name}`);

interface Walk {
  cwd: string;
  out: Set<string>;
  /** folders that could not be listed (other than the pattern's own missing base) */
  unreadable: string[];
}

type Kind = 'file' | 'dir' | 'other';

async function kindOf(full: string, entry?: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): Promise<Kind> {
  if (entry && !entry.isSymbolicLink()) return entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : 'other';
  try {
    const stat = await fs.stat(full);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'other';
  }
}

async function list(walk: Walk, shown: string) {
  try {
    const entries = await fs.readdir(path.resolve(walk.cwd, shown || '.'), { withFileTypes: true });
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') walk.unreadable.push(shown || '.');
    return [];
  }
}

async function match(walk: Walk, shown: string, segments: readonly string[], at: number): Promise<void> {
  const segment = segments[at]!;
  const last = at === segments.length - 1;
  if (segment === '**') {
    // zero folders: the rest of the pattern here; then one more folder, still under **
    if (!last) await match(walk, shown, segments, at + 1);
    for (const entry of await list(walk, shown)) {
      if (entry.name.startsWith('.')) continue;
      const child = joinShown(shown, entry.name);
      if (entry.isDirectory()) await match(walk, child, segments, at);
      else if (last && (await kindOf(path.resolve(walk.cwd, child), entry)) === 'file') walk.out.add(child);
    }
    return;
  }
  if (!hasMagic(segment)) {
    const child = joinShown(shown, unescape(segment));
    const kind = await kindOf(path.resolve(walk.cwd, child));
    if (last ? kind === 'file' : kind === 'dir') {
      if (last) walk.out.add(child);
      else await match(walk, child, segments, at + 1);
    }
    return;
  }
  const re = segmentRegExp(segment);
  const dotted = segment.startsWith('.');
  for (const entry of await list(walk, shown)) {
    if ((entry.name.startsWith('.') && !dotted) || !re.test(entry.name)) continue;
    const child = joinShown(shown, entry.name);
    const kind = await kindOf(path.resolve(walk.cwd, child), entry);
    if (last && kind === 'file') walk.out.add(child);
    else if (!last && kind === 'dir') await match(walk, child, segments, at + 1);
  }
}

export interface GlobResult {
  /** the matching files, as paths written like the pattern (relative stays relative), sorted by path */
  files: string[];
  /** folders inside the search that could not be read (permission denied), skipped */
  unreadable: string[];
}

/** The files a pattern names, relative to `cwd` (default: the working directory). */
export async function glob(pattern: string, cwd: string = process.cwd()): Promise<GlobResult> {
  const walk: Walk = { cwd, out: new Set(), unreadable: [] };
  for (const expanded of expandBraces(pattern)) {
    // a pattern ending in '/' names folders, never files
    if (expanded.endsWith('/')) continue;
    const segments = expanded.split('/');
    // the fixed folders before the first segment with magic, as written ('' before an absolute path's root)
    let fixed = 0;
    while (fixed < segments.length - 1 && !hasMagic(segments[fixed]!)) fixed++;
    const absolute = fixed > 0 && segments[0] === '';
    const shown = (absolute ? '/' : '') + segments.slice(0, fixed).filter((s) => s !== '').map(unescape).join('/');
    // 'a//b' is 'a/b', and '**/**' is '**'
    const rest = segments.slice(fixed).filter((s, i, all) => s !== '' && !(s === '**' && all[i - 1] === '**'));
    await match(walk, shown, rest, 0);
  }
  return { files: [...walk.out].sort(comparePaths), unreadable: [...new Set(walk.unreadable)] };
}
