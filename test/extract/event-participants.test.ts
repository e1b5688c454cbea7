import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';

const eventOf = (text: string, trigger: string) => extractFacts(text, { referenceDate: '2024-03-15' }).events.find((e) => e.trigger.text === trigger);

describe('event participants', () => {
  // sentence, trigger, participants that must be named
  const cases: Array<[string, string, string[]]> = [
    // a place with its state, a list, members kept apart by commas
    ['The monarch will meet George Bush on Thursday in Kennebunkport, Maine.', 'meet', ['George Bush', 'Kennebunkport', 'Maine']],
    ['Mikhail Sytenko left Tuesday for consultations with the governments of Syria, Jordan and Egypt.', 'left', ['Mikhail Sytenko', 'Syria', 'Jordan', 'Egypt']],
    // the clause a verb of saying or confirming reports
    ['Police confirmed Friday that the body belonged to Jorge Hernandez.', 'confirmed', ['Jorge Hernandez']],
    ['Maria Lopez said Monday that Pedro Gonzalez would resign.', 'said', ['Maria Lopez', 'Pedro Gonzalez']],
    // the antecedent of a relative clause
    ['King Hussein carried a message from Saddam Hussein, with whom the king met Monday.', 'met', ['Saddam Hussein']],
    // "it", "its" and "the company" refer back to the organization named last
    ['Beta Holdings Inc. is based in Ohio. The company put itself up for sale in March.', 'sale', ['Beta Holdings Inc.']],
    ['Beta Holdings Inc. lost money. On Monday it raised prices.', 'raised', ['Beta Holdings Inc.']],
  ];
  it.each(cases)('%s', (text, trigger, participants) => {
    expect(eventOf(text, trigger)?.participants).toEqual(expect.arrayContaining(participants));
  });

  // sentence, trigger, names that must not be participants
  const negative: Array<[string, string, string[]]> = [
    // another clause with a verb of its own
    ['Maria Lopez arrived in Madrid on Tuesday, and Pedro Gonzalez left Lisbon.', 'arrived', ['Pedro Gonzalez', 'Lisbon']],
    // "it" that refers to nothing ("it is likely"), and an organization named only before a person's pronoun
    ['Acme Corp. reported losses. It is likely that prices will rise on Monday.', 'rise', ['Acme Corp.']],
    ['Acme Corp. hired Maria Lopez. On Monday she resigned.', 'resigned', ['Acme Corp.']],
  ];
  it.each(negative)('%s: not %s', (text, trigger, names) => {
    const event = eventOf(text, trigger);
    expect(event).toBeDefined();
    for (const name of names) expect(event!.participants).not.toContain(name);
  });
});
