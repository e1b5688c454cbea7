/**
 * The only module that imports compromise. It turns normalized text into sentences of tokens with exact offsets and
 * compromise's part-of-speech and entity tags, one paragraph at a time so that cost stays linear in the input.
 */
import nlp from 'compromise';

export interface Token {
  /** index in the document's token list */
  index: number;
  /** the token as written, without surrounding punctuation (compromise's `text`) */
  text: string;
  start: number;
  end: number;
  /** lower-case form with typographic apostrophes folded */
  normal: string;
  /** the root compromise gives for contractions and possessives ("kim" for "Kim's"), else the normal form */
  root: string;
  /** punctuation and spaces before and after, as compromise split them */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** first and one-past-last index into Document.tokens */
  first: number;
  last: number;
  paragraph: number;
}

export interface Paragraph {
  start: number;
  end: number;
}

export interface Document {
  /** the normalized text that rules match on */
  text: string;
  /** the input as given, with the same offsets: every output string is sliced from it */
  source: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  report: ParseReport;
}

/**
 * Limits that keep the parser's work linear on any input. compromise merges the pieces of a sentence it splits at
 * abbreviations ("Mr. Mr. Mr. …") by re-testing the growing sentence, and re-tests a word for each trailing dot
 * ("a.a.a.…."), so its cost grows with the square of a sentence or a word: a chunk is cut after so many characters or
 * so many sentence stops, and words longer than MAX_WORD (URLs, codes, runs of symbols) are blanked out of its input.
 * News never comes near these: the longest paragraph of the evaluation corpora has about 11,000 characters and
 * 92 stops, the longest sentence 777 characters.
 */
export const MAX_CHUNK = 5_000;
export const MAX_STOPS = 100;
export const MAX_WORD = 200;
/** A parsed sentence longer than this is cut into pieces at clause punctuation, to bound every rule's work on it. */
export const MAX_SENTENCE = 1_000;

/** What the parser left out or cut to stay within its limits, for the fact sheet's warnings. */
export interface ParseReport {
  /** sentences longer than MAX_SENTENCE characters, each cut into pieces */
  cutSentences: number;
  /** words longer than MAX_WORD characters, not analysed */
  longWords: number;
  /** chunks compromise failed on: no tokens come from them */
  failures: Array<{ start: number; end: number; message: string }>;
}

/**
 * Split text into chunks for the parser. A line break ends a chunk unless it wraps a sentence (the line ends in a
 * lower-case word or comma and the next one starts in lower case), so headlines and datelines stay apart from the
 * sentences that follow them. Long paragraphs are cut further (see MAX_CHUNK).
 */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) cutLong(text, s, e, out);
  };
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const before = text.slice(Math.max(start, i - 3), i).trimEnd();
    let j = i + 1;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
    const next = text[j] ?? '';
    const wraps = /[a-z,;]$/.test(before) && /[a-z]/.test(next);
    if (wraps) continue;
    push(start, i);
    start = i + 1;
  }
  push(start, text.length);
  return out;
}

/** Sentence stops as compromise splits at them: these marks before a space (the CJK full stops anywhere). */
const STOP_MARKS = new Set([0x2e, 0x21, 0x3f, 0x203c, 0x203d, 0x2047, 0x2048, 0x2049, 0x2e18, 0x0589, 0x061f, 0x06d4, 0x0964, 0x0965, 0x104b, 0x1362, 0x1367, 0x17d4]);
const CJK_STOPS = new Set([0x3002, 0xff01, 0xff1f, 0xff61]);
/** The characters JavaScript's \s matches. */
const SPACES = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
const isSpaceCode = (c: number) => SPACES.has(c) || (c >= 0x2000 && c <= 0x200a);

/**
 * Cut [start, end) into chunks of at most MAX_CHUNK characters and MAX_STOPS stops, preferring to cut after a stop
 * that ends a sentence (after a lower-case word or a number), else after any stop, else at a space; a cut never falls
 * inside a surrogate pair.
 */
function cutLong(text: string, start: number, end: number, out: Paragraph[]): void {
  let s = start;
  while (s < end) {
    const limit = Math.min(end, s + MAX_CHUNK);
    let stops = 0;
    let good = -1;
    let any = -1;
    let space = -1;
    let e = -1;
    for (let i = s; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (isSpaceCode(c)) {
        space = i;
        continue;
      }
      const stop = CJK_STOPS.has(c) || (STOP_MARKS.has(c) && (i + 1 === end || isSpaceCode(text.charCodeAt(i + 1))));
      if (!stop) continue;
      stops++;
      any = i + 1;
      if (endsSentence(text, s, i)) good = i + 1;
      if (stops >= MAX_STOPS && i + 1 < end) {
        e = good > s + (i - s) / 2 ? good : i + 1;
        break;
      }
    }
    if (e < 0) {
      const half = s + MAX_CHUNK / 2;
      if (limit === end) e = end;
      else if (good > half) e = good;
      else if (any > half) e = any;
      else if (space > half) e = space;
      else e = isHighSurrogate(text.charCodeAt(limit - 1)) ? limit - 1 : limit;
    }
    let last = e;
    while (last > s && isSpaceCode(text.charCodeAt(last - 1))) last--;
    if (last > s) out.push({ start: s, end: last });
    s = e;
    while (s < end && isSpaceCode(text.charCodeAt(s))) s++;
  }
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * Does the stop at i end a sentence rather than an abbreviation? After a lower-case word or a number ("said.",
 * "1990."), or after a longer capitalized word when a capital follows ("on Monday. The"), but not "Mr. Lee".
 */
function endsSentence(text: string, from: number, i: number): boolean {
  let k = i;
  while (k > from && i - k < 12 && /[\p{L}\p{N}]/u.test(text[k - 1]!)) k--;
  const word = text.slice(k, i);
  if (/^\p{Ll}{2,}$|^\d+$/u.test(word)) return true;
  let j = i + 1;
  while (j < text.length && j - i < 4 && isSpaceCode(text.charCodeAt(j))) j++;
  return /^\p{Lu}\p{Ll}{4,}$/u.test(word) && /\p{Lu}/u.test(text[j] ?? '');
}

/** Blank out words longer than MAX_WORD (same length, so offsets hold); returns the text and how many. */
function maskLongWords(chunk: string): { text: string; count: number } {
  let count = 0;
  let out = '';
  let from = 0;
  let runStart = -1;
  for (let i = 0; i <= chunk.length; i++) {
    const blank = i === chunk.length || isSpaceCode(chunk.charCodeAt(i));
    if (!blank) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - runStart > MAX_WORD) {
      out += chunk.slice(from, runStart) + ' '.repeat(i - runStart);
      from = i;
      count++;
    }
    runStart = -1;
  }
  return count ? { text: out + chunk.slice(from), count } : { text: chunk, count: 0 };
}

interface RawTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  machine?: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface RawSentence {
  terms: RawTerm[];
}

/** Tag sets are shared between tokens with the same tags: a handful of combinations covers a whole text. */
const tagSets = new Map<string, ReadonlySet<string>>();
function tagSet(tags: readonly string[]): ReadonlySet<string> {
  const key = tags.join(' ');
  let set = tagSets.get(key);
  if (!set) {
    set = new Set(tags);
    if (tagSets.size < 10_000) tagSets.set(key, set);
  }
  return set;
}

const fold = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'");

/**
 * Parse normalized text into a Document. Offsets are absolute in `text`. A chunk compromise throws on yields no tokens
 * and is listed in the report; the rest of the text is parsed as usual.
 */
export function parse(text: string, source: string = text): Document {
  if (source.length !== text.length) throw new Error('normalized text must keep the length of the input');
  const report: ParseReport = { cutSentences: 0, longWords: 0, failures: [] };
  const doc: Document = { text, source, paragraphs: paragraphs(text), sentences: [], tokens: [], report };
  doc.paragraphs.forEach((para, p) => {
    const masked = maskLongWords(text.slice(para.start, para.end));
    report.longWords += masked.count;
    let json: RawSentence[];
    try {
      json = nlp(masked.text).json({ offset: true, terms: { offset: true } }) as RawSentence[];
    } catch (error) {
      report.failures.push({ start: para.start, end: para.end, message: error instanceof Error ? error.message : String(error) });
      return;
    }
    // tokens and sentences stay in text order, inside the chunk, without overlaps
    let floor = para.start;
    for (const raw of repairSplits(json)) {
      const first = doc.tokens.length;
      for (const t of raw.terms) {
        if (!t.text) continue;
        let start = para.start + t.offset.start;
        if (start < floor || text.slice(start, start + t.text.length) !== t.text) {
          // compromise's offsets drift on some inputs: look for the term near where it said
          const found = text.indexOf(t.text, Math.max(floor, start - 8));
          if (found < 0 || found > start + 64 || found + t.text.length > para.end) continue;
          start = found;
        }
        floor = start + t.text.length;
        const normal = fold(t.normal || t.text);
        doc.tokens.push({
          index: doc.tokens.length,
          text: t.text,
          start,
          end: start + t.text.length,
          normal,
          root: t.machine ? fold(t.machine) : normal.replace(/'s$/, ''),
          pre: t.pre,
          post: t.post,
          tags: tagSet(t.tags),
          sentence: -1,
        });
      }
      const last = doc.tokens.length;
      if (last === first) continue;
      const prevEnd = doc.sentences.at(-1)?.paragraph === p ? doc.sentences.at(-1)!.end : para.start;
      const sStart = Math.max(prevEnd, doc.tokens[first]!.start - leadingPunct(doc.tokens[first]!.pre));
      const lastTok = doc.tokens[last - 1]!;
      const sEnd = Math.min(para.end, lastTok.end + trailingPunct(lastTok.post));
      if (sEnd - sStart <= MAX_SENTENCE) pushSentence(doc, first, last, sStart, sEnd, p);
      else {
        report.cutSentences++;
        for (const [a, b] of pieces(doc.tokens, first, last)) {
          const tokEnd = doc.tokens[b - 1]!;
          const pieceEnd = b === last ? sEnd : Math.min(doc.tokens[b]!.start, tokEnd.end + trailingPunct(tokEnd.post));
          pushSentence(doc, a, b, a === first ? sStart : doc.tokens[a]!.start, pieceEnd, p);
        }
      }
    }
  });
  return doc;
}

/**
 * compromise ends a sentence at some abbreviations it does not know ("CVN Cos. | for about $423 million", "team no. |
 * 225", "Roe vs. | Wade"). A sentence that starts in lower case, follows "vs.", or starts with a number after "No."
 * continues the one before when that one ends in an abbreviation's dot; news never starts a sentence in lower case.
 */
function repairSplits(json: readonly RawSentence[]): RawSentence[] {
  const out: RawSentence[] = [];
  for (const raw of json) {
    const prev = out.at(-1);
    const last = prev?.terms.at(-1);
    const head = raw.terms.find((t) => t.text);
    const abbreviation = !!last && /^\s*\.\s*$/.test(last.post) && /^[\p{L}.]{1,12}$/u.test(last.text) && !/[!?]/.test(last.post);
    const continues = !!head && abbreviation && (/^\p{Ll}/u.test(head.text) || /^(vs|v)$/i.test(last!.text) || (/^(no|nos)$/i.test(last!.text) && /^\d/.test(head.text)));
    if (prev && continues) out[out.length - 1] = { ...prev, terms: [...prev.terms, ...raw.terms] };
    else out.push(raw);
  }
  return out;
}

function pushSentence(doc: Document, first: number, last: number, start: number, end: number, paragraph: number): void {
  const index = doc.sentences.length;
  for (let k = first; k < last; k++) doc.tokens[k]!.sentence = index;
  doc.sentences.push({ index, start, end, text: doc.text.slice(start, end), first, last, paragraph });
}

/**
 * Token ranges of at most MAX_SENTENCE characters covering tokens[first, last): each ends after a comma, semicolon,
 * colon or dash in its second half when there is one. A single longer token is a piece by itself.
 */
function pieces(tokens: readonly Token[], first: number, last: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let a = first;
  while (a < last) {
    let b = a + 1;
    let cut = -1;
    while (b < last && tokens[b]!.end - tokens[a]!.start <= MAX_SENTENCE) {
      if (/[,;:\u2013\u2014]/.test(tokens[b - 1]!.post)) cut = b;
      b++;
    }
    if (b < last && cut > a + (b - a) / 2) b = cut;
    out.push([a, b]);
    a = b;
  }
  return out;
}

const leadingPunct = (pre: string) => pre.trimStart().length;
const trailingPunct = (post: string) => post.trimEnd().length;

let lexicon: Record<string, string | string[]> | null = null;

/**
 * compromise's word list, read from its internals (`nlp.world().model.one.lexicon`, not public API): the version is
 * pinned in package.json, and test/nlp/compromise-internals.test.ts fails on an upgrade that changes this shape.
 */
export function compromiseLexicon(): Record<string, string | string[]> {
  const found = (nlp.world() as unknown as { model?: { one?: { lexicon?: unknown } } }).model?.one?.lexicon;
  if (!found || typeof found !== 'object') throw new Error("compromise's lexicon is no longer at nlp.world().model.one.lexicon: see compromiseLexicon in src/nlp/document.ts");
  return found as Record<string, string | string[]>;
}

/** The tag compromise's lexicon gives a lower-case word, if any ("today" → "Date", "nice" → "Adjective"). */
export function lexiconTag(word: string): string | undefined {
  lexicon ??= compromiseLexicon();
  const tag = lexicon[word.toLowerCase()];
  return Array.isArray(tag) ? tag[0] : tag;
}
