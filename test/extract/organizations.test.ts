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
