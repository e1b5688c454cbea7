/**
 * Alias resolution within one article: a surname or given name alone ("Kim", "Mr. Schwarz") refers to the one full
 * name that contains it. When two people share the word, the nearest earlier mention wins, so two Gonzalezes stay apart.
 */

export interface NameGroup<M> {
  /** the fullest form: the canonical name */
  name: string;
  /** lower-case words of the canonical name */
  parts: string[];
  mentions: M[];
}

const partsOf = (name: string) => name.toLowerCase().replace(/\./g, '').split(/\s+/).filter(Boolean);

/**
 * Group mentions by name. Longer names are canonical; a shorter one joins the group whose name contains all its words.
 * `position` orders mentions in the text so that an ambiguous short form goes to the person last mentioned before it.
 */
export function groupByName<M>(
  mentions: readonly M[],
  nameOf: (m: M) => string,
  position: (m: M) => number,
  /** a short form that names someone else than the full names containing it ("King Hussein" beside "Saddam Hussein") */
  apart: (m: M) => boolean = () => false,
): NameGroup<M>[] {
  const distinct: NameGroup<M>[] = [];
  const groups: NameGroup<M>[] = [];
  const byName = new Map<string, NameGroup<M>>();
  const sorted = [...mentions].sort((a, b) => partsOf(nameOf(b)).length - partsOf(nameOf(a)).length || position(a) - position(b));
  for (const m of sorted) {
    const name = nameOf(m);
    const key = partsOf(name).join(' ');
    const same = byName.get(key);
    if (same) {
      same.mentions.push(m);
      continue;
    }
    const parts = partsOf(name);
    const containing = groups.filter((g) => g.parts.length > parts.length && parts.every((p) => g.parts.includes(p)));
    if (containing.length && apart(m)) {
      const known = distinct.find((g) => g.parts.join(' ') === key);
      if (known) known.mentions.push(m);
      else {
        const group: NameGroup<M> = { name, parts, mentions: [m] };
        groups.push(group);
        distinct.push(group);
      }
      continue;
    }
    // a bare short form may also be the one set apart: the nearest earlier of them all
    containing.push(...distinct.filter((g) => g.parts.join(' ') === key));
    if (containing.length) {
      const target = containing.length === 1 ? containing[0]! : nearestBefore(containing, position(m), position);
      target.mentions.push(m);
      byName.set(key, containing.length === 1 ? target : byName.get(key)!);
      if (containing.length > 1) byName.delete(key);
      continue;
    }
    const group: NameGroup<M> = { name, parts, mentions: [m] };
    groups.push(group);
    byName.set(key, group);
  }
  for (const g of groups) g.mentions.sort((a, b) => position(a) - position(b));
  return groups.sort((a, b) => position(a.mentions[0]!) - position(b.mentions[0]!));
}

function nearestBefore<M>(groups: NameGroup<M>[], at: number, position: (m: M) => number): NameGroup<M> {
  let best = groups[0]!;
  let bestAt = -Infinity;
  for (const g of groups) {
    for (const m of g.mentions) {
      const p = position(m);
      if (p <= at && p > bestAt) {
        bestAt = p;
        best = g;
      }
    }
  }
  return best;
}
