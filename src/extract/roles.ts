/**
 * Roles of named people: titles written before the name ("Kremlin spokesman Dmitry Peskov", "then US President Donald
 * Trump"), appositions ("Cho Sun-hui, the foreign minister,"), and predicates ("X is chairman of Y", "X was named chief
 * executive", "X, who heads Y"). Each role has a bare title, the organization or country it belongs to when the text
 * says so, and a qualifier (former, then, acting…).
 */
import type { ExtractContext } from './context.js';
import type { Mention, NameAnalysis, RoleFinding, Word } from '../findings.js';
import { span } from '../text/spans.js';
import { HONORIFICS, INSTITUTIONS, NOT_TITLES, QUALIFIERS, RANK_QUALIFIERS, ROLE_NOUNS, isOccupationNoun, isTitleHead } from './lexicon.js';
import { lookupPlace } from '../geo/gazetteer.js';

const hasTag = (w: Word, tag: string) => w.tokens.some((t) => t.tags.has(tag));
const breaks = (w: Word) => /[,;:()[\]"!?—–]/.test(w.post);
/** words that may stand inside a title before its head: "foreign", "national security", "chief", "state" */
const isModifier = (w: Word) =>
  !breaks(w) && /^[\p{L}-]+$/u.test(w.text) && !hasTag(w, 'Verb') && !hasTag(w, 'Determiner') && !hasTag(w, 'Preposition') &&
  !hasTag(w, 'Pronoun') && !hasTag(w, 'Conjunction') && !hasTag(w, 'Possessive') && !hasTag(w, 'Adverb');
/** a title head, also inside a hyphenated title ("secretary-general", "editor-in-chief"), or any noun of occupation ("astronaut") */
const isHead = (w: Word) => isTitleHead(w.key) || ROLE_NOUNS.has(w.key) || isOccupationNoun(w.text, w.key, (tag) => hasTag(w, tag)) || singularized.has(w);
/** plural title heads read in the singular ("one of the family's attorneys"): stand-in words made for the parse */
const singularized = new WeakSet<Word>();
/** compromise sometimes tags a noun in a compound title as a verb ("finance director"): accept it right before a head */
const isModifierBefore = (w: Word, next: Word | undefined, prev?: Word) =>
  isModifier(w) || (!!next && isHead(next) && !(prev && (hasTag(prev, 'Modal') || hasTag(prev, 'Auxiliary') || prev.key === 'to')) && /^\p{Ll}/u.test(w.text) && !breaks(w) && hasTag(w, 'Verb') && !hasTag(w, 'PastTense') && !hasTag(w, 'Gerund') && !hasTag(w, 'Auxiliary') && !hasTag(w, 'Modal') && !hasTag(w, 'Copula'));
const isOrgWord = (w: Word) => /^\p{Lu}/u.test(w.text) && (INSTITUTIONS.has(w.key) || !!lookupPlace(w.text.replace(/'s$/, '')) || hasTag(w, 'Organization') || hasTag(w, 'Demonym') || /^\p{Lu}{2,}$/u.test(w.text));

/** Split a run of words into qualifier, organization and title. The run must end in a title head. */
function parseTitle(ws: readonly Word[], text: string): { title: string; organization: string | null; qualifier: string | null; start: number; end: number } | null {
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
function preTitle(ws: readonly Word[], first: number, sawHead: boolean): Word[] {
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

const LINKS = /^(?:is|was|has been|had been|will be|would be|becomes|became|remains|remained|was named|was appointed|was elected|was promoted to|is named|has been named|was made|serves as|served as|who is|who was|who has been|who will be|who became|named|appointed|elected|will remain as|who will remain as|remains as|continues as|will continue as|will become|who will become|was named as|was appointed as)$/;
/** Links that end a role: "resigned as general manager" (the role is then former). */
const LEAVING = /^(?:resigned as|stepped down as|retired as|who resigned as|who stepped down as|was ousted as|was fired as|quit as)$/;
/** Adverbs that may stand between a name and its link ("also was named", "previously served as"). */
const LINK_ADVERBS = new Set(['also', 'previously', 'formerly', 'recently', 'now', 'currently', 'later', 'once']);

/** Verbs whose object takes the title that follows ("hired Jo Park as its treasurer", "named Ann Lee chief executive"). */
const APPOINTING = new Set(['hired', 'named', 'appointed', 'elected', 'picked', 'chose', 'tapped', 'promoted', 'nominated', 'installed', 'designated', 'selected', 'recruited', 'reappointed', 're-elected', 'reelected', 'names', 'appoints', 'hires', 'elects', 'nominates']);

/** Linking words at k ("is", "was named", "who is", "resigned as", after an adverb: "also was named"): where the title starts. */
function linkAt(ws: readonly Word[], k: number): { next: number; leaving: boolean } | null {
  if (LINK_ADVERBS.has(ws[k]?.key ?? '') && !breaks(ws[k]!)) k++;
  for (const n of [4, 3, 2, 1]) {
    if (n > ws.length - k) continue;
    const words = ws.slice(k, k + n);
    if (words.slice(0, -1).some((w) => breaks(w))) continue;
    const phrase = words.map((w) => w.key).join(' ');
    // "who is also acting chief financial officer": an adverb after the link too
    const after = LINK_ADVERBS.has(ws[k + n]?.key ?? '') && !breaks(ws[k + n - 1]!) && !breaks(ws[k + n]!) ? 1 : 0;
    if (LINKS.test(phrase)) return { next: k + n + after, leaving: false };
    if (LEAVING.test(phrase)) return { next: k + n + after, leaving: true };
  }
  return null;
}

/** A title phrase after a name: "[the] [former] foreign minister [of North Korea]"; "chairman and chief executive of X". */
function postTitles(ws: readonly Word[], k: number, text: string): { titles: Array<ReturnType<typeof parseTitle>>; next: number } {
  const out: Array<ReturnType<typeof parseTitle>> = [];
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
    while (k < ws.length && (/^(the|a|an|its|his|her|their|our|new)$/.test(ws[k]!.key) || (/^\d{1,3}-years?-old$/.test(ws[k]!.key) && !breaks(ws[k]!)))) k++;
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
      const one = oneOf && singularHead(w);
      if (one) {
        w = { ...w, key: one };
        singularized.add(w);
      }
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

/** Each mention by its last word. */
type MentionEnds = ReadonlyMap<Word, Mention>;

/** A stand-in word for a plural title head, read in the singular for the parse. */
function singular(w: Word, key: string): Word {
  const one = { ...w, key };
  singularized.add(one);
  return one;
}

/** The singular of a plural title head ("astronauts", "spokesmen", "deputies"), or null when the word is no such plural. */
function singularHead(w: Word): string | null {
  if (!/^\p{Ll}[\p{Ll}-]+s$/u.test(w.text) && !/^\p{Ll}[\p{Ll}-]+men$/u.test(w.text)) return null;
  const one = w.key.replace(/men$/, 'man').replace(/ies$/, 'y').replace(/s$/, '');
  if (NOT_TITLES.has(one)) return null;
  return isTitleHead(one) || ROLE_NOUNS.has(one) || (hasTag(w, 'Plural') && hasTag(w, 'Actor')) ? one : null;
}

/**
 * The plural title set off by a comma before a list of names that holds this mention ("three Dutch engineers,
 * Anna Vos, Piet Bakker and Jan Smit"): each member holds the title, in the singular.
 */
function listTitle(ws: readonly Word[], m: Mention, ending: MentionEnds, text: string): ReturnType<typeof parseTitle> {
  const startOf = (x: Mention) => (x.title.length ? x.title[0]!.i : x.words[0]!.i);
  const endingAt = (i: number) => {
    const x = ending.get(ws[i]!);
    return x?.kind === 'person' ? x : undefined;
  };
  let b = startOf(m) - 1;
  let verb = false;
  for (let members = 0; b >= 0 && members < 12; members++) {
    // "new board members include John Harrison and Mark Adley"
    if (/^(include|includes|included|are|were)$/.test(ws[b]!.key) && !breaks(ws[b]!)) {
      verb = true;
      b--;
      break;
    }
    if (ws[b]!.key === 'and' && !breaks(ws[b]!)) b--;
    else if (!/^,\s*$/.test(ws[b]!.post)) return null;
    if (b < 0) return null;
    // "Mark Adley of First Boston, James Lyons": a member's organization
    const of = ending.get(ws[b]!);
    if (of && of.kind !== 'person' && ws[of.words[0]!.i - 1]?.key === 'of') b = of.words[0]!.i - 2;
    const other = endingAt(b);
    if (!other) break;
    b = startOf(other) - 1;
  }
  const head = ws[b];
  const one = head && (verb ? !breaks(head) : /^,\s*$/.test(head.post)) ? singularHead(head) : null;
  if (!head || !one) return null;
  let a = b;
  while (a > 0 && b - a < 4 && !breaks(ws[a - 1]!) && (isModifierBefore(ws[a - 1]!, ws[a], ws[a - 2]) || isOrgWord(ws[a - 1]!)) && !hasTag(ws[a - 1]!, 'Value')) a--;
  // the title opens a noun phrase of its own ("three Dutch engineers", "the two spokesmen"), not "his lawyers"
  const opener = ws[a - 1];
  if (!verb && (!opener || !(hasTag(opener, 'Value') || /^(the|both|all|two|three|four|five|several)$/.test(opener.key)))) return null;
  // "other new board members": words that set this group apart are not part of the title
  while (a < b && /^(new|other|more|some|many|several|two|three|four|five)$/.test(ws[a]!.key)) a++;
  const mods = ws.slice(a, b);
  let q = 0;
  let qualifier: string | null = null;
  while (q < mods.length && QUALIFIERS.has(mods[q]!.key) && !RANK_QUALIFIERS.has(mods[q]!.key)) qualifier = mods[q++]!.key;
  let o = q;
  while (o < mods.length && isOrgWord(mods[o]!)) o++;
  const organization = o > q ? text.slice(mods[q]!.start, mods[o - 1]!.bareEnd) : null;
  const title = (o < mods.length ? text.slice(mods[o]!.start, head.start) : '') + one;
  return { title, organization, qualifier, start: ws[a]!.start, end: head.end };
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
function titleOfBody(ws: readonly Word[], body: readonly Word[], text: string): ReturnType<typeof parseTitle> {
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

export function extractRoles(ctx: ExtractContext, names: NameAnalysis): RoleFinding[] {
  const text = ctx.doc.source;
  const out: RoleFinding[] = [];
  const add = (m: Mention, t: ReturnType<typeof parseTitle>, rule: string) => {
    if (!t) return;
    const title = t.title.replace(/\s+/g, ' ');
    out.push({ mention: m, role: { title, organization: t.organization, qualifier: t.qualifier, evidence: span(text, t.start, t.end), rule } });
  };
  const ending: MentionEnds = new Map(names.mentions.map((x) => [x.words[x.words.length - 1]!, x]));
  // "Ann Berg, Trade Minister Tom Lacey": a title right before another name is that name's, not an apposition
  const personAt = new Set(names.mentions.filter((x) => x.kind === 'person').map((x) => x.words[0]!.start));
  const opensName = (t: ReturnType<typeof parseTitle>) => !!t && personAt.has(t.end + text.slice(t.end).search(/\S|$/));
  for (const m of names.mentions) {
    if (m.kind !== 'person') continue;
    const ws = names.words[m.sentence]!;
    const first = m.words[0]!.i;
    const last = m.words[m.words.length - 1]!;
    // before the name, including a title cut off the name run ("Foreign Minister Cho Sun-hui")
    const pre = preTitle(ws, m.title.length ? m.title[0]!.i : first, m.title.some((w) => isHead(w)));
    const titleWords = [...pre, ...m.title.filter((w) => !HONORIFICS.has(w.key))];
    // "the chairman of Acme LLC Jo Park": an organization's mention of its own right before the name
    const orgBefore = !titleWords.length && ws[first - 1] && !breaks(ws[first - 1]!) ? ending.get(ws[first - 1]!) : undefined;
    const ofBody = titleWords.length && !titleWords.some((w) => isHead(w)) ? titleOfBody(ws, m.title, text) : orgBefore?.kind === 'organization' ? titleOfBody(ws, orgBefore.words, text) : null;
    if (ofBody) add(m, ofBody, 'title-of-organization');
    else if (titleWords.length) add(m, parseTitle(titleWords, text), m.title.length ? 'capitalized-title' : 'pre-title');
    // "a new chief executive officer, Richard Gilleland,": a title set off by a comma before the name
    if (!titleWords.length && /^,\s*$/.test(ws[first - 1]?.post ?? '')) {
      let b = first - 1;
      // "the Syrian ambassador to Washington, Walid Mualem": the title's place or organization after a preposition
      let c = b;
      while (c > b - 3 && c > 0 && /^\p{Lu}/u.test(ws[c]!.text) && (c === b || !breaks(ws[c]!))) c--;
      const to = c < b && /^(to|for|of|at|in)$/.test(ws[c]!.key) && !breaks(ws[c]!) ? ws[c]! : null;
      if (to) b = c - 1;
      const head = b;
      const run: Word[] = [];
      const opener = (w: Word | undefined) => /^(a|an|the|new|its|their|his|her)$/.test(w?.key ?? '');
      // "one of its top leaders, Ieng Sary": a plural title read in the singular
      const one = ws[b] && ws[b - 1] && singularHead(ws[b]!);
      const headWord = (w: Word, k: number) => isHead(w) || (k === head && !!one);
      while (b >= 0 && run.length < 6 && !opener(ws[b]) && (headWord(ws[b]!, b) || (run.length > 0 && isModifierBefore(ws[b]!, ws[b + 1], ws[b - 1]))) && (b === head || !breaks(ws[b]!))) run.unshift(ws[b--]!);
      const plural = run.length > 0 && !isHead(run[run.length - 1]!);
      const oneOf = ws[b - 1]?.key === 'of' && ws[b - 2]?.key === 'one';
      if (run.length && headWord(run[run.length - 1]!, head) && opener(ws[b]) && (!plural || oneOf) && (!to || !plural)) {
        let t = parseTitle(plural ? [...run.slice(0, -1), singular(run[run.length - 1]!, one!)] : run, text);
        if (t && plural) t = { ...t, title: t.title.slice(0, t.title.length - run[run.length - 1]!.text.length) + one };
        if (t && to) t = { ...t, organization: t.organization ?? text.slice(ws[c + 1]!.start, ws[first - 1]!.bareEnd), end: ws[first - 1]!.bareEnd };
        add(m, t, 'title-apposition');
      }
    }
    // "three Dutch engineers, Anna Vos, Piet Bakker and Jan Smit": a plural title over a list of names
    if (!titleWords.length) add(m, listTitle(ws, m, ending, text), 'list-title');
    // after the name: apposition or predicate
    let k = last.i + 1;
    const commaAfter = /,/.test(text.slice(last.bareEnd, ws[k]?.start ?? last.end));
    if (commaAfter && ws[k] && /^\d{1,3}$/.test(ws[k]!.text) && /,/.test(ws[k]!.post)) k++;
    if (commaAfter && ws[k] && /^\d{1,3}$/.test(ws[k]!.text) && ws[k + 1]?.key.startsWith('year') && ws[k + 2]?.key === 'old') k += 3;
    const link = linkAt(ws, k);
    // "Acme hired Jo Park as its treasurer", "named Mary Barra chief executive": the object of an appointment
    const appointed = !link && !commaAfter && !titleWords.length && APPOINTING.has(ws[first - 1]?.key ?? '') && !breaks(ws[first - 1]!);
    if (!link && !commaAfter && !appointed) continue;
    const rule = link ? (link.leaving ? 'left-role' : 'predicate') : appointed ? 'appointment' : 'apposition';
    if (link) k = link.next;
    else if (appointed && ws[k]?.key === 'as') k++;
    else if (LINK_ADVERBS.has(ws[k]?.key ?? '') && !breaks(ws[k]!)) k++; // "X, formerly an Acme executive,"

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
    const leaving = (t: ReturnType<typeof parseTitle>, l: typeof link) => (t && l?.leaving ? { ...t, qualifier: t.qualifier ?? 'former' } : t);
    const { titles, next } = postTitles(ws, k, text);
    for (const t of titles) if (!opensName(t)) add(m, leaving(t, link), rule);
    // "Peter Holland, 45, deputy general manager, becomes director of corporate affairs": a predicate after the apposition
    if (rule === 'apposition' && titles.length && /,/.test(ws[next - 1]?.post ?? '')) {
      const then = linkAt(ws, next);
      if (then) for (const t of postTitles(ws, then.next, text).titles) add(m, leaving(t, then), then.leaving ? 'left-role' : 'predicate');
    }
  }
  return out;
}
