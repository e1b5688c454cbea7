import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';

const events = (text: string) => extractFacts(text, { referenceDate: '2024-03-15' }).events;

describe('relative words that date an event', () => {
  // sentence, the relative word, the trigger, the value
  const cases: Array<[string, string, string, string]> = [
    // an adverb before its verb group, or right after a past verb
    ['Acme had previously hired a former official.', 'previously', 'hired', 'PAST_REF'],
    ['Such charges have previously been leveled against the mayor.', 'previously', 'leveled', 'PAST_REF'],
    ['Shares fell to four cents, although they later rebounded.', 'later', 'rebounded', 'PAST_REF'],
    ['Prosecutors may soon seek an indictment.', 'soon', 'seek', 'FUTURE_REF'],
    ['The board will later decide on the plan.', 'later', 'decide', 'FUTURE_REF'],
    ['The mayor announced earlier that the bridge would close.', 'earlier', 'announced', 'PAST_REF'],
    // an adverb that opens its clause dates the clause's verb
    ["Earlier, the demand for the suspect's extradition was refused.", 'Earlier', 'refused', 'PAST_REF'],
    ['Previously the inspectors have resisted such visits.', 'Previously', 'resisted', 'PAST_REF'],
    // "recent" dates the event noun it modifies
    ['The offer was triggered by the recent sale of the disk-drive unit.', 'recent', 'sale', 'PAST_REF'],
    ['Acme holds 14.6%, according to a recent SEC filing.', 'recent', 'filing', 'PAST_REF'],
    ['Investors worry about recent declines in bond prices.', 'recent', 'declines', 'PAST_REF'],
  ];
  it.each(cases)('%s', (text, word, trigger, value) => {
    const event = events(text).find((e) => e.date.text === word);
    expect(event?.trigger.text).toBe(trigger);
    expect(event?.date.value).toBe(value);
  });

  // sentence, the relative word: no event dated by it
  const noEvent: Array<[string, string]> = [
    ['The plan came earlier than expected.', 'earlier'],
    ['They will leave as soon as the road opens.', 'soon'],
    ['He was probably killed soon after being captured.', 'soon'],
    ['An earlier version of the bill failed.', 'earlier'],
    ['Products could have gotten to market earlier.', 'earlier'],
    ['The recent weather has been mild.', 'recent'],
    // a statement dated only by "previously" or "later"
    ['Acme previously said it would keep its bid open.', 'previously'],
    ['Some officials later said the total was higher.', 'later'],
    ['Residents recall the recent past fondly.', 'recent'],
  ];
  it.each(noEvent)('no event for: %s', (text, word) => {
    expect(events(text).filter((e) => e.date.text === word)).toEqual([]);
  });

  it('leaves a relative word inside a time expression to that expression', () => {
    const found = events('The jet is expected to enter service later this year. Profit rose from $9 million a year earlier.');
    expect(found.map((e) => e.date.text)).not.toContain('later');
    expect(found.map((e) => e.date.text)).not.toContain('earlier');
  });

  it('is no time expression of the sheet', () => {
    const sheet = extractFacts('Acme had previously hired a former official.', { referenceDate: '2024-03-15' });
    expect(sheet.dates).toEqual([]);
    expect(sheet.events).toHaveLength(1);
  });
});

describe('dates used only in a comparison anchor no event', () => {
  // sentence, the date's text
  const comparisons: Array<[string, string]> = [
    ['Profit climbed to $98 million from $71 million a year ago.', 'a year ago'],
    ['Net was $10.5 million, compared with $10.3 million, or $1.02 a share, a year earlier.', 'a year earlier'],
    ['Net was C$6.5 million, compared with C$18.1 million, or 21 Canadian cents a share, a year earlier.', 'a year earlier'],
    ['Profit grew a robust 19% from a year ago.', 'a year ago'],
    ['Prices were higher than a year ago.', 'a year ago'],
    ['Profit is likely to be 4.7 billion francs, up from 633.8 million francs last year.', 'last year'],
    ['The index had its worst fall since 1987.', '1987'],
    ['The drop is the largest since June.', 'June'],
    ['Oil prices dropped to lows not reached since February.', 'February'],
  ];
  it.each(comparisons)('%s', (text, dateText) => {
    expect(events(text).filter((e) => e.date.text === dateText)).toEqual([]);
  });

  // the same words that date an event
  const dated: Array<[string, string, string]> = [
    ['Acme bought 254,200 shares from Sept. 14 to Thursday.', 'Sept. 14', 'bought'],
    ['Visitors jumped from fewer than 100,000 to more than 300,000 last year.', 'last year', 'jumped'],
    ['The region has been ruled directly by the capital since 1972.', '1972', 'ruled'],
    ['Investors pulled out $36 billion since early August.', 'early August', 'pulled'],
  ];
  it.each(dated)('%s', (text, dateText, trigger) => {
    expect(events(text).find((e) => e.date.text === dateText)?.trigger.text).toBe(trigger);
  });
});
