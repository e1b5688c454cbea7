import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';

const actors = (text: string) => extractFacts(text, { only: ['actors'] }).actors;
const people = (text: string) => actors(text).filter((a) => a.kind === 'person').map((a) => a.name);
const orgs = (text: string) => actors(text).filter((a) => a.kind === 'organization').map((a) => a.name);

describe('people', () => {
  const cases: Array<[string, string[]]> = [
    ['The train of Kim Jong-un crossed the border.', ['Kim Jong-un']],
    ['He was accompanied by Foreign Minister Cho Sun-hui and others.', ['Cho Sun-hui']],
    ['US National Security Advisor Jake Sullivan threatened a response.', ['Jake Sullivan']],
    ['Kremlin spokesman Dmitry Peskov said nothing.', ['Dmitry Peskov']],
    ['The talks were with then US President Donald Trump.', ['Donald Trump']],
    ['The prize went to Ludwig van Beethoven and Charles de Gaulle.', ['Ludwig van Beethoven', 'Charles de Gaulle']],
    ['Mr. Henry Walters met John F. Kennedy Jr. in Boston.', ['Henry Walters', 'John F. Kennedy Jr.']],
    ["Kim Jong-un's train left. Kim's sister stayed.", ['Kim Jong-un']],
    ['He will meet Chief Constable Stephen Watson on Monday.', ['Stephen Watson']],
    ['Prime Minister Theresa May met Angela Merkel in Berlin.', ['Theresa May', 'Angela Merkel']],
    ['The attacks in Moss Side worried residents.', []],
    ['Margalit Hadar-Levi, 22, has pleaded innocent.', ['Margalit Hadar-Levi']],
    ['"We expected more," says Nasser Kadoumi, a Jordanian engineer.', ['Nasser Kadoumi']],
    ['The accord was signed by U.N. Secretary-General Kofi Annan on Monday.', ['Kofi Annan']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('merges a surname with the full name and keeps the forms as aliases', () => {
    const all = actors('Vladimir Putin arrived on Monday. Putin said the talks went well.');
    const putin = all.find((a) => a.name === 'Vladimir Putin');
    expect(putin?.aliases).toEqual(['Putin']);
    expect(putin?.mentions.map((m) => m.text)).toEqual(['Vladimir Putin', 'Putin']);
    expect(all.filter((a) => a.kind === 'person')).toHaveLength(1);
  });

  it('keeps two people who share a surname apart', () => {
    const text = 'Maria Gonzalez met Pedro Gonzalez in Madrid. Later, Pedro Gonzalez left.';
    expect(people(text).sort()).toEqual(['Maria Gonzalez', 'Pedro Gonzalez']);
  });

  it('keeps a monarch named by given name apart from a full name that shares it', () => {
    const text = 'Saddam Hussein spoke on Monday. King Hussein of Jordan met him. Later, Hussein flew home.';
    const all = actors(text).filter((a) => a.kind === 'person');
    expect(all.map((a) => a.name).sort()).toEqual(['Hussein', 'Saddam Hussein']);
    const king = all.find((a) => a.name === 'Hussein');
    expect(king?.roles.map((r) => r.title)).toEqual(['King']);
    // the title written beside the name is a mention of the person too
    expect(king?.mentions.map((m) => m.text)).toEqual(['King', 'Hussein', 'Hussein']);
    expect(king?.mentions.map((m) => m.start)).toEqual([text.indexOf('King'), text.indexOf('Hussein of'), text.lastIndexOf('Hussein')]);
  });

  const appositions: Array<[string, string[]]> = [
    ['Tomasz Wrobel Brzek, minister of transport for Poland, has warned airlines.', ['Tomasz Wrobel Brzek']],
    ['Growth stalled in June. Hiroki Tanabe, the Japanese minister of finance, said so.', ['Hiroki Tanabe']],
    ['Ivana Petrak, a spokeswoman for the ministry, declined to comment.', ['Ivana Petrak']],
  ];
  it.each(appositions)('finds a person by a title in apposition: %s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['"Sales are up," said the chairman of Vantor LLC Tom Press on Monday.', 'Tom Press', 'Vantor LLC'],
    ['"Sales are up," said the chairman of Vantor BV Tom Press on Monday.', 'Tom Press', 'Vantor BV'],
  ])('ends a company name at its legal suffix: %s', (text, person, company) => {
    expect(actors(text).map((a) => [a.kind, a.name])).toEqual([['person', person], ['organization', company]]);
  });

  it('gives a word shared by a company and a person to the company unless a title marks the person', () => {
    const text = 'Halden Motor Co. chairman Erik Halden said Halden would cut jobs. Mr. Halden declined to say more.';
    const all = actors(text);
    const company = all.find((a) => a.kind === 'organization');
    expect(company?.mentions.map((m) => m.text)).toEqual(['Halden Motor Co.', 'Halden']);
    const person = all.find((a) => a.kind === 'person');
    expect(person?.mentions.map((m) => m.text)).toContain('Halden');
  });

  it('counts a title beside a name as a mention of the person, once', () => {
    const text = 'Kaoru Yosano, the Japanese minister of fiscal policy, said growth had stalled. Yosano added nothing.';
    const yosano = actors(text).find((a) => a.name === 'Kaoru Yosano');
    expect(yosano?.rule).toBe('title-apposition');
    expect(yosano?.mentions.map((m) => m.text)).toEqual(['Kaoru Yosano', 'Japanese minister of fiscal policy', 'Yosano']);
  });

  it('keeps possessives out of names', () => {
    const kim = actors("Moscow confirmed Kim Jong-un's visit.").find((a) => a.kind === 'person');
    expect(kim?.name).toBe('Kim Jong-un');
    expect(kim?.mentions[0]?.text).toBe('Kim Jong-un');
  });

  const negative: Array<[string, string]> = [
    ['Today China is considered the most influential country.', 'a sentence-initial adverb'],
    ['The forum will continue till Wednesday, and April was quiet.', 'weekdays and months'],
    ['Moscow and Pyongyang confirmed the visit to Russia.', 'places'],
    ['The Defense Ministry in Seoul said nothing.', 'an organization'],
    ['North Korean state media reported the news.', 'a demonym'],
    ['Passengers boarded Orion Air Flight 574 before dawn.', 'a flight number'],
    ['The jets are assembled at the Renton Factory near the lake.', 'a building'],
    ['Three major United States stock indexes fell.', 'a lower-case rank word before a place'],
    ['The CEO of Velmar Spacecraft Works said the launch would slip.', 'an organization after "the CEO of"'],
  ];
  it.each(negative)('no person in: %s (%s)', (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('organizations', () => {
  const cases: Array<[string, string[]]> = [
    ['The Defense Ministry in Seoul said there were indications.', ['Defense Ministry']],
    ['State news agency TASS quoted the spokesman.', ['TASS']],
    ["Representatives of the ruling Workers' Party came along.", ["Workers' Party"]],
    ['Shares of Acme Widgets Inc. rose sharply.', ['Acme Widgets Inc.']],
    ['The Kremlin said the talks would go on.', ['Kremlin']],
    ['Greater Manchester Police said it was the third shooting.', ['Greater Manchester Police']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
  it('keeps a sentence-initial word that starts a name given in full elsewhere', () => {
    const all = actors('Maritime Steel Corp. won the order. Maritime Steel last built a bridge in 1998.');
    const org = all.find((a) => a.kind === 'organization');
    expect(org?.name).toBe('Maritime Steel Corp.');
    expect(org?.aliases).toEqual(['Maritime Steel']);
    expect(all.map((a) => a.name)).not.toContain('Steel');
  });
  it('does not make a country an organization', () => {
    expect(orgs('Russia and Ukraine remain at war.')).toEqual([]);
  });
});
