/**
 * Matching a pattern as whole words, case-insensitively: no letter, digit or one of `$£€#@_'` right before a match,
 * no letter, digit or `_` right after it. The result is exactly that of
 *
 *   new RegExp(`(?<![\p{L}\p{N}$£€#@_'])(?:${source})(?![\p{L}\p{N}_])`, 'giu')   (the reference)
 *
 * with `matchAll`, but much cheaper to start: V8 compiles a regular expression on first use, and under the `iu` flags
 * each `\p{L}\p{N}` class costs a case closure over all of Unicode (about 0.5 ms). With fifty rules that was most of a
 * cold run's time for dates. So the regex that scans has ASCII edges, and the Unicode edges are checked in code, only
 * where a match touches a non-ASCII character:
 *  - a position the reference accepts, the ASCII regex accepts too (its edge classes are subsets of the reference's,
 *    also under case folding), so scanning with it finds every start the reference would;
 *  - where the ASCII regex matches and the characters around the match are ASCII (or absent), both edges mean the same,
 *    and the reference reaches the same match by the same path (the lookahead is the last thing it tries);
 *  - where the character before is non-ASCII, the shared reference class decides; where the character after is, the
 *    reference itself is tried at that one position (compiled then, once per pattern: rare in any language written in
 *    ASCII, as news in English is).
 * Cheaper still, on text of ASCII and the punctuation news adds to it (curly quotes, dashes, NBSP, £, ©…: no letter,
 * digit or character with a case among them), the pattern is compiled without the `u` flag, which only changes what
 * it does on letters outside ASCII, astral characters and the Unicode-only syntax (`\p{…}`, `\u{…}`, patterns that
 * use those are never compiled so); there the ASCII edges are the reference's own and no check is left to do.
 */

const BEFORE = "\\p{L}\\p{N}$£€#@_'";
const AFTER = '\\p{L}\\p{N}_';
/** Text on which a pattern means the same with or without `u`: ASCII, and Latin-1 and General Punctuation marks with no case. */
const PLAIN_TEXT = /^[\x00-\x7f\u00a0-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7\u2000-\u206f]*$/;
/** Patterns that only mean something with `u`, or that hold the two characters whose case folding reaches ASCII (ſ, K). */
const UNICODE_ONLY = /\\[pPu]\{|[\u017f\u212a]/;

const BEFORE_CHAR = new RegExp(`^[${BEFORE}]$`, 'iu');
const AFTER_CHAR = new RegExp(`^[${AFTER}]$`, 'iu');

export interface WholeWords {
  readonly source: string;
  /** the scanner: the pattern between ASCII edges (compiled when first needed, as are the others) */
  scan: RegExp | null;
  /** the reference's match at one position (sticky), compiled when first needed */
  exact: RegExp | null;
  /** the reference itself, for the rarer case of a decision inside a surrogate pair */
  reference: RegExp | null;
  /** the pattern between ASCII edges without `u`, for plain text (undefined until first needed, null if it cannot be) */
  plain?: RegExp | null;
}

function plainScan(pattern: WholeWords): RegExp | null {
  if (pattern.plain !== undefined) return pattern.plain;
  let re: RegExp | null = null;
  if (!UNICODE_ONLY.test(pattern.source)) {
    try {
      re = new RegExp(`(?<![a-z0-9$£€#@_'])(?:${pattern.source})(?![a-z0-9_])`, 'gi');
    } catch {
      re = null;
    }
  }
  return (pattern.plain = re);
}

export function wholeWords(source: string): WholeWords {
  return { source, scan: null, exact: null, reference: null };
}

/** The code point that ends at `i` ('' at the start): a surrogate pair is one. */
function codePointBefore(text: string, i: number): string {
  if (i === 0) return '';
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1]!;
}

function codePointAt(text: string, i: number): string {
  const c = text.codePointAt(i);
  return c === undefined ? '' : String.fromCodePoint(c);
}

/** The index one code point on, as a `u` regex steps after an empty match. */
function advance(text: string, i: number): number {
  const c = text.codePointAt(i);
  return i + (c !== undefined && c > 0xffff ? 2 : 1);
}

/** Whether `i` falls between the two halves of a surrogate pair. */
function insidePair(text: string, i: number): boolean {
  const low = text.charCodeAt(i);
  const high = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

/**
 * Every match, in order, as `text.matchAll(reference)` gives them (same index, text and groups). Where a decision
 * falls inside a surrogate pair, V8's own quirks there (its scan tries every code unit, and `exec` from inside a pair
 * steps back to the pair's start) are left to the reference itself, from that point on.
 */
export function* matchWholeWords(pattern: WholeWords, text: string): Generator<RegExpExecArray> {
  const plain = PLAIN_TEXT.test(text) ? plainScan(pattern) : null;
  if (plain) {
    yield* text.matchAll(plain);
    return;
  }
  const scan = (pattern.scan ??= new RegExp(`(?<![a-z0-9$£€#@_'])(?:${pattern.source})(?![a-z0-9_])`, 'giu'));
  let from = 0;
  while (from <= text.length) {
    scan.lastIndex = from;
    let m = scan.exec(text);
    if (!m) return;
    const at = m.index;
    const before = codePointBefore(text, at);
    const after = codePointAt(text, at + m[0].length);
    const beforeLetter = before.charCodeAt(0) > 0x7f && BEFORE_CHAR.test(before);
    const afterLetter = after.charCodeAt(0) > 0x7f && AFTER_CHAR.test(after);
    if (beforeLetter || afterLetter) {
      if (insidePair(text, at) || insidePair(text, at + 1)) {
        // the reference gives the same matches before `at` as were given here; from `at` on, its own
        pattern.reference ??= new RegExp(`(?<![${BEFORE}])(?:${pattern.source})(?![${AFTER}])`, 'giu');
        for (const r of text.matchAll(pattern.reference)) if (r.index >= at) yield r;
        return;
      }
      if (beforeLetter) {
        from = at + 1;
        continue;
      }
      pattern.exact ??= new RegExp(`(?:${pattern.source})(?![${AFTER}])`, 'iuy');
      pattern.exact.lastIndex = at;
      m = pattern.exact.exec(text);
      if (!m) {
        from = at + 1;
        continue;
      }
    }
    const end = at + m[0].length;
    yield m;
    from = end === at ? advance(text, at) : end;
  }
}
