/**
 * Regular expressions that once took time growing with the square of a run of characters, each fed a long
 * adversarial string through the code that uses it. The parser keeps real sentences under 1,000 characters; these
 * documents are built by hand with one sentence of hundreds of thousands, so that a regression would not finish
 * within the test's timeout. No timing assertions.
 */
import { describe, expect, it } from 'vitest';
import type { Document, Token } from '../../src/nlp/document.js';
import { extractDates } from '../../src/extract/dates.js';
import { extractDistances } from '../../src/extract/distances.js';
import { extractEvents } from '../../src/extract/events.js';
import type { DateFact } from '../../src/schema.js';

const N = 200_000;

/** A one-sentence document: the given words, with the given text between them, each word with its tags. */
function documentOf(parts: Array<[word: string, tags: string[], after: string]>): Document {
  let text = '';
  const tokens: Token[] = parts.map(([word, tags, after], index) => {
    const start = text.length;
    text += word + after;
    return { index, text: word, start, end: start + word.length, normal: word.toLowerCase(), root: word.toLowerCase(), pre: '', post: after, tags: new Set(tags), sentence: 0 };
  });
  const sentence = { index: 0, start: 0, end: text.length, text, first: 0, last: tokens.length, paragraph: 0 };
  return { text, source: text, paragraphs: [{ start: 0, end: text.length }], sentences: [sentence], tokens, report: { cutSentences: 0, longWords: 0, failures: [] } };
}

function monday(doc: Document): DateFact {
  const start = doc.text.lastIndexOf('Monday');
  const s = doc.sentences[0]!;
  return { id: 't1', start, end: start + 6, text: 'Monday', type: 'DATE', value: '2023-09-11', mod: null, sentence: { start: s.start, end: s.end, text: s.text }, rule: 'weekday' };
}

describe('event summaries', () => {
  it('an unclosed parenthesis: many opening brackets closed only at the end', () => {
    const doc = documentOf([['They', ['Pronoun'], ' '], ['met', ['Verb', 'PastTense'], ` ${'('.repeat(N)} `], ['aides', ['Noun'], ') '], ['on', ['Preposition'], ' '], ['Monday', ['Date'], '']]);
    const [event] = extractEvents({ doc, referenceDate: '2023-09-12' }, [monday(doc)], []);
    expect(event!.trigger.text).toBe('met');
    expect(event!.summary.startsWith('They met')).toBe(true);
  });

  it('a long run of trailing punctuation that is not at the end', () => {
    const doc = documentOf([['They', ['Pronoun'], ' '], ['met', ['Verb', 'PastTense'], ` ${','.repeat(N)} `], ['aides', ['Noun'], ' '], ['on', ['Preposition'], ' '], ['Monday', ['Date'], '']]);
    const [event] = extractEvents({ doc, referenceDate: '2023-09-12' }, [monday(doc)], []);
    expect(event!.summary.endsWith('aides')).toBe(true);
  });
});

describe('time expressions', () => {
  it('a duration after a long run of spaces, and spaces everywhere else', () => {
    const doc = documentOf([['It', ['Pronoun'], ' '], ['lasted', ['Verb', 'PastTense'], ' '.repeat(N)], ['years', ['Plural'], ' '.repeat(N)], ['x', ['Noun'], '']]);
    const dates = extractDates({ doc, referenceDate: '2023-09-12' });
    expect(dates.map((d) => [d.text, d.value])).toEqual([['years', 'PXY']]);
  });

  it('every rule on long runs of the words and characters they are made of', () => {
    const runs = ['the '.repeat(N / 4), '1,'.repeat(N / 2), 'for for '.repeat(N / 8), 'early '.repeat(N / 6), '\u2019s '.repeat(N / 3), '- '.repeat(N / 2), 'a '.repeat(N / 2)];
    for (const run of runs) {
      const doc = documentOf([['Officials', ['Noun'], ` ${run}`], ['said', ['Verb', 'PastTense'], '']]);
      expect(() => extractDates({ doc, referenceDate: '2023-09-12' })).not.toThrow();
    }
  });
});

describe('distances', () => {
  it('unit words and numbers repeated without end', () => {
    for (const run of ['5 km '.repeat(N / 5), 'mi feet '.repeat(N / 8), '1,'.repeat(N / 2) + ' miles', 'nautical '.repeat(N / 9) + 'miles']) {
      const doc = documentOf([['Officials', ['Noun'], ` ${run} `], ['said', ['Verb', 'PastTense'], '']]);
      expect(() => extractDistances({ doc, referenceDate: null }, [])).not.toThrow();
    }
  });
});
