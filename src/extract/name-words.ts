/**
 * The words of a sentence as names are read from them, and the capitalized runs that may be names: the first step of
 * the name analysis, with the small word tests its rules share.
 */
import { lexiconTag, type Document, type Token } from '../nlp/document.js';
import { FOR_HEADS, HONORIFICS, INSTITUTIONS, LEGAL_ABBREVIATIONS, LEGAL_SUFFIXES, NAME_PARTICLES, OF_HEADS, ORG_HEADS, isTitleHead } from './lexicon.js';
import { lookupPlace, type Place } from '../geo/gazetteer.js';
import type { Mention, MentionBasis, MentionKind, Word } from '../findings.js';

export const hasTag = (w: Word, tag: string) => w.tokens.some((t) => t.tags.has(tag));
const isCap = (s: string) => /^\p{Lu}/u.test(s);
const FUNCTION_TAGS = /^(Preposition|Determiner|Conjunction|Pronoun|Adverb|QuestionWord|Copula|Modal)$/;
export const isFunctionWord = (w: Word) =>
  FUNCTION_TAGS.test(lexiconTag(w.key) ?? '') && !/^\p{Lu}+$/u.test(w.text) &&
  !w.tokens.some((t) => t.tags.has('Person') || t.tags.has('Place') || t.tags.has('Organization'));
export const nameOf = (text: string, ws: readonly Word[]) => text.slice(ws[0]!.start, ws[ws.length - 1]!.bareEnd);
export const isAcronym = (s: string) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(s);

export function words(doc: Document): Word[][] {
  return doc.sentences.map((s) => {
    const out: Word[] = [];
    for (let k = s.first; k < s.last; k++) {
      const group: Token[] = [doc.tokens[k]!];
      while (k + 1 < s.last && /^[-‐]$/.test(doc.tokens[k]!.post) && doc.tokens[k + 1]!.start === doc.tokens[k]!.end + 1 && !namesMeet(doc.tokens, k, s.last)) {
        group.push(doc.tokens[++k]!);
      }
      const first = group[0]!;
      const last = group[group.length - 1]!;
      // the dot of an abbreviation or initial belongs to the word ("Jr.", "Inc.", "F.")
      const dot = last.post.startsWith('.') && (last.tags.has('Abbreviation') || /^\p{Lu}$/u.test(last.text)) ? 1 : 0;
      let end = last.end + dot;
      // a closing bracket the parser kept inside the word ends it: "(AP)_" is "AP"
      const bracket = doc.text.slice(first.start, end).search(/(?<=\p{L})[)\]]/u);
      if (bracket > 0) end = first.start + bracket;
      const text = doc.text.slice(first.start, end);
      // "London-based", "Soviet-made": an adjective built on a name, not a name
      const compound = /-\p{Ll}+$/u.test(text) && /^(Verb|PastTense|Participle|Adjective|Gerund)$/.test(lexiconTag(text.slice(text.lastIndexOf('-') + 1)) ?? '');
      const bareEnd = /'s$/i.test(text) ? end - 2 : end;
      out.push({
        start: first.start, end, text, bareEnd, key: text.slice(0, bareEnd - first.start).toLowerCase().replace(/\.$/, ''),
        tokens: group, cap: isCap(text) && !compound, post: '', sentence: s.index, i: out.length,
      });
    }
    // what stands between two words, as written: compromise splits brackets between one's post and the next one's pre
    for (let k = 0; k < out.length; k++) out[k]!.post = doc.text.slice(out[k]!.end, k + 1 < out.length ? out[k + 1]!.start : s.end);
    return out;
  });
}

/**
 * Two names joined by a hyphen, not one hyphenated name: the first ends in an organization's head or is an
 * institution, and the second is a place or a name of two words ("ABC News-Washington Post", "U.N.-Iraq", but
 * "Wal-Mart", "Post-Gazette").
 */
function namesMeet(tokens: readonly Token[], k: number, end: number): boolean {
  const left = tokens[k]!;
  const right = tokens[k + 1]!;
  const key = left.text.toLowerCase().replace(/\.$/, '');
  if (!isCap(left.text) || !isCap(right.text) || !(ORG_HEADS.has(key) || INSTITUTIONS.has(key) || INSTITUTIONS.has(`${key}.`))) return false;
  const after = k + 2 < end ? tokens[k + 2]! : undefined;
  return !!lookupPlace(right.text) || (!!after && isCap(after.text) && /^\s+$/.test(right.post));
}

/** Does the space after a word end a name? Commas, brackets, quotes (also written '' and ``), dashes and a hyphen between two names do; the dot of an abbreviation does not. */
export function breaksAfter(w: Word): boolean {
  // ("Motors ' Saturn": a possessive written apart, as some wire copy does; not "O 'Reilly")
  return /[,;:()[\]"!?—–]|\s-\s|^[-‐]$|''|``/.test(w.post) || /^'|^\s+'\s/.test(w.post);
}

export function isTitleWord(w: Word): boolean {
  return isTitleHead(w.key) || HONORIFICS.has(w.key);
}

/**
 * "Jo Park", "President Park", "Mr. Lake": a feature's last word that is a surname here, after a given name or a title
 * or honorific in the same run ("Central Park", "Gorky Park" stay places).
 */
export function surnameAtEnd(ws: readonly Word[]): boolean {
  const before = ws[ws.length - 2];
  return !!before && (hasTag(before, 'FirstName') || ws.slice(0, -1).some(isTitleWord));
}

/** Find the capitalized runs of a sentence: [start word index, end word index) pairs. */
export function runs(ws: readonly Word[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < ws.length) {
    if (!ws[i]!.cap || /^\d/.test(ws[i]!.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    // the run has passed the head of an organization's name and a preposition ("Ministry of", "Institute for")
    let body = false;
    while (j < ws.length) {
      const prev = ws[j - 1]!;
      const next = ws[j]!;
      if (/'s$/i.test(prev.text) && !possessiveInCompany(ws, i, j)) break;
      // a company's legal suffix ends its name: "Chrysler LLC Jim Press" is a company and a person
      if (LEGAL_ABBREVIATIONS.has(prev.key) && next.cap && !LEGAL_ABBREVIATIONS.has(next.key)) break;
      if (breaksAfter(prev)) {
        // a plural possessive inside an organization's name: "Workers' Party"
        if (/^'/.test(prev.post) && next.cap && ORG_HEADS.has(next.key)) {
          j++;
          continue;
        }
        break;
      }
      if (next.cap && !/^\d/.test(next.text)) {
        j++;
        continue;
      }
      const after = ws[j + 1];
      if (after?.cap && !breaksAfter(next)) {
        if (NAME_PARTICLES.has(next.key) && !isTitleWord(prev)) {
          j += 2;
          continue;
        }
        if (next.key === 'of' && OF_HEADS.has(prev.key)) {
          body ||= ORG_HEADS.has(prev.key);
          j += 2;
          continue;
        }
        // "Agency for International Development", "Committee on Foreign Relations"
        if ((next.key === 'for' || next.key === 'on') && FOR_HEADS.has(prev.key)) {
          body = true;
          j += 2;
          continue;
        }
        // "Securities and Exchange Commission", "Department of Health and Human Services": common words joined by
        // "and" inside an organization's name, not two names in a row ("Ford and General Motors Corp.")
        if (next.key === 'and' && (body ? !named(prev) : commonWord(prev)) && (body || endsInOrgHead(ws, j + 1))) {
          j += 2;
          continue;
        }
        // "Procter & Gamble"
        if (next.text === '&') {
          j += 2;
          continue;
        }
      }
      break;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

/**
 * "McDonald's Corp.", "Sotheby's Holdings Inc.": a name with "'s" that opens the run, not a place ("Japan's Sony
 * Corp." is two names), and one to three capitalized words after it that end in a company's legal form.
 */
function possessiveInCompany(ws: readonly Word[], i: number, j: number): boolean {
  const owner = ws[j - 1]!;
  if (j - 1 !== i || /^'s\s/.test(owner.post) || lookupPlace(owner.text.replace(/'s$/i, ''))) return false;
  for (let k = j; k < j + 3 && ws[k]?.cap && !breaksAfter(ws[k - 1]!); k++) {
    if (LEGAL_SUFFIXES.has(ws[k]!.key.replace(/\.$/, ''))) return true;
  }
  return false;
}

/** A capitalized common word, not a name of its own: a noun or adjective of the lexicon, or one by its ending. */
const named = (w: Word) => ['Organization', 'Person', 'Place', 'Acronym'].some((t) => hasTag(w, t));
export function commonWord(w: Word): boolean {
  if (named(w)) return false;
  return /^(Noun|Singular|Plural|Uncountable|Adjective|Infinitive|Gerund)$/.test(lexiconTag(w.key) ?? '') || /(tion|sion|ment|ities|ity|ance|ence|ics|ure|ism|ness|ship)$/.test(w.key);
}

/** Does the capitalized run that starts at ws[k] end in an organization's head word ("… Exchange Commission")? */
function endsInOrgHead(ws: readonly Word[], k: number): boolean {
  let last = ws[k];
  while (last && last.cap && !breaksAfter(last) && ws[last.i + 1]?.cap) last = ws[last.i + 1];
  return !!last?.cap && ORG_HEADS.has(last.key);
}

export function makeMention(kind: MentionKind, ws: readonly Word[], text: string, title: readonly Word[], place: Place | null, rule: string, basis: MentionBasis = 'text'): Mention {
  const first = ws[0]!;
  const last = ws[ws.length - 1]!;
  return { kind, start: first.start, end: last.bareEnd, text: text.slice(first.start, last.bareEnd), words: ws, sentence: first.sentence, title, place, basis, rule };
}
