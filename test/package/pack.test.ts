/**
 * The package as a user gets it. `npm pack` packs the dist that `npm test` has just built; the tarball is installed
 * into an empty project, which then uses it the ways a user would: the bin (through npx and the .bin link), an ESM
 * import, the JSON Schema through its export, and a TypeScript consumer type-checked under node16, nodenext and
 * bundler resolution. publint lints the same tarball.
 *
 * Slow: the install fetches the dependencies (from the npm cache when it has them, else from the registry), so the
 * setup has its own generous timeout. The assertions are about behaviour, not about a fixed list of files, so that new
 * modules in dist/ ship without touching this test.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FactSheet } from '../../src/schema.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-facts-pack-'));
const packDir = path.join(dir, 'pack');
const stage = path.join(dir, 'stage');
const project = path.join(dir, 'project');
const installed = path.join(project, 'node_modules', pkg.name);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ARTICLE = [
  'NAIROBI, June 8, 2022',
  'Trade Minister Lena Okafor, 47, arrived in Nairobi on Tuesday for talks with President Daniel Mwangi.',
  'The two leaders met in Mombasa, about 440 kilometers from Nairobi, on Wednesday morning.',
  '',
].join('\n');

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment for child processes: without what `npm test` adds for its own lifecycle (the package, the script,
 * its folder as local prefix), so that npm in the temporary project acts on that project alone.
 */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_(package_|lifecycle_|command$|config_local_prefix$|config_call$)/i.test(key) || key === 'INIT_CWD') continue;
    env[key] = value;
  }
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return env;
}

function run(command: string, args: readonly string[], cwd: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Run and insist on exit code 0, with the command's stderr in the failure message. */
async function runOk(command: string, args: readonly string[], cwd: string): Promise<Result> {
  const result = await run(command, args, cwd);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.code}:\n${result.stderr}${result.stdout}`);
  return result;
}

let tarball = '';
let installOutput: Result = { code: null, stdout: '', stderr: '' };
let packedFiles: string[] = [];
const bin = path.join(project, 'node_modules', '.bin', 'summit-facts');

beforeAll(async () => {
  for (const built of ['dist/index.js', 'dist/index.d.ts']) {
    if (!fs.existsSync(path.join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` first (\`npm test\` does)`);
  }
  fs.mkdirSync(packDir);
  // Pack a copy of the package as `npm pack` would after its prepack, with --ignore-scripts: the dist that is there
  // (rebuilding it now would rewrite files other tests are running), the manifest stripped by the prepack's last step.
  fs.mkdirSync(stage);
  for (const entry of ['package.json', 'README.md', 'LICENSE', 'bin', 'dist', 'docs', 'scripts/pack-manifest.mjs']) {
    fs.cpSync(path.join(root, entry), path.join(stage, entry), { recursive: true });
  }
  await runOk('node', ['scripts/pack-manifest.mjs', 'strip'], stage);
  const packed = await runOk('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], stage);
  const info = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(packDir, info[0]!.filename);
  packedFiles = info[0]!.files.map((f) => f.path);

  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2));
  fs.writeFileSync(path.join(project, 'article.txt'), ARTICLE);
  installOutput = await runOk('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], project);
}, 600_000);

describe('the tarball', () => {
  it('is packed by a prepack that builds and then strips the install scripts, and a postpack that puts them back', () => {
    const scripts = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.prepack).toMatch(/npm run build && node scripts\/pack-manifest\.mjs strip$/);
    expect(scripts.postpack).toBe('node scripts/pack-manifest.mjs restore');
    // the clone keeps `prepare`, so that `npm install` there builds
    expect(scripts.prepare).toBe('npm run build');
  });

  it('ships a manifest with no script that runs at install, and installs without a warning about one', () => {
    const shipped = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    expect(Object.keys(shipped.scripts ?? {}).filter((name) => /^(pre|post)?(install|prepare)$/.test(name))).toEqual([]);
    expect(`${installOutput.stderr}${installOutput.stdout}`).not.toMatch(/install.?scripts|allowScripts|prepare/i);
  });

  it('holds the package.json, README, LICENSE, the bin and the build, and nothing from development', () => {
    expect(packedFiles).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'bin/summit-facts.js', 'dist/index.js', 'dist/index.d.ts']));
    const stray = packedFiles.filter((f) => !['package.json', 'README.md', 'LICENSE'].includes(f) && !/^(bin|dist)\//.test(f));
    // the README's images are shipped, so that a registry page shows them
    const images = [...fs.readFileSync(path.join(installed, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((src) => !/^https?:/.test(src));
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(packedFiles, image).toContain(image);
    expect(stray.filter((f) => !images.includes(f))).toEqual([]);
    expect(packedFiles.filter((f) => /\.(test|spec)\.[cm]?[jt]s$|\.tgz$|\.tsbuildinfo$|(^|\/)(fixtures|scratch|test)\//.test(f))).toEqual([]);
  });

  it('ships no source maps, and no file points at one (they would point at src/, which the package lacks)', () => {
    expect(packedFiles.filter((f) => f.endsWith('.map'))).toEqual([]);
    const scripts = packedFiles.filter((f) => /\.[cm]?js$/.test(f));
    expect(scripts.length).toBeGreaterThan(10);
    expect(scripts.filter((f) => /^\/\/# sourceMappingURL=/m.test(fs.readFileSync(path.join(installed, f), 'utf8')))).toEqual([]);
  });

  it('passes publint with no message at all', async () => {
    const data = fs.readFileSync(tarball);
    const { messages, pkg: linted } = await publint({
      pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer },
      strict: true,
    });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, linted) ?? m.code}`)).toEqual([]);
  });
});

describe('the bin, installed from the tarball', () => {
  it('is the installed package, not this folder', () => {
    expect(fs.realpathSync(bin).startsWith(fs.realpathSync(installed) + path.sep)).toBe(true);
  });

  it('answers `npx summit-facts --help` without the registry', async () => {
    const result = await run('npx', ['--no', '--', 'summit-facts', '--help'], project);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: summit-facts/m);
    expect(result.stderr).toBe('');
  });

  it('reads an article with npx and prints a fact sheet that passes the schema', async () => {
    const result = await run('npx', ['--no', '--', 'summit-facts', 'article.txt', '--json', '--date', '2022-06-08'], project);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const sheet = FactSheet.parse(JSON.parse(result.stdout));
    expect(sheet.source).toEqual({ path: 'article.txt', characters: ARTICLE.length });
    expect(sheet.referenceDate).toBe('2022-06-08');
    expect(sheet.actors.map((a) => a.name)).toContain('Lena Okafor');
    for (const span of sheet.actors.flatMap((a) => a.mentions)) expect(ARTICLE.slice(span.start, span.end)).toBe(span.text);
  });

  it('prints through the .bin link with --version the version of the package', async () => {
    const result = await run(bin, ['--version'], project);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(pkg.version);
  });
});

describe('the library, installed from the tarball', () => {
  const SCRIPT = `
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { extractFacts, validateFactSheet, factSheetJsonSchema, FactSheet } from 'summit-facts';

const require = createRequire(import.meta.url);
const sheet = extractFacts(readFileSync('article.txt', 'utf8'), { referenceDate: '2022-06-08', path: 'article.txt', only: ['actors', 'dates'] });
let internal = 'importable';
try {
  await import('summit-facts/dist/pipeline.js');
} catch (error) {
  internal = error.code;
}
console.log(JSON.stringify({
  resolved: import.meta.resolve('summit-facts'),
  sheet,
  valid: validateFactSheet(sheet).ok,
  invalid: validateFactSheet({ ...sheet, schemaVersion: 2 }).ok,
  zod: FactSheet.safeParse(sheet).success,
  schemaFile: require.resolve('summit-facts/schema.json'),
  schemaEqual: JSON.stringify(require('summit-facts/schema.json')) === JSON.stringify(factSheetJsonSchema()),
  internal,
}));
`;

  it('imports from an .mjs file and extracts, validates and exposes its schema', async () => {
    fs.writeFileSync(path.join(project, 'use.mjs'), SCRIPT);
    const result = await runOk(process.execPath, ['use.mjs'], project);
    const out = JSON.parse(result.stdout) as {
      resolved: string;
      sheet: FactSheet;
      valid: boolean;
      invalid: boolean;
      zod: boolean;
      schemaFile: string;
      schemaEqual: boolean;
      internal: string;
    };
    expect(fs.realpathSync(fileURLToPath(out.resolved)).startsWith(fs.realpathSync(installed) + path.sep)).toBe(true);
    expect(out.sheet.actors.map((a) => a.name)).toContain('Lena Okafor');
    expect(out.sheet.dates.length).toBeGreaterThan(0);
    expect(out.sheet.locations).toEqual([]);
    expect([out.valid, out.invalid, out.zod]).toEqual([true, false, true]);
    expect(out.schemaEqual).toBe(true);
    // only what the exports map names can be imported
    expect(out.internal).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  it('ships summit-facts/schema.json with the exact text `summit-facts schema` prints', async () => {
    const resolved = await runOk(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('summit-facts/schema.json'))"], project);
    const file = fileURLToPath(resolved.stdout.trim());
    const printed = await runOk(bin, ['schema'], project);
    expect(fs.readFileSync(file, 'utf8')).toBe(printed.stdout);
    expect(JSON.parse(printed.stdout)).toMatchObject({ type: 'object', required: expect.arrayContaining(['schemaVersion', 'actors', 'events']) });
  });

  const CONSUMER = `
import { extractFacts, validateFactSheet, factSheetJsonSchema, FACT_KINDS, type Actor, type ExtractOptions, type FactKind, type FactSheet } from 'summit-facts';

const options: ExtractOptions = { referenceDate: '2022-06-08', path: null, only: ['actors', 'events'] };
const sheet: FactSheet = extractFacts('Trade Minister Lena Okafor, 47, arrived on Tuesday.', options);
const first: Actor | undefined = sheet.actors[0];
export const age: number | null = first ? first.age : null;
const result = validateFactSheet(JSON.parse('{}') as unknown);
export const checked: FactSheet | string = result.ok ? result.sheet : result.error;
export const schema: Record<string, unknown> = factSheetJsonSchema();
export const kinds: readonly FactKind[] = FACT_KINDS;

// the types are real, not \`any\`: each line below must be a type error
// @ts-expect-error a kind of fact that does not exist
extractFacts('', { only: ['weather'] });
// @ts-expect-error an age is a number or null, never a string
export const wrong: string = sheet.actors[0]!.age;
`;
  const SCHEMA_CONSUMER = `
import schema from 'summit-facts/schema.json' with { type: 'json' };

export const type: string = schema.type;
`;
  const RESOLUTIONS = [
    { name: 'node16', module: 'node16', moduleResolution: 'node16', json: false },
    { name: 'nodenext', module: 'nodenext', moduleResolution: 'nodenext', json: true },
    { name: 'bundler', module: 'esnext', moduleResolution: 'bundler', json: true },
  ];

  it.each(RESOLUTIONS)('type-checks a TypeScript consumer with moduleResolution $name', async ({ name, module, moduleResolution, json }) => {
    const folder = path.join(project, `ts-${name}`);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'consumer.ts'), CONSUMER);
    const files = ['consumer.ts'];
    if (json) {
      fs.writeFileSync(path.join(folder, 'schema-consumer.ts'), SCHEMA_CONSUMER);
      files.push('schema-consumer.ts');
    }
    // skipLibCheck off once (nodenext), so the package's declarations are checked too, without the cost each time.
    // No @types/node: the DOM lib gives zod's declarations the URL they name.
    const compilerOptions = { module, moduleResolution, target: 'ES2022', lib: ['ES2022', 'DOM'], types: [], strict: true, noEmit: true, skipLibCheck: name !== 'nodenext', resolveJsonModule: json };
    fs.writeFileSync(path.join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }, null, 2));
    const result = await run(process.execPath, [tsc, '-p', path.join(folder, 'tsconfig.json')], project);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  }, 120_000);

  it("type-checks the README's TypeScript examples against the installed package", async () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Library API'), readme.indexOf('\n## ', readme.indexOf('## Library API') + 1));
    const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(0);
    const folder = path.join(project, 'ts-readme');
    fs.mkdirSync(folder, { recursive: true });
    const files = blocks.map((code, i) => {
      fs.writeFileSync(path.join(folder, `example-${i + 1}.ts`), `${code}export {};\n`);
      return `example-${i + 1}.ts`;
    });
    // the examples may use Node's own modules: the types of node come from this project
    const compilerOptions = {
      module: 'nodenext', moduleResolution: 'nodenext', target: 'ES2022', lib: ['ES2022'], strict: true, noEmit: true, skipLibCheck: true,
      resolveJsonModule: true, noUnusedLocals: false, typeRoots: [path.join(root, 'node_modules', '@types')], types: ['node'],
    };
    fs.writeFileSync(path.join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }, null, 2));
    const result = await run(process.execPath, [tsc, '-p', path.join(folder, 'tsconfig.json')], project);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  }, 120_000);
});
