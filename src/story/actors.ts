/**
 * People and organizations across articles. Every sheet actor is a node; nodes are linked when:
 *   1. their full names are the same once titles, honorifics, legal forms and the spelling of a country are set aside
 *      ("Mr. John Smith" / "John Smith", "Apple" / "Apple Inc.", "U.S. Air Force" / "United States Air Force");
 *   2. two people's full names differ only by initials or a middle name ("J. Smith" / "John Smith", "John A. Smith"),
 *      and no other person of the story fits as well;
 *   3. a surname alone names the one person of the story with that surname; with several, only a shared role decides;
 *   4. an acronym is the initials of exactly one organization named in full in any article ("GM" / "General Motors"),
 *      or of several, one of them named in the acronym's own article.
 * An age that cannot be the same person's forbids the links of 2 and 3. Nodes are only compared within blocks that
 * share a key (a full name, a surname, an acronym), never all pairs.
 */
import type { Actor, ActorKind, FactSheet, StoryActor, StoryAge, StoryRole } from '../schema.js';
import { agesAgree } from './ages.js';
import { acronymOf, initialsOf, organizationKey, personKey, spells } from '../link/name-keys.js';
import { IdMaker, slug } from './ids.js';
import { UnionFind } from './union.js';

export interface ActorNode {
  article: number;
  actor: Actor;
  asOf: string | null;
  /** the age as of asOf, or null (none, or one about another time) */
  age: number | null;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export interface ActorLinks {
  actors: StoryActor[];
  /** the story actor id of each node, in node order */
  storyIds: string[];
}

export function linkActors(nodes: readonly ActorNode[]): ActorLinks {
  const sets = new UnionFind(nodes.length);
  const keyOf = (n: ActorNode, name: string) => (n.actor.kind === 'person' ? personKey(name) : organizationKey(name));
  const names = (n: ActorNode) => [n.actor.name, ...n.actor.aliases];

  // 1. the same full name (people: two words or more; a lone word is a surname, rule 3)
  const exact = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    for (const name of names(n)) {
      const key = keyOf(n, name);
      if (key.length === 0 || (n.actor.kind === 'person' && key.length < 2)) continue;
      push(exact, `${n.actor.kind}:${key.join(' ')}`, i);
    }
  });
  for (const block of exact.values()) for (const i of block) sets.union(block[0]!, i);

  const agesOf = clusterAges(nodes, sets);
  const agree = (a: number, b: number) => {
    const x = agesOf(a);
    const y = agesOf(b);
    return x.every((p) => y.every((q) => agesAgree(p, q)));
  };
  const mergeIfAgree = (a: number, b: number) => {
    if (agree(a, b)) sets.union(a, b);
  };

  // 2. people by surname: initials and middle names
  const people = nodes.map((n, i) => ({ i, key: n.actor.kind === 'person' ? personKey(n.actor.name) : [] }));
  const bySurname = new Map<string, Array<{ i: number; key: string[] }>>();
  for (const p of people) if (p.key.length >= 2) push(bySurname, p.key[p.key.length - 1]!, p);
  for (const block of bySurname.values()) {
    const forms = distinctClusters(block, sets);
    for (const a of forms) {
      const fits = forms.filter((b) => b !== a && compatibleGiven(a.key, b.key));
      if (fits.length === 1 && forms.filter((b) => b !== fits[0] && compatibleGiven(fits[0]!.key, b.key)).length === 1) mergeIfAgree(a.i, fits[0]!.i);
    }
  }

  // 3. a surname alone: the one person with that surname, or the one among several who shares a role
  const roled = nodes.flatMap((n, j) => (n.actor.kind === 'person' && n.actor.roles.length > 0 ? [j] : []));
  const bare = new Map<string, number[]>();
  for (const p of people) if (p.key.length === 1) push(bare, p.key[0]!, p.i);
  for (const [surname, lone] of bare) {
    const full = distinctClusters(bySurname.get(surname) ?? [], sets);
    if (full.length === 0) {
      for (const i of lone) mergeIfAgree(lone[0]!, i);
      continue;
    }
    for (const i of lone) {
      const target = full.length === 1 ? full[0] : oneSharingRole(i, full, nodes, roled, sets);
      if (target) mergeIfAgree(target.i, i);
    }
  }

  // 4. acronyms and the organizations they abbreviate
  const expansions = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    if (n.actor.kind !== 'organization') return;
    for (const name of names(n)) for (const initials of initialsOf(name)) push(expansions, initials, i);
  });
  nodes.forEach((n, i) => {
    if (n.actor.kind !== 'organization') return;
    const acronym = acronymOf(n.actor.name);
    if (!acronym) return;
    const spelled = initialCandidates(acronym, expansions).filter((j) => names(nodes[j]!).some((x) => spells(acronym, x)));
    // already linked to one of them (the same acronym elsewhere): the others are not for it
    if (spelled.some((j) => sets.find(j) === sets.find(i))) return;
    const candidates = spelled;
    const roots = new Set(candidates.map((j) => sets.find(j)));
    // several: the one the acronym's own article names, if it names one
    const near = new Set(candidates.filter((j) => nodes[j]!.article === n.article).map((j) => sets.find(j)));
    if (roots.size === 1) sets.union([...roots][0]!, i);
    else if (near.size === 1) sets.union([...near][0]!, i);
  });

  return storyActors(nodes, sets);
}

/**
 * The organizations an acronym may stand for: those whose initials are the acronym, else those whose initials are part
 * of it, with the other letters found in order inside the words ("SIA" for "Singapore Airlines": S-I from Singapore).
 */
function initialCandidates(acronym: string, expansions: ReadonlyMap<string, number[]>): number[] {
  const exact = expansions.get(acronym);
  if (exact) return exact;
  const out: number[] = [];
  // the initials keep the acronym's first letter: at most 2^6 subsequences of an acronym of 7 letters
  const rest = acronym.slice(1);
  for (let mask = 0; mask < 1 << rest.length; mask++) {
    let initials = acronym[0]!;
    for (let k = 0; k < rest.length; k++) if (mask & (1 << k)) initials += rest[k];
    if (initials.length < 2 || initials === acronym) continue;
    for (const j of expansions.get(initials) ?? []) out.push(j);
  }
  return out;
}

/** One representative per cluster among these people. */
function distinctClusters<T extends { i: number }>(list: readonly T[], sets: UnionFind): T[] {
  const seen = new Map<number, T>();
  for (const p of list) if (!seen.has(sets.find(p.i))) seen.set(sets.find(p.i), p);
  return [...seen.values()];
}

/** Given names that may be one person's: "john" / "j", "john a" / "john", "j a" / "john andrew" (same surname). */
function compatibleGiven(a: readonly string[], b: readonly string[]): boolean {
  const ga = a.slice(0, -1);
  const gb = b.slice(0, -1);
  if (ga.length === 0 || gb.length === 0) return false;
  const word = (x: string, y: string) => x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
  if (!word(ga[0]!, gb[0]!)) return false;
  const ma = ga.slice(1);
  const mb = gb.slice(1);
  if (ma.length === 0 || mb.length === 0) return true;
  return ma.length === mb.length && ma.every((x, k) => word(x, mb[k]!));
}

function clusterAges(nodes: readonly ActorNode[], sets: UnionFind) {
  // few actors have an age: only they are looked at
  const aged = nodes.flatMap((n, j) => (n.age !== null && n.asOf ? [j] : []));
  return (i: number) => {
    const root = sets.find(i);
    return aged.filter((j) => sets.find(j) === root).map((j) => ({ age: nodes[j]!.age!, asOf: nodes[j]!.asOf }));
  };
}

const titleKey = (title: string) => title.toLowerCase().replace(/[^\p{L}\s]/gu, '').replace(/\s+/g, ' ').trim();

/** Of several people with this surname, the one whose roles share a title with this lone mention's, if exactly one. */
function oneSharingRole<T extends { i: number }>(i: number, full: readonly T[], nodes: readonly ActorNode[], roled: readonly number[], sets: UnionFind): T | null {
  const titles = new Set(nodes[i]!.actor.roles.map((r) => titleKey(r.title)));
  if (titles.size === 0) return null;
  const holders = new Set(roled.filter((j) => nodes[j]!.actor.roles.some((r) => titles.has(titleKey(r.title)))).map((j) => sets.find(j)));
  const sharing = full.filter((f) => holders.has(sets.find(f.i)));
  return sharing.length === 1 ? sharing[0]! : null;
}

/** The story actors, in order of first appearance, named by their most frequent name (an acronym last, the fuller on a tie). */
function storyActors(nodes: readonly ActorNode[], sets: UnionFind): ActorLinks {
  const groups = sets.groups();
  const storyIds = new Array<string>(nodes.length);
  const ids = new IdMaker();
  const actors = groups.map((group): StoryActor => {
    const members = group.map((i) => nodes[i]!);
    const counts = new Map<string, number>();
    for (const m of members) counts.set(m.actor.name, (counts.get(m.actor.name) ?? 0) + 1);
    const score = (name: string) => [acronymOf(name) ? 0 : 1, counts.get(name) ?? 0, name.trim().includes(' ') ? 1 : 0, name.length];
    const name = [...counts.keys()].reduce((best, n) => (compareScores(score(n), score(best)) > 0 ? n : best));
    const id = ids.make(`${members[0]!.actor.kind}:${slug(name)}`);
    for (const i of group) storyIds[i] = id;
    const aliases = [...new Set(members.flatMap((m) => [m.actor.name, ...m.actor.aliases]))].filter((a) => a !== name);
    const ages: StoryAge[] = members.filter((m) => m.age !== null).map((m) => ({ age: m.age!, article: m.article, asOf: m.asOf }));
    const roles: StoryRole[] = [];
    const seen = new Set<string>();
    for (const m of members) {
      for (const r of m.actor.roles) {
        const key = JSON.stringify([r.title, r.organization, r.qualifier, m.article]);
        if (seen.has(key)) continue;
        seen.add(key);
        roles.push({ title: r.title, organization: r.organization, qualifier: r.qualifier, article: m.article });
      }
    }
    const kind: ActorKind = members[0]!.actor.kind;
    return { id, kind, name, aliases, ages, roles, members: members.map((m) => ({ article: m.article, id: m.actor.id })) };
  });
  return { actors, storyIds };
}

function compareScores(a: number[], b: number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return 0;
}

/** Every sheet's actors as nodes, in article order. `currentAge` says whether an age is about the article's time. */
export function actorNodes(sheets: readonly FactSheet[], currentAge: (article: number, actor: Actor) => boolean): ActorNode[] {
  const nodes: ActorNode[] = [];
  sheets.forEach((sheet, article) => {
    for (const actor of sheet.actors) {
      const age = actor.age !== null && currentAge(article, actor) ? actor.age : null;
      nodes.push({ article, actor, asOf: sheet.referenceDate, age });
    }
  });
  return nodes;
}
