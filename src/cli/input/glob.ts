/**
 * The files a pattern names (Node 20 has no fs.glob): picomatch decides which paths match (`*`, `?`, `[abc]`,
 * `[!abc]`, `{a,b}`, `**`, `\` escapes), and this module walks the folders that could hold them. Paths use `/`.
 * Names starting with a dot are matched only by a part of the pattern that starts with a dot, and `**` does not enter
 * them. A pattern names files only: folders it matches are not expanded. Matches are sorted by path, folder by folder.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';

/** Whether an argument is a pattern: it has `*`, `?`, `[…]` or `{…}` that is not escaped with `\`. */
export function hasMagic(pattern: string): boolean {
  return picomatch.scan(toPicomatch(pattern)).isGlob;
}

/**
 * The pattern as picomatch reads it, with the meaning the README gives: `[!a]` negates a class (picomatch reads `!`
 * there as a member), and parentheses are plain characters (picomatch would read them as groups).
 */
function toPicomatch(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') out += ch + (pattern[++i] ?? '');
    else if (ch === '(' || ch === ')') out += `\\${ch}`;
    else if (ch === '[' && pattern[i + 1] === '!') {
      out += '[^';
      i++;
    } else out += ch;
  }
  return out;
}

/** `\*` → `*`: a path without magic, as the name on disk. */
const unescape = (text: string) => text.replace(/\\(.)/g, '$1');

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

type Kind = 'file' | 'dir' | 'other';

async function kindOf(full: string): Promise<Kind> {
  try {
    const stat = await fs.stat(full);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'other';
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
  const files: string[] = [];
  const unreadable: string[] = [];
  const scan = picomatch.scan(toPicomatch(pattern));
  if (!scan.isGlob) {
    const file = unescape(pattern);
    return { files: file !== '' && (await kindOf(path.resolve(cwd, file))) === 'file' ? [file] : [], unreadable };
  }
  // 'a//b' is 'a/b'; a pattern ending in '/' names folders, never files
  const rest = scan.glob.replace(/\/{2,}/g, '/');
  if (rest.endsWith('/')) return { files, unreadable };
  const base = (scan.prefix + unescape(scan.base)).replace(/\/{2,}/g, '/');
  const isMatch = picomatch(rest, { dot: false, noextglob: true });
  // how deep a match can lie below the base (a count of '/' bounds it, braces included); '**' has no bound
  const depth = rest.includes('**') ? Infinity : rest.split('/').length;
  // folders whose name starts with a dot are entered only when the pattern names one
  const dotted = /(?:^|[/{,])\./.test(rest);

  const walk = async (shown: string, relative: string, level: number): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(path.resolve(cwd, shown || '.'), { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') unreadable.push(shown || '.');
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.') && !dotted) continue;
      const child = joinShown(shown, entry.name);
      const childRelative = relative === '' ? entry.name : `${relative}/${entry.name}`;
      // a link is followed to a file; to a folder only where the depth is bounded (a link back up would never end)
      const kind: Kind = entry.isSymbolicLink() ? await kindOf(path.resolve(cwd, child)) : entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : 'other';
      if (kind === 'file' && isMatch(childRelative)) files.push(child);
      else if (kind === 'dir' && level + 1 < depth && (!entry.isSymbolicLink() || depth !== Infinity)) await walk(child, childRelative, level + 1);
    }
  };
  await walk(base, '', 0);
  return { files: [...new Set(files)].sort(comparePaths), unreadable: [...new Set(unreadable)] };
}
