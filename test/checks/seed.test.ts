/** The seed article: its distance to Moscow fits the map, and nothing in it is flagged. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';

const input = readFileSync(new URL('../../fixtures/kim-putin-summit.txt', import.meta.url), 'utf8');
const sheet = extractFacts(input, { referenceDate: '2023-09-12' });

describe('checks on the seed', () => {
  it('finds "approximately 6,500 kilometers" from Vladivostok to Moscow consistent with the map', () => {
    const distance = sheet.checks.filter((c) => c.kind === 'distance');
    expect(distance).toHaveLength(1);
    expect(distance[0]).toMatchObject({ status: 'ok', evidence: [{ text: '6,500 kilometers' }], statedKm: 6500 });
    // Vladivostok–Moscow is about 6,400 km on the great circle
    expect(distance[0]!.greatCircleKm).toBeGreaterThan(6300);
    expect(distance[0]!.greatCircleKm).toBeLessThan(6500);
    expect(distance[0]!.message).toMatch(/^Vladivostok–Moscow: stated about 6,500 km, great-circle distance 6,4\d\d km$/);
  });

  it('does not measure to a country ("130 kilometers from the border with North Korea")', () => {
    expect(sheet.checks.some((c) => c.evidence.some((e) => e.text === '130 kilometers'))).toBe(false);
  });

  it('finds "four years ago" and "April 2019" to agree for the trip', () => {
    const trip = sheet.checks.find((c) => c.kind === 'event-dates');
    expect(trip?.status).toBe('ok');
    expect(trip?.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['four years ago', 'April 2019']));
  });

  it('gives no warning', () => {
    expect(sheet.checks.filter((c) => c.status === 'warning')).toEqual([]);
  });

  it('gives every evidence span the exact text of the input', () => {
    for (const c of sheet.checks) for (const e of c.evidence) expect(input.slice(e.start, e.end)).toBe(e.text);
  });
});
