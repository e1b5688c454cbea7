/** Spawning the BUILT bin for end-to-end tests: stdout, stderr and the exit code, recorded apart. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const bin = path.join(root, 'bin', 'summit-facts.js');

/**
 * Time budget of a test that analyses a large article (one window and more) in the bin and again in the test. Measured
 * on a two-core machine shared with other test runs, at most two tests of a file at once: at a load average of 15 to
 * 20 the slowest took 26 s (--jobs 2 on a large article and two small ones) and the others 20 to 22 s; at a load of
 * 30 to 45 the same tests took 87 to 303 s. An ordinary spawn took 2 to 3 s at a load of 15 (7 s with five at once),
 * well inside the default 30 s. The budget is above the slowest seen on the busiest machine.
 */
export const LARGE_ARTICLE_BUDGET_MS = 400_000;

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the bin in `cwd` with `stdin` (empty by default). The colour variables of the test's own environment are
 * dropped unless `env` sets them, so that a run's output does not depend on where the tests run.
 */
export function runBin(args: string[], options: { cwd: string; stdin?: string | Buffer; env?: Record<string, string> }): Promise<Result> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
    if (!options.env || !('FORCE_COLOR' in options.env)) delete env.FORCE_COLOR;
    if (!options.env || !('NO_COLOR' in options.env)) delete env.NO_COLOR;
    const child = spawn(process.execPath, [bin, ...args], { env, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
