/**
 * The story's vocabulary: the words that tell a past role from a present one. Rules as data; each list is general
 * English news usage. (The words that link events across articles: checks/event-families.ts; the words of names,
 * legal forms and acronyms: extract/lexicon.ts.)
 */

/** Role qualifiers that put a role in the past ("former chairman", "ex-minister"). */
export const PAST_QUALIFIERS = new Set(['former', 'ex', 'retired', 'late']);
/** Role qualifiers of a role held at the article's time (none, "current", "acting"). */
export const PRESENT_QUALIFIERS = new Set(['current', 'acting', 'interim']);
