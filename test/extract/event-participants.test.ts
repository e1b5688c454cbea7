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
    // a later mention by a short form of an organization's name
    ['Upjohn Inc. reported a loss. Upjohn shares rose 87 cents yesterday.', 'rose', ['Upjohn Inc.']],
    ["Cineplex Odeon Corp. holds the theaters. Cineplex's shareholders responded coolly to yesterday's announcement.", 'announcement', ['Cineplex Odeon Corp.']],
    // a verb of saying in -ing, and the whole reported clause before "…, SUBJECT said"
    ['The minister sought to soften the words, saying Friday that Russia feels the talks must go on in Baghdad.', 'saying', ['Russia', 'Baghdad']],
    ['The death toll in the Tanzania blast has risen to 12, hospital officials and family members said Wednesday.', 'said', ['Tanzania']],
    // the that-clause of a noun of saying
    ['Maria Lopez glossed over stern warnings from Moscow on Thursday that air strikes against Iraq would hurt.', 'glossed', ['Maria Lopez', 'Moscow', 'Iraq']],
    ['Over the weekend, lawyers raised accusations that Pedro Gonzalez had lied.', 'raised', ['Pedro Gonzalez']],
    // a participle clause after the event, and a long list of places
    ["Maria Lopez wrapped up some unfinished business on Wednesday, meeting with Kenya's trade minister.", 'wrapped', ['Maria Lopez', 'Kenya']],
    ['Acme Corp. signed a letter on Monday to acquire Beta Systems Inc., Orange, Calif., and its sister operation, Gamma Testing Co., in Aurora, Colo.', 'signed', ['Acme Corp.', 'Gamma Testing Co.']],
    ['The trial is set to begin on Wednesday in the Royal Courts, located in central London.', 'begin', ['London']],
    // she/he skip a person of the other gender ("Mrs.", a given name, or a pronoun after that person alone)
    ['Mrs. Ana Ruiz met Pedro Lopez on Friday. On Monday she resigned.', 'resigned', ['Ana Ruiz']],
    ['Kim Lee arrived in Seoul. On Monday he visited Busan with Ana Ruiz.', 'visited', ['Kim Lee', 'Busan']],
    // a pronoun in an opening phrase refers to the person named right after it
    ['Pedro Lopez met the press. During his speech on Wednesday, Fidel Castro expressed irritation.', 'speech', ['Fidel Castro']],
    // "the company" is the organization the article has named most
    ['Acme Corp. posted a loss. Acme Corp. cut jobs. Trading was halted on the New York Stock Exchange. The company earlier this year adopted a plan.', 'adopted', ['Acme Corp.']],
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
    ['Mrs. Ana Ruiz met Pedro Lopez on Friday. On Monday she resigned.', 'resigned', ['Pedro Lopez']],
    ['Pedro Lopez met the press. During his speech on Wednesday, Fidel Castro expressed irritation.', 'speech', ['Pedro Lopez']],
    ['Acme Corp. posted a loss. Acme Corp. cut jobs. Trading was halted on the New York Stock Exchange. The company earlier this year adopted a plan.', 'adopted', ['New York Stock Exchange']],
    // a participle clause is part of the event only after a comma; "including" opens no clause
    ['Maria Lopez met the press on Monday, including reporters from Spain.', 'met', []],
    // a short form two organizations share names neither; a longer name is another one
    ['Apple Corp. sued Apple Computer Inc. last year. On Monday Apple won.', 'won', ['Apple Corp.', 'Apple Computer Inc.']],
    ['Cineplex Odeon Corp. sold a unit. On Monday Cineplex Odeon Theatres opened.', 'opened', ['Cineplex Odeon Corp.']],
    // the that-clause of a noun that is no saying, and a reported clause whose subject has a verb of its own
    ['Maria Lopez visited the plant on Monday that Acme Corp. built.', 'visited', []],
    ['Pedro Gonzalez arrived in Lisbon, and Maria Lopez said on Monday that prices rose.', 'said', ['Pedro Gonzalez', 'Lisbon']],
  ];
  it.each(negative)('%s: not %s', (text, trigger, names) => {
    const event = eventOf(text, trigger);
    expect(event).toBeDefined();
    for (const name of names) expect(event!.participants).not.toContain(name);
  });
});
