import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import { parse } from '../../src/nlp/document.js';
import { normalizeText } from '../../src/text/normalize.js';
import { extractDates } from '../../src/extract/dates.js';
import { DateFact } from '../../src/schema.js';

const run = (text: string, referenceDate: string | null) => {
  const doc = parse(normalizeText(text));
  return { doc, facts: extractDates({ doc, referenceDate }) };
};

describe('extractDates contract', () => {
  const text = 'Officials met on Monday. The talks will resume next week, four years after they began in April 2019.\nToday the city is calm.';
  const { doc, facts } = run(text, '2023-09-12');

  it('returns schema-valid facts, sorted, with ids t1, t2, …', () => {
    expect(facts.length).toBeGreaterThan(3);
    facts.forEach((f, i) => {
      expect(DateFact.safeParse(f).success).toBe(true);
      expect(f.id).toBe(`t${i + 1}`);
      if (i) expect(f.start).toBeGreaterThanOrEqual(facts[i - 1]!.start);
    });
  });

  it('keeps exact offsets and the enclosing sentence', () => {
    for (const f of facts) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      const s = doc.sentences.find((x) => x.start <= f.start && f.end <= x.end)!;
      expect(f.sentence).toEqual({ start: s.start, end: s.end, text: s.text });
      expect(f.rule).toMatch(/^[a-z-]+$/);
    }
  });

  it('is pure: the same input gives the same output', () => {
    expect(run(text, '2023-09-12').facts).toEqual(facts);
  });

  it('never reads the clock: without a reference date relative values keep their X', () => {
    const { facts: loose } = run(text, null);
    expect(loose.find((f) => f.text === 'Monday')!.value).toBe('XXXX-WXX-1');
    expect(loose.find((f) => f.text === 'next week')!.value).toBe('XXXX-WXX');
    expect(loose.find((f) => f.text === 'April 2019')!.value).toBe('2019-04');
  });

  it('keeps offsets on CRLF and curly-quote input', () => {
    const raw = 'He said \u201cyes\u201d on Friday.\r\nThe vote was in March 2020.';
    const { facts: fs2 } = run(raw, '2023-09-12');
    for (const f of fs2) expect(raw.slice(f.start, f.end)).toBe(f.text);
    expect(fs2.map((f) => f.value)).toEqual(['2023-09-08', '2020-03']);
  });
});

describe('seed article (kim-putin-summit, 2023-09-12)', () => {
  const text = fs.readFileSync(new URL('../../fixtures/kim-putin-summit.txt', import.meta.url), 'utf8');
  const { facts } = run(text, '2023-09-12');
  const got = facts.map((f) => [f.text, f.value]);

  it.each([
    ['Tuesday morning', '2023-09-12TMO'],
    ['Monday', '2023-09-11'],
    ['Wednesday', '2023-09-13'],
    ['Tuesday', '2023-09-12'],
    ['Sunday afternoon', '2023-09-10TAF'],
    ['recent months', 'PAST_REF'],
    ['four years ago', '2019'],
    ['April 2019', '2019-04'],
    ['1991', '1991'],
    ['Today', 'PRESENT_REF'],
  ])('%s → %s', (extent, value) => {
    expect(got).toContainEqual([extent, value]);
  });

  it('finds nothing else', () => {
    expect(facts).toHaveLength(10);
  });
});

describe('performance', () => {
  it('stays linear on hostile input', () => {
    const hostile = 'Mr. '.repeat(50_000) + 'May 12 '.repeat(2_000) + 'the past '.repeat(5_000) + '1991 ' + '12/'.repeat(10_000);
    const doc = parse(normalizeText(hostile));
    const t0 = performance.now();
    extractDates({ doc, referenceDate: '2023-09-12' });
    expect(performance.now() - t0).toBeLessThan(3_000);
  });
});
