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
}

/** Paragraphs larger than this are cut at a sentence-like boundary before parsing, to bound compromise's work. */
const MAX_CHUNK = 20_000;

/**
 * Split text into chunks for the parser. A line break ends a chunk unless it wraps a sentence (the line ends in a
 * lower-case word or comma and the next one starts in lower case), so headlines and datelines stay apart from the
 * sentences that follow them.
 */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) for (const piece of cutLong(text, s, e)) out.push(piece);
  };
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\n') continue;
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

function cutLong(text: string, start: number, end: number): Paragraph[] {
  const out: Paragraph[] = [];
  let s = start;
  while (end - s > MAX_CHUNK) {
    const window = text.slice(s, s + MAX_CHUNK);
    const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    let e = cut > MAX_CHUNK / 2 ? s + cut + 1 : -1;
    if (e < 0) {
      const space = window.lastIndexOf(' ');
      e = space > MAX_CHUNK / 2 ? s + space : s + MAX_CHUNK;
    }
    out.push({ start: s, end: e });
    s = e;
    while (s < end && /\s/.test(text[s]!)) s++;
  }
  if (end > s) out.push({ start: s, end });
  return out;
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

const fold = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'");

/** Parse normalized text into a Document. Offsets are absolute in `text`. */
export function parse(text: string, source: string = text): Document {
  if (source.length !== text.length) throw new Error('normalized text must keep the length of the input');
  const doc: Document = { text, source, paragraphs: paragraphs(text), sentences: [], tokens: [] };
  doc.paragraphs.forEach((para, p) => {
    const chunk = text.slice(para.start, para.end);
    const json = nlp(chunk).json({ offset: true, terms: { offset: true } }) as RawSentence[];
    for (const raw of json) {
      const first = doc.tokens.length;
      const sentence = doc.sentences.length;
      for (const t of raw.terms) {
        if (!t.text) continue;
        let start = para.start + t.offset.start;
        if (text.slice(start, start + t.text.length) !== t.text) {
          // compromise's offsets drift on some inputs: look for the term near where it said
          const found = text.indexOf(t.text, Math.max(para.start, start - 8));
          if (found < 0 || found > start + 64) continue;
          start = found;
        }
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
          tags: new Set(t.tags),
          sentence,
        });
      }
      const last = doc.tokens.length;
      if (last === first) continue;
      const sStart = doc.tokens[first]!.start - leadingPunct(doc.tokens[first]!.pre);
      const lastTok = doc.tokens[last - 1]!;
      const sEnd = lastTok.end + trailingPunct(lastTok.post);
      doc.sentences.push({ index: sentence, start: sStart, end: sEnd, text: text.slice(sStart, sEnd), first, last, paragraph: p });
    }
  });
  return doc;
}

const leadingPunct = (pre: string) => pre.replace(/^\s+/, '').length;
const trailingPunct = (post: string) => post.replace(/\s+$/, '').length;

/** Tokens of one sentence. */
export function sentenceTokens(doc: Document, s: Sentence): Token[] {
  return doc.tokens.slice(s.first, s.last);
}

let lexicon: Record<string, string | string[]> | null = null;

/** The tag compromise's lexicon gives a lower-case word, if any ("today" → "Date", "nice" → "Adjective"). */
export function lexiconTag(word: string): string | undefined {
  lexicon ??= (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  const tag = lexicon[word.toLowerCase()];
  return Array.isArray(tag) ? tag[0] : tag;
}
