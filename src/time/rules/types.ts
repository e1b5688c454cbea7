/**
 * What a time-expression rule is: a name, a pattern (a regular-expression source built from the word tables, matched
 * case-insensitively against a sentence, with named groups), the named rejections that drop a match, and a builder
 * that turns a match into a draft TIMEX3 (type, value or resolver, mod).
 */
import type { Token } from '../../nlp/document.js';
import type { TimexMod, TimexType } from '../../schema.js';
import type { Point } from '../point.js';
import type { Resolver } from '../resolve.js';

export interface Draft {
  type: TimexType;
  value: string | Point | Resolver;
  mod?: TimexMod | null;
  /** false when the value is derived from another date ("a year earlier") and must not anchor later chains */
  anchor?: boolean;
  /** trim the match: characters to drop at the start and the end */
  trimStart?: number;
  trimEnd?: number;
}

export interface MatchCx {
  /** the whole document text and the match's absolute offsets */
  text: string;
  start: number;
  end: number;
  /** lower-case word just before and just after the match ('' at the edges) */
  prevWord: string;
  nextWord: string;
  /** the token that starts at an absolute offset, if any */
  tokenAt(offset: number): Token | undefined;
  /** the first token after the match */
  nextToken: Token | undefined;
  /** the token just before the match */
  prevToken: Token | undefined;
  /** a few tokens after the match, in order */
  after: readonly Token[];
}

export type Groups = Record<string, string | undefined>;

/** A reason to drop a match of a rule: "High Noon" is a title, "May I" a verb. */
export interface Rejection {
  name: string;
  test: (g: Groups, cx: MatchCx) => boolean;
  reason: string;
}

export interface Rule {
  name: string;
  pattern: string;
  /** the rule reads numbers glued to other numbers itself ("2009-2010"); the generic guard is off */
  glued?: boolean;
  /** tried in order before `make`: the first that holds drops the match */
  rejects?: readonly Rejection[];
  /** a draft, several drafts for several expressions in one match ("1957-58"), or null when the words make no value */
  make(g: Groups, cx: MatchCx): Draft | Draft[] | null;
}

/** The rejection that drops a match, if any. */
export function rejection(rule: Rule, g: Groups, cx: MatchCx): Rejection | undefined {
  return rule.rejects?.find((r) => r.test(g, cx));
}

/** A rule's drafts for a match: none when a rejection holds or the words make no value. */
export function apply(rule: Rule, g: Groups, cx: MatchCx): Draft | Draft[] | null {
  return rejection(rule, g, cx) ? null : rule.make(g, cx);
}
