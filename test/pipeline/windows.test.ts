/**
 * Large inputs are analysed in windows of whole paragraphs. The window size is a parameter here so that small texts
 * exercise the same code: windows cover the text, every offset stays exact, and the merged facts equal those of one
 * pass wherever each window holds whole articles.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphs } from '../../src/nlp/document.js';
import { normalizeText } from '../../src/text/normalize.js';
import { runStages, runStagesInBatches, STAGES, windows, WINDOW } from '../../src/pipeline.js';
import { validateFactBatch } from '../../src/schema.js';
import type { FactBatch } from '../../src/schema.js';
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

  it('are those of the whole normalized text, though the input is normalized a block at a time', () => {
    // the plain definition, on the whole normalized text at once
    const reference = (input: string, size: number): Array<[number, number]> => {
      if (input.length <= size) return [[0, input.length]];
      const out: Array<[number, number]> = [];
      let start = 0;
      for (const p of paragraphs(normalizeText(input))) {
        if (p.end - start > size && p.start > start) {
          out.push([start, p.start]);
          start = p.start;
        }
      }
      out.push([start, input.length]);
      return out;
    };
    const pieces = [ARTICLE, '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n \t\n', '\n\r \n', 'word ', 'and so, ', 'Wrapped line\ncontinues here. ', 'Headline\nBody', 'end;\n  lower', '\n\t"Quote', 'x'.repeat(7_000), '. '.repeat(300)];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 400 }), fc.integer({ min: 500, max: 40_000 }), (parts, size) => {
        const input = parts.join('');
        expect(windows(input, size)).toEqual(reference(input, size));
      }),
      { numRuns: 60 },
    );
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

  it('merges a place named differently in two windows under the name its first window gave it, everywhere', () => {
    const first = 'The delegation flew from Tokyo to the U.S. on Monday. Tokyo is 8,000 kilometers from the U.S., officials said.';
    const second = 'Officials in the United States said on Tuesday that Tokyo is 8,000 kilometers from the United States.';
    const input = `${first}\n\n${second}\n`;
    const sheet = runStages(input, options, STAGES, first.length + 5);
    expectValidSheet(sheet, input);
    const us = sheet.locations.filter((l) => l.countryCode === 'US');
    // the first window's distances and events are final before the second is read: the name cannot change later
    expect(us.map((l) => l.name)).toEqual(['U.S.']);
    expect(us[0]!.mentions.map((m) => m.text)).toEqual(['U.S.', 'U.S.', 'United States', 'United States']);
    expect(sheet.distances.map((d) => d.to)).toEqual(['U.S.', 'U.S.']);
    expect(sheet.events.flatMap((e) => e.participants)).not.toContain('United States');
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

describe('input in pieces', () => {
  const input = Array.from({ length: 6 }, (_, i) => ARTICLE.replace('Geneva', ['Oslo', 'Lyon', 'Porto'][i % 3]!)).join('\n\n');
  const collect = (source: string | Iterable<string>, size: number, opts = options) => {
    const batches = runStagesInBatches(source, opts, STAGES, size);
    const got: FactBatch[] = [];
    let step = batches.next();
    for (; !step.done; step = batches.next()) got.push(step.value);
    return { batches: got, rest: step.value };
  };
  const pieces = (text: string, sizes: number[]) => {
    const out: string[] = [];
    for (let at = 0, k = 0; at < text.length; k++) {
      const n = Math.max(1, sizes[k % sizes.length]!);
      out.push(text.slice(at, at + n));
      at += n;
    }
    return out;
  };

  it('gives the same batches and rest as the whole string, however the text is cut', () => {
    // windows as small as these need a block of text to be read before they are known: the pieces are much smaller
    for (const size of [oneWindow, 2 * ARTICLE.length + 10, 400]) {
      const whole = collect(input, size);
      for (const sizes of [[1], [7, 300, 2], [5_000], [input.length]]) {
        expect(collect(pieces(input, sizes), size)).toEqual(whole);
      }
    }
  });

  it('reads the dateline for the reference date from the first pieces', () => {
    const dated = `GENEVA, March 3, 2021\n${input}`;
    const whole = collect(dated, 400, {});
    expect(whole.rest.referenceDate).toBe('2021-03-03');
    expect(collect(pieces(dated, [3]), 400, {})).toEqual(whole);
  });

  it('an empty input, whole or in no pieces at all', () => {
    expect(collect([], 400)).toEqual(collect('', 400));
    expect(collect([''], 400)).toEqual(collect('', 400));
  });
});

describe('facts in batches', () => {
  const input = Array.from({ length: 6 }, () => ARTICLE).join('\n\n');
  const size = 2 * ARTICLE.length + 10;

  it("yields each window's facts before the next window is read, then actors, locations and checks, and returns the rest", () => {
    let parsed = 0;
    const stages = { ...STAGES, parse: { ...STAGES.parse, run: (...args: Parameters<typeof STAGES.parse.run>) => (parsed++, STAGES.parse.run(...args)) } };
    const batches = runStagesInBatches(input, options, stages, size);
    const first = batches.next();
    expect(first.done).toBe(false);
    expect(parsed).toBe(1);
    const seen = [first.value as FactBatch];
    let step = batches.next();
    for (; !step.done; step = batches.next()) seen.push(step.value);
    const windowCount = windows(input, size).length;
    expect(parsed).toBe(windowCount);
    // the windows' batches hold their own kinds only; the merged kinds come after the last window
    const perWindow = seen.slice(0, windowCount);
    expect(perWindow.flatMap((b) => [...b.actors, ...b.locations, ...b.checks])).toEqual([]);
    expect(seen.slice(windowCount).flatMap((b) => [...b.distances, ...b.dates, ...b.events])).toEqual([]);
    expect(seen.slice(windowCount).map((b) => (b.actors.length ? 'actors' : b.locations.length ? 'locations' : 'checks'))).toEqual(['actors', 'locations', 'checks']);
    const rest = step.value;
    expect({ ...rest, warnings: [] }).toEqual({ ...rest, warnings: [], actors: [], locations: [], distances: [], dates: [], events: [], checks: [] });
    // together, the batches and the rest are the sheet, ids numbered across batches
    const whole = runStages(input, options, STAGES, size);
    const all = <K extends keyof FactBatch>(kind: K) => seen.flatMap((b) => b[kind] as unknown[]);
    expect({ ...rest, actors: all('actors'), locations: all('locations'), distances: all('distances'), dates: all('dates'), events: all('events'), checks: all('checks') }).toEqual(whole);
    expect(all('dates').length).toBeGreaterThan(windowCount);
    expect(whole.dates.map((d) => d.id)).toEqual(whole.dates.map((_, i) => `t${i + 1}`));
    for (const batch of seen) expect(validateFactBatch(batch).ok).toBe(true);
  });

  it('an input of one window is one batch', () => {
    const batches = [...runStagesAll(ARTICLE, options, oneWindow)];
    expect(batches).toHaveLength(1);
    const whole = runStages(ARTICLE, options, STAGES);
    expect(batches[0]).toEqual({ actors: whole.actors, locations: whole.locations, distances: whole.distances, dates: whole.dates, events: whole.events, checks: whole.checks });
  });

  it('kinds left out by `only` stay out of every batch', () => {
    const batches = [...runStagesAll(input, { ...options, only: ['actors', 'events'] }, size)];
    expect(batches.flatMap((b) => [...b.dates, ...b.distances])).toEqual([]);
    expect(batches.flatMap((b) => b.events).length).toBeGreaterThan(0);
  });
});

function* runStagesAll(input: string, opts: Parameters<typeof runStages>[1], size: number): Generator<FactBatch> {
  const batches = runStagesInBatches(input, opts, STAGES, size);
  for (let step = batches.next(); !step.done; step = batches.next()) yield step.value;
}
