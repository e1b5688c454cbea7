/** Organization names: the rules that find them, keep them whole and link their short forms, each with what must not match. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/nlp/document.js';
import { normalizeText } from '../../src/text/normalize.js';
import { analyzeNames } from '../../src/extract/names.js';
import { extractFacts } from '../../src/index.js';

const mentions = (text: string) => analyzeNames(parse(normalizeText(text), text)).mentions;
const kinds = (text: string) => mentions(text).map((m) => [m.text, m.kind]);
const orgs = (text: string) => extractFacts(text, { only: ['actors'] }).actors.filter((a) => a.kind === 'organization').map((a) => a.name);

describe('acronyms', () => {
  it.each<[string, string[]]>([
    ['The FBI and NATO said so.', ['FBI', 'NATO']],
    ['Officials of the UAW met on Monday.', ['UAW']],
    ['A wire from (AP)_ reached us.', ['AP']],
    // negatives: a thing, a measure, a currency, a title, a time zone or a market index is no organization
    ['The DNA tests were shown on TV.', []],
    ['Trading closed at 4 p.m. EDT and 2100 GMT.', []],
    ['The fee is 99 USD for a 16 GB phone.', []],
    ['The C.E.O. spoke. The CEO left.', []],
    ['He spoke at the Worldwide Developers Conference in June.', []],
    ['The DJIA and the FTSE fell.', []],
  ])('%s', (text, expected) => {
    expect(mentions(text).filter((m) => m.kind === 'organization').map((m) => m.text)).toEqual(expected);
  });

  it('ends a word at a closing bracket the parser kept inside it', () => {
    const text = 'CANBERRA, Australia (AP)_ Police said nothing.';
    const ap = mentions(text).find((m) => m.text === 'AP');
    expect(ap?.kind).toBe('organization');
    expect(text.slice(ap!.start, ap!.end)).toBe('AP');
    expect(orgs(text)).not.toContain('AP)_ Police');
  });
});

describe('the first word of a name at the start of a sentence', () => {
  it.each<[string, string[][]]>([
    ['Control Data Corp. gained.', [['Control Data Corp.', 'organization']]],
    ['Du Pont Co. reported a profit.', [['Du Pont Co', 'organization']]],
    ['Le Monde reported it.', [['Le Monde', 'unknown']]],
    // negatives: a common word or a particle alone still opens no name
    ['Control of Acme Industries passed to a bank.', [['Acme Industries', 'organization']]],
    ['De facto rules apply.', []],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('an acronym and the organization it spells', () => {
  const actors = (text: string) => extractFacts(text, { only: ['actors'] }).actors.filter((a) => a.kind === 'organization').map((a) => [a.name, a.aliases]);
  it.each<[string, unknown[]]>([
    ['The Irish Republican Army (IRA) called a truce. The IRA said so.', [['Irish Republican Army', ['IRA']]]],
    ['General Motors cut jobs. GM said the plant would close.', [['General Motors', ['GM']]]],
    ['GM said so on Monday. Later, General Motors Corp. denied it.', [['General Motors Corp.', ['GM']]]],
    ['It is owned by European Aeronautic Defense & Space Company (EADS).', [['European Aeronautic Defense & Space Company', ['EADS']]]],
    ['The Organization of Petroleum Exporting Countries met. OPEC cut output.', [['Organization of Petroleum Exporting Countries', ['OPEC']]]],
    // negatives: letters that spell no organization of the article stay apart
    ['General Motors cut jobs. The UAW protested.', [['General Motors', []], ['UAW', []]]],
    ['The U.S. Immigration and Naturalization Service ruled. The INS said so.', [['U.S. Immigration and Naturalization Service', ['INS']]]],
    ['Gazprom said so. The IMF disagreed.', [['IMF', []]]],
  ])('%s', (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });
});

describe('organization names kept whole', () => {
  it.each<[string, string[][]]>([
    ['The Securities and Exchange Commission said so.', [['Securities and Exchange Commission', 'organization']]],
    ['The Immigration and Naturalization Service said.', [['Immigration and Naturalization Service', 'organization']]],
    ['The Select Committee on Trade and Industry met.', [['Select Committee on Trade and Industry', 'organization']]],
    ['Aid came from the Agency for International Development.', [['Agency for International Development', 'organization']]],
    ['The Organization of Petroleum Exporting Countries met.', [['Organization of Petroleum Exporting Countries', 'organization']]],
    ['Staff of the Bank of Japan went home.', [['Bank of Japan', 'organization']]],
    ['It went to the Royal Courts of Justice.', [['Royal Courts of Justice', 'organization']]],
    ['He told the Department of Health and Human Services.', [['Department of Health and Human Services', 'organization']]],
    ['Apple Computer made a profit.', [['Apple Computer', 'organization']]],
    ['A poll by ABC News-Washington Post showed it.', [['ABC News', 'organization'], ['Washington Post', 'organization']]],
    ['The U.N. Security Council on Aug. 6 voted.', [['U.N. Security Council', 'organization']]],
    // negatives: a hyphenated name stays one, two names joined by "and" stay two; a place with "of" stays a place; a weekday after a body is no part of it
    ['Ford and General Motors Corp. fell.', [['Ford', 'organization'], ['General Motors Corp.', 'organization']]],
    ['Trade between Nortek and Velmar Systems fell.', [['Nortek', 'organization'], ['Velmar Systems', 'organization']]],
    ['Ships sailed into the Gulf of Mexico.', [['Gulf of Mexico', 'location']]],
    ['Wal-Mart and the Pittsburgh Post-Gazette agreed.', [['Wal-Mart', 'unknown'], ['Pittsburgh Post-Gazette', 'organization']]],
    ['The Senate on Tuesday passed it.', [['Senate', 'organization']]],
    ['The Bank of America and Merrill Lynch merged.', [['Bank of America', 'organization'], ['Merrill Lynch', 'person']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('public bodies written with a capital', () => {
  it.each<[string, string[][]]>([
    ['Even in his own Cabinet, he is isolated.', [['Cabinet', 'organization']]],
    ['A Senate aide said the House language was odd.', [['Senate', 'organization'], ['House', 'organization']]],
    ['The WHO and Nato met.', [['WHO', 'organization'], ['Nato', 'organization']]],
    // negatives: the same words opening a sentence, and a short common word written with one capital
    ['House prices rose.', []],
    ['Government sources said so.', [['Government', 'unknown']]],
    ['Who knows?', []],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('one-word companies known by the words around them', () => {
  const org = (text: string) => mentions(text).filter((m) => m.kind === 'organization').map((m) => [m.text, m.rule]);
  it.each<[string, string[][]]>([
    ['Russian flag carrier Aeroflot has negotiated a deal.', [['Aeroflot', 'company-noun-before']]],
    ['The drop hit consulting firm Accenture hardest.', [['Accenture', 'company-noun-before']]],
    ['The European plane maker, Vantor, has won an order.', [['Vantor', 'company-noun-before']]],
    ['Analysts said Nortek shares fell.', [['Nortek', 'company-part-after']]],
    ['Fiat bought a stake in Velmar on Monday.', [['Fiat', 'tagged-organization'], ['Velmar', 'company-of']]],
    ['Shares of Velmar rose.', [['Velmar', 'company-of']]],
    ['He joined Velmar, the world\'s largest chip maker, in 1990.', [['Velmar', 'company-apposition']]],
    ['Velmar CEO Anna Berg spoke.', [['Velmar', 'organization-before-title']]],
    ['The order went to defense contractor Lockheed Martin.', [['Lockheed Martin', 'company-noun-before']]],
    ['Velmar Chief Financial Officer Anna Berg spoke.', [['Velmar', 'organization-before-title']]],
    // negatives: a person named after a noun, a common word before "shares", a title after a place, a party or a rank
    ['Real estate developer Donald Trump said so.', []],
    ['Global stock markets fell.', []],
    ['Defense Secretary Anna Berg spoke.', []],
    ['Democratic Senator Anna Berg spoke.', []],
    ['British Foreign Secretary Anna Berg spoke.', []],
    ['His rival Berg, a former officer, said so.', []],
    ['The company paid C$900 million.', []],
    ["They sold Tarma Velk's shares.", []],
  ])('%s', (text, expected) => {
    expect(org(text)).toEqual(expected);
  });

  it('gives every mention of the name the kind its context gave one', () => {
    const text = 'Russian flag carrier Aeroflot signed on Monday. Aeroflot said the jets would come in 2012.';
    expect(mentions(text).filter((m) => m.text === 'Aeroflot').map((m) => [m.kind, m.rule])).toEqual([['organization', 'company-noun-before'], ['organization', 'alias-of-organization']]);
    expect(orgs(text)).toEqual(['Aeroflot']);
  });

  it('makes the first word of an organization named in full that organization', () => {
    expect(orgs('Velmar Systems Inc. said so. Velmar added that sales rose.')).toEqual(['Velmar Systems Inc.']);
  });

  it('keeps a first word that two organizations share apart from both', () => {
    expect(orgs('Velmar Music Group sued Velmar Systems Inc. last year. On Monday Velmar won.')).toEqual(['Velmar Music Group', 'Velmar Systems Inc.', 'Velmar']);
    // negative: a short form of one organization's name still joins it
    expect(orgs('The United States Air Force said so. The Air Force added more.')).toEqual(['United States Air Force']);
  });
});

describe('names listed with organizations', () => {
  it.each<[string, string[][]]>([
    ['Funds went to Sberbank, VTB Group and Gazprombank.', [['Sberbank', 'organization'], ['VTB Group', 'organization'], ['Gazprombank', 'organization']]],
    ['A dispute between Boeing and Vantor went on.', [['Boeing', 'organization'], ['Vantor', 'organization']]],
    // negatives: a premodifier of a company noun, a list of people, an amount
    ['Bans were lifted on Velmar Airlines and Surimar carrier Blue Wing Airlines.', [['Velmar Airlines', 'organization'], ['Surimar', 'unknown'], ['Blue Wing Airlines', 'organization']]],
    ['Shares of Acme Corp. and Anna Berg fell.', [['Acme Corp.', 'organization'], ['Anna Berg', 'person']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('media, web sites and airlines', () => {
  it.each<[string, string[][]]>([
    ['Baghdad radio said the talks failed.', [['Baghdad radio', 'organization']]],
    ['Israel army radio reported it.', [['Israel army radio', 'organization']]],
    ['Detik.com quoted the minister. He told GovExec.com so.', [['Detik.com', 'organization'], ['GovExec.com', 'organization']]],
    ['There were cuts at Air Berlin and Air Canada.', [['Air Berlin', 'organization'], ['Air Canada', 'organization']]],
    ['The crash of Adam Air Flight 574 was the worst.', [['Adam Air', 'organization']]],
    ['Delta Air Lines rose.', [['Delta Air Lines', 'organization']]],
    ['Puerto Rico Police Superintendent Pedro Toledo said so.', [['Puerto Rico Police', 'organization'], ['Pedro Toledo', 'person']]],
    // negatives: a place before another lower-case noun, a radio that is no broadcaster's name, "Air" alone
    ['Baghdad residents said the talks failed.', [['Baghdad', 'location']]],
    ['He listened to the radio in Baghdad.', [['Baghdad', 'location']]],
    ['The Air was thick.', [['Air', 'unknown']]],
    ['The new MacBook Air is thin.', [['MacBook Air', 'unknown']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('ends a name at a quote written as two apostrophes', () => {
    expect(kinds("He said, ``We will go to Pakistan.'' The State Department said so.")).toEqual([['Pakistan', 'location'], ['State Department', 'organization']]);
  });
});

describe('companies by what they do', () => {
  const org = (text: string) => mentions(text).filter((m) => m.kind === 'organization').map((m) => [m.text, m.rule]);
  it.each<[string, string[][]]>([
    ['Vantor unveiled a phone on Monday.', [['Vantor', 'company-verb']]],
    ['Later, Vantor has released a program to limit volume.', [['Vantor', 'company-verb']]],
    ['Vantor releases program to limit volume', [['Vantor', 'company-verb']]],
    ['The board of Vantor chief executive Ann Lee met.', [['Vantor', 'company-part-after']]],
    ['Vantor have announced that they will pay.', [['Vantor', 'company-verb']]],
    ['The first jet, made by Vantor, was delivered.', [['Vantor', 'company-maker']]],
    ['The deal made Vantor parent Kelmo richer.', [['Vantor', 'company-part-after']]],
    // negatives: a person named in full before, a first name, another verb
    ['Tarma Velk spoke. Velk unveiled a plan on Monday.', []],
    ['John unveiled a plan.', []],
    ['Vantor said it would wait.', []],
    ['The song was written by Vantor in 1990.', []],
    ['Vantor has announced that he will pay.', []],
    ['Extremists have vowed to fight.', []],
    ['Later the Velkers have agreed to sell.', []],
  ])('%s', (text, expected) => {
    expect(org(text)).toEqual(expected);
  });
});
