/** The name rules, one row each, with what must not match: each mention's text, kind, rule and basis. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/nlp/document.js';
import { normalizeText } from '../../src/text/normalize.js';
import { analyzeNames } from '../../src/extract/names.js';

const names = (text: string) => analyzeNames(parse(normalizeText(text), text)).mentions.map((m) => [m.text, m.kind, m.rule, m.basis]);

describe('name rules', () => {
  it.each<[string, string[][]]>([
    ['Talks were held in Seoul with the Defense Ministry.', [['Seoul', 'location', 'gazetteer', 'text'], ['Defense Ministry', 'organization', 'organization-head', 'text']]],
    ['Foreign Minister Cho Sun-hui met the Kremlin.', [['Cho Sun-hui', 'person', 'after-title', 'text'], ['Kremlin', 'organization', 'institution', 'text']]],
    ['The Black Sea and Mount Elbrus are far.', [['Black Sea', 'location', 'gazetteer', 'text'], ['Mount Elbrus', 'location', 'feature-word', 'text']]],
    ['Officials from Hebei Province came.', [['Hebei Province', 'location', 'region-word', 'text']]],
    ['The CEO of Northwind Commercial Vehicles said so.', [['Northwind Commercial Vehicles', 'organization', 'organization-after-title', 'text']]],
    ['Kim Jong-un left.', [['Kim Jong-un', 'person', 'tagged-person', 'tags']]],
    ['Kaoru Yosano, the Japanese minister of finance, spoke.', [['Kaoru Yosano', 'person', 'title-apposition', 'text'], ['Japanese', 'location', 'demonym', 'demonym']]],
    ['Japanese officials met the US Air Force.', [['Japanese', 'location', 'demonym', 'demonym'], ['US Air Force', 'organization', 'organization-head', 'text'], ['US', 'location', 'place-in-organization', 'text']]],
    ['Vladivostok is on the Pacific coast.', [['Vladivostok', 'location', 'gazetteer', 'text'], ['Pacific coast', 'location', 'place-feature', 'text']]],
    ['The ranch is near Paris, Texas.', [['Paris', 'location', 'city-comma-region', 'text'], ['Texas', 'location', 'gazetteer', 'text']]],
    ['She lives in Moss Side now.', [['Moss Side', 'location', 'after-locative', 'text']]],
    // negatives: a model number and a building are no people, qualifiers alone name no one, a day is no name
    ['Flight 574 landed at Everett Factory.', [['Flight', 'unknown', 'sentence-initial', 'text'], ['Everett Factory', 'location', 'after-locative', 'text']]],
    ['Former Acting came.', []],
    ['He left on Monday in March.', []],
    // title words alone name no one, unless an honorific marks a name
    ['The former Chief Operating Officer, Tim Cook, left.', [['Tim Cook', 'person', 'tagged-person', 'tags']]],
    ['No, Sir, save it.', []],
    ['Ms. Bishop met Second Prime Minister Hun Sen on Monday.', [['Bishop', 'person', 'after-honorific', 'text'], ['Hun Sen', 'person', 'after-title', 'text']]],
    // a lower-case noun of occupation, or a lower-case title, before an unfamiliar name
    ['Hungarian astronaut Bertalan Farkas left.', [['Hungarian', 'location', 'demonym', 'demonym'], ['Bertalan Farkas', 'person', 'after-occupation', 'text']]],
    ['Then secretary of state Nora Vadasz left.', [['Nora Vadasz', 'person', 'after-title', 'text']]],
    // a title before a name outweighs the parser's organization tags
    ["One of President Bush's sons came.", [['Bush', 'person', 'after-title', 'text']]],
    // a name set off by commas after a kinship noun, even a place's name; not a place after a comma alone
    ["He was told by Bush's son, George, that he had lost.", [['Bush', 'unknown', 'capitalized', 'text'], ['George', 'person', 'kin-apposition', 'text']]],
    ['He lives with his son, in Georgia, now.', [['Georgia', 'location', 'gazetteer', 'text']]],
    // an organization's name run into a person's; a given name and an initial stay one name
    ['Director of Air Force Communications Bill Bodie said so.', [['Air Force Communications', 'organization', 'organization-head', 'text'], ['Bill Bodie', 'person', 'organization-then-person', 'text']]],
    ['He said David N. McCammon agreed.', [['David N. McCammon', 'person', 'tagged-person', 'tags']]],
    // sites: a last word for a site, or a lower-case one after a name that is no known place
    ['She left Andrews Air Force Base on Monday.', [['Andrews Air Force Base', 'location', 'site-word', 'text']]],
    ['He landed at Jomo Kenyatta airport on Monday.', [['Jomo Kenyatta airport', 'location', 'site-after', 'text']]],
    ['They flew from London airport.', [['London', 'location', 'gazetteer', 'text']]],
    // a lower-case device after a name is no site, nor is a product after "in" with an acronym in its name
    ['The laptop has no CD/DVD drive and no USB drive.', [['CD/DVD', 'unknown', 'capitalized', 'text'], ['USB', 'unknown', 'capitalized', 'text']]],
    ['The menus change in OS X Lion, the next system.', [['OS X Lion', 'unknown', 'capitalized', 'text']]],
    ['She lives in Moss Side now, off Garvaghy Road.', [['Moss Side', 'location', 'after-locative', 'text'], ['Garvaghy Road', 'location', 'site-word', 'text']]],
    // a state after "Town, "; the same name elsewhere is the city
    ['He left Albany, New York, for New York.', [['Albany', 'location', 'gazetteer', 'text'], ['New York', 'location', 'state-after-town', 'text'], ['New York', 'location', 'gazetteer', 'text']]],
    ['Sales at Albany, New York Life and Acme rose.', [['Sales', 'unknown', 'sentence-initial', 'text'], ['Albany', 'location', 'gazetteer', 'text'], ['New York Life', 'unknown', 'capitalized', 'text'], ['Acme', 'unknown', 'capitalized', 'text']]],
    // a town before a state abbreviation, although the parser calls the word a person's name
    ['The chain is based in Edison, N.J., now.', [['Edison', 'location', 'city-comma-region', 'text'], ['N.J.', 'location', 'state-abbreviation', 'text']]],
    // a relative word and a month open no name; a particle inside a place's name
    ['Last April, Mr. Drabinsky planned it.', [['Drabinsky', 'person', 'after-honorific', 'text']]],
    // a run of only an article at the end of a sentence is no name, and breaks nothing
    ['It was rated A.', []],
    ['He flew to Dar es Salaam on Monday.', [['Dar es Salaam', 'location', 'gazetteer', 'text']]],
    // an unfamiliar name after a title phrase and a comma, or possessive before a noun of a person's circle
    ['It was said by the Syrian ambassador to Washington, Walid Mualem, in a lecture.', [['Syrian', 'location', 'demonym', 'demonym'], ['Washington', 'location', 'gazetteer', 'text'], ['Walid Mualem', 'person', 'title-before-comma', 'text']]],
    ['It began after the defection of one of its top leaders, Ieng Sary.', [['Ieng Sary', 'person', 'title-before-comma', 'text']]],
    ["A friend of Yitzhak Rabin's assassin spoke.", [['Yitzhak Rabin', 'person', 'possessive-personal', 'text']]],
    ["Then Fidel Castro's point man left.", [['Fidel Castro', 'person', 'possessive-personal', 'text']]],
    // negatives: places after a comma, a possessive before another noun, a rank used as an adjective
    ['He visited the mayor in Boston, Hong Kong and Paris.', [['Boston', 'location', 'gazetteer', 'text'], ['Hong Kong', 'location', 'gazetteer', 'text'], ['Paris', 'location', 'gazetteer', 'text']]],
    ["They sold Tarvo Mekk's shares.", [['Tarvo Mekk', 'unknown', 'capitalized', 'text']]],
    ['He reached Tarvo Mekk, the last major outpost.', [['Tarvo Mekk', 'unknown', 'capitalized', 'text']]],
    // a country in a currency names no place; the country itself does
    ['The firm lost US$4.8 billion, or 5 US dollars a share, in the US.', [['US', 'location', 'gazetteer', 'text']]],
    // a possessive written apart ends a name; an apostrophe inside a name does not
    ["Penske bought General Motors ' Saturn unit from Charles O 'Reilly.", [['Penske', 'unknown', 'sentence-initial', 'text'], ['General Motors', 'organization', 'organization-head', 'text'], ['Saturn', 'unknown', 'capitalized', 'text'], ["Charles O 'Reilly", 'person', 'tagged-person', 'tags']]],
    // a plural or mass head word is no surname; a singular one may be
    // a name followed by its distance from another place is a place; a name with an age or another number is not
    ['The crucible is Kelmore, 30 miles southwest of Belfast.', [['Kelmore', 'location', 'distance-apposition', 'text'], ['Belfast', 'location', 'gazetteer', 'text']]],
    ['Tarvo Mekk, 30, walked five miles from Belfast.', [['Tarvo Mekk', 'person', 'age-apposition', 'text'], ['Belfast', 'location', 'gazetteer', 'text']]],
    ['He saw Tarvo Mekk, 30 miles of road, north of Belfast.', [['Tarvo Mekk', 'unknown', 'capitalized', 'text'], ['Belfast', 'location', 'gazetteer', 'text']]],
    ['It was the home of Douglas Aircraft, said Jim Press.', [['Douglas Aircraft', 'organization', 'organization-head', 'text'], ['Jim Press', 'person', 'tagged-person', 'tags']]],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('a lone word of a person’s name is that person; of an organization’s, that organization', () => {
    expect(names('Michael Jackson arrived. Jackson said so.').map((m) => m.slice(0, 3))).toEqual([['Michael Jackson', 'person', 'tagged-person'], ['Jackson', 'person', 'alias-of-person']]);
    expect(names('Ford Motor Co. and William Clay Ford met. Ford said so.').filter((m) => m[0] === 'Ford')).toEqual([['Ford', 'organization', 'alias-of-organization', 'alias']]);
  });
});
