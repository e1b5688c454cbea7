import { describe, expect, it } from 'vitest';
import { shortForms } from '../../src/link/echoes.js';

describe('short forms of an organization name', () => {
  // name, its short forms (lower-case words joined)
  const cases: Array<[string, string[]]> = [
    ['Upjohn Co.', ['upjohn']],
    ['Jaguar PLC', ['jaguar']],
    ['Du Pont Co.', ['du pont']],
    ['Cineplex Odeon Corp.', ['cineplex odeon', 'cineplex']],
    ['The Vanguard Group Inc.', ['vanguard group', 'vanguard']],
    // every legal form of the names' vocabulary, spelled out or foreign, and a trailing ampersand
    ['Kestrel Holdings Limited', ['kestrel holdings', 'kestrel']],
    ['Ostwald Chemie GmbH', ['ostwald chemie', 'ostwald']],
    ['Marbury & Co.', ['marbury']],
    // no first word that is a common word, a given name or a place
    ['General Motors Corp.', ['general motors']],
    ['Milton Roy', []],
    ['American Medical International Inc.', ['american medical international']],
    ['Paris Trading Corp.', ['paris trading']],
    // a name without a suffix and of one word has no shorter form
    ['Reuters', []],
  ];
  it.each(cases)('%s', (name, forms) => {
    expect(shortForms(name).map((w) => w.join(' '))).toEqual(forms);
  });
});
