/**
 * Normalization for the NLP stages. Every substitution keeps the length in UTF-16 code units, so an offset into the
 * normalized text is the same offset into the input: the map back to the original is the identity, by construction.
 * That property is what keeps `input.slice(start, end) === text` true for every span on any input (CRLF, NUL, bidi…).
 */

const SUBSTITUTIONS: Array<[RegExp, string]> = [
  // line ends: CR alone or in CRLF becomes a newline or a space
  [/\r\n/g, ' \n'],
  [/\r/g, '\n'],
  // control characters (C0 without tab and newline, DEL, C1), NUL included: a space
  [/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, ' '],
  // unusual spaces and separators
  [/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u2028\u2029]/g, ' '],
  // zero-width and bidi controls: a space keeps words apart where they were split, which is rare
  [/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, ' '],
  // typographic apostrophes and quotes to ASCII (each one code unit)
  [/[\u2018\u2019\u201b\u2032]/g, "'"],
  [/[\u201c\u201d\u201f\u2033]/g, '"'],
  // dashes used as hyphens inside words
  [/[\u2010\u2011]/g, '-'],
];

export function normalizeText(input: string): string {
  let out = input;
  for (const [re, to] of SUBSTITUTIONS) out = out.replace(re, (m) => (m.length === to.length ? to : to.padEnd(m.length, ' ')));
  return out;
}

/** Drop a leading byte order mark; the README documents that offsets count from after it. */
export function stripBom(input: string): string {
  return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
}
