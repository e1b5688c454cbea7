/**
 * The parser's limits: chunks of bounded size and stop count, long sentences cut into pieces, over-long words left
 * out, and in every case tokens and sentences with exact offsets, in text order.
 */
import { describe, expect, it } from 'vitest';
import { MAX_CHUNK, MAX_SENTENCE, MAX_STOPS, MAX_WORD, paragraphs, parse, type Document } from '../../src/nlp/document.js';

const stopsIn = (s: string) => (s.match(/[.!?](?=\s|$)/g) ?? []).length;

function expectWellFormed(doc: Document): void {
  let prevEnd = 0;
  for (const t of doc.tokens) {
    expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    expect(t.start).toBeGreaterThanOrEqual(prevEnd);
    prevEnd = t.end;
  }
  let sentenceEnd = 0;
  doc.sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(s.text).toBe(doc.text.slice(s.start, s.end));
    expect(s.start).toBeGreaterThanOrEqual(sentenceEnd);
    expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    sentenceEnd = s.end;
    for (let k = s.first; k < s.last; k++) {
      expect(doc.tokens[k]!.sentence).toBe(i);
      expect(doc.tokens[k]!.start).toBeGreaterThanOrEqual(s.start);
      expect(doc.tokens[k]!.end).toBeLessThanOrEqual(s.end);
    }
  });
}

describe('chunks', () => {
  it('cover every non-space character once, in order, within the size and stop limits', () => {
    const texts = [
      'Mr. '.repeat(2_000),
      '. '.repeat(5_000),
      'The council met again on Tuesday and said little. '.repeat(400),
      'word '.repeat(3_000),
      'x'.repeat(3 * MAX_CHUNK + 17),
    ];
    for (const text of texts) {
      const chunks = paragraphs(text);
      let covered = '';
      let prev = 0;
      for (const c of chunks) {
        expect(c.start).toBeGreaterThanOrEqual(prev);
        expect(c.end - c.start).toBeLessThanOrEqual(MAX_CHUNK);
        expect(stopsIn(text.slice(c.start, c.end))).toBeLessThanOrEqual(MAX_STOPS);
        covered += text.slice(c.start, c.end);
        prev = c.end;
      }
      expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });

  it('are cut after a sentence end rather than after an abbreviation', () => {
    const text = 'Mr. Lee met Dr. Kim in the city of Seoul on Monday. '.repeat(60);
    const chunks = paragraphs(text);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(text.slice(c.start, c.end)).toMatch(/Monday\.$/);
  });

  it('never split a surrogate pair', () => {
    const text = '\u{1F600}'.repeat(MAX_CHUNK);
    for (const c of paragraphs(text)) {
      expect(text.codePointAt(c.start)).toBe(0x1f600);
      expect(text.charCodeAt(c.end - 1)).toBe(0xde00);
    }
  });
});

describe('parse', () => {
  it('cuts a sentence longer than the limit into pieces at clause punctuation', () => {
    const text = 'The delegation visited the port, the shipyard and the old fortress near the river '.repeat(30) + 'today.';
    const doc = parse(text);
    expect(doc.report.cutSentences).toBe(1);
    expect(doc.sentences.length).toBeGreaterThan(2);
    expectWellFormed(doc);
    // the pieces cover the whole sentence
    expect(doc.sentences[0]!.start).toBe(0);
    expect(doc.sentences.at(-1)!.end).toBe(text.length);
  });

  it('leaves words longer than the limit out, and keeps the offsets of the others', () => {
    const long = 'a.'.repeat(MAX_WORD);
    const text = `Officials said ${long} that Vladimir Putin was in Moscow on Monday.`;
    const doc = parse(text);
    expect(doc.report.longWords).toBe(1);
    expectWellFormed(doc);
    const longStart = text.indexOf(long);
    expect(doc.tokens.some((t) => t.start < longStart + long.length && longStart < t.end)).toBe(false);
    const putin = doc.tokens.find((t) => t.text === 'Putin');
    expect(putin?.start).toBe(text.indexOf('Putin'));
  });

  it('keeps exact offsets on pathological repetitions', () => {
    for (const text of ['Mr. '.repeat(3_000), 'Washington '.repeat(2_000), 'Monday, '.repeat(1_500), '\u{1F600} '.repeat(2_000)]) {
      const doc = parse(text);
      expectWellFormed(doc);
    }
  });
});
