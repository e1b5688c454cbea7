/**
 * The rules that classify a capitalized run as an organization, a place or a person, as ordered tables of
 * `{ name, test, reason }`: the first row whose test holds decides. A row's `name` is the mention's `rule`
 * (provenance, for people); what code weighs is in typed fields (`kind`, `basis`, `firm`).
 */
import type { Document } from '../nlp/document.js';
import { lookupPlace, lookupStateAbbreviation, textPlace, type Place } from '../geo/gazetteer.js';
import { placeOfDemonym } from '../geo/demonyms.js';
import { lexiconTag } from '../nlp/document.js';
import {
  HONORIFICS, INSTITUTIONS, KINSHIP, ORG_HEADS, PLACE_KINDS, PUBLIC_BODIES, isOccupationNoun, isTitleHead, COMMON_ACRONYMS, CAPITALIZED_BODIES,
  COMPANY_NOUNS, COMPANY_OF, COMPANY_PARTS, EVENT_TAIL, FACILITY_TAIL, FEATURE_HEAD, FEATURE_TAIL, SITE_TAIL,
} from './lexicon.js';
import { ZONE } from '../time/lexicon.js';
import type { MentionBasis, MentionKind, Word } from '../findings.js';
import { breaksAfter, hasTag, isAcronym, isTitleWord, nameOf, surnameAtEnd } from './name-words.js';

/** A run classified by itself: its kind, place and rule. */
export interface Whole {
  kind: MentionKind;
  place: Place | null;
  rule: string;
  basis: MentionBasis;
  /** a title written before it does not make it a person ("the official Middle East News Agency") */
  firm: boolean;
}

interface WholeCx {
  text: string;
  ws: readonly Word[];
  name: string;
  first: Word;
  last: Word;
}

/** A row of WHOLE_RULES: `test` gives the run's place (null for an organization) when the row applies, false when not. */
interface WholeRule {
  name: string;
  kind: 'organization' | 'location';
  basis?: MentionBasis;
  firm?: boolean;
  test: (cx: WholeCx) => Place | null | false;
  reason: string;
}

const WHOLE_RULES: readonly WholeRule[] = [
  {
    name: 'gazetteer', kind: 'location', reason: 'a place the gazetteer knows; a city in capitals only at the start of a sentence (a dateline), elsewhere the capitals spell an acronym ("the GAO" is not Gao, Mali)',
    test: ({ name, first }) => {
      const place = lookupPlace(name);
      const capitals = place?.kind === 'city' && !/\p{Ll}/u.test(name) && place.name !== name && first.i > 0;
      return place && !capitals ? place : false;
    },
  },
  {
    name: 'institution', kind: 'organization', firm: true, reason: 'a listed institution ("Kremlin", "Pentagon", "Nato"), or a public body written with a capital ("the Cabinet"); a short common word only in capitals ("WHO", not "Who")',
    test: ({ ws, name }) => {
      const key = name.toLowerCase();
      if (!INSTITUTIONS.has(key) && !(ws.length === 1 && CAPITALIZED_BODIES.has(key))) return false;
      const common = ws.length === 1 && name.length <= 3 && !isAcronym(name) && !/^(Organization)?$/.test(lexiconTag(key) ?? '');
      return !common && null;
    },
  },
  {
    name: 'organization-head', kind: 'organization', firm: true, reason: 'ends in an organization\'s head word ("Party", "Ministry"), unless it reads as a first and last name ("Jim Press"; a plural or mass noun is no surname: "Douglas Aircraft")',
    test: ({ ws, first, last }) => ws.length > 1 && ORG_HEADS.has(last.key) && !(ws.length === 2 && hasTag(first, 'FirstName') && hasTag(last, 'LastName') && /^(Singular|Infinitive)$/.test(lexiconTag(last.key) ?? '')) && null,
  },
  {
    name: 'organization-of', kind: 'organization', firm: true, reason: 'an organization\'s head word before "of", "for" or "on" ("Bank of Japan", "Agency for International Development")',
    test: ({ ws }) => {
      const k = ws.findIndex((w, n) => n > 0 && /^(of|for|on)$/.test(w.key));
      return k > 0 && k < ws.length - 1 && ORG_HEADS.has(ws[k - 1]!.key) && null;
    },
  },
  {
    name: 'feature-word', kind: 'location', firm: true, reason: 'ends in a feature\'s word ("Black Sea", "Han River") or starts with one ("Mount Fuji", "Lake Baikal")',
    test: ({ ws, name, first, last }) => ws.length > 1 && ((FEATURE_TAIL.has(last.key) && !surnameAtEnd(ws)) || FEATURE_HEAD.has(first.key)) && textPlace(name, 'feature'),
  },
  {
    name: 'site-word', kind: 'location', firm: true, reason: 'ends in the word for a site ("Andrews Air Force Base", "Garvaghy Road", "Karl Marx Theater"): a place of kind other',
    test: ({ ws, name, last }) => ws.length > 1 && SITE_TAIL.has(last.key) && textPlace(name, 'other'),
  },
  {
    name: 'region-word', kind: 'location', reason: 'ends in a kind of place ("Hebei Province", "Gaza Strip"), in the country of the name before it',
    test: ({ text, ws, name, last }) => ws.length > 1 && !!PLACE_KINDS[last.key] && textPlace(name, PLACE_KINDS[last.key]!, lookupPlace(nameOf(text, ws.slice(0, -1)))?.countryCode ?? null),
  },
  {
    name: 'tagged-organization', kind: 'organization', basis: 'tags', reason: 'every word tagged as an organization by the parser, none as a person',
    test: ({ ws, name, last }) => ws.every((w) => hasTag(w, 'Organization')) && !ws.some((w) => hasTag(w, 'Person')) && !(ws.length === 1 && commonAcronym(name)) && !(ws.length > 1 && EVENT_TAIL.has(last.key)) && null,
  },
  {
    name: 'web-domain', kind: 'organization', reason: 'a web address as a name: a news site or an online company ("Detik.com", "CNNMoney.com")',
    test: ({ ws, name }) => ws.length === 1 && isWebDomain(name) && null,
  },
  {
    name: 'airline', kind: 'organization', reason: '"Air" and a name ("Air Berlin", "Air Canada")',
    test: ({ ws, first }) => ws.length >= 2 && ws.length <= 3 && first.key === 'air' && null,
  },
  {
    name: 'acronym', kind: 'organization', reason: 'one word in capitals ("NATO", "U.N."), not an honorific, a title or an acronym of a thing ("DNA", "GMT", "USD")',
    test: ({ ws, name, last }) => isAcronym(name.replace(/'s$/, '')) && ws.length === 1 && !HONORIFICS.has(last.key) && !isTitleHead(last.key) && !commonAcronym(name) && null,
  },
];

/** A web address used as a name ("Detik.com", "GovExec.com"). */
export const isWebDomain = (name: string) => /^\p{L}[\p{L}\d-]*\.(com|net|org|co\.uk|com\.au|de|fr|ru|id|in)$/iu.test(name);

const TIME_ZONE = new RegExp(`^${ZONE}$`);

/** An acronym of a thing, a measure or a time zone rather than of a body ("TV", "C.E.O.", "GB", "EDT"). */
export function commonAcronym(name: string): boolean {
  const bare = name.replace(/'s$/, '').replace(/\./g, '');
  const key = bare.toLowerCase();
  return COMMON_ACRONYMS.has(key) || TIME_ZONE.test(bare) || isTitleHead(key) || /^(Currency|Unit)$/.test(lexiconTag(key) ?? '');
}

/** Organization or location by the whole run alone, before any title is cut off. */
export function classifyWhole(text: string, ws: readonly Word[]): Whole | null {
  const cx: WholeCx = { text, ws, name: nameOf(text, ws), first: ws[0]!, last: ws[ws.length - 1]! };
  for (const rule of WHOLE_RULES) {
    const place = rule.test(cx);
    if (place !== false) return { kind: rule.kind, place, rule: rule.name, basis: rule.basis ?? 'text', firm: rule.firm ?? false };
  }
  return null;
}

/**
 * A name the gazetteer does not know, placed by its context: "the port of Aqaba", "the town of Caguas" (a kind of
 * place before "of"), "Kennebunkport, Maine" (a name followed by a comma and a known state or country), and
 * "Portadown, 30 miles southwest of Belfast" (a name followed by its distance from another place).
 */
export function placeByContext(doc: Document, ws: readonly Word[], i: number, run: readonly Word[]): { place: Place; rule: string } | null {
  if (run.length > 4 || run.some((w) => hasTag(w, 'Person') && hasTag(w, 'FirstName'))) return null;
  const name = nameOf(doc.text, run);
  const of = ws[i - 1];
  const kindWord = ws[i - 2];
  if (of?.key === 'of' && kindWord && PLACE_KINDS[kindWord.key] && !breaksAfter(kindWord)) {
    return { place: textPlace(name, PLACE_KINDS[kindWord.key]!), rule: 'kind-of-place' };
  }
  const region = regionAfterComma(doc, ws, run);
  if (region) return { place: textPlace(name, 'city', region.countryCode), rule: 'city-comma-region' };
  const last = run[run.length - 1]!;
  if (last.bareEnd === last.end && DISTANCE_FROM.test(doc.text.slice(last.end, last.end + 80))) return { place: textPlace(name, 'city'), rule: 'distance-apposition' };
  return null;
}

/** ", 30 miles (50 km) southwest of …", ", about 40 km from …": a distance from another place set off after a name. */
const DISTANCE_FROM = /^,\s*(?:about |some |nearly |roughly |just )?[\d,.]+\s*(?:-\s*)?(?:miles?|kilometers?|kilometres?|km|kms)\b[^,.;:]{0,30}?\b(?:north|south|east|west|northeast|northwest|southeast|southwest|from|outside)\b/i;

/** "Bethesda, Md.": a state abbreviation right after "City, ". */
export function stateAfterCity(ws: readonly Word[], i: number, run: readonly Word[]): Place | null {
  const before = ws[i - 1];
  if (run.length !== 1 || !before?.cap || !/^,\s*$/.test(before.post)) return null;
  const w = run[0]!;
  return /\./.test(w.text + w.post.slice(0, 1)) ? lookupStateAbbreviation(w.text) ?? null : null;
}

/** The state or country written after "Name, " ("Kennebunkport, Maine", "Paris, Texas", "Bethesda, Md."). */
export function regionAfterComma(doc: Document, ws: readonly Word[], run: readonly Word[]): Place | null {
  const last = run[run.length - 1]!;
  const after = ws[last.i + 1];
  if (!after || !/^,\s*$/.test(last.post) || !after.cap) return null;
  // the state or country may be one or two words ("Maine", "New Jersey", "Puerto Rico")
  for (const n of [2, 1]) {
    const tail = ws.slice(after.i, after.i + n);
    if (tail.length !== n || tail.slice(0, -1).some(breaksAfter)) continue;
    // the state or country must be the whole name after the comma ("Air China, China Eastern" is a list)
    const beyond = ws[after.i + n];
    if (beyond && beyond.cap && !breaksAfter(tail[n - 1]!)) continue;
    // "Airbus, Europe's biggest maker": a possessive is not a place written after a town
    if (tail[n - 1]!.bareEnd !== tail[n - 1]!.end) continue;
    const text = nameOf(doc.text, tail);
    const region = lookupPlace(text) ?? (n === 1 && /\./.test(tail[0]!.text + tail[0]!.post.slice(0, 1)) ? lookupStateAbbreviation(text) : undefined);
    if (region && (region.kind === 'state' || region.kind === 'country' || region.kind === 'region')) return region;
  }
  return null;
}

/**
 * Is the word before a run a title or honorific ("spokesman", "Mr.")? A lower-case rank after a title head counts
 * ("secretary general Ann Lee"), and so does the lower-case complement of "TITLE of" ("secretary of state Ann Lee").
 */
export function titleBefore(ws: readonly Word[], i: number): boolean {
  const prev = ws[i - 1];
  if (!prev || breaksAfter(prev)) return false;
  if (isTitleWord(prev) && (prev.cap || !ADJECTIVE_RANKS.has(prev.key))) return true;
  const before = ws[i - 2];
  if (ADJECTIVE_RANKS.has(prev.key) && !!before && !breaksAfter(before) && isTitleHead(before.key)) return true;
  return titleComplementBefore(ws, i) > 0;
}

/** "secretary of state Ann Lee": the lower-case title "HEAD of NOUN" right before ws[i], as its number of words (0: none). */
export function titleComplementBefore(ws: readonly Word[], i: number): number {
  const [head, of, noun] = [ws[i - 3], ws[i - 2], ws[i - 1]];
  if (!head || of?.key !== 'of' || !noun || [head, of, noun].some(breaksAfter)) return 0;
  return isTitleHead(head.key) && /^\p{Ll}+$/u.test(noun.text) && hasTag(noun, 'Noun') && !hasTag(noun, 'Pronoun') ? 3 : 0;
}

/**
 * "the Syrian ambassador to Washington, Ann Lee", "one of its top leaders, Ann Lee": a title (or plural title) ends
 * the phrase set off by the comma right before ws[i], at most a preposition and a capitalized name after it.
 */
function titleBeforeComma(ws: readonly Word[], i: number): boolean {
  const prev = ws[i - 1];
  if (!prev || !/^,\s*$/.test(prev.post)) return false;
  let k = i - 1;
  // "… to Washington, ": a capitalized name after a preposition
  let c = k;
  while (c > k - 3 && c >= 0 && ws[c]!.cap && (c === k || !breaksAfter(ws[c]!))) c--;
  if (c < k && c >= 0 && /^(to|for|of|at|in)$/.test(ws[c]!.key) && !breaksAfter(ws[c]!)) k = c - 1;
  const w = ws[k];
  if (!w || (k !== i - 1 && breaksAfter(w)) || w.cap) return false;
  const one = w.key.replace(/men$/, 'man').replace(/ies$/, 'y').replace(/s$/, '');
  return isTitleHead(w.key) || (w.key !== one && isTitleHead(one)) || isOccupationNoun(w.text, w.key, (tag) => hasTag(w, tag));
}

/** Nouns for a person's own circle, after a possessive name ("Ann Lee's assassin", "Ann Lee's point man"). */
const PERSONAL = new Set([...KINSHIP, 'friend', 'assassin', 'killer', 'murderer', 'bodyguard', 'lover', 'biographer', 'man', 'woman']);

/** "Ann Lee's brother", "Ann Lee's point man": a possessive name before a noun of kinship or of a person's circle. */
function personalAfter(ws: readonly Word[], last: Word): boolean {
  if (!/'s$/i.test(last.text) || breaksAfter(last)) return false;
  for (let k = last.i + 1; k <= last.i + 2 && ws[k]; k++) {
    const w = ws[k]!;
    if (w.cap) return false;
    if (PERSONAL.has(w.key)) return true;
    if (breaksAfter(w)) return false;
  }
  return false;
}

/** "Hungarian astronaut Ann Lee": a lower-case noun of occupation outside the listed titles right before ws[i]. */
function occupationBefore(ws: readonly Word[], i: number): boolean {
  const prev = ws[i - 1];
  return !!prev && !breaksAfter(prev) && isOccupationNoun(prev.text, prev.key, (tag) => hasTag(prev, tag));
}

/** Ranks that are ordinary adjectives when written in lower case ("three major US indices"). */
const ADJECTIVE_RANKS = new Set(['major', 'general', 'private', 'first', 'chief']);

const SPEECH = /^(said|says|told|added|asked|explained|wrote|according)$/;

/** Prepositions of place: a name right after one is a place, not a person, unless it carries a first name. */
export const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'across', 'throughout', 'around', 'inside']);

/** Prepositions after which a name is not the speaker of the next verb ("the CEO of Northwind Commercial Vehicles said"). */
const OBJECT_OF = /^(of|for|at|with|from|by|to|in|on|into|against)$/;

/** Is the phrase at all[k] a title, as in "Name, the Japanese minister of finance," or "Name, minister of transport"? */
function titleApposition(all: readonly Word[], k: number): boolean {
  if (/^(a|an|the)$/.test(all[k]?.key ?? '')) k++;
  for (let n = 0; n < 5 && k + n < all.length; n++) {
    const w = all[k + n]!;
    // "O'Smach, the last major outpost": a rank written in lower case before a noun is an adjective
    const adjective = !w.cap && ADJECTIVE_RANKS.has(w.key) && !breaksAfter(w) && /^\p{Ll}/u.test(all[k + n + 1]?.text ?? '');
    if (isTitleHead(w.key) && !adjective) return true;
    if (breaksAfter(w) || /^(Verb|PastTense|PresentTense|Infinitive|Gerund|Copula|Modal|Auxiliary|Preposition|Conjunction)$/.test(lexiconTag(w.key) ?? '')) return false;
  }
  return false;
}

interface PersonCx {
  ws: readonly Word[];
  all: readonly Word[];
  i: number;
  last: Word;
  prev: Word | undefined;
  next: Word | undefined;
}

/** A row of PERSON_RULES: when `test` holds, the run is a person (`person: true`) or is not one. */
interface PersonRule {
  name: string;
  person: boolean;
  basis?: MentionBasis;
  test: (cx: PersonCx) => boolean;
  reason: string;
}

const PERSON_RULES: readonly PersonRule[] = [
  { name: 'after-title', person: true, reason: 'a title or honorific right before it ("spokesman Dmitry Peskov", "Mr. Schwarz")', test: ({ all, i }) => titleBefore(all, i) },
  { name: 'after-occupation', person: true, reason: 'two words or more right after a lower-case noun of occupation ("astronaut Ann Lee")', test: ({ ws, all, i }) => ws.length >= 2 && occupationBefore(all, i) && !ws.some((w) => hasTag(w, 'Organization')) },
  { name: 'title-before-comma', person: true, reason: 'two words or more after a title phrase and a comma ("the Syrian ambassador to Washington, Ann Lee")', test: ({ ws, all, i }) => ws.length >= 2 && titleBeforeComma(all, i) && !ws.some((w) => hasTag(w, 'Organization') || hasTag(w, 'Place')) },
  { name: 'possessive-personal', person: true, reason: 'two words or more, possessive, before a noun of kinship or of a person\'s circle ("Ann Lee\'s assassin")', test: ({ ws, all, last }) => ws.length >= 2 && personalAfter(all, last) && !ws.some((w) => hasTag(w, 'Organization')) },
  { name: 'numbered-model', person: false, reason: 'a model or product with a number ("Flight 574", "Trent 900")', test: ({ next, last }) => !!next && /^\d/.test(next.text) && !breaksAfter(last) },
  { name: 'gathering', person: false, reason: 'a conference, summit or fair ("Worldwide Developers Conference")', test: ({ ws, last }) => ws.length > 1 && EVENT_TAIL.has(last.key) },
  { name: 'facility', person: false, reason: 'a building or site named after a person ("Everett Factory")', test: ({ last }) => FACILITY_TAIL.has(last.key) },
  { name: 'after-locative', person: false, reason: 'right after a preposition of place, without a first name or honorific ("in Jackson")', test: ({ ws, prev }) => LOCATIVE.has(prev?.key ?? '') && !hasTag(ws[0]!, 'FirstName') && !hasTag(ws[0]!, 'Honorific') },
  {
    name: 'tagged-person', person: true, basis: 'tags', reason: 'a word tagged as a person\'s name by the parser, none as a place or demonym',
    test: ({ ws }) => ws.some((w) => hasTag(w, 'Person') || hasTag(w, 'FirstName') || hasTag(w, 'LastName')) && !ws.some((w) => hasTag(w, 'Place') && !hasTag(w, 'Person')) && !ws.some((w) => hasTag(w, 'Demonym')),
  },
  {
    name: 'hyphenated-given-name', person: true, reason: 'an East Asian given name, with a hyphen and a lower-case second part ("Kim Jong-un", "Cho Sun-hui")',
    test: ({ ws }) => ws.length >= 2 && ws.some((w) => {
      const m = w.text.slice(0, w.bareEnd - w.start).match(/^\p{Lu}\p{Ll}+-(\p{Ll}{1,4})$/u);
      return !!m && !lexiconTag(m[1]!);
    }),
  },
  { name: 'speaker', person: true, reason: 'two words or more before "said", "told"…, not after "of", "for"… ("the CEO of Northwind Commercial Vehicles said")', test: ({ ws, next, prev }) => ws.length >= 2 && !!next && SPEECH.test(next.key) && !OBJECT_OF.test(prev?.key ?? '') },
  { name: 'speaker', person: true, reason: 'after an attribution verb, with an apposition ("…, says Nasser Tahboub, a Jordanian")', test: ({ ws, prev, next }) => ws.length >= 2 && !!prev && SPEECH.test(prev.key) && /,/.test(ws[ws.length - 1]!.post) && /^(a|an|the)$/.test(next?.key ?? '') },
  {
    name: 'title-apposition', person: true, reason: 'a title in apposition ("Kaoru Yosano, the Japanese minister of fiscal policy,")',
    test: ({ ws, all, i, last }) => ws.length >= 2 && /^,\s*$/.test(last.post) && !ws.some((w) => hasTag(w, 'Organization') || hasTag(w, 'Place')) && titleApposition(all, i + ws.length),
  },
  { name: 'age-apposition', person: true, reason: 'an age right after the name ("Name, 52,")', test: ({ ws, last, next }) => ws.length >= 2 && /,/.test(last.post) && !!next && /^\d{1,3}$/.test(next.text) && /^(?:,|\.|\)|$)/.test(next.post) },
];

/** A row of COMPANY_CUES: the words around a run that make it an organization. */
interface CompanyCue {
  name: string;
  test: (ws: readonly Word[], i: number, run: readonly Word[]) => boolean;
  reason: string;
}

const lower = (w: Word | undefined) => !!w && !w.cap;
const COMPANY_CUES: readonly CompanyCue[] = [
  {
    name: 'company-noun-before', reason: 'a noun for a company right before it ("automaker Chrysler", "consulting firm Accenture", "the plane maker, Airbus,")',
    test: (ws, i, run) => lower(ws[i - 1]) && COMPANY_NOUNS.has(ws[i - 1]!.key) && (!breaksAfter(ws[i - 1]!) || (/^,\s*$/.test(ws[i - 1]!.post) && /^[,.]/.test(run[run.length - 1]!.post))),
  },
  {
    name: 'company-part-after', reason: 'its officers, stock or people after it ("Apple CEO Steve Jobs", "Chrysler shares", "Acme\'s shareholders"); a person may own shares too ("Jo Park\'s shares")',
    test: (ws, i, run) => {
      const last = run[run.length - 1]!;
      const next = ws[i + run.length];
      const key = next?.key.replace(/\./g, '') ?? '';
      const possessive = last.bareEnd !== last.end;
      // "Airbus chief executive Noel Forgeard"
      const officer = key === 'chief' && /^(executive|financial|operating|technology|information)$/.test(ws[i + run.length + 1]?.key ?? '');
      return !!next && !(breaksAfter(last) && !possessive) && (COMPANY_PARTS.has(key) || officer) && !(possessive && /^(shares?|stock|stake)$/.test(key));
    },
  },
  { name: 'company-maker', reason: 'the agent of making ("made by Airbus", "built by Acme")', test: (ws, i) => ws[i - 1]?.key === 'by' && /^(made|built|manufactured|produced|designed)$/.test(ws[i - 2]?.key ?? '') },
  { name: 'company-of', reason: '"shares of Apple", "a stake in Chrysler"', test: (ws, i) => /^(of|in)$/.test(ws[i - 1]?.key ?? '') && (lower(ws[i - 2]) || i === 2) && COMPANY_OF.has(ws[i - 2]?.key ?? '') },
  {
    name: 'company-apposition', reason: 'an apposition headed by a noun for a company ("Airbus, the European plane maker,", "Acme, a unit of …")',
    test: (ws, i, run) => {
      const last = run[run.length - 1]!;
      if (!/^,\s*$/.test(last.post)) return false;
      let k = i + run.length;
      if (!/^(a|an|the)$/.test(ws[k]?.key ?? '') && !/'s$/.test(ws[k]?.text ?? '')) return false;
      for (let n = 0; n < 6 && ws[k + n]; n++) {
        const w = ws[k + n]!;
        if (COMPANY_NOUNS.has(w.key) && !w.cap) return true;
        if (n > 0 && breaksAfter(ws[k + n - 1]!)) return false;
      }
      return false;
    },
  },
];

/** A word that is a name by itself, not a common word of the lexicon, a number or an amount ("Acme", not "Global", "C$900"). */
export function properWord(w: Word): boolean {
  return !['Adjective', 'Adverb', 'Verb', 'Pronoun', 'Conjunction', 'Preposition', 'Determiner'].some((t) => hasTag(w, t)) && /^(Organization|ProperNoun|\w*Name|Person)?$/.test(lexiconTag(w.key) ?? '') && !/(tion|sion|ment|ness|ship)$/.test(w.key) && !/[\d$€£¥]/.test(w.text) && /\p{L}{2}/u.test(w.text);
}

/** The company cue around the run ws[i…] ("automaker Chrysler", "Apple CEO"), if any: a run that opens with no first name and has no title. */
export function companyCue(ws: readonly Word[], i: number, run: readonly Word[]): string | null {
  if (run.length > 4 || hasTag(run[0]!, 'FirstName') || run.some((w) => hasTag(w, 'Honorific') || hasTag(w, 'Demonym') || isTitleWord(w) || !properWord(w))) return null;
  return COMPANY_CUES.find((c) => c.test(ws, i, run))?.name ?? null;
}

/** The person rule the run `ws` at all[i] meets, or null: the first row that holds decides. */
export function personRule(ws: readonly Word[], all: readonly Word[], i: number): { rule: string; basis: MentionBasis } | null {
  const cx: PersonCx = { ws, all, i, last: ws[ws.length - 1]!, prev: all[i - 1], next: all[i + ws.length] };
  const row = PERSON_RULES.find((r) => r.test(cx));
  return row?.person ? { rule: row.name, basis: row.basis ?? 'text' } : null;
}

/** A demonym of one or two words at ws[i] ("Japanese", "North American"), within the run [i, j). */
export function demonymAt(text: string, ws: readonly Word[], i: number, j: number): { words: number; place: Place } | null {
  for (const n of [2, 1]) {
    if (i + n > j || ws.slice(i, i + n - 1).some(breaksAfter)) continue;
    const last = ws[i + n - 1]!;
    if (last.bareEnd !== last.end || /-/.test(last.text)) continue;
    const place = placeOfDemonym(nameOf(text, ws.slice(i, i + n)));
    if (place) return { words: n, place };
  }
  return null;
}

/**
 * The place a public body belongs to, written at the start of its name: "the US Air Force", "the United States
 * Senate", "the New York Police Department". A company's name is not read this way ("Air Canada", "Japan Airlines").
 */
export function placeInBody(text: string, run: readonly Word[]): { words: Word[]; place: Place } | null {
  if (run.length < 2 || !PUBLIC_BODIES.has(run[run.length - 1]!.key)) return null;
  for (let n = Math.min(3, run.length - 1); n >= 1; n--) {
    const words = run.slice(0, n);
    if (words.slice(0, -1).some(breaksAfter)) continue;
    const place = lookupPlace(nameOf(text, words));
    if (place && place.kind !== 'other' && place.kind !== 'feature') return { words, place };
  }
  return null;
}
