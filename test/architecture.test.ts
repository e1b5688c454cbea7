/**
 * The arrows between layers run one way: finders never import linking or checks, checks never import finders or
 * linking, renderers never import the CLI, and only src/nlp/ imports compromise. Read from the sources' imports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src', import.meta.url));

/** Forbidden arrows: a file under the first folder may not import from any of the others. */
const FORBIDDEN: Array<[string, string[]]> = [
  ['extract', ['link', 'checks']],
  ['checks', ['extract', 'link']],
  ['render', ['cli']],
];
/** Packages only one folder may import. */
const OWNED: Record<string, string> = { compromise: 'nlp' };

const IMPORT_RE = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"]+)\1/g;

/** The top folder under src/ of a path relative to src/ ("extract/names.ts" → "extract"; "pipeline.ts" → "pipeline"). */
const layer = (rel: string) => rel.split('/')[0]!.replace(/\.ts$/, '');

/** Every arrow that breaks a rule, as "file → import". */
function violations(files: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    const from = layer(file);
    for (const m of text.matchAll(IMPORT_RE)) {
      const spec = m[2]!;
      if (spec.startsWith('.')) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
        const to = layer(target);
        if (FORBIDDEN.some(([a, bs]) => a === from && bs.includes(to))) out.push(`${file} → ${spec}`);
      } else {
        const pkg = spec.split('/')[0]!;
        if (OWNED[pkg] && OWNED[pkg] !== from) out.push(`${file} → ${spec}`);
      }
    }
  }
  return out;
}

function sources(dir: string, base = dir, out: Record<string, string> = {}): Record<string, string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sources(full, base, out);
    else if (entry.name.endsWith('.ts')) out[path.relative(base, full).split(path.sep).join('/')] = fs.readFileSync(full, 'utf8');
  }
  return out;
}

describe('import arrows', () => {
  it('finds the rules broken by a made-up tree', () => {
    expect(violations({
      'extract/a.ts': "import { x } from '../link/aliases.js';\nimport type { Y } from '../checks/index.js';\nimport { z } from '../text/spans.js';",
      'checks/b.ts': "import { extractDates } from '../extract/dates.js';\nimport { w } from '../findings.js';",
      'checks/c.ts': "const m = await import('../link/actors.js');",
      'render/d.ts': "import type { T } from '../cli/compare.js';\nimport { s } from './sanitize.js';",
      'extract/e.ts': "import nlp from 'compromise';",
      'nlp/f.ts': "import nlp from 'compromise/one';",
      'link/g.ts': "import type { M } from '../extract/names.js';",
      'pipeline.ts': "import { a } from './extract/names.js';\nimport { b } from './checks/index.js';",
    })).toEqual([
      'extract/a.ts → ../link/aliases.js',
      'extract/a.ts → ../checks/index.js',
      'checks/b.ts → ../extract/dates.js',
      'checks/c.ts → ../link/actors.js',
      'render/d.ts → ../cli/compare.js',
      'extract/e.ts → compromise',
    ]);
  });

  it('src/ breaks none of them', () => {
    const files = sources(src);
    expect(Object.keys(files).length).toBeGreaterThan(40);
    expect(violations(files)).toEqual([]);
  });
});

describe('file size', () => {
  it('no source file is over 400 lines, generated data aside', () => {
    const files = sources(src);
    const long = Object.entries(files)
      .filter(([file]) => !file.endsWith('.data.ts'))
      .map(([file, text]) => [file, text.split('\n').length - (text.endsWith('\n') ? 1 : 0)] as const)
      .filter(([, lines]) => lines > 400);
    expect(Object.keys(files).length).toBeGreaterThan(40);
    expect(long).toEqual([]);
  });
});
