import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { Progress, renderProgress, showProgress, type ProgressInputs } from '../../src/cli/progress.js';

const base: ProgressInputs = { flag: true, isTTY: true, env: {}, articles: 20, bytes: 0 };

describe('showProgress', () => {
  it.each<[string, Partial<ProgressInputs>, boolean]>([
    ['20 articles on a terminal', {}, true],
    ['19 small articles', { articles: 19, bytes: 50_000 }, false],
    ['one big article (5 MB)', { articles: 1, bytes: 5 * 1024 ** 2 }, true],
    ['one article just under 5 MB', { articles: 1, bytes: 5 * 1024 ** 2 - 1 }, false],
    ['stderr a pipe or a file', { isTTY: false, articles: 1000 }, false],
    ['--no-progress', { flag: false, articles: 1000 }, false],
    ['TERM=dumb', { env: { TERM: 'dumb' }, articles: 1000 }, false],
    ['NO_COLOR only takes the colour away, not the line', { env: { NO_COLOR: '1' } }, true],
  ])('%s → %s', (_name, inputs, shown) => expect(showProgress({ ...base, ...inputs })).toBe(shown));
});

const plain = new Chalk({ level: 0 });

describe('renderProgress', () => {
  it('a bar, the count, the time spent and the time left', () => {
    expect(renderProgress({ done: 64, total: 256, elapsedMs: 4000, width: 80 }, plain)).toBe(`[${'#'.repeat(8)}${'-'.repeat(22)}] 64/256 articles · 4.0s · ~12.0s left`);
  });

  it('no time left before the first article, nor after the last', () => {
    expect(renderProgress({ done: 0, total: 20, elapsedMs: 300, width: 80 }, plain)).toBe(`[${'-'.repeat(30)}] 0/20 articles · 0.3s`);
    expect(renderProgress({ done: 20, total: 20, elapsedMs: 61_500, width: 80 }, plain)).toBe(`[${'#'.repeat(30)}] 20/20 articles · 1m01s`);
  });

  it('never as wide as the terminal (a full line would wrap); the bar goes first when narrow', () => {
    for (const width of [10, 20, 40, 50, 60, 200]) {
      const line = renderProgress({ done: 5, total: 1000, elapsedMs: 1234, width }, plain);
      expect(line.length, `width ${width}`).toBeLessThan(width);
    }
    expect(renderProgress({ done: 5, total: 1000, elapsedMs: 1234, width: 40 }, plain)).toMatch(/^5\/1000 articles/);
  });

  it('colour only when the chalk has it', () => {
    const state = { done: 1, total: 2, elapsedMs: 10, width: 80 };
    expect(renderProgress(state, plain)).not.toContain('\u001b');
    expect(renderProgress(state, new Chalk({ level: 1 }))).toContain('\u001b[36m');
  });
});

describe('Progress', () => {
  function setup(total: number) {
    let time = 0;
    const writes: string[] = [];
    const progress = new Progress({ write: (t: string) => writes.push(t), columns: 60 }, total, plain, () => time, 100);
    return { progress, writes, advance: (ms: number) => (time += ms) };
  }

  it('draws on a tick at most every interval, always the last one, and clears the line at the end', () => {
    const { progress, writes, advance } = setup(3);
    progress.tick();
    expect(writes).toEqual([`\r\u001b[2K${renderProgress({ done: 1, total: 3, elapsedMs: 0, width: 60 }, plain)}`]);
    advance(10);
    progress.tick(); // too soon: not drawn
    expect(writes).toHaveLength(1);
    advance(10);
    progress.tick(); // the last: drawn
    expect(writes[1]).toContain('3/3 articles');
    progress.stop();
    expect(writes[2]).toBe('\r\u001b[2K');
    expect(writes).toHaveLength(3);
  });

  it('a terminal that gives no width (0 columns) is taken as 80 wide, not as no room at all', () => {
    const writes: string[] = [];
    const progress = new Progress({ write: (t: string) => writes.push(t), columns: 0 }, 40, plain, () => 0, 100);
    progress.tick();
    progress.stop();
    expect(writes[0]).toBe(`\r\u001b[2K${renderProgress({ done: 1, total: 40, elapsedMs: 0, width: 80 }, plain)}`);
  });

  it('clear() takes the line away once, and only when drawn', () => {
    const { progress, writes } = setup(50);
    progress.clear();
    expect(writes).toEqual([]);
    progress.draw();
    progress.clear();
    progress.clear();
    expect(writes.filter((w) => w === '\r\u001b[2K')).toHaveLength(1);
    progress.stop();
    expect(writes).toHaveLength(2);
  });
});
