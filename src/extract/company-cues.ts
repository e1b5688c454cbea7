/**
 * Company cues strong enough for a name that reads as a person's ("Merrill Lynch", "Milton Roy", "Goldman Sachs"):
 * a holding in it ("shares of Merrill Lynch", "a stake in Milton Roy") and an occupation at it ("analysts at Merrill
 * Lynch", "an economist at Goldman Sachs"). A person is neither held in shares nor a workplace.
 */
import type { Word } from '../findings.js';
import { isTitleHead } from './lexicon.js';
import { breaksAfter, hasTag, isAcronym, isTitleWord } from './name-words.js';

/** Nouns of a holding before "of" or "in" ("shares of", "a stake in"). */
const HOLDINGS = new Set(['shares', 'stake', 'stakes', 'stock', 'shareholders', 'stockholders', 'holders']);

/** A lower-case occupation, singular or plural ("analyst", "economists"), as the word before "at". */
function occupation(w: Word): boolean {
  return (isTitleHead(w.key) || (/[^s]s$/.test(w.key) && isTitleHead(w.key.slice(0, -1))));
}

/** The rule name of the cue the run ws[i…] meets ("company-holding", "employer-at"), or null: two or three words that read as a person's name, no title, honorific or acronym. */
export function personLikeCompanyCue(ws: readonly Word[], i: number, run: readonly Word[]): string | null {
  if (run.length < 2 || run.length > 3 || run.some((w, n) => hasTag(w, 'Honorific') || isTitleWord(w) || isAcronym(w.text) || (n < run.length - 1 && breaksAfter(w)))) return null;
  // only a name that reads as a person's needs these cues ("GM Europe", "IG Index" are left to the others)
  if (!run.some((w) => hasTag(w, 'FirstName') || hasTag(w, 'LastName') || hasTag(w, 'Person'))) return null;
  const [noun, prep] = [ws[i - 2], ws[i - 1]];
  // (the noun may open the sentence: "Shares of Merrill Lynch fell")
  if (!noun || !prep || (noun.cap && i !== 2) || breaksAfter(noun)) return null;
  if ((prep.key === 'of' || prep.key === 'in') && HOLDINGS.has(noun.key)) return 'company-holding';
  if (prep.key === 'at' && occupation(noun)) return 'employer-at';
  return null;
}
