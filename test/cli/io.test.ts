import { describe, expect, it } from 'vitest';
import { articleList } from '../../src/cli/io.js';

describe('articleList', () => {
  const names = (n: number) => Array.from({ length: n }, (_, i) => `a${i + 1}.txt`);
  it.each([
    [1, 'a1.txt'],
    [3, 'a1.txt, a2.txt, a3.txt'],
    [10, names(10).join(', ')],
    [11, `${names(9).join(', ')} and 2 more articles`],
    [100_000, `${names(9).join(', ')} and 99991 more articles`],
  ])('%i names', (n, line) => expect(articleList(names(n))).toBe(line));

  it('names are made safe for a terminal', () => expect(articleList(['evil\u001b[2J.txt'])).toBe('evil\\x1B[2J.txt'));
});
