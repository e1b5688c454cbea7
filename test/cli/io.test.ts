import { describe, expect, it } from 'vitest';
import { reportError, reportWarning, warningLine, type Io } from '../../src/cli/io.js';

describe('warningLine', () => {
  const names = (n: number) => Array.from({ length: n }, (_, i) => `a${i + 1}.txt`);
  const W = 'relative dates were left unresolved';
  it.each<[number, boolean, string]>([
    [1, false, `a1.txt: ${W}`],
    [2, false, `${W} (in 2 articles: a1.txt, a2.txt)`],
    [3, false, `${W} (in 3 articles: a1.txt, a2.txt, a3.txt)`],
    [4, false, `${W} (in 4 articles: a1.txt, a2.txt, a3.txt and 1 more; --verbose names them all)`],
    [100_000, false, `${W} (in 100000 articles: a1.txt, a2.txt, a3.txt and 99997 more; --verbose names them all)`],
    [1, true, `a1.txt: ${W}`],
    [5, true, `${W} (in 5 articles: ${names(5).join(', ')})`],
  ])('%i names, verbose %s', (n, verbose, line) => expect(warningLine(W, names(n), verbose)).toBe(line));

  it('names and the warning are made safe for a terminal', () => {
    expect(warningLine('bad\u001b[2J', ['evil\u001b[2J.txt'])).toBe('evil\\x1B[2J.txt: bad\\x1B[2J');
  });
});

describe('--quiet', () => {
  const io = (quiet: boolean) => {
    const err: string[] = [];
    return { err, io: { quiet, stderr: { write: (t: string) => err.push(t) } } as unknown as Io };
  };
  it('drops warnings, never errors', () => {
    const quiet = io(true);
    reportWarning(quiet.io, 'w');
    reportError(quiet.io, 'e');
    expect(quiet.err).toEqual(['summit-facts: e\n']);
    const loud = io(false);
    reportWarning(loud.io, 'w');
    expect(loud.err).toEqual(['summit-facts: warning: w\n']);
  });
});
