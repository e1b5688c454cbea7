import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';
import { dateSide } from '../../src/extract/event-trigger.js';

const events = (text: string, referenceDate = '2024-03-15') => extractFacts(text, { referenceDate }).events;
const triggerOf = (text: string, dateText: string) => events(text).find((e) => e.date.text === dateText)?.trigger.text ?? null;

describe('event triggers', () => {
  // sentence, the date's text, the trigger
  const cases: Array<[string, string, string]> = [
    // a date inside a noun phrase makes its head the event
    ['Protests followed the November 1995 assassination of Carlos Ruiz.', 'November 1995', 'assassination'],
    ["The deal follows Tuesday's declaration by Acme Corp.", 'Tuesday', 'declaration'],
    ['Acme Corp. broke the 1991 agreement with Beta Holdings Inc.', '1991', 'agreement'],
    ['The August 1988 cease-fire held for years.', 'August 1988', 'cease-fire'],
    ['Protesters marched after the Aug. 7 blasts killed 257 people.', 'Aug. 7', 'blasts'],
    ['Tourists stayed away after the Aug. 7 Embassy bombings in Nairobi.', 'Aug. 7', 'bombings'],
    ["Stocks fell in the 1980's crash.", "the 1980's", 'crash'],
    // the main verb of the date's clause
    ['Police found the body Friday wrapped in plastic bags.', 'Friday', 'found'],
    ['Maria Lopez was kidnapped from her small store at 10 p.m. Wednesday, police said.', '10 p.m. Wednesday', 'kidnapped'],
    ['Late Monday, officials said that visas had been approved.', 'Late Monday', 'said'],
    ['Earlier Sunday, police and protesters clashed in the city.', 'Sunday', 'clashed'],
    ['Acme shares rose 87 cents yesterday.', 'yesterday', 'rose'],
    ['The number of people claiming benefits rose 15,000 last week.', 'last week', 'rose'],
    ['In composite trading on the exchange yesterday, Acme shares fell 5 cents.', 'yesterday', 'fell'],
    ['The ministers all voted to support the plan Friday.', 'Friday', 'voted'],
    ['Two rival bidders extended their offers to acquire the maker Friday.', 'Friday', 'extended'],
    ['The company plans to open a plant next week.', 'next week', 'open'],
    ['The jet is expected to enter service later this year.', 'later this year', 'enter'],
    ['Over the weekend, lawyers raised accusations.', 'the weekend', 'raised'],
    ['The first customer, Acme Air, is due to receive their first aircraft in May 2025.', 'May 2025', 'receive'],
    ["In the late 1980's Acme Corp. added a line.", "the late 1980's", 'added'],
    // a verb of saying after the date does not take it from an earlier verb, even across an aside's comma
    ['Pedro Ruiz was kidnapped from his small, neighborhood store at 10 p.m. Wednesday, police said.', '10 p.m. Wednesday', 'kidnapped'],
    // a second verb after "and", a subordinate clause, a participle of a noun: not the date's
    ['Maria Lopez joined Acme Corp. in 1985 and spearheaded its drive abroad.', '1985', 'joined'],
    ['He was found off the coast on Thanksgiving Day after a boat carrying him sank.', 'Thanksgiving Day', 'found'],
    // a date right after an infinitive is its object; a past date belongs to the intention before the infinitive
    ['Stocks fell, although they later recovered somewhat to end the day with a small loss.', 'the day', 'end'],
    ['Acme sought antitrust clearance last week to purchase more shares.', 'last week', 'sought'],
    ['The two governments invited the party to rejoin two weeks ago.', 'two weeks ago', 'invited'],
    // a period that ends on a date is no event: the main clause is
    ['For the six months ended Aug. 12, Acme posted net income of $6 million.', 'Aug. 12', 'posted'],
    // an open condition is an event that may happen
    ['The board will pay the costs if Acme mails an offer to shareholders by Nov. 22.', 'Nov. 22', 'mails'],
    // a date inside a quotation dates what is quoted
    ['"The market reared its head again today," said Senator Pedro Ruiz.', 'today', 'reared'],
    // "recently" the verb it modifies; "now" only a progressive
    ['The company recently filed for bankruptcy.', 'recently', 'filed'],
    ['The embassy is now operating from a hotel.', 'now', 'operating'],
    ['Charges are now being made against the officials.', 'now', 'made'],
  ];
  it.each(cases)('%s', (text, dateText, trigger) => {
    expect(triggerOf(text, dateText)).toBe(trigger);
  });

  // sentence, the date's text: no event, or never this word as the trigger
  const noEvent: Array<[string, string]> = [
    ['Tourists visit the 11th century temple every day.', 'the 11th century'],
    ['Iraq now controls 20 percent of the oil.', 'now'],
    ['Acme now holds 5% of the shares.', 'now'],
    ['Now, he says, the West wants more.', 'Now'],
    ['The bank recently had losses.', 'recently'],
    ['It will happen in the future.', 'the future'],
    ['Profits grew in recent years.', 'recent years'],
    // the date of a record, and a date premodifying a thing after an adjective
    ['The dividend will be paid Dec. 14 to holders of record Nov. 15.', 'Nov. 15'],
    ['Tourists visit the fabled 11th century temple every day.', '11th century'],
    ['Stocks may rise after an expected announcement Friday of August unemployment data.', 'August'],
    // a date inside a quotation whose verb is outside it, and the other way round
    ['"We will have a reasonably flat year this year," Mr. Ruiz says.', 'this year'],
    ['Pedro Ruiz on Friday: "I am shocked and dismayed by the leaks."', 'Friday'],
    // a counterfactual is no event
    ['"If I were choosing the members of the board tomorrow, I would keep them," he said.', 'tomorrow'],
  ];
  it.each(noEvent)('no event for the date of: %s', (text, dateText) => {
    expect(events(text).filter((e) => e.date.text === dateText)).toEqual([]);
  });

  const neverTrigger: Array<[string, string, string]> = [
    ['Earlier Sunday, police and protesters clashed in the city.', 'Sunday', 'police'],
    ['Over the weekend, lawyers raised accusations.', 'the weekend', 'Over'],
    ['Lenders extended $90 million in revolving loans through January.', 'January', 'revolving'],
    ['The first lawsuit was settled out of court in 1981.', '1981', 'out'],
    ['Officials spoke in response to an article on Friday regarding a meeting.', 'Friday', 'regarding'],
    ['Jobs in the service sector rose in August according to research.', 'August', 'according'],
  ];
  it.each(neverTrigger)('%s: not %s', (text, dateText, word) => {
    expect(triggerOf(text, dateText)).not.toBe(word);
  });
});

describe('dateSide', () => {
  const cases: Array<[string, string | null, 'past' | 'future' | null]> = [
    ['2024-03-14', '2024-03-15', 'past'],
    ['2024-03-16', '2024-03-15', 'future'],
    ['2024-03', '2024-03-15', null],
    ['1991', '2024-03-15', 'past'],
    ['2024-W10', '2024-03-15', 'past'],
    ['2024-W12', '2024-03-15', 'future'],
    ['2024-W11', '2024-03-15', null],
    ['2024-Q1', '2024-03-15', null],
    ['PAST_REF', '2024-03-15', null],
    ['2024-03-14', null, null],
  ];
  it.each(cases)('%s against %s is %s', (value, reference, side) => {
    expect(dateSide(value, reference)).toBe(side);
  });
});
