/**
 * Title phrases, the words of a role: the tests a word passes to stand in a title (head, modifier, organization), and
 * the readings of a title before a name ("Kremlin spokesman"), after it ("the former foreign minister of North Korea",
 * "chairman and chief executive of X") and before an organization whose name ran into the person's. The positions
 * where a title is given to a person are extract/roles.ts's.
 */
import type { Word } from '../findings.js';
import { HONORIFICS, INSTITUTIONS, NOT_TITLES, QUALIFIERS, RANK_QUALIFIERS, ROLE_NOUNS, isOccupationNoun, isTitleHead } from './lexicon.js';
import { lookupPlace } from '../geo/gazetteer.js';

export const hasTag = (w: Word, tag: string) => w.tokens.some((t) => t.tags.has(tag));
export const breaks = (w: Word) => /[,;:()[\]"!?—–]/.test(w.post);
/** words that may stand inside a title before its head: "foreign", "national security", "chief", "state" */
const isModifier = (w: Word) =>
  !breaks(w) && /^[\p{L}-]+$/u.test(w.text) && !hasTag(w, 'Verb') && !hasTag(w, 'Determiner') && !hasTag(w, 'Preposition') &&
  !hasTag(w, 'Pronoun') && !hasTag(w, 'Conjunction') && !hasTag(w, 'Possessive') && !hasTag(w, 'Adverb');
/** a title head, also inside a hyphenated title ("secretary-general", "editor-in-chief"), or any noun of occupation ("astronaut") */
export const isHead = (w: Word) => isTitleHead(w.key) || ROLE_NOUNS.has(w.key) || isOccupationNoun(w.text, w.key, (tag) => hasTag(w, tag)) || singularized.has(w);
/** plural title heads read in the singular ("one of the family's attorneys"): stand-in words made for the parse */
const singularized = new WeakSet<Word>();
/** compromise sometimes tags a noun in a compound title as a verb ("finance director"): accept it right before a head */
export const isModifierBefore = (w: Word, next: Word | undefined, prev?: Word) =>
  isModifier(w) || (!!next && isHead(next) && !(prev && (hasTag(prev, 'Modal') || hasTag(prev, 'Auxiliary') || prev.key === 'to')) && /^\p{Ll}/u.test(w.text) && !breaks(w) && hasTag(w, 'Verb') && !hasTag(w, 'PastTense') && !hasTag(w, 'Gerund') && !hasTag(w, 'Auxiliary') && !hasTag(w, 'Modal') && !hasTag(w, 'Copula'));
export const isOrgWord = (w: Word) => /^\p{Lu}/u.test(w.text) && (INSTITUTIONS.has(w.key) || !!lookupPlace(w.text.replace(/'s$/, '')) || hasTag(w, 'Organization') || hasTag(w, 'Demonym') || /^\p{Lu}{2,}$/u.test(w.text));

/** A title read from the text: the bare title, its organization and qualifier, and where it stands. */
export interface Title {
  title: string;
  organization: string | null;
  qualifier: string | null;
  start: number;
  end: number;
}

/** Split a run of words into qualifier, organization and title. The run must end in a title head. */
export function parseTitle(ws: readonly Word[], text: string): Title | null {
  let k = 0;
  let qualifier: string | null = null;
  while (k < ws.length - 1 && QUALIFIERS.has(ws[k]!.key) && !RANK_QUALIFIERS.has(ws[k]!.key)) qualifier = ws[k++]!.key;
  let orgEnd = k;
  while (orgEnd < ws.length - 1 && isOrgWord(ws[orgEnd]!) && !isHead(ws[orgEnd]!)) orgEnd++;
  const organization = orgEnd > k ? text.slice(ws[k]!.start, ws[orgEnd - 1]!.bareEnd) : null;
  let titleWords = ws.slice(orgEnd);
  // "Secretary of State": a head with its "of" complement
  const lastHead = titleWords.findLastIndex((w) => isHead(w));
  if (lastHead < 0) return null;
  if (lastHead < titleWords.length - 1 && titleWords[lastHead + 1]!.key !== 'of') titleWords = titleWords.slice(0, lastHead + 1);
  if (!titleWords.length) return null;
  const title = text.slice(titleWords[0]!.start, titleWords[titleWords.length - 1]!.end);
  if (!qualifier) {
    const rank = titleWords.find((w) => RANK_QUALIFIERS.has(w.key));
    if (rank && (rank.key === 'deputy' || rank.key === 'vice')) qualifier = rank.key;
  }
  return { title, organization, qualifier, start: ws[0]!.start, end: titleWords[titleWords.length - 1]!.end };
}

/** Title words written before a name: walk back from the name over title heads, modifiers, organizations, qualifiers. */
export function preTitle(ws: readonly Word[], first: number, sawHead: boolean): Word[] {
  const out: Word[] = [];
  let k = first - 1;
  // "secretary of state Ann Lee": a lower-case head with its "of" complement
  const [head, of, noun] = [ws[k - 2], ws[k - 1], ws[k]];
  if (head && of?.key === 'of' && noun && /^\p{Ll}+$/u.test(noun.text) && hasTag(noun, 'Noun') && !hasTag(noun, 'Pronoun') && isHead(head) && ![head, of, noun].some(breaks)) {
    out.push(head, of, noun);
    k -= 3;
    sawHead = true;
  }
  while (k >= 0) {
    const w = ws[k]!;
    if (breaks(w)) break;
    if (HONORIFICS.has(w.key) && !sawHead) {
      k--;
      continue;
    }
    if (isHead(w)) sawHead = true;
    else if (!sawHead) break;
    else if (QUALIFIERS.has(w.key)) {
      out.unshift(w);
      k--;
      continue;
    } else if (!isModifierBefore(w, ws[k + 1], ws[k - 1]) && !(isOrgWord(w) && /'s$/.test(w.text) === false)) {
      // "Apple's chief executive": a possessive organization ends the title
      if (/'s$/.test(w.text) && /^\p{Lu}/u.test(w.text)) out.unshift(w);
      break;
    }
    out.unshift(w);
    k--;
    if (/^\p{Lu}/u.test(w.text) && isOrgWord(w) && !isHead(w)) {
      // at most one organization or country before a title, and a qualifier before that
      const q = ws[k];
      if (q && QUALIFIERS.has(q.key) && !breaks(q)) out.unshift(q);
      break;
    }
  }
  // drop leading modifiers that are plain determiners of the sentence ("the")
  while (out.length && !isHead(out[0]!) && !QUALIFIERS.has(out[0]!.key) && !isOrgWord(out[0]!) && hasTag(out[0]!, 'Determiner')) out.shift();
  return out;
}

const ORDINALS = new Set(['first', 'second', 'third', 'last', 'only', 'next']);

/**
 * A title phrase after a name: "[the] [former] foreign minister [of North Korea]"; "chairman and chief executive of X".
 * After a list of names (`plural`), a plural title in the singular: "A and B, attorneys for C" → "attorney".
 */
export function postTitles(ws: readonly Word[], k: number, text: string, plural = false): { titles: Array<Title | null>; next: number } {
  const out: Array<Title | null> = [];
  let owner: string | null = null;
  let next = k;
  while (k < ws.length) {
    // "X, then the chairman": the role as it was then
    const then = ws[k]?.key === 'then' && /^(the|a|an)$/.test(ws[k + 1]?.key ?? '') && !breaks(ws[k]!);
    if (then) k++;
    // "Manny Diaz, one of the family's attorneys": a member of a plural title
    const oneOf = ws[k]?.key === 'one' && ws[k + 1]?.key === 'of' && !breaks(ws[k]!) && !breaks(ws[k + 1]!);
    if (oneOf) k += 2;
    // "one of three executives"
    while (oneOf && ws[k] && hasTag(ws[k]!, 'Value') && !breaks(ws[k]!)) k++;
    // "a 45-year-old Ohio pharmacist": the age is the ages stage's
    while (k < ws.length && (/^(the|a|an|its|his|her|their|our|new)$/.test(ws[k]!.key) || ((/^\d{1,3}-years?-old$/.test(ws[k]!.key) || (plural && (hasTag(ws[k]!, 'Value') || /^(both|all)$/.test(ws[k]!.key)))) && !breaks(ws[k]!)))) k++;
    // "Mr. Bush's deputy national security adviser", "Reuters's editor in chief", "King Hussein's brother": a possessive owner
    while (k < ws.length && HONORIFICS.has(ws[k]!.key)) k++;
    let o = k;
    // ("the guerrilla group's leader": a lower-case owner too)
    const ownerWord = (w: Word) => /^\p{Lu}/u.test(w.text) || (hasTag(w, 'Noun') && !hasTag(w, 'Pronoun') && !hasTag(w, 'Verb')) || hasTag(w, 'Adjective');
    while (o < k + 3 && ws[o + 1] && ownerWord(ws[o]!) && !breaks(ws[o]!) && !/'s?$/.test(text.slice(ws[o]!.start, ws[o]!.end))) o++;
    if (ws[o] && ownerWord(ws[o]!) && /\p{L}'s?$/u.test(text.slice(ws[o]!.start, ws[o]!.end)) && !breaks(ws[o]!)) {
      if (o === k && isOrgWord(ws[k]!)) owner = text.slice(ws[k]!.start, ws[k]!.bareEnd);
      k = o + 1;
    }
    // "King Hussein's brother and political adviser": the kinship is not a role, the second conjunct is
    if (ws[k] && NOT_TITLES.has(ws[k]!.key) && ws[k + 1]?.key === 'and' && !breaks(ws[k]!)) k += 2;
    const phrase: Word[] = [];
    let lastHead = -1;
    for (let j = k; j < ws.length && phrase.length < 7; j++) {
      let w = ws[j]!;
      const one = (oneOf || plural) && singularHead(w);
      if (one) {
        w = { ...w, key: one };
        singularized.add(w);
      }
      if (!(isModifierBefore(w, ws[j + 1], ws[j - 1]) || isHead(w) || QUALIFIERS.has(w.key) || isOrgWord(w))) break;
      phrase.push(w);
      if (plural ? one : isHead(w)) lastHead = phrase.length - 1;
      if (breaks(w)) break;
    }
    if (lastHead < 0) break;
    const words = phrase.slice(0, lastHead + 1);
    let parsed = parseTitle(words, text);
    if (!parsed) break;
    let j = k + words.length;
    // "the worst dictator in history", "the first senior official to visit": a ranking describes, it names no position
    const ranked = /^\p{Ll}/u.test(words[0]!.text) && (hasTag(words[0]!, 'Superlative') || /^(best|most|least)$/.test(words[0]!.key) || (ORDINALS.has(words[0]!.key) && ws[j]?.key === 'to'));
    if (ranked) break;
    // "of U.S. Trust Corp." / "at General Motors" / "for Acme": the organization
    const prep = ws[j];
    if (prep && /^(of|at|for)$/.test(prep.key) && !breaks(words[words.length - 1]!)) {
      let e = j + 1;
      while (e < ws.length && /^(the)$/.test(ws[e]!.key)) e++;
      const orgStart = e;
      while (e < ws.length && /^\p{Lu}/u.test(ws[e]!.text)) {
        e++;
        if (breaks(ws[e - 1]!)) break;
      }
      // ("attorneys for Mr. Antar": a person is no organization)
      if (e > orgStart && !HONORIFICS.has(ws[orgStart]!.key)) {
        parsed = { ...parsed, organization: text.slice(ws[orgStart]!.start, ws[e - 1]!.bareEnd), end: ws[e - 1]!.bareEnd };
        j = e;
      } else if (prep.key === 'of') {
        // "director of corporate affairs", "head of research": a lower-case complement belongs to the title
        const c = complement(ws, j + 1);
        if (c > j + 1) {
          parsed = { ...parsed, title: text.slice(parsed.end - parsed.title.length, ws[c - 1]!.bareEnd), end: ws[c - 1]!.bareEnd };
          j = c;
        }
      }
    }
    if (then && !parsed.qualifier) parsed = { ...parsed, qualifier: 'then' };
    const stand = words[words.length - 1]!;
    if (singularized.has(stand) && parsed.title.endsWith(stand.text)) parsed = { ...parsed, title: parsed.title.slice(0, -stand.text.length) + stand.key };
    out.push(parsed);
    next = j;
    // "chairman and chief executive officer of X": a second title shares the organization
    const and = ws[j];
    if (and && and.key === 'and' && !breaks(ws[j - 1]!)) {
      k = j + 1;
      continue;
    }
    // "chairman, president and chief executive": a list of titles (not "president of Acme, a tour company", which is about Acme)
    const sep = ws[j - 1];
    if (sep && /^,\s*$/.test(sep.post) && ws[j] && !(hasTag(ws[j]!, 'Determiner') && parsed.organization) && ws.slice(j, j + 4).some((w) => isHead(w)) && !ws.slice(j, j + 4).some((w) => hasTag(w, 'Verb') && !isHead(w) && !isModifierBefore(w, undefined))) {
      k = j;
      continue;
    }
    break;
  }
  // a shared organization written after the last title belongs to all of them
  const org = out[out.length - 1]?.organization ?? owner;
  return { titles: out.map((t) => (t && !t.organization && org ? { ...t, organization: org } : t)), next };
}

/** A stand-in word for a plural title head, read in the singular for the parse. */
export function singular(w: Word, key: string): Word {
  const one = { ...w, key };
  singularized.add(one);
  return one;
}

/** The singular of a plural title head ("astronauts", "spokesmen", "deputies"), or null when the word is no such plural. */
export function singularHead(w: Word): string | null {
  if (!/^\p{Ll}[\p{Ll}-]+s$/u.test(w.text) && !/^\p{Ll}[\p{Ll}-]+men$/u.test(w.text)) return null;
  const one = w.key.replace(/men$/, 'man').replace(/ies$/, 'y').replace(/s$/, '');
  if (NOT_TITLES.has(one)) return null;
  return isTitleHead(one) || ROLE_NOUNS.has(one) || (hasTag(w, 'Plural') && hasTag(w, 'Actor')) ? one : null;
}

/** The end of a lower-case complement after "of": adjectives and nouns ending in a noun ("corporate affairs", "research"). */
function complement(ws: readonly Word[], k: number): number {
  let end = k;
  for (let j = k; j < ws.length && j < k + 4; j++) {
    const w = ws[j]!;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w.text) || !(hasTag(w, 'Noun') || hasTag(w, 'Adjective')) || hasTag(w, 'Pronoun') || hasTag(w, 'Determiner') || hasTag(w, 'Verb') || hasTag(w, 'Preposition')) break;
    if (hasTag(w, 'Noun')) end = j + 1;
    if (breaks(w)) break;
  }
  return end;
}

/**
 * "Chief investment officer at Fort Pitt Capital Group Jo Park", "Secretary of the Air Force Jo Park": a title, "at",
 * "of" or "for", and the organization whose name ran into the person's (the mention's title words).
 */
export function titleOfBody(ws: readonly Word[], body: readonly Word[], text: string): Title | null {
  if (!body.length) return null;
  let k = body[0]!.i - 1;
  if (ws[k]?.key === 'the' && !breaks(ws[k]!)) k--;
  const prep = ws[k];
  if (!prep || !/^(of|at|for)$/.test(prep.key) || breaks(prep)) return null;
  const title = preTitle(ws, k, false);
  if (!title.length || !isHead(title[title.length - 1]!)) return null;
  const parsed = parseTitle(title, text);
  const last = body[body.length - 1]!;
  return parsed && { ...parsed, organization: text.slice(body[0]!.start, last.bareEnd), end: last.bareEnd };
}
