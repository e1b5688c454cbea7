/**
 * The working types between the stages: what the finders (`src/extract/`) hand to linking (`src/link/`) and to the
 * consistency checks (`src/checks/`). A leaf module: it declares shapes only, so every layer may import it. Output
 * shapes (facts) are declared in `schema.ts`; these never reach a sheet as they are.
 */
import type { Token } from './nlp/document.js';
import type { Place } from './geo/gazetteer.js';
import type { Actor, Location, Role, Span } from './schema.js';

/** A word: one token, or tokens joined by hyphens without spaces ("Jong-un", "al-Assad"). */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** the word without a possessive ending */
  bareEnd: number;
  key: string;
  tokens: Token[];
  cap: boolean;
  /** the punctuation and space after the word */
  post: string;
  sentence: number;
  /** index of the word in its sentence */
  i: number;
}

export type MentionKind = 'person' | 'organization' | 'location' | 'unknown';

/**
 * What a mention's kind rests on, for the code that weighs it (its `rule` is for people only):
 * `demonym`, a place named by its people's adjective ("Japanese"); `tags`, the parser's tags alone; `alias`, the
 * kind of a fuller name elsewhere in the text that contains it; `text`, anything else (a gazetteer entry, a title, a
 * head word, the words around it).
 */
export type MentionBasis = 'demonym' | 'tags' | 'alias' | 'text';

export interface Mention {
  readonly kind: MentionKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly words: readonly Word[];
  readonly sentence: number;
  /** the words of a title written before the name ("Foreign Minister", "US National Security Advisor") */
  readonly title: readonly Word[];
  readonly place: Place | null;
  readonly basis: MentionBasis;
  readonly rule: string;
}

/** The name stage's result: read by actors, places, ages and roles, changed by none. */
export interface NameAnalysis {
  /** words of each sentence */
  readonly words: readonly (readonly Word[])[];
  readonly mentions: readonly Mention[];
}

/** An actor and the name mentions it was grouped from, before ages and roles are attached and ids given. */
export interface ActorDraft {
  actor: Actor;
  mentions: Mention[];
}

/** A location and the name mentions it was grouped from. */
export interface LocationDraft {
  location: Location;
  mentions: Mention[];
}

export interface AgeFinding {
  age: number;
  evidence: Span;
  /** the person mention the age is written beside; null when it refers back ("the 39-year-old") */
  mention: Mention | null;
  /** where the age stands, for referring back to the person last named */
  at: number;
  sentence: number;
  rule: string;
}

export interface RoleFinding {
  mention: Mention;
  role: Role;
}

/** An age and the actor it belongs to. */
export interface AgeLink {
  age: AgeFinding;
  draft: ActorDraft;
}

/** A place mention provided by the locations stage: the canonical name and one mention span. */
export interface PlaceMention {
  name: string;
  start: number;
  end: number;
}

/** A named participant's mention, by canonical name. */
export interface NamedMention {
  name: string;
  start: number;
  end: number;
  person: boolean;
  /** an organization's mention: "it", "its" and "the company" can refer to it */
  organization?: boolean;
}
