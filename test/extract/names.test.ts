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
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('a lone word of a person’s name is that person; of an organization’s, that organization', () => {
    expect(names('Michael Jackson arrived. Jackson said so.').map((m) => m.slice(0, 3))).toEqual([['Michael Jackson', 'person', 'tagged-person'], ['Jackson', 'person', 'alias-of-person']]);
    expect(names('Ford Motor Co. and William Clay Ford met. Ford said so.').filter((m) => m[0] === 'Ford')).toEqual([['Ford', 'organization', 'alias-of-organization', 'alias']]);
  });
});
