/**
 * Age-conflict check: one person given two different ages in the text ("Jane Doe, 39," then "the 41-year-old Doe").
 * Ages the text states about another time are left out (see `statedAges`). A person whose age is stated more than once
 * and always the same gets an `ok`. The evidence is the first mention of each age (and the second one when all agree).
 */
import type { Check } from '../schema.js';
import { byPerson, type StatedAge } from './person-ages.js';

export function checkAgeConflicts(ages: readonly StatedAge[]): Check[] {
  const out: Check[] = [];
  for (const [person, list] of byPerson(ages)) {
    if (list.length < 2) continue;
    const firsts = firstOfEach(list);
    if (firsts.length === 1) {
      out.push({ kind: 'age-conflict', status: 'ok', message: `${person}: age ${list[0]!.age}, stated ${list.length} times`, evidence: list.slice(0, 2).map((a) => a.evidence) });
      continue;
    }
    const shown = firsts.map((a) => String(a.age));
    const listed = shown.length === 2 ? shown.join(' and ') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
    out.push({ kind: 'age-conflict', status: 'warning', message: `${person} is given ${shown.length} different ages: ${listed}`, evidence: firsts.map((a) => a.evidence) });
  }
  return out;
}

/** The first statement of each different age, in text order. */
export function firstOfEach(list: readonly StatedAge[]): StatedAge[] {
  const seen = new Map<number, StatedAge>();
  for (const a of list) if (!seen.has(a.age)) seen.set(a.age, a);
  return [...seen.values()];
}
