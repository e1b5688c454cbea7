import { describe, expect, it } from 'vitest';
import { colorLevel, colorWhen, type ColorInputs } from '../../src/cli/color.js';

const tty = (extra: Partial<ColorInputs> = {}): ColorInputs => ({ flag: true, env: {}, isTTY: true, depth: 8, ...extra });
const pipe = (extra: Partial<ColorInputs> = {}): ColorInputs => ({ flag: true, env: {}, isTTY: false, ...extra });

describe('colorLevel', () => {
  it.each([
    ['a 256-colour terminal', tty(), 2],
    ['a truecolour terminal', tty({ depth: 24 }), 3],
    ['a 16-colour terminal', tty({ depth: 4 }), 1],
    ['a monochrome terminal', tty({ depth: 1 }), 0],
    ['a pipe', pipe(), 0],
    ['TERM=dumb', tty({ env: { TERM: 'dumb' } }), 0],
    ['--no-color on a terminal', tty({ flag: false }), 0],
    ['--no-color beats FORCE_COLOR', tty({ flag: false, env: { FORCE_COLOR: '1' } }), 0],
    ['NO_COLOR on a terminal', tty({ env: { NO_COLOR: '1' } }), 0],
    ['an empty NO_COLOR is not set', tty({ env: { NO_COLOR: '' } }), 2],
    ['FORCE_COLOR on a pipe', pipe({ env: { FORCE_COLOR: '1' } }), 1],
    ['FORCE_COLOR empty means on', pipe({ env: { FORCE_COLOR: '' } }), 1],
    ['FORCE_COLOR=3', pipe({ env: { FORCE_COLOR: '3' } }), 3],
    ['FORCE_COLOR=0 on a terminal', tty({ env: { FORCE_COLOR: '0' } }), 0],
    ['FORCE_COLOR=false', tty({ env: { FORCE_COLOR: 'false' } }), 0],
    ['FORCE_COLOR beats NO_COLOR, as in Node', pipe({ env: { FORCE_COLOR: '1', NO_COLOR: '1' } }), 1],
    ['--color=always on a pipe', pipe({ always: true }), 1],
    ['--color=always beats NO_COLOR', pipe({ always: true, env: { NO_COLOR: '1' } }), 1],
    ['--color=always beats FORCE_COLOR=0', pipe({ always: true, env: { FORCE_COLOR: '0' } }), 1],
    ['--color=always with FORCE_COLOR=3', pipe({ always: true, env: { FORCE_COLOR: '3' } }), 3],
    ['--color=always on a truecolour terminal', tty({ always: true, depth: 24 }), 3],
    ['--color=always on a monochrome terminal', tty({ always: true, depth: 1 }), 1],
    ['--color=always with TERM=dumb', tty({ always: true, env: { TERM: 'dumb' } }), 2],
    ['never beats always', pipe({ flag: false, always: true }), 0],
  ])('%s → level %d', (_name, inputs, level) => {
    expect(colorLevel(inputs)).toBe(level);
  });
});

describe('colorWhen', () => {
  it.each<[unknown, string]>([
    [undefined, 'auto'],
    ['auto', 'auto'],
    ['always', 'always'],
    ['never', 'never'],
    [true, 'auto'],
    [false, 'never'],
  ])('%j → %s', (value, when) => {
    expect(colorWhen(value)).toBe(when);
  });
});
