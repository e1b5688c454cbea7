/**
 * Proper-name mentions: capitalized runs of words, cut and classified as person, organization or location.
 * Shared by the actor, location, age and role extractors, so the text is scanned for names once.
 */
import { lexiconTag, type Document, type Token } from '../nlp/document.js';
import { lookupPlace, lookupStateAbbreviation, textPlace, type Place } from '../geo/gazetteer.js';
import { placeOfDemonym } from '../geo/demonyms.js';
import { HONORIFICS, INSTITUTIONS, NAME_PARTICLES, NAME_SUFFIXES, OF_HEADS, ORG_HEADS, PLACE_KINDS, PUBLIC_BODIES, QUALIFIERS, isTitleHead } from './lexicon.js';
import { MONTH_WORDS, WEEKDAY_NAMES, isWeekdayName } from '../time/lexicon.js';
import type { Mention, MentionBasis, MentionKind, NameAnalysis, Word } from '../findings.js';
import { kindsByAlias } from './name-aliases.js';

const hasTag = (w: Word, tag: string) => w.tokens.some((t) => t.tags.has(tag));
const isCap = (s: string) => /^\p{Lu}/u.test(s);
const FEATURE_TAIL = new Set(['river', 'lake', 'mountains', 'mountain', 'island', 'islands', 'sea', 'ocean', 'bay', 'strait', 'valley', 'desert', 'peninsula', 'coast', 'canal', 'hills', 'plateau', 'park', 'airport', 'square', 'bridge', 'dam', 'glacier', 'volcano', 'reef', 'falls']);
/** Legal suffixes that end a company's name ("Inc.", "LLC"). */
const CORPORATE_SUFFIXES = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'ag', 'gmbh', 'nv', 'sa', 'llp', 'lp']);
/** Last words of buildings and sites, which are named after people but are not people ("Everett Factory"). */
const FACILITY_TAIL = new Set(['factory', 'terminal', 'building', 'stadium', 'arena', 'hotel', 'mall', 'facility', 'headquarters', 'prison', 'shipyard', 'refinery', 'plaza']);
const FEATURE_HEAD = new Set(['lake', 'mount', 'mt', 'gulf', 'cape', 'isle', 'port', 'fort']);
const CALENDAR_WORDS = new Set<string>([...MONTH_WORDS, ...WEEKDAY_NAMES]);
const FUNCTION_TAGS = /^(Preposition|Determiner|Conjunction|Pronoun|Adverb|QuestionWord|Copula|Modal)$/;
const isFunctionWord = (w: Word) =>
  FUNCTION_TAGS.test(lexiconTag(w.key) ?? '') && !/^\p{Lu}+$/u.test(w.text) &&
  !w.tokens.some((t) => t.tags.has('Person') || t.tags.has('Place') || t.tags.has('Organization'));

export function words(doc: Document): Word[][] {
  return doc.sentences.map((s) => {
    const out: Word[] = [];
    for (let k = s.first; k < s.last; k++) {
      const group: Token[] = [doc.tokens[k]!];
      while (k + 1 < s.last && /^[-‐]$/.test(doc.tokens[k]!.post) && doc.tokens[k + 1]!.start === doc.tokens[k]!.end + 1) {
        group.push(doc.tokens[++k]!);
      }
      const first = group[0]!;
      const last = group[group.length - 1]!;
      // the dot of an abbreviation or initial belongs to the word ("Jr.", "Inc.", "F.")
      const dot = last.post.startsWith('.') && (last.tags.has('Abbreviation') || /^\p{Lu}$/u.test(last.text)) ? 1 : 0;
      const text = doc.text.slice(first.start, last.end + dot);
      // "London-based", "Soviet-made": an adjective built on a name, not a name
      const compound = /-\p{Ll}+$/u.test(text) && /^(Verb|PastTense|Participle|Adjective|Gerund)$/.test(lexiconTag(text.slice(text.lastIndexOf('-') + 1)) ?? '');
      const bareEnd = /'s$/i.test(text) ? last.end - 2 : last.end + dot;
      out.push({
        start: first.start, end: last.end + dot, text, bareEnd, key: text.slice(0, bareEnd - first.start).toLowerCase().replace(/\.$/, ''),
        tokens: group, cap: isCap(text) && !compound, post: '', sentence: s.index, i: out.length,
      });
    }
    // what stands between two words, as written: compromise splits brackets between one's post and the next one's pre
    for (let k = 0; k < out.length; k++) out[k]!.post = doc.text.slice(out[k]!.end, k + 1 < out.length ? out[k + 1]!.start : s.end);
    return out;
  });
}

/** Does the space after a word end a name? Commas, brackets, quotes and dashes do; the dot of an abbreviation does not. */
function breaksAfter(w: Word): boolean {
  return /[,;:()[\]"!?—–]|\s-\s/.test(w.post) || /^'/.test(w.post);
}

function isTitleWord(w: Word): boolean {
  return isTitleHead(w.key) || HONORIFICS.has(w.key);
}

/** Words a sentence may start with that are not names, although capitalized. */
function commonAtStart(w: Word): boolean {
  if (w.tokens.some((t) => t.tags.has('Person') || t.tags.has('Place') || t.tags.has('Organization'))) return false;
  const tag = lexiconTag(w.key);
  if (tag && !/Person|Name|Place|City|Country|Region|Organization|ProperNoun/.test(tag)) return true;
  return !w.tokens.some((t) => t.tags.has('ProperNoun'));
}

/** A word that is a place or an institution by itself ("Kremlin", "Moscow"), even at the start of a sentence. */
function knownAlone(w: Word): boolean {
  return INSTITUTIONS.has(w.key) || !!lookupPlace(w.text.slice(0, w.bareEnd - w.start));
}

/** Lower-case words that extend a place into a feature ("the Pacific coast", "the Gulf coast"). */
const PLACE_EXTENSIONS = new Set(['coast', 'coastline', 'shore', 'seaboard', 'basin', 'rim']);

/** Find the capitalized runs of a sentence: [start word index, end word index) pairs. */
function runs(ws: Word[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < ws.length) {
    if (!ws[i]!.cap || /^\d/.test(ws[i]!.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < ws.length) {
      const prev = ws[j - 1]!;
      const next = ws[j]!;
      if (/'s$/i.test(prev.text)) break;
      // a company's legal suffix ends its name: "Chrysler LLC Jim Press" is a company and a person
      if (CORPORATE_SUFFIXES.has(prev.key) && next.cap && !CORPORATE_SUFFIXES.has(next.key)) break;
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

function makeMention(kind: MentionKind, ws: Word[], text: string, title: Word[], place: Place | null, rule: string, basis: MentionBasis = 'text'): Mention {
  const first = ws[0]!;
  const last = ws[ws.length - 1]!;
  return { kind, start: first.start, end: last.bareEnd, text: text.slice(first.start, last.bareEnd), words: ws, sentence: first.sentence, title, place, basis, rule };
}

const nameOf = (text: string, ws: Word[]) => text.slice(ws[0]!.start, ws[ws.length - 1]!.bareEnd);
const isAcronym = (s: string) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(s);

/** Organization or location by the whole run alone, before any title is cut off. */
function classifyWhole(text: string, ws: Word[]): { kind: MentionKind; place: Place | null; rule: string; basis?: MentionBasis } | null {
  const name = nameOf(text, ws);
  const last = ws[ws.length - 1]!;
  const first = ws[0]!;
  const place = lookupPlace(name);
  // a city written in capitals is a dateline only at the start of a sentence ("MOSCOW (AP) —"); elsewhere the
  // capitals spell an acronym ("the GAO" is not Gao, Mali)
  const capitals = place?.kind === 'city' && !/\p{Ll}/u.test(name) && place.name !== name && first.i > 0;
  if (place && !capitals) return { kind: 'location', place, rule: 'gazetteer' };
  const lower = name.toLowerCase();
  if (INSTITUTIONS.has(lower) && (ws.length > 1 || !isAcronym(lower.toUpperCase()) || isAcronym(name))) return { kind: 'organization', place: null, rule: 'institution' };
  // "Jim Press" is a person whose surname is an organization's head word
  const personLike = ws.length === 2 && hasTag(first, 'FirstName') && hasTag(last, 'LastName');
  if (ws.length > 1 && ORG_HEADS.has(last.key) && !personLike) return { kind: 'organization', place: null, rule: 'organization-head' };
  if (ws.length > 1 && FEATURE_TAIL.has(last.key)) return { kind: 'location', place: textPlace(name, 'feature'), rule: 'feature-word' };
  if (ws.length > 1 && FEATURE_HEAD.has(first.key)) return { kind: 'location', place: textPlace(name, 'feature'), rule: 'feature-word' };
  if (ws.length > 1 && PLACE_KINDS[last.key]) {
    const inner = lookupPlace(nameOf(text, ws.slice(0, -1)));
    return { kind: 'location', place: textPlace(name, PLACE_KINDS[last.key]!, inner?.countryCode ?? null), rule: 'region-word' };
  }
  if (ws.every((w) => hasTag(w, 'Organization')) && !ws.some((w) => hasTag(w, 'Person'))) return { kind: 'organization', place: null, rule: 'tagged-organization', basis: 'tags' };
  if (isAcronym(name.replace(/'s$/, '')) && ws.length === 1 && !HONORIFICS.has(last.key) && !isTitleHead(last.key)) return { kind: 'organization', place: null, rule: 'acronym' };
  return null;
}

/**
 * A name the gazetteer does not know, placed by its context: "the port of Aqaba", "the town of Caguas" (a kind of
 * place before "of"), and "Kennebunkport, Maine" (a name followed by a comma and a known state or country).
 */
function placeByContext(doc: Document, ws: Word[], i: number, run: Word[]): { place: Place; rule: string } | null {
  if (run.length > 4 || run.some((w) => hasTag(w, 'Person') && hasTag(w, 'FirstName'))) return null;
  const name = nameOf(doc.text, run);
  const of = ws[i - 1];
  const kindWord = ws[i - 2];
  if (of?.key === 'of' && kindWord && PLACE_KINDS[kindWord.key] && !breaksAfter(kindWord)) {
    return { place: textPlace(name, PLACE_KINDS[kindWord.key]!), rule: 'kind-of-place' };
  }
  const region = regionAfterComma(doc, ws, run);
  if (region) return { place: textPlace(name, 'city', region.countryCode), rule: 'city-comma-region' };
  return null;
}

/** "Bethesda, Md.": a state abbreviation right after "City, ". */
function stateAfterCity(ws: Word[], i: number, run: Word[]): Place | null {
  const before = ws[i - 1];
  if (run.length !== 1 || !before?.cap || !/^,\s*$/.test(before.post)) return null;
  const w = run[0]!;
  return /\./.test(w.text + w.post.slice(0, 1)) ? lookupStateAbbreviation(w.text) ?? null : null;
}

/** The state or country written after "Name, " ("Kennebunkport, Maine", "Paris, Texas", "Bethesda, Md."). */
function regionAfterComma(doc: Document, ws: Word[], run: Word[]): Place | null {
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

/** Is the word before a run a title or honorific ("spokesman", "Mr.")? */
function titleBefore(ws: Word[], i: number): boolean {
  const prev = ws[i - 1];
  return !!prev && !breaksAfter(prev) && isTitleWord(prev) && (prev.cap || !ADJECTIVE_RANKS.has(prev.key));
}

/** Ranks that are ordinary adjectives when written in lower case ("three major US indices"). */
const ADJECTIVE_RANKS = new Set(['major', 'general', 'private', 'first', 'chief']);

const SPEECH = /^(said|says|told|added|asked|explained|wrote|according)$/;

/** Prepositions of place: a name right after one is a place, not a person, unless it carries a first name. */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'across', 'throughout', 'around', 'inside']);

/** Prepositions after which a name is not the speaker of the next verb ("the CEO of Boeing Commercial Airplanes said"). */
const OBJECT_OF = /^(of|for|at|with|from|by|to|in|on|into|against)$/;

/** Is the phrase at all[k] a title, as in "Name, the Japanese minister of finance," or "Name, minister of transport"? */
function titleApposition(all: Word[], k: number): boolean {
  if (/^(a|an|the)$/.test(all[k]?.key ?? '')) k++;
  for (let n = 0; n < 5 && k + n < all.length; n++) {
    const w = all[k + n]!;
    if (isTitleHead(w.key)) return true;
    if (breaksAfter(w) || /^(Verb|PastTense|PresentTense|Infinitive|Gerund|Copula|Modal|Auxiliary|Preposition|Conjunction)$/.test(lexiconTag(w.key) ?? '')) return false;
  }
  return false;
}

/** The one person rule that rests on the parser's tags alone. */
const TAGGED_PERSON = 'tagged-person';

function looksLikePerson(ws: Word[], all: Word[], i: number): string | null {
  if (titleBefore(all, i)) return 'after-title';
  const last = ws[ws.length - 1]!;
  const next = all[i + ws.length];
  // a model or product with a number ("Flight 574", "Trent 900") and a building ("Everett Factory") are not people
  if (next && /^\d/.test(next.text) && !breaksAfter(last)) return null;
  if (FACILITY_TAIL.has(last.key)) return null;
  if (LOCATIVE.has(all[i - 1]?.key ?? '') && !hasTag(ws[0]!, 'FirstName') && !hasTag(ws[0]!, 'Honorific')) return null;
  const tagged = ws.filter((w) => hasTag(w, 'Person') || hasTag(w, 'FirstName') || hasTag(w, 'LastName')).length;
  const placey = ws.some((w) => hasTag(w, 'Place') && !hasTag(w, 'Person'));
  if (tagged && !placey && !ws.some((w) => hasTag(w, 'Demonym'))) return TAGGED_PERSON;
  // East Asian given names are written with a hyphen and a lower-case second part: "Kim Jong-un", "Cho Sun-hui"
  if (ws.length >= 2 && ws.some((w) => {
    const m = w.text.slice(0, w.bareEnd - w.start).match(/^\p{Lu}\p{Ll}+-(\p{Ll}{1,4})$/u);
    return m && !lexiconTag(m[1]!);
  })) return 'hyphenated-given-name';
  const prev = all[i - 1];
  if (ws.length >= 2 && next && SPEECH.test(next.key) && !OBJECT_OF.test(prev?.key ?? '')) return 'speaker';
  // "…, says Nasser Tahboub, a Jordanian": a name after an attribution verb, with an apposition
  if (ws.length >= 2 && prev && SPEECH.test(prev.key) && /,/.test(ws[ws.length - 1]!.post) && /^(a|an|the)$/.test(next?.key ?? '')) return 'speaker';
  // "Kaoru Yosano, the Japanese minister of fiscal policy," — a title in apposition
  if (ws.length >= 2 && /^,\s*$/.test(last.post) && !ws.some((w) => hasTag(w, 'Organization') || hasTag(w, 'Place')) && titleApposition(all, i + ws.length)) return 'title-apposition';
  // "Name, 52," — an age right after a name
  if (ws.length >= 2 && /,/.test(last.post) && next && /^\d{1,3}$/.test(next.text) && /,|\.|$/.test(next.post)) return 'age-apposition';
  return null;
}

/** A demonym of one or two words at ws[i] ("Japanese", "North American"), within the run [i, j). */
function demonymAt(text: string, ws: Word[], i: number, j: number): { words: number; place: Place } | null {
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
function placeInBody(text: string, run: Word[]): { words: Word[]; place: Place } | null {
  if (run.length < 2 || !PUBLIC_BODIES.has(run[run.length - 1]!.key)) return null;
  for (let n = Math.min(3, run.length - 1); n >= 1; n--) {
    const words = run.slice(0, n);
    if (words.slice(0, -1).some(breaksAfter)) continue;
    const place = lookupPlace(nameOf(text, words));
    if (place && place.kind !== 'other' && place.kind !== 'feature') return { words, place };
  }
  return null;
}

export function analyzeNames(doc: Document): NameAnalysis {
  const all = words(doc);
  const mentions: Mention[] = [];
  // runs whose first word was dropped as a sentence-initial capital, to restore when the article names them in full
  const trimmed: Array<{ words: Word[]; at: number }> = [];
  all.forEach((ws) => {
    for (let [i, j] of runs(ws)) {
      // a leading article, preposition or other function word is not part of a name
      while (i < j && (/^(the|a|an)$/.test(ws[i]!.key) || isFunctionWord(ws[i]!))) i++;
      // a demonym opening the run names its country or region ("Japanese officials", "the Canadian Government"),
      // but not inside a company's name ("American Airlines")
      const demonym = i < j ? demonymAt(doc.text, ws, i, j) : null;
      if (demonym) {
        const rest = ws.slice(i + demonym.words, j);
        const org = rest.length ? classifyWhole(doc.text, ws.slice(i, j)) : null;
        if (!org || org.kind !== 'organization' || PUBLIC_BODIES.has(ws[j - 1]!.key)) {
          mentions.push(makeMention('location', ws.slice(i, i + demonym.words), doc.source, [], demonym.place, 'demonym', 'demonym'));
        }
        if (!rest.length) continue;
      }
      // a sentence-initial capital on a common word ("Today", "Photos", "However")
      const firstOfSentence = i === 0 || (i === 1 && /^["'(]/.test(ws[0]!.text));
      // …unless it opens an organization's name ("National Steel Corp.", "Democratic Party")
      const opensOrg = j - i > 1 && ORG_HEADS.has(ws[j - 1]!.key) && /^(Adjective|Comparative|Superlative|Noun|Singular|Plural|Uncountable)?$/.test(lexiconTag(ws[i]!.key) ?? '') && !ws[i]!.tokens.some((t) => t.tags.has('Date'));
      // …or the whole run reads as a person ("Margalit Har-Shefi, 22, has pleaded…")
      const personAtStart = j - i > 1 && !!looksLikePerson(ws.slice(i, j), ws, i) && !hasTag(ws[i]!, 'Demonym');
      if (i < j && (i === 0 || firstOfSentence) && !opensOrg && !personAtStart && commonAtStart(ws[i]!) && !isTitleWord(ws[i]!) && !knownAlone(ws[i]!)) {
        if (j - i > 1) trimmed.push({ words: ws.slice(i, j), at: mentions.length });
        // kept aside: a lone word here may still be a person named in full elsewhere ("Barra, 51, will lead…")
        if (j - i === 1 && !lexiconTag(ws[i]!.key)) mentions.push(makeMention('unknown', [ws[i]!], doc.source, [], null, 'sentence-initial'));
        i++;
      }
      // days and months are dates, not names
      while (i < j && (ws[i]!.tokens.every((t) => t.tags.has('Date') || t.tags.has('Month') || t.tags.has('WeekDay')) || (CALENDAR_WORDS.has(ws[i]!.key) && !titleBefore(ws, i)))) i++;
      if (i >= j) continue;
      let run = ws.slice(i, j);
      // trailing particles or "of" left dangling
      while (run.length && (NAME_PARTICLES.has(run[run.length - 1]!.key) || run[run.length - 1]!.key === 'of' || isWeekdayName(run[run.length - 1]!.key) || (run.length > 1 && isFunctionWord(run[run.length - 1]!)))) run = run.slice(0, -1);
      if (!run.length) continue;

      const state = stateAfterCity(ws, i, run);
      if (state) {
        mentions.push(makeMention('location', run, doc.source, [], state, 'state-abbreviation'));
        continue;
      }
      const whole = classifyWhole(doc.text, run);
      // a title before a name that is also a place or a tagged organization makes it a person ("President Jackson");
      // an organization by its head word stays one ("the official Middle East News Agency")
      if (whole && (!titleBefore(ws, i) || whole.rule === 'organization-head' || whole.rule === 'institution' || whole.rule === 'feature-word')) {
        const ext = ws[j];
        if (whole.kind === 'location' && ext && PLACE_EXTENSIONS.has(ext.key) && !breaksAfter(run[run.length - 1]!)) {
          const ws2 = [...run, ext];
          const name = nameOf(doc.text, ws2);
          mentions.push(makeMention('location', ws2, doc.source, [], textPlace(name, 'feature', whole.place?.countryCode ?? null), 'place-feature'));
          continue;
        }
        // "Paris, Texas": a known city placed in another state or country by the text itself
        const region = whole.place?.kind === 'city' ? regionAfterComma(doc, ws, run) : null;
        if (region && region.countryCode && region.countryCode !== whole.place!.countryCode) {
          const name = nameOf(doc.text, run);
          mentions.push(makeMention('location', run, doc.source, [], textPlace(name, 'city', region.countryCode), 'city-comma-region'));
          continue;
        }
        mentions.push(makeMention(whole.kind, run, doc.source, [], whole.place, whole.rule, whole.basis));
        if (whole.kind === 'organization') {
          const inside = placeInBody(doc.text, run);
          if (inside) mentions.push(makeMention('location', inside.words, doc.source, [], inside.place, 'place-in-organization'));
        }
        continue;
      }
      // a title written in capitals before the name: cut it off ("Foreign Minister Cho Sun-hui")
      let cut = -1;
      for (let k = 0; k < run.length - 1; k++) if (isTitleWord(run[k]!) || (run[k]!.key === 'of' && k > 0 && isTitleWord(run[k - 1]!))) cut = k;
      // "Secretary of State John Kerry": the word after "of" belongs to the title
      if (cut >= 0 && run[cut + 1]?.key === 'of' && run.length > cut + 3) cut += 2;
      else if (cut >= 0 && run[cut]!.key === 'of' && run.length > cut + 2) cut += 1;
      // "Chief Constable Stephen Watson": a title word we do not list, between a listed one and a first name
      while (cut >= 0 && run.length > cut + 3 && !hasTag(run[cut + 1]!, 'FirstName') && hasTag(run[cut + 2]!, 'FirstName')) cut++;
      const title = cut >= 0 ? run.slice(0, cut + 1) : [];
      const name = cut >= 0 ? run.slice(cut + 1) : run;
      // names end before a suffix-less title word ("Peskov Spokesman" is rare; leave as is)
      const inner = title.length ? classifyWhole(doc.text, name) : null;
      if (inner && inner.kind !== 'person' && !title.some((w) => HONORIFICS.has(w.key))) {
        mentions.push(makeMention(inner.kind, name, doc.source, [], inner.place, inner.rule, inner.basis));
        continue;
      }
      // "the CEO of Boeing Commercial Airplanes": a name after "<title> of" is the title's organization
      const ofTitle = ws[i - 1]?.key === 'of' && !!ws[i - 2] && isTitleWord(ws[i - 2]!) && !breaksAfter(ws[i - 2]!);
      if (!title.length && ofTitle && !run.some((w) => hasTag(w, 'FirstName'))) {
        mentions.push(makeMention('organization', run, doc.source, [], null, 'organization-after-title'));
        continue;
      }
      const personRule = title.length ? (title.some((w) => HONORIFICS.has(w.key)) ? 'after-honorific' : 'after-title') : looksLikePerson(name, ws, i);
      if (personRule) {
        mentions.push(makeMention('person', name, doc.source, title, null, personRule, personRule === TAGGED_PERSON ? 'tags' : 'text'));
        continue;
      }
      if (whole) {
        mentions.push(makeMention(whole.kind, run, doc.source, [], whole.place, whole.rule, whole.basis));
        continue;
      }
      if (run.length === 1 && NAME_SUFFIXES.has(run[0]!.key)) continue;
      const place = placeByContext(doc, ws, i, run);
      if (place) {
        mentions.push(makeMention('location', run, doc.source, [], place.place, place.rule));
        continue;
      }
      if (LOCATIVE.has(ws[i - 1]?.key ?? '') && !title.length && run.length >= 2 && run.length <= 3 && !run.some((w) => hasTag(w, 'Demonym'))) {
        const name = nameOf(doc.text, run);
        mentions.push(makeMention('location', run, doc.source, [], textPlace(name, 'other'), 'after-locative'));
        continue;
      }
      if (run.every((w) => QUALIFIERS.has(w.key) || isTitleWord(w))) continue;
      mentions.push(makeMention('unknown', name, doc.source, title, null, 'capitalized'));
    }
  });
  restoreTrimmed(doc, mentions, trimmed);
  placesInCompounds(doc, all, mentions);
  return Object.freeze({ words: all, mentions: Object.freeze(kindsByAlias(mentions).map((m) => Object.freeze(m))) });
}

/** Adjectives built on a place name: "a London-based bank", "the Moscow-born writer", "a Texas-made rifle". */
const PLACE_COMPOUND = /^(\p{Lu}[\p{L}.']*)-(based|born|bred|bound|headquartered|registered|made|built|owned|listed)$/u;

/** The place inside such an adjective is a mention of that place (the adjective itself is not a name). */
function placesInCompounds(doc: Document, all: Word[][], mentions: Mention[]): void {
  let added = false;
  for (const ws of all) {
    for (const w of ws) {
      const m = PLACE_COMPOUND.exec(w.text);
      if (!m) continue;
      const end = w.start + m[1]!.length;
      const part: Word = { ...w, end, bareEnd: end, text: m[1]!, key: m[1]!.toLowerCase(), cap: true, post: '-' };
      // the name may start a word or two before: "a Los Angeles-based studio"
      const before = ws.slice(Math.max(0, w.i - 2), w.i);
      while (before.length && (!before[0]!.cap || isFunctionWord(before[0]!) || /^(the|a|an)$/.test(before[0]!.key) || before.slice(0, -1).some(breaksAfter) || breaksAfter(before[before.length - 1]!))) before.shift();
      let words: Word[] | null = null;
      let place: Place | undefined;
      for (let k = 0; k <= before.length && !place; k++) {
        const candidate = [...before.slice(k), part];
        const found = lookupPlace(doc.text.slice(candidate[0]!.start, end));
        if (found && found.kind !== 'other') {
          place = found;
          words = candidate;
        }
      }
      if (!place || !words || (words.length === 1 && before.length)) continue;
      mentions.push(makeMention('location', words, doc.source, [], place, 'place-compound'));
      added = true;
    }
  }
  if (added) mentions.sort((a, b) => a.start - b.start);
}

/**
 * "Maritime Steel last built…": a sentence-initial word that looked common is part of the name when the article
 * names an organization or person that starts with the same words elsewhere ("Maritime Steel Corp.").
 */
function restoreTrimmed(doc: Document, mentions: Mention[], trimmed: Array<{ words: Word[]; at: number }>): void {
  if (!trimmed.length) return;
  const known = mentions.filter((m) => (m.kind === 'organization' || m.kind === 'person') && m.words.length > 1);
  for (const t of trimmed.reverse()) {
    const keys = t.words.map((w) => w.key);
    const full = known.find((m) => keys.every((k, n) => m.words[n]?.key === k));
    if (!full) continue;
    // drop what the shortened run became, and put the full run in its place
    const rest = mentions.findIndex((m, n) => n >= t.at && m.start === t.words[1]!.start);
    if (rest >= 0) mentions.splice(rest, 1);
    mentions.splice(t.at, 0, makeMention(full.kind, t.words, doc.source, [], null, 'sentence-initial-known-name'));
  }
}
