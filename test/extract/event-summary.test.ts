import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';

const summaries = (text: string) => extractFacts(text, { referenceDate: '2024-03-15' }).events.map((e) => e.summary);

describe('event summaries read as a clause', () => {
  // sentence, the summary of its one event
  const cases: Array<[string, string]> = [
    // dateline debris and the date with its preposition left out, without a hole
    ['WASHINGTON (AP)_ Maria Lopez arrived in Madrid on Tuesday.', 'Maria Lopez arrived in Madrid'],
    ['Over the weekend, lawyers for the family raised accusations.', 'lawyers for the family raised accusations'],
    ['Earlier Sunday, police and protesters clashed in the city.', 'police and protesters clashed in the city'],
    // the subject: resolved pronoun, antecedent of "who", the subject an aside kept apart, the head of a long subject
    ['Maria Lopez lost the vote. On Monday she resigned from the party.', 'Maria Lopez resigned from the party'],
    ['Maria Lopez, who arrived in Madrid on Monday, met the press.', 'Maria Lopez arrived in Madrid'],
    ['Pedro Gonzalez, facing pressure from his party, on Tuesday resigned.', 'Pedro Gonzalez resigned'],
    [
      'The talks of the committee on the future of the truce in the region resumed on Monday after a break of three weeks.',
      'The talks resumed after a break of three weeks',
    ],
    // what a verb of saying reports, before or after it
    ['Acme Corp. will cut 500 jobs, a spokesman said Tuesday.', 'a spokesman said Acme Corp. will cut 500 jobs'],
    ['Police confirmed Friday that the body belonged to Jorge Hernandez.', 'Police confirmed that the body belonged to Jorge Hernandez'],
    // the subject of the trigger's own clause, not of the clause before it
    ['The terms of the talks changed, however, when Fidel Castro announced last Wednesday that the father was ready to travel.', 'Fidel Castro announced that the father was ready to travel'],
    // an event noun brings the clause that holds it along; its own verb group when it is an object
    ['During his speech Wednesday night, Fidel Castro expressed irritation.', 'During his speech, Fidel Castro expressed irritation'],
    ['The family refused, and the agency extended its deadline until 9 a.m. Tuesday.', 'the agency extended its deadline'],
    // a verb's particle stays
    ['About $60 million streamed out; $14 million of that seeped out Friday alone.', '$14 million of that seeped out'],
    // a date inside a noun phrase stays with it ("follows declaration" would be a hole)
    ["The move follows Tuesday's declaration by the minister.", "The move follows Tuesday's declaration by the minister"],
    // a date that is a verb's object stays: leaving it out would leave a hole
    ['Gen. Pedro Gonzalez picked Saturday night as the time to start the offensive.', 'Gen. Pedro Gonzalez picked Saturday night as the time to start the offensive'],
    // the antecedent of "whose", and of "who" after "X of Y"
    ['The Explorer, whose sales had a 29% decline in 2005, is built in Ohio.', "The Explorer's sales had a 29% decline"],
    ['He was met by Joan Campbell of the National Council of Churches, who traveled to Havana on Wednesday.', 'Joan Campbell of the National Council of Churches traveled to Havana'],
    // a subordinator opens no summary, and a subordinate clause cut before its verb goes whole
    ['Shares plunged to four cents, although the stock recovered Friday to close at $41.', 'the stock recovered to close at $41'],
    ['Elian was found clinging to an inner tube Nov. 25 off the coast of Florida after his mother, stepfather and others died.', 'Elian was found clinging to an inner tube off the coast of Florida'],
    // a verb group without a subject after ", and" takes the sentence's subject
    ['Such accusations have been leveled against the mayor for a no-bid contract, and are now being made against the council.', 'Such accusations are being made against the council'],
    // a verb of saying after the date never takes it from an earlier verb
    ['Pedro Ruiz was kidnapped from his small, neighborhood store in the town of San Juan at 10 p.m. Wednesday, police said.', 'Pedro Ruiz was kidnapped from his small, neighborhood store in the town of San Juan'],
    // a he/she that opens a sentence continues the subject of the sentence before
    ['Ana Ruiz, 22, has pleaded innocent to charges that she failed to report a plan to kill Pedro Lopez. She took the stand on Friday.', 'Ana Ruiz took the stand'],
  ];
  it.each(cases)('%s', (text, summary) => {
    expect(summaries(text)).toEqual([summary]);
  });

  it('keeps a date coordinated with another, which would leave "in … and June"', () => {
    expect(summaries('Maria Lopez made an appearance in March and June to unveil the phone.')).toEqual([
      'Maria Lopez made an appearance in March and June to unveil the phone',
      'Maria Lopez made an appearance in March and June to unveil the phone',
    ]);
    expect(summaries('Maria Lopez made more than $60 million between 1985 and 1987.')).toEqual([
      'Maria Lopez made more than $60 million between 1985 and 1987',
      'Maria Lopez made more than $60 million between 1985 and 1987',
    ]);
  });

  it('never ends on a word that opens a phrase, however long the clause', () => {
    const text =
      'The minister said on Monday that the government of the republic would review the whole of the agreement with the unions of the ports of the northern coast of the country and of the islands of the south.';
    const [summary] = summaries(text);
    expect(summary).toBeDefined();
    expect(summary).not.toMatch(/\b(the|of|and|with|to|a)$/);
    expect(summary).not.toContain('Monday');
  });
});

describe('sentences split at abbreviations are repaired', () => {
  const sentences = (text: string) => [...new Set(extractFacts(text, { referenceDate: '2024-03-15' }).events.map((e) => e.sentence.text))];
  const cases: Array<[string, string]> = [
    ['Acme Inc. said Monday it completed its purchase of CVN Cos. for about $423 million.', 'Acme Inc. said Monday it completed its purchase of CVN Cos. for about $423 million.'],
    ['On Friday team no. 225 made surprise visits.', 'On Friday team no. 225 made surprise visits.'],
    ['The Iowa vs. Ohio game was played on Friday.', 'The Iowa vs. Ohio game was played on Friday.'],
  ];
  it.each(cases)('%s', (text, sentence) => {
    expect(sentences(text)).toEqual([sentence]);
  });

  it('keeps real sentence ends after an abbreviation', () => {
    const text = 'Troops arrived at 5 a.m. on Friday. Then they returned on Saturday.';
    expect(sentences(text)).toEqual(['Troops arrived at 5 a.m. on Friday.', 'Then they returned on Saturday.']);
  });
});

describe('summaries say who did what', () => {
  // sentence, the summary of each of its events
  const cases: Array<[string, string[]]> = [
    // a verb of saying or deciding keeps its clause when only the date comes between them
    ['The board tentatively decided on March 11 that a merger would be necessary.', ['The board tentatively decided that a merger would be necessary']],
    ['Acme bought the plant on Monday, and the town was glad.', ['Acme bought the plant']],
    // an adjective after "be" ends its phrase; a degree word does not
    ['The board decided on Monday that the plan was very risky.', ['The board decided that the plan was very risky']],
    // the noun group after a verb is its object, not the subject of the verb after it
    ['Acme Fund has seen $20 million flow out since early May.', ['Acme Fund has seen $20 million flow out']],
    ['Sales slowed, and $20 million flowed out on Monday.', ['$20 million flowed out']],
    ['Pedro Ruiz said the plant would close on Monday.', ['the plant would close']],
    // a pronoun nothing resolves keeps the clause it hangs on; one the text resolves gives the name
    ['The minister said 500 million pesos would go to the banks when they opened on Friday.', ['The minister said 500 million pesos would go to the banks when they opened']],
    ['Maria Lopez lost the vote, and then she resigned on Monday.', ['Maria Lopez resigned']],
    // a date after "of" that completes a noun stays; a date that is the whole phrase goes with its preposition
    ['Acme expects to shed jobs throughout the rest of the year.', ['Acme expects to shed jobs throughout the rest of the year']],
    ['Acme will hire 50 people by the end of this year.', ['Acme will hire 50 people']],
    // a clause that opens on its verb after an aside takes the subject before the aside; one with a subject keeps it
    ["The sale, which had been expected, is part of Acme's plan to pay down its debt by February.", ["The sale is part of Acme's plan to pay down its debt"]],
    ['Thousands of women -- many of them carrying children -- marched along the boulevard on Friday.', ['Thousands of women marched along the boulevard']],
    ['Aid went to the towns on Monday, and arrived in the capital on Tuesday.', ['Aid went to the towns', 'Aid arrived in the capital']],
    ['Aid went to the towns, where the blasts of Aug. 7 killed 25 people.', ['the blasts of Aug. 7 killed 25 people']],
    // a relative "that" after a noun stands for it; a "that" after a verb opens a clause with its own subject
    ['The rally was the largest since the revolution that brought Pedro Ruiz to power in 1959.', ['the revolution brought Pedro Ruiz to power']],
    ['Acme said that the plant closed on Monday.', ['the plant closed']],
    // an opening phrase without a clause of its own goes on with the main clause, cut before a second verb group
    ['In a long speech read on state radio Thursday, Pedro Ruiz called the mayor a liar.', ['In a long speech read on state radio, Pedro Ruiz called the mayor a liar']],
    ['After touring the capital on Thursday, the minister met the press.', ['After touring the capital, the minister met the press']],
    [
      'In a long speech read on state radio Thursday, Pedro Ruiz repeatedly called the mayor a liar and said that a long and bloody war could produce losses for the whole nation.',
      ['In a long speech read on state radio, Pedro Ruiz repeatedly called the mayor a liar'],
    ],
    // the comma after a date that ended an opening phrase stays
    ['In trading on the exchange yesterday, Acme shares rose 8 cents.', ['In trading on the exchange, Acme shares rose 8 cents']],
    // "I" and "we" inside a quotation name their speaker; an aside between "_" dashes goes; a bracket left open is cut
    ["``It means that we are willing to talk today _ full stop _ about security,'' Pedro Ruiz told the radio.", ['we are willing to talk about security, Pedro Ruiz said']],
    ["``The talks will resume on Monday,'' Pedro Ruiz said.", ['The talks will resume']],
    ["``I will leave at 4 in the morning (4 a.m. EDT Thursday),'' said Pedro Ruiz.", ['I will leave, Pedro Ruiz said', 'I will leave at 4 in the morning, Pedro Ruiz said']],
    ['Acme (the shoe maker) closed its plant on Monday.', ['Acme (the shoe maker) closed its plant']],
    // a semicolon after the trigger ends its clause
    [
      'Following are statements made on Friday by Pedro Ruiz, a lawyer for the secretary, Ana Lopez; the town hall; and Mayor Joe Hill in response to an article on Saturday.',
      ['statements were made by Pedro Ruiz', 'statements were made on Friday by Pedro Ruiz, a lawyer for the secretary, Ana Lopez'],
    ],
    // "that" before an infinitive is its subject, not the start of a clause
    ['Mr. Ruiz said the company is doing well, and we expect that to continue into 1990.', ['we expect that to continue']],
    // the name after "said" is its subject, and what was said follows without its capital unless it is a name
    ["``We will buy the shares,'' said David Lee, Acme's treasurer, at a news conference in Boston on Monday.", ["David Lee, Acme's treasurer, said at a news conference in Boston"]],
    ['The plant will close, said Pedro Ruiz on Monday.', ['Pedro Ruiz said the plant will close']],
    ['Acme will close the plant, Pedro Ruiz said on Monday.', ['Pedro Ruiz said Acme will close the plant']],
    // no summary ends on a subject pronoun whose verb was cut
    ['Pedro Ruiz, who had been involved in the search before fleeing the capital after a coup last year, appeared confident he would find the remains.', ['Pedro Ruiz had been involved in the search before fleeing the capital after a coup']],
    // a participle after an object noun, with no object of its own, is a reduced relative clause and reads as a passive
    ['Pedro Ruiz spoke for the committee appointed last May to review bids for the company.', ['the committee was appointed to review bids for the company']],
    ['Pedro Ruiz was charged in civil suits filed last year by shareholders.', ['civil suits were filed by shareholders']],
    ['The new store violates an agreement reached in 1991 between the two companies.', ['an agreement was reached between the two companies']],
    ['The committee appointed a new chairman last May.', ['The committee appointed a new chairman']],
    ['Acme said the plant closed on Monday.', ['the plant closed']],
    ['A friend of Pedro Ruiz\'s lawyer said Friday that she regretted the remarks.', ["A friend of Pedro Ruiz's lawyer said that she regretted the remarks"]],
    ['Following are statements made Friday by Pedro Ruiz, a lawyer for the mayor.', ['statements were made by Pedro Ruiz']],
    // (and so does one between commas after its noun; a participle after a date's comma is no such aside)
    ["Acme's latest suit, filed in September 2003, claims that the rival violated the agreement.", ["Acme's latest suit was filed"]],
    ['The talks, held in Madrid on Monday, failed.', ['The talks were held in Madrid']],
    ['Police found the body Friday, wrapped in plastic bags.', ['Police found the body, wrapped in plastic bags']],
    // a relative pronoun without a comma has the noun before it as its antecedent; a verb of saying is no aside
    [
      "``We will be there,'' said Ana Ruiz, one of about 100 exiles who practiced forming a human chain outside the home Monday.",
      ['about 100 exiles practiced forming a human chain outside the home'],
    ],
    ['In January, British police officers who had been searching for Pedro Ruiz concluded he had been killed.', ['British police officers had been searching for Pedro Ruiz']],
    // a period inside closing quotes ends the sentence the summary stays in
    [
      "On Friday, Pedro Ruiz said he had ``no qualms'' about it, as long as the town had ``the necessary safeguards.'' Cabinet minister Ana Lopez said Sunday that the remarks marked a change.",
      ['Pedro Ruiz said he had no qualms about it', 'Cabinet minister Ana Lopez said that the remarks marked a change'],
    ],
    ['Acme sold the plant last year to a rival.', ['Acme sold the plant to a rival']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summaries(text)).toEqual(expected);
  });
});
