/**
 * Roles of named people: titles written before the name ("Kremlin spokesman Dmitry Peskov", "then US President Donald
 * Trump"), appositions ("Cho Sun-hui, the foreign minister,"), and predicates ("X is chairman of Y", "X was named chief
 * executive", "X, who heads Y"). Each role has a bare title, the organization or country it belongs to when the text
 * says so, and a qualifier (former, then, acting…).
 */
import type { Role } from '../schema.js';
import type { ExtractContext } from './context.js';
import type { Mention, NameAnalysis, Word } from './names.js';
import { span } from '../text/spans.js';
import { HONORIFICS, INSTITUTIONS, QUALIFIERS, RANK_QUALIFIERS, isTitleHead } from './lexicon.js';
import { lookupPlace } from '../geo/gazetteer.js';

export interface RoleFinding {
  mention: Mention;
  role: Role;
}

const hasTag = (w: Word, tag: string) => w.tokens.some((t) => t.tags.has(tag));
const breaks = (w: Word) => /[,;:()[\]"!?—–]/.test(w.post);
/** words that may stand inside a title before its head: "foreign", "national security", "chief", "state" */
const isModifier = (w: Word) =>
  !breaks(w) && /^[\p{L}-]+$/u.test(w.text) && !hasTag(w, 'Verb') && !hasTag(w, 'Determiner') && !hasTag(w, 'Preposition') &&
  !hasTag(w, 'Pronoun') && !hasTag(w, 'Conjunction') && !hasTag(w, 'Possessive') && !hasTag(w, 'Adverb');
/** a title head, also inside a hyphenated title ("secretary-general", "editor-in-chief") */
const isHead = (w: Word) => isTitleHead(w.key);
/** compromise sometimes tags a noun in a compound title as a verb ("finance director"): accept it right before a head */
const isModifierBefore = (w: Word, next: Word | undefined, prev?: Word) =>
  isModifier(w) || (!!next && isHead(next) && !(prev && (hasTag(prev, 'Modal') || hasTag(prev, 'Auxiliary') || prev.key === 'to')) && /^\p{Ll}/u.test(w.text) && !breaks(w) && hasTag(w, 'Verb') && !hasTag(w, 'PastTense') && !hasTag(w, 'Gerund') && !hasTag(w, 'Auxiliary') && !hasTag(w, 'Modal') && !hasTag(w, 'Copula'));
const isOrgWord = (w: Word) => /^\p{Lu}/u.test(w.text) && (INSTITUTIONS.has(w.key) || !!lookupPlace(w.text.replace(/'s$/, '')) || hasTag(w, 'Organization') || hasTag(w, 'Demonym') || /^\p{Lu}{2,}$/u.test(w.text));

/** Split a run of words into qualifier, organization and title. The run must end in a title head. */
function parseTitle(ws: Word[], text: string): { title: string; organization: string | null; qualifier: string | null; start: number; end: number } | null {
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
function preTitle(ws: Word[], first: number, sawHead: boolean): Word[] {
  const out: Word[] = [];
  let k = first - 1;
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

const LINKS = /^(?:is|was|has been|had been|will be|would be|becomes|became|remains|remained|was named|was appointed|was elected|was promoted to|is named|has been named|was made|serves as|served as|who is|who was|who has been|who will be|who became|named|appointed|elected|will remain as|who will remain as|remains as|continues as|will continue as|will become|who will become|was named as|was appointed as)$/;
/** Links that end a role: "resigned as general manager" (the role is then former). */
const LEAVING = /^(?:resigned as|stepped down as|retired as|who resigned as|who stepped down as|was ousted as|was fired as|quit as)$/;
/** Adverbs that may stand between a name and its link ("also was named", "previously served as"). */
const LINK_ADVERBS = new Set(['also', 'previously', 'formerly', 'recently', 'now', 'currently', 'later', 'once']);

/** A title phrase after a name: "[the] [former] foreign minister [of North Korea]"; "chairman and chief executive of X". */
function postTitles(ws: Word[], k: number, text: string): Array<ReturnType<typeof parseTitle>> {
  const out: Array<ReturnType<typeof parseTitle>> = [];
  let owner: string | null = null;
  while (k < ws.length) {
    while (k < ws.length && /^(the|a|an|its|his|her|their|our|new)$/.test(ws[k]!.key)) k++;
    // "Mr. Bush's deputy national security adviser", "Reuters's editor in chief": a possessive owner before the title
    while (k < ws.length && HONORIFICS.has(ws[k]!.key)) k++;
    if (ws[k] && /^\p{Lu}/u.test(ws[k]!.text) && /'s?$/.test(text.slice(ws[k]!.start, ws[k]!.end)) && !breaks(ws[k]!)) {
      if (isOrgWord(ws[k]!)) owner = text.slice(ws[k]!.start, ws[k]!.bareEnd);
      k++;
    }
    const phrase: Word[] = [];
    let lastHead = -1;
    for (let j = k; j < ws.length && phrase.length < 7; j++) {
      const w = ws[j]!;
      if (!(isModifierBefore(w, ws[j + 1], ws[j - 1]) || isHead(w) || QUALIFIERS.has(w.key) || isOrgWord(w))) break;
      phrase.push(w);
      if (isHead(w)) lastHead = phrase.length - 1;
      if (breaks(w)) break;
    }
    if (lastHead < 0) break;
    const words = phrase.slice(0, lastHead + 1);
    let parsed = parseTitle(words, text);
    if (!parsed) break;
    let j = k + words.length;
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
      if (e > orgStart) {
        parsed = { ...parsed, organization: text.slice(ws[orgStart]!.start, ws[e - 1]!.bareEnd), end: ws[e - 1]!.bareEnd };
        j = e;
      }
    }
    out.push(parsed);
    // "chairman and chief executive officer of X": a second title shares the organization
    const and = ws[j];
    if (and && and.key === 'and' && !breaks(ws[j - 1]!)) {
      k = j + 1;
      continue;
    }
    // "chairman, president and chief executive": a list of titles
    const sep = ws[j - 1];
    if (sep && /^,\s*$/.test(sep.post) && ws[j] && ws.slice(j, j + 4).some((w) => isHead(w)) && !ws.slice(j, j + 4).some((w) => hasTag(w, 'Verb') && !isHead(w) && !isModifierBefore(w, undefined))) {
      k = j;
      continue;
    }
    break;
  }
  // a shared organization written after the last title belongs to all of them
  const org = out[out.length - 1]?.organization ?? owner;
  return out.map((t) => (t && !t.organization && org ? { ...t, organization: org } : t));
}

export function extractRoles(ctx: ExtractContext, names: NameAnalysis): RoleFinding[] {
  const text = ctx.doc.source;
  const out: RoleFinding[] = [];
  const add = (m: Mention, t: ReturnType<typeof parseTitle>, rule: string) => {
    if (!t) return;
    const title = t.title.replace(/\s+/g, ' ');
    out.push({ mention: m, role: { title, organization: t.organization, qualifier: t.qualifier, evidence: span(text, t.start, t.end), rule } });
  };
  for (const m of names.mentions) {
    if (m.kind !== 'person') continue;
    const ws = names.words[m.sentence]!;
    const first = m.words[0]!.i;
    const last = m.words[m.words.length - 1]!;
    // before the name, including a title cut off the name run ("Foreign Minister Cho Sun-hui")
    const pre = preTitle(ws, m.title.length ? m.title[0]!.i : first, m.title.some((w) => isHead(w)));
    const titleWords = [...pre, ...m.title.filter((w) => !HONORIFICS.has(w.key))];
    if (titleWords.length) add(m, parseTitle(titleWords, text), m.title.length ? 'capitalized-title' : 'pre-title');
    // "a new chief executive officer, Richard Gilleland,": a title set off by a comma before the name
    if (!titleWords.length && /^,\s*$/.test(ws[first - 1]?.post ?? '')) {
      let b = first - 1;
      const run: Word[] = [];
      const opener = (w: Word | undefined) => /^(a|an|the|new|its|their)$/.test(w?.key ?? '');
      while (b >= 0 && run.length < 6 && !opener(ws[b]) && (isHead(ws[b]!) || (run.length > 0 && isModifierBefore(ws[b]!, ws[b + 1], ws[b - 1]))) && (b === first - 1 || !breaks(ws[b]!))) run.unshift(ws[b--]!);
      if (run.length && isHead(run[run.length - 1]!) && opener(ws[b])) add(m, parseTitle(run, text), 'title-apposition');
    }
    // after the name: apposition or predicate
    let k = last.i + 1;
    const commaAfter = /,/.test(text.slice(last.bareEnd, ws[k]?.start ?? last.end));
    if (commaAfter && ws[k] && /^\d{1,3}$/.test(ws[k]!.text) && /,/.test(ws[k]!.post)) k++;
    if (commaAfter && ws[k] && /^\d{1,3}$/.test(ws[k]!.text) && ws[k + 1]?.key.startsWith('year') && ws[k + 2]?.key === 'old') k += 3;
    let rule = commaAfter ? 'apposition' : 'predicate';
    let leaving = false;
    if (LINK_ADVERBS.has(ws[k]?.key ?? '') && !breaks(ws[k]!)) k++;
    // linking words: "is", "was named", "who is", "resigned as"
    for (const n of [4, 3, 2, 1]) {
      const phrase = ws.slice(k, k + n).map((w) => w.key).join(' ');
      if (n > ws.length - k) continue;
      if (LINKS.test(phrase) || LEAVING.test(phrase)) {
        leaving = LEAVING.test(phrase);
        k += n;
        rule = leaving ? 'left-role' : 'predicate';
        break;
      }
    }
    if (rule !== 'apposition' && k === last.i + 1) continue;
    // "who heads Y"
    if (ws[k]?.key === 'who' && /^(heads|headed|leads|led|chairs|chaired|runs|ran)$/.test(ws[k + 1]?.key ?? '')) {
      const verb = ws[k + 1]!;
      let e = k + 2;
      while (e < ws.length && ws[e]!.key === 'the') e++;
      const s = e;
      while (e < ws.length && /^\p{Lu}/u.test(ws[e]!.text)) {
        e++;
        if (breaks(ws[e - 1]!)) break;
      }
      if (e > s) {
        const title = /^(chairs|chaired)$/.test(verb.key) ? 'chairman' : /^(leads|led)$/.test(verb.key) ? 'leader' : 'head';
        out.push({ mention: m, role: { title, organization: text.slice(ws[s]!.start, ws[e - 1]!.bareEnd), qualifier: /ed$|^led$|^ran$/.test(verb.key) ? 'former' : null, evidence: span(text, verb.start, ws[e - 1]!.bareEnd), rule: 'who-heads' } });
      }
      continue;
    }
    if (!commaAfter && rule === 'apposition') continue;
    for (const t of postTitles(ws, k, text)) add(m, t && leaving ? { ...t, qualifier: t.qualifier ?? 'former' } : t, rule);
  }
  return out;
}
