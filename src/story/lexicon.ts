/**
 * The story's vocabulary: the words that link events across articles and tell a past role from a present one. Rules
 * as data; each list is general English news usage. (The words of names, legal forms and acronyms: extract/lexicon.ts.)
 */

/**
 * Families of event triggers: words that tell the same kind of happening ("killed", "killing", "shooting", "death").
 * `once` lists the words of what happens to the same people only once (a death, a birth): two dates for it cannot
 * both be true. A shooting is not among them: the victim may die another day.
 */
export const TRIGGER_FAMILIES: ReadonlyArray<{ family: string; words: readonly string[]; once: readonly string[] }> = [
  {
    family: 'death',
    words: ['kill', 'killed', 'kills', 'killing', 'killings', 'shooting', 'shot', 'death', 'died', 'dies', 'die', 'dead', 'slain',
      'slaying', 'murder', 'murdered', 'assassinated', 'assassination', 'executed', 'execution'],
    once: ['killed', 'killing', 'death', 'died', 'slain', 'slaying', 'murdered', 'assassinated', 'assassination', 'executed', 'execution'],
  },
  { family: 'birth', words: ['born', 'birth'], once: ['born', 'birth'] },
  { family: 'visit', words: ['visit', 'visits', 'visited', 'visiting', 'trip', 'trips', 'tour', 'toured', 'touring'], once: [] },
  { family: 'meeting', words: ['meet', 'meets', 'met', 'meeting', 'meetings', 'talks', 'talked', 'summit', 'negotiations', 'negotiated'], once: [] },
  { family: 'arrest', words: ['arrest', 'arrested', 'arrests', 'detained', 'detention', 'captured', 'capture'], once: [] },
  { family: 'resignation', words: ['resign', 'resigned', 'resigns', 'resignation', 'quit', 'quits'], once: [] },
  { family: 'appointment', words: ['appoint', 'appointed', 'appoints', 'appointment', 'named', 'nominated', 'nomination'], once: [] },
  { family: 'attack', words: ['attack', 'attacked', 'attacks', 'bombing', 'bombed', 'raid', 'raided'], once: [] },
  { family: 'announcement', words: ['announce', 'announced', 'announces', 'announcement', 'unveiled', 'unveils', 'unveil'], once: [] },
  { family: 'sale', words: ['sell', 'sold', 'sells', 'sale', 'buy', 'bought', 'buys', 'purchase', 'purchased', 'acquire', 'acquired', 'acquisition'], once: [] },
];

/** Role qualifiers that put a role in the past ("former chairman", "ex-minister"). */
export const PAST_QUALIFIERS = new Set(['former', 'ex', 'retired', 'late']);
/** Role qualifiers of a role held at the article's time (none, "current", "acting"). */
export const PRESENT_QUALIFIERS = new Set(['current', 'acting', 'interim']);
