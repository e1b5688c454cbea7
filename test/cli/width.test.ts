/** The CLI in-process with stdout a terminal of a given width: the table fits it; a pipe gets the table unwrapped. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-facts-width-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const article = path.join(dir, 'a.txt');
fs.writeFileSync(
  article,
  'Foreign Minister Maria Delgado, 54, arrived in Geneva on Monday for talks with Chancellor Otto Brandt and North Korean leader Kim Jong-un.\n' +
    'The two leaders met in Lausanne, about 60 kilometers (37 miles) from Geneva, on Tuesday afternoon.\n',
);

async function table(stdout: { isTTY?: boolean; columns?: number }) {
  let out = '';
  const code = await run([article, '--date', '2023-09-12', '--jobs', '1'], {
    stdout: { ...stdout, write: (t: string) => (out += t) },
    stderr: { write: () => true },
    stdin: Object.assign(Readable.from([]), { isTTY: true }),
    env: { NO_COLOR: '1' },
  });
  return { code, out };
}

describe('the table on a terminal', () => {
  it.each([60, 80])('fits %i columns, and wraps names at spaces only', async (columns) => {
    const { code, out } = await table({ isTTY: true, columns });
    expect(code).toBe(0);
    for (const line of out.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(columns);
    expect(out).toContain('Kim Jong-un');
  });

  it('in a pipe, one line per row however long', async () => {
    const { out } = await table({ isTTY: false, columns: 60 });
    expect(out.split('\n').some((line) => line.length > 60)).toBe(true);
    expect(out).toMatch(/arrived +Maria Delgado, Geneva, Otto Brandt, Kim Jong-un/);
  });
});
