/**
 * The last step of name classification: a mention's kind from the fuller names the article uses elsewhere. A lone
 * capitalized word that is part of a person's name is that person ("Peskov", "Jackson"); the first words of an
 * organization's name are that organization ("Ford" after "Ford Motor Co."), and so is the same name where no context
 * marks it ("Chrysler" after "automaker Chrysler"), and a name listed with organizations ("Boeing and Airbus"). Returns
 * new mentions; the ones it is given are left as they are.
 */
import type { Mention, Word } from '../findings.js';
import { commonWord, hasTag } from './name-words.js';
import { properWord } from './name-rules.js';
import { COMPANY_NOUNS } from './lexicon.js';

const bareName = (m: Mention) => m.text.replace(/'s?$/i, '');
/** lower-case words of a name, without dots: how names are compared when they are grouped into actors */
const partsOf = (name: string) => name.toLowerCase().replace(/\./g, '').split(/\s+/).filter(Boolean);
const wordKey = (w: Word) => w.key.replace(/\./g, '');

export function kindsByAlias(mentions: readonly Mention[], text: string): Mention[] {
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
  // organizations by the name itself, found as one elsewhere in the text by its context ("automaker Chrysler", then "Chrysler")
  const listed = inListsOfOrganizations(out, text);
  // surnames the text marks as a person's somewhere (a title, an honorific, an age): "Mr. Roy", "Milton Roy, 60,"
  const aged = (o: Mention) => /^,\s*\d{1,3}\s*[,.]/.test(text.slice(o.end, o.end + 8));
  const markedSurnames = new Set(out.filter((o) => o.kind === 'person' && (o.title.length || o.basis !== 'tags' || aged(o))).map((o) => wordKey(o.words[o.words.length - 1]!)));
  const orgNames = new Set(listed.filter((o) => o.kind === 'organization' && o.basis !== 'tags').map((o) => o.words.map(wordKey).join(' ')));
  const byAlias = listed.map((m) => {
    const key = m.words.map(wordKey).join(' ');
    if (!orgPrefixes.has(key) && !orgNames.has(key)) return m;
    // a lone word shared by a company and a person ("Ford" with "Ford Motor Co." and "William Clay Ford") is the
    // company, unless a title or honorific marks the person ("Mr. Ford")
    const loneWeakPerson = m.kind === 'person' && m.words.length === 1 && !m.title.length && (m.basis === 'tags' || m.basis === 'alias');
    // a name read as a person's by the parser alone that opens a company's fuller name ("Milton Roy" after "Milton Roy
    // Corp."), unless the text marks someone of that surname as a person
    const weakPerson = m.kind === 'person' && m.words.length > 1 && !m.title.length && m.basis === 'tags' && orgPrefixes.has(key) && !markedSurnames.has(wordKey(m.words[m.words.length - 1]!));
    const unknown = m.kind === 'unknown' && (m.words.length > 1 || !commonWord(m.words[0]!));
    return loneWeakPerson || weakPerson || unknown ? { ...m, kind: 'organization' as const, basis: 'alias' as const, rule: 'alias-of-organization' } : m;
  });
  // (not a word of a longer name of a person or of unknown kind: "Tarma Velk spoke. Velk unveiled…")
  const nameWords = new Set(out.filter((o) => o.words.length > 1 && o.kind !== 'organization' && o.kind !== 'location').flatMap((o) => o.words.map(wordKey)));
  return inListsOfOrganizations(byAlias, text).map((m) => (m.kind === 'unknown' && !m.words.some((w) => nameWords.has(wordKey(w))) && companySubject(m, text) ? { ...m, kind: 'organization' as const, rule: 'company-verb' } : m));
}

/**
 * Verbs that news writes of companies launching products ("Acme unveiled…", "Acme has released…"), and a plural verb
 * after one name, as British news writes of a company ("Acme have announced…").
 */
const COMPANY_VERB = /^\s+(?:(?:today|also|has|have|had|on \p{Lu}\p{Ll}+day)\s+)?(?:unveil|launch|releas|introduc|ship)(?:ed|es|s)?\b|^\s+have\s+\p{Ll}+ed\b/u;

/** A name no person of the text bears, a word of its own, as the subject of such a verb ("Vantor unveiled a phone"), not a family or a group ("the Bronfmans have agreed"). */
function companySubject(m: Mention, text: string): boolean {
  return m.words.length <= 3 && m.words.every(properWord) && !m.words.some((w) => hasTag(w, 'FirstName') || hasTag(w, 'Person') || hasTag(w, 'Plural')) && !/\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start)) && COMPANY_VERB.test(text.slice(m.end, m.end + 40));
}

/**
 * A name of unknown kind in a list with an organization is one too ("Sberbank, VTB Group and Gazprombank", "Boeing and
 * Airbus"): names joined by commas, "and" or "or" in one sentence.
 */
function inListsOfOrganizations(mentions: Mention[], text: string): Mention[] {
  const out = [...mentions];
  const joined = (a: Mention, b: Mention) => a.sentence === b.sentence && LIST_GAP.test(text.slice(a.end, b.start));
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < out.length; k++) {
      const m = out[k]!;
      // (a name before a noun for a company is that company's premodifier, not a member: "Surinam carrier Blue Wing Airlines")
      if (m.kind !== 'unknown' || m.words.length > 3 || (m.words.length === 1 && !properWord(m.words[0]!)) || /\d/.test(m.text) || /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 2)) && COMPANY_NOUNS.has(nextWord(text, m.end))) continue;
      const near = [out[k - 1], out[k + 1]].filter((o): o is Mention => !!o && o.kind === 'organization');
      if (!near.some((o) => (o.start < m.start ? joined(o, m) : joined(m, o)))) continue;
      out[k] = { ...m, kind: 'organization', basis: 'alias', rule: 'listed-with-organization' };
      changed = true;
    }
  }
  return out;
}

const nextWord = (text: string, at: number) => /^\s+(\p{Ll}+)/u.exec(text.slice(at, at + 40))?.[1] ?? '';

/** Names in a list: a comma, "and" or "or" between them ("Sberbank, VTB Group and Gazprombank"). */
const LIST_GAP = /^(\s*,\s*|\s+(and|or)\s+|\s*,\s*(and|or)\s+)$/;
