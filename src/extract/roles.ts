/**
 * Roles of named people: titles written before the name ("Kremlin spokesman Dmitry Peskov", "then US President Donald
 * Trump"), appositions ("Cho Sun-hui, the foreign minister,"), and predicates ("X is chairman of Y", "X was named chief
 * executive", "X, who heads Y"). Each role has a bare title, the organization or country it belongs to when the text
 * says so, and a qualifier (former, then, acting…).
 */
import type { ExtractContext } from './context.js';
import type { Mention, NameAnalysis, RoleFinding, Word } from '../findings.js';
import { span } from '../text/spans.js';
import { HONORIFICS, QUALIFIERS, RANK_QUALIFIERS } from './lexicon.js';
import { type Title, breaks, hasTag, isHead, isModifierBefore, isOrgWord, parseTitle, postTitles, preTitle, singular, singularHead, titleOfBody } from './role-titles.js';

const LINKS = /^(?:is|was|has been|had been|will be|would be|becomes|became|remains|remained|was named|was appointed|was elected|was promoted to|is named|has been named|was made|serves as|served as|has served as|had served as|who has served as|who had served as|who served as|who serves as|who is|who was|who has been|who will be|who became|named|appointed|elected|will remain as|who will remain as|remains as|continues as|will continue as|will become|who will become|was named as|was appointed as)$/;
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

/** Each mention by its last word. */
type MentionEnds = ReadonlyMap<Word, Mention>;

/**
 * The plural title set off by a comma before a list of names that holds this mention ("three Dutch engineers,
 * Anna Vos, Piet Bakker and Jan Smit"): each member holds the title, in the singular.
 */
function listTitle(ws: readonly Word[], m: Mention, ending: MentionEnds, text: string): Title | null {
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

/** The index after a list of two names or more that holds this person's name ("A, B and C"), else null. */
function endOfList(ws: readonly Word[], m: Mention, starting: MentionEnds, ending: MentionEnds): number | null {
  const joins = (i: number) => (ws[i + 1]?.key === 'and' && !breaks(ws[i + 1]!) ? i + 2 : /^,\s*$/.test(ws[i]!.post) ? i + 1 : -1);
  let last = m.words[m.words.length - 1]!.i;
  let members = 1;
  for (let k = joins(last); k > 0 && starting.has(ws[k]!); k = joins(last), members++) last = starting.get(ws[k]!)!.words.at(-1)!.i;
  // a name before this one ("A and B, …" gives B the title as well)
  const s = (m.title[0] ?? m.words[0]!).i;
  const p = ws[s - 1]?.key === 'and' && !breaks(ws[s - 1]!) ? s - 2 : /^,\s*$/.test(ws[s - 1]?.post ?? '') ? s - 1 : -1;
  const earlier = p >= 0 && ending.get(ws[p]!)?.kind === 'person';
  return members > 1 || earlier ? last + 1 : null;
}

export function extractRoles(ctx: ExtractContext, names: NameAnalysis): RoleFinding[] {
  const text = ctx.doc.source;
  const out: RoleFinding[] = [];
  const add = (m: Mention, t: Title | null, rule: string) => {
    if (!t) return;
    const title = t.title.replace(/\s+/g, ' ');
    out.push({ mention: m, role: { title, organization: t.organization, qualifier: t.qualifier, evidence: span(text, t.start, t.end), rule } });
  };
  const ending: MentionEnds = new Map(names.mentions.map((x) => [x.words[x.words.length - 1]!, x]));
  const starting: MentionEnds = new Map(names.mentions.filter((x) => x.kind === 'person').map((x) => [x.title[0] ?? x.words[0]!, x]));
  // "Ann Berg, Trade Minister Tom Lacey": a title right before another name is that name's, not an apposition
  const personAt = new Set(names.mentions.filter((x) => x.kind === 'person').map((x) => x.words[0]!.start));
  const opensName = (t: Title | null) => !!t && personAt.has(t.end + text.slice(t.end).search(/\S|$/));
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
    // "Justin Feldman and Jack Arseneault, attorneys for Mr. Antar": a plural title after a list of names is each one's
    const listEnd = endOfList(ws, m, starting, ending);
    if (listEnd !== null && /,/.test(text.slice(ws[listEnd - 1]!.bareEnd, ws[listEnd]?.start ?? ws[listEnd - 1]!.end))) {
      for (const t of postTitles(ws, listEnd, text, true).titles) add(m, t, 'list-apposition');
    }
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
    const leaving = (t: Title | null, l: typeof link) => (t && l?.leaving ? { ...t, qualifier: t.qualifier ?? 'former' } : t);
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
