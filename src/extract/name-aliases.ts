/**
 * The last step of name classification: a mention's kind from the fuller names the article uses elsewhere. A lone
 * capitalized word that is part of a person's name is that person ("Peskov", "Jackson"); the first words of an
 * organization's name are that organization ("Ford" after "Ford Motor Co."). Returns new mentions; the ones it is
 * given are left as they are.
 */
import type { Mention, Word } from '../findings.js';

const bareName = (m: Mention) => m.text.replace(/'s?$/i, '');
/** lower-case words of a name, without dots: how names are compared when they are grouped into actors */
const partsOf = (name: string) => name.toLowerCase().replace(/\./g, '').split(/\s+/).filter(Boolean);
const wordKey = (w: Word) => w.key.replace(/\./g, '');

export function kindsByAlias(mentions: readonly Mention[]): Mention[] {
  const personWords = new Set(mentions.filter((m) => m.kind === 'person').flatMap((m) => partsOf(bareName(m))));
  const out = mentions.map((m) => {
    if (m.kind === 'person') return m;
    if (m.kind === 'location' && (m.place?.kind === 'country' || m.words.length > 1)) return m;
    // an organization only by the parser's tags may be a person's name; one by a head word or a known name is not
    if (m.kind === 'organization' && m.basis !== 'tags') return m;
    return m.words.every((w) => personWords.has(wordKey(w))) ? { ...m, kind: 'person' as const, basis: 'alias' as const, rule: 'alias-of-person' } : m;
  });

  // organizations by the first words of their names: "Ford" after "Ford Motor Co.", "Maritime Steel" for "Maritime Steel Corp."
  const orgPrefixes = new Set<string>();
  for (const o of out) {
    if (o.kind !== 'organization' || o.words.length < 2) continue;
    for (let n = 1; n < o.words.length; n++) orgPrefixes.add(o.words.slice(0, n).map(wordKey).join(' '));
  }
  return out.map((m) => {
    if (!orgPrefixes.has(m.words.map(wordKey).join(' '))) return m;
    // a lone word shared by a company and a person ("Ford" with "Ford Motor Co." and "William Clay Ford") is the
    // company, unless a title or honorific marks the person ("Mr. Ford")
    const loneWeakPerson = m.kind === 'person' && m.words.length === 1 && !m.title.length && (m.basis === 'tags' || m.basis === 'alias');
    return loneWeakPerson || (m.kind === 'unknown' && m.words.length > 1) ? { ...m, kind: 'organization' as const, basis: 'alias' as const, rule: 'alias-of-organization' } : m;
  });
}
