/** The Checks section of the table. */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { FACT_KINDS, type Check } from '../../src/schema.js';
import { renderTable } from '../../src/render/table.js';
import { sheet } from '../render/make-sheet.js';

const plain = { chalk: new Chalk({ level: 0 }), only: FACT_KINDS, several: false };
const coloured = { ...plain, chalk: new Chalk({ level: 1 }) };
const span = (start: number, text: string) => ({ start, end: start + text.length, text });
const ok: Check = { kind: 'distance', status: 'ok', message: 'Vladivostok–Moscow: stated about 6,500 km, great-circle distance 6,416 km', evidence: [span(0, '6,500 kilometers')], statedKm: 6500, greatCircleKm: 6415.9 };
const warning: Check = { kind: 'weekday', status: 'warning', message: '"Tuesday, Sept. 13, 2023": Sept. 13, 2023 is a Wednesday, not a Tuesday', evidence: [span(40, 'Tuesday, Sept. 13, 2023')] };

describe('the Checks section', () => {
  const out = renderTable([sheet({ checks: [ok, warning] })], plain);

  it.each([
    ['a title with the tally', /\nChecks \(1 ok, 1 warning\)\n/],
    ['a header', /\n {2}STATUS +CHECK +MESSAGE\n/],
    ['an ok with its mark, kind and message', /\n {2}✓ ok +distance +Vladivostok–Moscow: stated about 6,500 km, great-circle distance 6,416 km\n/],
    ['a warning with its mark', /\n {2}! warning +weekday +"Tuesday, Sept\. 13, 2023": Sept\. 13, 2023 is a Wednesday, not a Tuesday\n/],
  ])('shows %s', (_name, pattern) => {
    expect(out).toMatch(pattern);
  });

  it('comes after the facts', () => {
    expect(out.indexOf('Checks (')).toBeGreaterThan(out.indexOf('Events ('));
  });

  it('says so when there was nothing to check', () => {
    expect(renderTable([sheet()], plain)).toMatch(/\nChecks \(0\)\n {2}nothing to check\n$/);
  });

  it('is left out when --only asks for no kind a check reads', () => {
    expect(renderTable([sheet()], { ...plain, only: ['locations'] })).not.toContain('Checks');
    expect(renderTable([sheet()], { ...plain, only: ['dates'] })).toContain('Checks (0)');
  });

  it('marks ok in green and warnings in yellow when colour is on, and uses no colour when it is off', () => {
    expect(out).not.toContain('\u001b');
    const c = renderTable([sheet({ checks: [ok, warning] })], coloured);
    expect(c).toMatch(/\u001b\[32m✓ ok/);
    expect(c).toMatch(/\u001b\[33m(?:\u001b\[1m)?! warning/);
  });

  it('escapes control characters in messages', () => {
    const hostile = renderTable([sheet({ checks: [{ ...warning, message: 'Evil\u001b[2J name' }] })], plain);
    expect(hostile).toContain('Evil\\x1B[2J name');
    expect(hostile).not.toContain('\u001b');
  });
});
