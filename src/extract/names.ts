/**
 * Proper-name mentions: capitalized runs of words, cut and classified as person, organization or location, once for
 * every stage that reads names (actors, places, ages, roles). The result is frozen: those stages read it, none
 * changes it. The words and runs come from name-words.ts, the classifying rules are tables in name-rules.ts and
 * RUN_RULES below, and the last step (name-aliases.ts) gives a lone word the kind of the fuller name it is part of.
 */
import { lexiconTag, type Document } from '../nlp/document.js';
import { lookupPlace, lookupState, textPlace, type Place } from '../geo/gazetteer.js';
import { HONORIFICS, INSTITUTIONS, KINSHIP, NAME_PARTICLES, NAME_SUFFIXES, ORG_HEADS, PUBLIC_BODIES, QUALIFIERS, isTitleHead, CORPORATE_TITLES, LEGAL_ABBREVIATIONS, LOWER_SITE_TAIL, EVENT_TAIL, FEATURE_TAIL } from './lexicon.js';
import { MONTH_WORDS, WEEKDAY_NAMES, isWeekdayName } from '../time/lexicon.js';
import type { Mention, NameAnalysis, Word } from '../findings.js';
import { kindsByAlias } from './name-aliases.js';
import { placeBeforeTitle, publicationAfterWriting, venueInPlace } from './place-cues.js';
import { personLikeCompanyCue } from './company-cues.js';
import { breaksAfter, hasTag, isAcronym, isFunctionWord, isTitleWord, makeMention, nameOf, runs, words } from './name-words.js';
import { classifyWhole, demonymAt, LOCATIVE, personRule, placeByContext, placeInBody, regionAfterComma, stateAfterCity, titleBefore, type Whole, companyCue, properWord, isWebDomain } from './name-rules.js';

const CALENDAR_WORDS = new Set<string>([...MONTH_WORDS, ...WEEKDAY_NAMES]);
const RELATIVE_DATE = /^(last|next|this|early|late|mid)$/;

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

/** Broadcasters named by their place ("Baghdad radio"), and who may run them ("Israel army radio", "Iraqi state television"). */
const BROADCASTERS = new Set(['radio', 'television', 'tv']);
const MEDIA_OWNERS = new Set(['state', 'army', 'public', 'national', 'official', 'government']);

/** Lower-case words that extend a place into a feature ("the Pacific coast", "the Gulf coast"). */
const PLACE_EXTENSIONS = new Set(['coast', 'coastline', 'shore', 'seaboard', 'basin', 'rim']);

/** A run of a sentence, trimmed, with what the rules read about it. */
interface RunCx {
  doc: Document;
  /** the sentence's words; the run is ws[i] up to its last word, and ws[j] the word after the untrimmed run */
  ws: readonly Word[];
  i: number;
  j: number;
  run: readonly Word[];
  /** the run classified by itself (organization or place), if it is */
  whole: Whole | null;
  /** a title written in capitals before the name, cut off it ("Foreign Minister" of "Foreign Minister Cho Sun-hui") */
  title: readonly Word[];
  /** the run without that title */
  name: readonly Word[];
}

/**
 * A row of RUN_RULES: `test` gives the mentions the run makes when the row applies ([] for none: the run is no
 * name), or null to leave it to the next row.
 */
interface RunRule {
  name: string;
  test: (cx: RunCx) => Mention[] | null;
  reason: string;
}

/**
 * A run known by itself, not made a person by a title before it or at its start ("President Jackson" is a person;
 * the parser's organization tags on "President Bush's" do not outweigh the title).
 */
const known = ({ whole, ws, i, title }: RunCx) => !!whole && ((!titleBefore(ws, i) && !(title.length && whole.basis === 'tags')) || whole.firm);
const mention = (cx: RunCx, words: readonly Word[], kind: Mention['kind'], place: Mention['place'], rule: string, basis: Mention['basis'] = 'text', title: readonly Word[] = []) =>
  makeMention(kind, words, cx.doc.source, title, place, rule, basis);

const RUN_RULES: readonly RunRule[] = [
  { name: 'kin-apposition', reason: '"his son, George,": one to three words set off by commas after a kinship noun name a person, even a place\'s name', test: (cx) => {
    const { ws, i, run } = cx;
    const kin = ws[i - 1];
    const last = run[run.length - 1]!;
    const closed = /^,/.test(last.post) || last.i === ws.length - 1 || /^\s*[.;)]/.test(last.post);
    if (!kin || !KINSHIP.has(kin.key) || !/^,\s*$/.test(kin.post) || cx.title.length || run.length > 3 || !closed) return null;
    return [mention(cx, run, 'person', null, 'kin-apposition')];
  } },
  { name: 'currency', reason: '"US$40 billion", "Canadian dollars": a country\'s name or code in a currency names no place', test: (cx) => {
    const last = cx.run[cx.run.length - 1]!;
    const after = cx.ws[last.i + 1];
    const currency = /^\$/.test(cx.doc.text.slice(last.end, last.end + 1)) || (!breaksAfter(last) && /^dollars?$/.test(after?.key ?? ''));
    // ("US$4.8" may come as one word)
    return (currency && cx.whole?.kind === 'location') || (cx.run.length === 1 && /^\p{Lu}[\p{Lu}.]*\$/u.test(last.text)) ? [] : null;
  } },
  { name: 'state-abbreviation', reason: '"Bethesda, Md.": a state abbreviation right after "City, "', test: (cx) => {
    const state = stateAfterCity(cx.ws, cx.i, cx.run);
    return state ? [mention(cx, cx.run, 'location', state, 'state-abbreviation')] : null;
  } },
  { name: 'place-feature', reason: 'a known place and a lower-case feature word after it ("the Pacific coast")', test: (cx) => {
    const ext = cx.ws[cx.j];
    if (!known(cx) || cx.whole!.kind !== 'location' || !ext || !PLACE_EXTENSIONS.has(ext.key) || breaksAfter(cx.run[cx.run.length - 1]!)) return null;
    const ws = [...cx.run, ext];
    return [mention(cx, ws, 'location', textPlace(nameOf(cx.doc.text, ws), 'feature', cx.whole!.place?.countryCode ?? null), 'place-feature')];
  } },
  { name: 'state-after-town', reason: '"Albany, New York", "Everett, Washington": a state\'s name right after "Town, " is the state, not the city that shares it', test: (cx) => {
    const { ws, i, run } = cx;
    const town = ws[i - 1];
    const last = run[run.length - 1]!;
    const state = cx.whole?.place?.kind === 'state' ? null : lookupState(nameOf(cx.doc.text, run));
    if (!state || !town?.cap || !/^,\s*$/.test(town.post) || (hasTag(town, 'Person') && !lookupPlace(town.text)) || cx.title.length || (ws[last.i + 1]?.cap && !breaksAfter(last))) return null;
    return [mention(cx, run, 'location', state, 'state-after-town')];
  } },
  { name: 'site-after', reason: '"Jomo Kenyatta airport": a name that is no known place, and a lower-case word for a site after it', test: (cx) => {
    const ext = cx.ws[cx.j];
    if ((cx.whole && cx.whole.kind === 'location') || !ext || ext.cap || !LOWER_SITE_TAIL.has(ext.key) || cx.title.length || breaksAfter(cx.run[cx.run.length - 1]!)) return null;
    const ws = [...cx.run, ext];
    return [mention(cx, ws, 'location', textPlace(nameOf(cx.doc.text, ws), 'other'), 'site-after')];
  } },
  { name: 'city-comma-region', reason: '"Paris, Texas": a known city placed in another state or country by the text itself', test: (cx) => {
    const region = known(cx) && cx.whole!.place?.kind === 'city' ? regionAfterComma(cx.doc, cx.ws, cx.run) : null;
    if (!region?.countryCode || region.countryCode === cx.whole!.place!.countryCode) return null;
    return [mention(cx, cx.run, 'location', textPlace(nameOf(cx.doc.text, cx.run), 'city', region.countryCode), 'city-comma-region')];
  } },
  { name: 'organization-then-person', reason: '"said Fort Pitt Capital Group Jo Park": an organization\'s name run into a person\'s (two or three words from a given name on)', test: (cx) => {
    const split = personTail(cx.doc.text, cx.name);
    if (!split) return null;
    return [mention(cx, split.body, split.whole.kind, split.whole.place, split.whole.rule, split.whole.basis), mention(cx, split.person, 'person', null, 'organization-then-person', 'text', [...cx.title, ...split.body])];
  } },
  { name: 'airline-flight', reason: 'the name before "Flight" and its number is the airline ("Adam Air Flight 574")', test: (cx) => {
    const { run, ws, j } = cx;
    if (run.length < 2 || run[run.length - 1]!.key !== 'flight' || !/^\d/.test(ws[j]?.text ?? '')) return null;
    return [mention(cx, run.slice(0, -1), 'organization', null, 'airline-flight')];
  } },
  { name: 'place-media', reason: 'a place and a lower-case broadcaster after it is the broadcaster ("Baghdad radio", "Israel army radio")', test: (cx) => {
    if (!known(cx) || cx.whole!.kind !== 'location' || breaksAfter(cx.run[cx.run.length - 1]!)) return null;
    const after = cx.ws.slice(cx.j, cx.j + 2);
    const n = BROADCASTERS.has(after[0]?.key ?? '') ? 1 : MEDIA_OWNERS.has(after[0]?.key ?? '') && !breaksAfter(after[0]!) && BROADCASTERS.has(after[1]?.key ?? '') ? 2 : 0;
    return n && !after[n - 1]!.cap && !after[0]!.cap ? [mention(cx, [...cx.run, ...after.slice(0, n)], 'organization', null, 'place-media')] : null;
  } },
  { name: 'venue-in-place', reason: '"at the Moscone Center in San Francisco": a center placed in a town is a venue, not a body (place-cues.ts)', test: (cx) =>
    (!cx.title.length && venueInPlace(cx.doc.text, cx.ws, cx.i, cx.run) ? [mention(cx, cx.run, 'location', textPlace(nameOf(cx.doc.text, cx.run), 'other'), 'venue-in-place')] : null) },
  { name: 'known-whole', reason: 'an organization or place by the whole run, and the place a public body\'s name starts with ("the US Air Force")', test: (cx) => {
    if (!known(cx)) return null;
    const w = cx.whole!;
    const inside = w.kind === 'organization' ? placeInBody(cx.doc.text, cx.run) : null;
    return [mention(cx, cx.run, w.kind, w.place, w.rule, w.basis), ...(inside ? [mention(cx, inside.words, 'location', inside.place, 'place-in-organization')] : [])];
  } },
  { name: 'after-title', reason: 'what follows a title is an organization or place when it is one by itself, not by the parser\'s tags alone ("Foreign Minister" is no honorific)', test: (cx) => {
    if (!cx.title.length || cx.title.some((w) => HONORIFICS.has(w.key))) return null;
    const inner = classifyWhole(cx.doc.text, cx.name);
    // (a feature by its last word alone is a surname after a title: "CEO Jo Park")
    const surname = inner?.place?.kind === 'feature' && FEATURE_TAIL.has(cx.name[cx.name.length - 1]!.key);
    return inner && inner.basis !== 'tags' && !surname ? [mention(cx, cx.name, inner.kind, inner.place, inner.rule, inner.basis)] : null;
  } },
  { name: 'organization-after-title', reason: '"the CEO of Northwind Commercial Vehicles": a name after "<title> of", without a first name, is the title\'s organization', test: (cx) => {
    const { ws, i, run } = cx;
    const ofTitle = ws[i - 1]?.key === 'of' && !!ws[i - 2] && isTitleWord(ws[i - 2]!) && !breaksAfter(ws[i - 2]!);
    return !cx.title.length && ofTitle && !run.some((w) => hasTag(w, 'FirstName')) ? [mention(cx, run, 'organization', null, 'organization-after-title')] : null;
  } },
  { name: 'title-only', reason: 'title words alone name no one ("Chief Operating Officer", "No, Sir", "Special Asst."), unless an honorific marks a name ("Ms. Bishop")', test: ({ run, title, name }) => {
    if (title.some((w) => HONORIFICS.has(w.key))) return null;
    const titleWords = run.every((w) => QUALIFIERS.has(w.key) || isTitleWord(w));
    // "Chief Operating Officer": after a title, a name that ends in a title head and has no first name
    const end = name[name.length - 1]!;
    const office = title.length > 0 && isTitleHead(end.key) && end.key.length > 3 && !hasTag(end, 'LastName') && !hasTag(name[0]!, 'FirstName');
    return titleWords || office ? [] : null;
  } },
  { name: 'place-by-context', reason: '"the port of Aqaba", "Kennebunkport, Maine": a name placed by the words around it, before the parser\'s person tags ("Edison, N.J.")', test: (cx) => {
    if (cx.title.length) return null;
    const place = placeByContext(cx.doc, cx.ws, cx.i, cx.run);
    return place ? [mention(cx, cx.run, 'location', place.place, place.rule)] : null;
  } },
  { name: 'company-cue', reason: 'the words around it make it a company ("automaker Chrysler", "Apple CEO", "shares of Acme", "Acme, a drug maker,"), also a name that reads as a person\'s ("shares of Merrill Lynch", "analysts at Goldman Sachs": company-cues.ts)', test: (cx) => {
    const cue = cx.title.length ? null : companyCue(cx.ws, cx.i, cx.run) ?? personLikeCompanyCue(cx.ws, cx.i, cx.run);
    return cue ? [mention(cx, cx.run, 'organization', null, cue)] : null;
  } },
  { name: 'person', reason: 'a title or honorific cut off the name, or a person rule of name-rules.ts; a company\'s name before the title is that company ("Apple CEO Steve Jobs")', test: (cx) => {
    const found = cx.title.length ? { rule: cx.title.some((w) => HONORIFICS.has(w.key)) ? 'after-honorific' : 'after-title', basis: 'text' as const } : personRule(cx.name, cx.ws, cx.i);
    if (!found) return null;
    const owner = ownerBeforeTitle(cx.doc.text, cx.title);
    // "U.S. President Ann Lee": the country that opens the title is a place named
    const country = owner ? null : placeBeforeTitle(cx.doc.text, cx.title);
    return [
      ...(owner ? [mention(cx, owner, 'organization', null, 'organization-before-title')] : []),
      ...(country ? [mention(cx, country.words, 'location', country.place, 'place-before-title')] : []),
      mention(cx, cx.name, 'person', null, found.rule, found.basis, cx.title),
    ];
  } },
  { name: 'whole', reason: 'an organization or place by the whole run, after a title that made no person of it', test: (cx) => (cx.whole ? [mention(cx, cx.run, cx.whole.kind, cx.whole.place, cx.whole.rule, cx.whole.basis)] : null) },
  { name: 'name-suffix', reason: 'a suffix alone ("Jr.") is no name', test: ({ run }) => (run.length === 1 && NAME_SUFFIXES.has(run[0]!.key) ? [] : null) },
  { name: 'publication-after-writing', reason: '"a report in Ars Technica": a name the gazetteer does not know after a noun of writing and "in" is a publication (place-cues.ts)', test: (cx) =>
    (!cx.title.length && cx.whole?.kind !== 'location' && publicationAfterWriting(cx.ws, cx.i) ? [mention(cx, cx.run, 'organization', null, 'publication-after-writing')] : null) },
  { name: 'after-locative', reason: 'two or three words after a preposition of place, no demonym or acronym among them ("in Moss Side", not "in OS X Lion"), not a gathering ("at Worldwide Developers Conference")', test: (cx) => {
    const { ws, i, run } = cx;
    if (!LOCATIVE.has(ws[i - 1]?.key ?? '') || cx.title.length || run.length < 2 || run.length > 3 || run.some((w) => hasTag(w, 'Demonym') || isAcronym(w.text)) || EVENT_TAIL.has(run[run.length - 1]!.key)) return null;
    return [mention(cx, run, 'location', textPlace(nameOf(cx.doc.text, run), 'other'), 'after-locative')];
  } },
  { name: 'qualifiers', reason: 'only qualifiers and title words ("Former Acting") name no one', test: ({ run }) => (run.every((w) => QUALIFIERS.has(w.key) || isTitleWord(w)) ? [] : null) },
  { name: 'capitalized', reason: 'any other capitalized run: a name of unknown kind', test: (cx) => [mention(cx, cx.name, 'unknown', null, 'capitalized', 'text', cx.title)] },
];

/**
 * The organization a run opens with, other than a public body ("Thai Airways" of "Thai Airways International", "American
 * Airlines"; not "the Canadian Government"): the longest start of the run, past the demonym, that is one by itself.
 */
function companyOpening(text: string, run: readonly Word[], from: number): Whole | null {
  for (let n = run.length; n > from; n--) {
    const whole = classifyWhole(text, run.slice(0, n));
    if (whole?.kind === 'organization') return PUBLIC_BODIES.has(run[n - 1]!.key) ? null : whole;
  }
  return null;
}

/**
 * A run that ends in a person's name after an organization's or place's ("Air Force Jo Park"): the person's two or
 * three words, from a word tagged as a given name (or a person's name, not an organization's), and the words before
 * them when they are an organization or place by themselves.
 */
function personTail(text: string, run: readonly Word[]): { body: Word[]; person: Word[]; whole: Whole } | null {
  for (let p = Math.max(1, run.length - 3); p <= run.length - 2; p++) {
    const person = run.slice(p);
    const given = run[p]!;
    if (!(hasTag(given, 'FirstName') || (hasTag(given, 'Person') && !hasTag(given, 'Organization'))) || person.some((w) => hasTag(w, 'Organization') || hasTag(w, 'Place')) || run.slice(0, p).some(breaksAfter)) continue;
    const body = run.slice(0, p);
    // "David N. Lee" is one name: the run is not cut after a given name or before an initial
    if (hasTag(body[body.length - 1]!, 'FirstName') || /^\p{Lu}\.?$/u.test(given.text)) continue;
    const whole = classifyWhole(text, body);
    if (whole && whole.basis === 'text' && (whole.kind === 'organization' || whole.kind === 'location')) return { body, person, whole };
  }
  return null;
}

/**
 * The name of a company or body that opens a title ("Apple" of "Apple CEO", "Northwind" of "Northwind Chief Financial
 * Officer"): proper words before the first title word, not a place, a demonym, a qualifier or a common word
 * ("Foreign Minister", "US National Security Advisor", "Deputy Defense Secretary" have none).
 */
function ownerBeforeTitle(text: string, title: readonly Word[]): Word[] | null {
  const proper = (w: Word) => INSTITUTIONS.has(w.key) || properWord(w);
  const head = title.findIndex((w) => isTitleWord(w) || QUALIFIERS.has(w.key));
  const owner = title.slice(0, head);
  // a body by its head word ("Puerto Rico Police Superintendent", "Air Force Secretary"), else a company before an officer's title
  const body = owner.length > 1 ? classifyWhole(text, owner) : null;
  if (body?.kind === 'organization' && body.firm) return owner;
  if (!owner.length || !owner.every(proper) || !title.slice(head).some((w) => CORPORATE_TITLES.has(w.key.replace(/\./g, ''))) || owner.some((w) => hasTag(w, 'Demonym') || hasTag(w, 'Adjective') || (hasTag(w, 'Place') && !hasTag(w, 'Organization')) || breaksAfter(w))) return null;
  return classifyWhole(text, owner)?.kind === 'location' ? null : owner;
}

/** A title written in capitals before the name, as the number of the run's words it takes (0: none). */
function titleLength(run: readonly Word[]): number {
  let cut = -1;
  for (let k = 0; k < run.length - 1; k++) if (isTitleWord(run[k]!) || (run[k]!.key === 'of' && k > 0 && isTitleWord(run[k - 1]!))) cut = k;
  // "Secretary of State John Kerry": the word after "of" belongs to the title
  if (cut >= 0 && run[cut + 1]?.key === 'of' && run.length > cut + 3) cut += 2;
  else if (cut >= 0 && run[cut]!.key === 'of' && run.length > cut + 2) cut += 1;
  // "Chief Constable Stephen Watson": a title word we do not list, between a listed one and a first name
  while (cut >= 0 && run.length > cut + 3 && !hasTag(run[cut + 1]!, 'FirstName') && hasTag(run[cut + 2]!, 'FirstName')) cut++;
  return cut + 1;
}

export function analyzeNames(doc: Document): NameAnalysis {
  const all = words(doc);
  const mentions: Mention[] = [];
  // runs whose first word was dropped as a sentence-initial capital, to restore when the article names them in full
  const trimmed: Array<{ words: Word[]; at: number }> = [];
  all.forEach((ws) => {
    for (let [i, j] of runs(ws)) {
      // a leading article, preposition or other function word is not part of a name
      // (a name particle opening a name is kept: "Du Pont Co.", "Le Monde", "De Beers")
      while (i < j && (/^(the|a|an)$/.test(ws[i]!.key) || isFunctionWord(ws[i]!)) && !(NAME_PARTICLES.has(ws[i]!.key) && j - i > 1 && !breaksAfter(ws[i]!))) i++;
      // a demonym opening the run names its country or region ("Japanese officials", "the Canadian Government"),
      // but not inside a company's name ("American Airlines")
      const demonym = i < j ? demonymAt(doc.text, ws, i, j) : null;
      if (demonym) {
        const rest = ws.slice(i + demonym.words, j);
        const org = rest.length ? companyOpening(doc.text, ws.slice(i, j), demonym.words) : null;
        if (!org) {
          mentions.push(makeMention('location', ws.slice(i, i + demonym.words), doc.source, [], demonym.place, 'demonym', 'demonym'));
        }
        if (!rest.length) continue;
      }
      // a sentence-initial capital on a common word ("Today", "Photos", "However")
      const firstOfSentence = i === 0 || (i === 1 && /^["'(]/.test(ws[0]!.text));
      // …unless it opens an organization's name ("National Steel Corp.", "Democratic Party")
      // (any word opens a name that ends in a legal suffix: "Control Data Corp.")
      const opensOrg = j - i > 1 && ORG_HEADS.has(ws[j - 1]!.key) && (LEGAL_ABBREVIATIONS.has(ws[j - 1]!.key) || /^(Adjective|Comparative|Superlative|Noun|Singular|Plural|Uncountable)?$/.test(lexiconTag(ws[i]!.key) ?? '')) && !ws[i]!.tokens.some((t) => t.tags.has('Date'));
      // …or the whole run reads as a person ("Margalit Har-Shefi, 22, has pleaded…")
      const personAtStart = j - i > 1 && !!personRule(ws.slice(i, j), ws, i) && !hasTag(ws[i]!, 'Demonym');
      const particle = j - i > 1 && NAME_PARTICLES.has(ws[i]!.key);
      // …or an acronym or a web address ("GM said…", "Detik.com quoted…")
      const bare = i < j ? ws[i]!.text.slice(0, ws[i]!.bareEnd - ws[i]!.start) : '';
      const acronym = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,4}$/u.test(bare) || isWebDomain(bare);
      if (i < j && (i === 0 || firstOfSentence) && !opensOrg && !personAtStart && !particle && !acronym && commonAtStart(ws[i]!) && !isTitleWord(ws[i]!) && !knownAlone(ws[i]!)) {
        if (j - i > 1) trimmed.push({ words: ws.slice(i, j), at: mentions.length });
        // kept aside: a lone word here may still be a person named in full elsewhere ("Barra, 51, will lead…")
        // (or a company by the words around it: "Acme shares fell")
        const cue = j - i === 1 && !lexiconTag(ws[i]!.key) ? companyCue(ws, i, [ws[i]!]) : null;
        if (j - i === 1 && !lexiconTag(ws[i]!.key)) mentions.push(makeMention(cue ? 'organization' : 'unknown', [ws[i]!], doc.source, [], null, cue ?? 'sentence-initial'));
        i++;
      }
      // days and months are dates, not names
      // ("Last April", "Next Monday": a relative word and a month or day at the start of a sentence)
      while (i < j && (ws[i]!.tokens.every((t) => t.tags.has('Date') || t.tags.has('Month') || t.tags.has('WeekDay')) || (CALENDAR_WORDS.has(ws[i]!.key) && !titleBefore(ws, i)) || (i + 1 < j && RELATIVE_DATE.test(ws[i]!.key) && CALENDAR_WORDS.has(ws[i + 1]!.key)))) i++;
      if (i >= j) continue;
      let run = ws.slice(i, j);
      // trailing particles or "of" left dangling
      while (run.length && (NAME_PARTICLES.has(run[run.length - 1]!.key) || run[run.length - 1]!.key === 'of' || isWeekdayName(run[run.length - 1]!.key) || (run.length > 2 && CALENDAR_WORDS.has(run[run.length - 1]!.key) && isFunctionWord(run[run.length - 2]!)) || (run.length > 1 && isFunctionWord(run[run.length - 1]!)))) run = run.slice(0, -1);
      if (!run.length) continue;

      const cut = titleLength(run);
      const cx: RunCx = { doc, ws, i, j, run, whole: classifyWhole(doc.text, run), title: run.slice(0, cut), name: run.slice(cut) };
      for (const rule of RUN_RULES) {
        const made = rule.test(cx);
        if (!made) continue;
        for (const m of made) mentions.push(m);
        break;
      }
    }
  });
  restoreTrimmed(doc, mentions, trimmed);
  placesInCompounds(doc, all, mentions);
  return Object.freeze({ words: all, mentions: Object.freeze(kindsByAlias(mentions, doc.source).map((m) => Object.freeze(m))) });
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
