// Minimal entry point (to be replaced by the full commander program).
import fs from 'node:fs';
import { extractFacts } from '../index.js';
import { stripBom } from '../text/normalize.js';

export async function main(argv: string[]): Promise<void> {
  let date: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--date' || argv[i] === '-d') date = argv[++i] ?? null;
    else if (argv[i] === '--format' || argv[i] === '-f') i++;
    else files.push(argv[i]!);
  }
  const text = stripBom(fs.readFileSync(files[0]!, 'utf8'));
  process.stdout.write(JSON.stringify(extractFacts(text, { referenceDate: date, path: files[0] }), null, 2) + '\n');
}
