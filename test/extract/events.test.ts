import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';

const events = (text: string, referenceDate = '2024-03-15') => extractFacts(text, { referenceDate }).events;

describe('dated events', () => {
  const cases: Array<[string, string, string, string[]]> = [
    // sentence, date value, trigger, participants that must be named
    ['Maria Lopez arrived in Madrid on Tuesday.', '2024-03-12', 'arrived', ['Maria Lopez', 'Madrid']],
    ['On Monday, Acme Corp. announced a merger with Beta Holdings Inc.', '2024-03-11', 'announced', ['Acme Corp.', 'Beta Holdings Inc.']],
    ['Relations cooled after the collapse of the Soviet Union in 1991.', '1991', 'collapse', ['Soviet Union']],
    ['He met Pedro Gonzalez on his last trip to Chile two years ago.', '2022', 'trip', ['Pedro Gonzalez', 'Chile']],
    ['The summit will open in Geneva on Thursday.', '2024-03-21', 'open', ['Geneva']],
    // event nouns of crime and movement
    ['Protests followed the assassination of Carlos Ruiz in May 2020.', '2020-05', 'assassination', ['Carlos Ruiz']],
    // the subject kept apart from its verb by an aside, or named before a relative clause
    ['Maria Lopez, facing pressure from her party, on Tuesday resigned.', '2024-03-12', 'resigned', ['Maria Lopez']],
    ['Pedro Gonzalez, who arrived in Madrid on Monday, met the press.', '2024-03-11', 'arrived', ['Pedro Gonzalez', 'Madrid']],
  ];
  it.each(cases)('%s', (text, value, trigger, participants) => {
    const event = events(text).find((e) => e.date.value === value);
    expect(event?.trigger.text).toBe(trigger);
    expect(event?.participants).toEqual(expect.arrayContaining(participants));
    expect(event?.summary.length).toBeGreaterThan(0);
    expect(event?.summary).not.toContain(event!.date.text);
  });

  it('resolves a pronoun to the person named last', () => {
    const [event] = events('Maria Lopez left Madrid last year. In April 2023, she visited Lisbon.').filter((e) => e.date.value === '2023-04');
    expect(event?.participants).toEqual(expect.arrayContaining(['Maria Lopez', 'Lisbon']));
  });

  const negative: Array<[string, string]> = [
    ['She has lived in Madrid for three years.', 'a duration'],
    ['The committee meets every week.', 'a set'],
    ['He may travel to Rome.', 'the verb "may"'],
  ];
  it.each(negative)('no event in: %s (%s)', (text) => {
    expect(events(text)).toEqual([]);
  });

  it('keeps the events of an article in text order with their sentences', () => {
    const text = 'Maria Lopez arrived on Tuesday. She spoke on Wednesday.';
    const list = events(text);
    expect(list.map((e) => e.trigger.text)).toEqual(['arrived', 'spoke']);
    expect(list.map((e) => e.sentence.text)).toEqual(['Maria Lopez arrived on Tuesday.', 'She spoke on Wednesday.']);
  });
});
