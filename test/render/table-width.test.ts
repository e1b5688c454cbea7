/** The table fitted to a terminal's width: columns narrowed, cells wrapped at spaces, over-long words cut with "…". */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { FACT_KINDS } from '../../src/schema.js';
import { fitWidths, layout, renderTable, wrapCell } from '../../src/render/table.js';
import { actor, event, sheet } from './make-sheet.js';

const chalk = new Chalk({ level: 0 });

describe('wrapCell', () => {
  it.each<[string, number, string[]]>([
    ['Kim Jong-un', 20, ['Kim Jong-un']],
    ['Kim Jong-un', 11, ['Kim Jong-un']],
    ['Kim Jong-un, Vladimir Putin', 12, ['Kim Jong-un,', 'Vladimir', 'Putin']],
    ['Foreign Minister', 8, ['Foreign', 'Minister']],
    // a word wider than the column is cut, never split over two lines
    ['Kim Jong-un', 8, ['Kim', 'Jong-un']],
    ['Anticonstitutionnellement', 8, ['Anticon…']],
    ['a Anticonstitutionnellement b', 10, ['a', 'Anticonst…', 'b']],
    ['', 8, ['']],
  ])('%j in %i columns → %j', (text, width, lines) => {
    const wrapped = wrapCell(text, width);
    expect(wrapped).toEqual(lines);
    for (const line of wrapped) expect([...line].length).toBeLessThanOrEqual(width);
  });
});

describe('fitWidths', () => {
  const header = ['NAME', 'KIND', 'ROLES'];
  it.each<[number[], number | undefined, number[]]>([
    // no width (a pipe), or room enough: as wide as the widest cells
    [[20, 6, 30], undefined, [20, 6, 30]],
    [[20, 6, 30], 80, [20, 6, 30]],
    // too wide: the widest column gives way first, down to its floor
    [[20, 6, 60], 80, [20, 6, 48]],
    [[40, 6, 40], 60, [24, 6, 24]],
    // no further than the floors (header or 8 characters): the terminal wraps what is left
    [[40, 6, 40], 10, [8, 6, 8]],
  ])('%j in %s columns → %j', (natural, width, widths) => {
    expect(fitWidths(natural, header, width)).toEqual(widths);
  });
});

describe('the table at a terminal width', () => {
  const long = sheet({
    actors: [
      actor('Kim Jong-un', { roles: [{ title: 'Supreme Leader of the Democratic People’s Republic', organization: 'Workers’ Party of Korea', qualifier: null, evidence: { start: 0, end: 1, text: 'S' }, rule: 'test' }], aliases: ['Kim', 'the North Korean leader', 'Chairman Kim'] }),
    ],
    events: [event('met', 'on Wednesday', '2023-09-13', { participants: ['Kim Jong-un', 'Vladimir Putin', 'Sergei Shoigu', 'Sergei Lavrov'], summary: 'Kim Jong-un met Vladimir Putin at the Vostochny Cosmodrome in the Amur region on Wednesday, the Kremlin said' })],
  });
  it.each([50, 60, 80, 100])('every line fits %i columns, and no name is split', (width) => {
    const out = renderTable([long], { chalk, only: FACT_KINDS, several: false, width });
    const lines = out.split('\n');
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(width);
    expect(out).not.toMatch(/Kim Jon\n|Jon\s+g-un/);
    for (const word of ['Putin', 'Shoigu', 'Lavrov', 'Cosmodrome', 'Kremlin']) expect(out).toContain(word);
  });
  it('without a width (a pipe), one line per row, as wide as it takes', () => {
    const out = renderTable([long], { chalk, only: FACT_KINDS, several: false });
    expect(out).toMatch(/Kim Jong-un +person +Supreme Leader of the Democratic People’s Republic \(Workers’ Party of Korea\) +Kim, the North Korean leader, Chairman Kim\n/);
  });
  it('a wrapped row keeps its columns: continuation lines are blank in the other columns', () => {
    const lines = layout(['A', 'B'], [['one two three', 'x']], chalk, 2 + 9 + 2 + 1);
    expect(lines).toEqual(['  A          B', '  one two    x', '  three']);
  });
});
