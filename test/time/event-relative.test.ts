/** Dates counted from another event: anchored to that event's date when the text gives it, left relative otherwise. */
import { describe, expect, it } from 'vitest';
import { timexes } from './helpers.js';

const DCT = '2023-09-18'; // a Monday

/** [text, extent, expected value, expected type] */
const ROWS: Array<[string, string, string, string]> = [
  ['The trial opened on March 3. He was arrested the day before the trial.', 'the day', '2023-03-02', 'DATE'],
  ['The plane crashed on Friday. Two days after the crash, rescuers found the wreck.', 'Two days', '2023-09-17', 'DATE'],
  ['The vote was held on May 2. A week after the vote, the president resigned.', 'A week', '2023-05-09', 'DATE'],
  ['The ferry capsized on June 4, 2021. Divers reached it three days after the capsizing.', 'three days', '2021-06-07', 'DATE'],
  // negatives: the event has no date in the text, so the offset stays a duration (or names nothing)
  ['Rescuers found the wreck two days after the crash.', 'two days', 'P2D', 'DURATION'],
  ['The firm was founded in 1990. Two days after the crash, it closed.', 'Two days', 'P2D', 'DURATION'],
  // two dated days in the event's sentence: which one is the event's is not known
  ['The plane crashed on Friday and was found on Sunday. Two days after the crash, the inquiry began.', 'Two days', 'P2D', 'DURATION'],
  // a word of another stem is another event
  ['The plane landed on Friday. Two days after the crash, rescuers arrived.', 'Two days', 'P2D', 'DURATION'],
  // the word far from the date in its sentence
  ['On Friday the airline said that the families of the victims would be told about the crash. Two days after the crash, rescuers arrived.', 'Two days', 'P2D', 'DURATION'],
];

describe('dates relative to another event', () => {
  it.each(ROWS)('%s → %s = %s', (text, extent, value, type) => {
    const facts = timexes(text, DCT);
    const f = facts.find((x) => x.text === extent);
    expect(f, JSON.stringify(facts.map((x) => `${x.text}=${x.value}`))).toBeDefined();
    expect(f!.value).toBe(value);
    expect(f!.type).toBe(type);
  });

  it('names no date for "the day before" an event the text does not date', () => {
    expect(timexes('He was arrested the day before the trial.', DCT).map((x) => x.text)).toEqual([]);
  });

  it('spans only the offset, with exact offsets into the text', () => {
    const text = 'The trial opened on March 3. He was arrested the day before the trial.';
    const f = timexes(text, DCT).find((x) => x.rule === 'event-relative')!;
    expect(text.slice(f.start, f.end)).toBe('the day');
  });
});
