/**
 * Large inputs are analysed in windows of whole paragraphs. The window size is a parameter here so that small texts
 * exercise the same code: windows cover the text, every offset stays exact, and the merged facts equal those of one
 * pass wherever each window holds whole articles.
 */
import { describe, expect, it } from 'vitest';
import { runStages, STAGES, windows, WINDOW } from '../../src/pipeline.js';
import { expectValidSheet, factsOf } from './helpers.js';

const ARTICLE = [
  'On March 3, 2021, Foreign Minister Maria Delgado, 54, arrived in Geneva for talks with Chancellor Otto Brandt.',
  'The two leaders met in Lausanne, about 60 kilometers (37 miles) from Geneva, the next day.',
  'Brandt, 61, said the talks would continue on Friday. Delgado last visited Switzerland in May 2019.',
].join('\n');

const options = { referenceDate: '2021-03-05' };
const oneWindow = Number.MAX_SAFE_INTEGER;

describe('windows', () => {
  it('cover the text in order, cut between paragraphs', () => {
    const text = (ARTICLE + '\n\n').repeat(20);
    const ranges = windows(text, 1_000);
    expect(ranges.length).toBeGreaterThan(5);
    expect(ranges[0]![0]).toBe(0);
    expect(ranges.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < ranges.length; i++) {
      expect(ranges[i]![0]).toBe(ranges[i - 1]![1]);
      // a window starts where a paragraph does
      expect(text[ranges[i]![0] - 1]).toBe('\n');
    }
    for (const [s, e] of ranges) expect(e - s).toBeLessThanOrEqual(1_000 + 2);
  });

  it('are one window below the size', () => {
    expect(windows('short text')).toEqual([[0, 10]]);
    expect(windows('x'.repeat(WINDOW))).toEqual([[0, WINDOW]]);
  });
});

describe('windowed analysis', () => {
  it('gives the facts of one pass when each window holds whole copies of an article', () => {
    const input = Array.from({ length: 6 }, () => ARTICLE).join('\n\n');
    const whole = runStages(input, options, STAGES, oneWindow);
    const windowed = runStages(input, options, STAGES, 2 * ARTICLE.length + 10);
    expectValidSheet(windowed, input);
    expect(whole.actors.length).toBeGreaterThan(1);
    expect(whole.dates.length).toBeGreaterThan(3);
    expect(factsOf(windowed)).toEqual(factsOf(whole));
    // checks are made within a window: the same verdicts, counted per window ("age 54, stated 2 times", not 6)
    const verdicts = (s: typeof whole) => new Set(s.checks.map((c) => `${c.kind} ${c.status}`));
    expect(whole.checks.length).toBeGreaterThan(0);
    expect(verdicts(windowed)).toEqual(verdicts(whole));
    expect(whole.warnings).toEqual([]);
    expect(windowed.warnings).toEqual([expect.stringMatching(/^a large input: analysed in 3 windows/)]);
  });

  it('merges a place named differently in two windows under its fullest name, everywhere', () => {
    const first = 'The delegation flew from Tokyo to the U.S. on Monday. Tokyo is 8,000 kilometers from the U.S., officials said.';
    const second = 'Officials in the United States said on Tuesday that Tokyo is 8,000 kilometers from the United States.';
    const input = `${first}\n\n${second}\n`;
    const sheet = runStages(input, options, STAGES, first.length + 5);
    expectValidSheet(sheet, input);
    const us = sheet.locations.filter((l) => l.countryCode === 'US');
    expect(us.map((l) => l.name)).toEqual(['United States']);
    expect(us[0]!.mentions.map((m) => m.text)).toEqual(['U.S.', 'U.S.', 'United States', 'United States']);
    expect(sheet.distances.map((d) => d.to)).toEqual(['United States', 'United States']);
    expect(sheet.events.flatMap((e) => e.participants)).not.toContain('U.S.');
    expect(sheet.locations.filter((l) => l.name === 'Tokyo')).toHaveLength(1);
  });

  it('keeps one actor per name across windows, with the age and roles found in any of them', () => {
    const first = 'Chancellor Otto Brandt met reporters in Bern on Monday.';
    const second = 'Otto Brandt, 61, said on Tuesday that the talks would go on.';
    const input = `${first}\n\n${second}`;
    const sheet = runStages(input, options, STAGES, 60);
    expectValidSheet(sheet, input);
    const brandt = sheet.actors.filter((a) => a.name === 'Otto Brandt');
    expect(brandt).toHaveLength(1);
    expect(brandt[0]!.age).toBe(61);
    expect(brandt[0]!.roles.map((r) => r.title)).toEqual(['Chancellor']);
    // the mentions of each window, in order, at their place in the whole input
    const alone = (text: string, at: number) =>
      runStages(text, options, STAGES).actors.find((a) => a.name === 'Otto Brandt')!.mentions.map((m) => m.start + at);
    expect(brandt[0]!.mentions.map((m) => m.start)).toEqual([...alone(first, 0), ...alone(second, first.length + 2)]);
    expect(brandt[0]!.mentions.map((m) => m.start)).toContain(input.lastIndexOf('Otto'));
    expect(sheet.actors.map((a) => a.id)).toEqual(sheet.actors.map((_, i) => `a${i + 1}`));
    expect(sheet.dates.map((d) => d.id)).toEqual(['t1', 't2']);
  });
});
