/**
 * Later mentions of an organization by a shorter form of its name that the name finder left untagged: "Upjohn" and
 * "Upjohn's" after "Upjohn Co.", "Cineplex" after "Cineplex Odeon Corp.", "Du Pont's stock" after "Du Pont Co.".
 * They name the participants of events only: the actors keep the mentions they were grouped from.
 *
 * A short form is the name without its corporate suffix, or the first word of that when it is no common English word,
 * given name or place ("Cineplex", not "General", "Milton" or "American"). A form two organizations share names
 * neither, and only a capitalized word of the text matches.
 */
import type { ActorDraft, NamedMention } from '../findings.js';
import type { Document, Token } from '../nlp/document.js';
import { lexiconTag } from '../nlp/document.js';
import { lookupPlace } from '../geo/gazetteer.js';
import { firstIndex } from '../text/spans.js';
import { LEGAL_SUFFIXES } from '../extract/lexicon.js';

// a legal form, or an ampersand (or the 'amp' of an escaped one, "&amp;") left at the end of a cut name
const isSuffix = (word: string) => LEGAL_SUFFIXES.has(word) || word === '&' || word === 'amp';
const key = (word: string) => word.toLowerCase().replace(/\./g, '').replace(/['’]s$/, '');

/** The short forms of an organization's name, as lower-case words. */
export function shortForms(name: string): string[][] {
  let words = name.split(/\s+/).filter(Boolean);
  if (words[0]?.toLowerCase() === 'the') words = words.slice(1);
  while (words.length > 1 && isSuffix(key(words.at(-1)!))) words = words.slice(0, -1);
  const forms: string[][] = [];
  if (words.length && words.join(' ') !== name) forms.push(words.map(key));
  const first = words[0];
  if (words.length >= 2 && first && /^\p{Lu}\p{Ll}{2,}$/u.test(first) && lexiconTag(first.toLowerCase()) === undefined && !lookupPlace(first)) forms.push([key(first)]);
  return forms;
}

/** Mentions of the organizations by their short forms, outside the mentions already known. */
export function nameEchoes(doc: Document, actors: readonly ActorDraft[], known: readonly NamedMention[]): NamedMention[] {
  const byFirst = new Map<string, Array<{ words: string[]; name: string }>>();
  const owners = new Map<string, Set<string>>();
  for (const d of actors) {
    if (d.actor.kind !== 'organization') continue;
    for (const words of shortForms(d.actor.name)) {
      const k = words.join(' ');
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k)!.add(d.actor.name);
      const list = byFirst.get(words[0]!) ?? [];
      if (!list.some((f) => f.words.join(' ') === k)) list.push({ words, name: d.actor.name });
      byFirst.set(words[0]!, list);
    }
  }
  if (byFirst.size === 0) return [];
  // a form that is also a whole name of another actor names that one
  for (const d of actors) owners.get(d.actor.name.split(/\s+/).map(key).join(' '))?.add(d.actor.name);
  const sorted = [...known].sort((a, b) => a.start - b.start);
  const inKnown = (t: Token) => {
    const i = firstIndex(sorted, (m) => m.start > t.start) - 1;
    return i >= 0 && sorted[i]!.end > t.start;
  };
  const out: NamedMention[] = [];
  const tokens = doc.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!/^\p{Lu}/u.test(t.text)) continue;
    const forms = byFirst.get(key(t.text));
    if (!forms) continue;
    for (const f of forms) {
      const end = k + f.words.length - 1;
      if (end >= tokens.length || tokens[end]!.sentence !== t.sentence) continue;
      if (!f.words.every((w, i) => key(tokens[k + i]!.text) === w)) continue;
      if (owners.get(f.words.join(' '))!.size > 1 || inKnown(t)) continue;
      // a longer capitalized name goes on ("Cineplex Odeon Theatres" is not "Cineplex")
      const next = tokens[end + 1];
      if (next && /^\p{Lu}/u.test(next.text) && !/[,;:.]/.test(tokens[end]!.post) && tokens[end]!.post.trim() === '' && !/['’]s$/.test(tokens[end]!.text)) continue;
      out.push({ name: f.name, start: t.start, end: tokens[end]!.end, person: false, organization: true });
      k = end;
      break;
    }
  }
  return out;
}
