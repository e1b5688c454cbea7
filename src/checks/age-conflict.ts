/**
 * Age-conflict check: one person given two different ages in the text ("Jane Doe, 39," then "the 41-year-old Doe").
 * Ages the text states about another time are left out (see `statedAges`). A person whose age is stated more than once
 * and always the same gets an `ok`.
 */
import type { Check } from '../schema.js';
import type { StatedAge } from './person-ages.js';

export function checkAgeConflicts(ages: readonly StatedAge[]): Check[] {
  const byPerson = new Map<string, StatedAge[]>();
  for (const a of ages) byPerson.set(a.person, [...(byPerson.get(a.person) ?? []), a]);
  const out: Check[] = [];
  for (const [person, list] of byPerson) {
    if (list.length < 2) continue;
    const values = [...new Set(list.map((a) => a.age))];
    const evidence = list.map((a) => a.evidence);
    if (values.length === 1) {
      out.push({ kind: 'age-conflict', status: 'ok', message: `${person}: age ${values[0]}, stated ${list.length} times`, evidence });
      continue;
    }
    const shown = values.map(String);
    const listed = shown.length === 2 ? shown.join(' and ') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
    out.push({ kind: 'age-conflict', status: 'warning', message: `${person} is given ${values.length} different ages: ${listed}`, evidence });
  }
  return out;
}
