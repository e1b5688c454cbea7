/**
 * Names into actors, and ages and roles to the actors they were written beside. An age that refers back ("the
 * 39-year-old") goes to the person named last before it, within the same or the previous sentence.
 */
import type { Actor, ActorKind, Role, Span } from '../schema.js';
import type { ActorDraft, AgeFinding, AgeLink, Mention, NameAnalysis, RoleFinding } from '../findings.js';
import { groupByName, type NameGroup } from './aliases.js';
import { acronymOf, spells } from './name-keys.js';
import { lookupPlace } from '../geo/gazetteer.js';
import { firstIndex, span } from '../text/spans.js';

const bareName = (m: Mention) => m.text.replace(/'s?$/i, '');

/** Titles that go with a given name alone: "King Hussein" is not "Saddam Hussein". */
const MONARCHS = new Set(['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'pope', 'crown']);
const setApart = (m: Mention) => m.words.length === 1 && m.title.some((w) => MONARCHS.has(w.key));

/**
 * An organization's acronym joins the organization it spells ("GM" and "General Motors", "Irish Republican Army
 * (IRA)"): of several it spells, the one named last before it, else the first.
 */
function foldAcronyms(groups: NameGroup<Mention>[]): NameGroup<Mention>[] {
  const full = groups.filter((g) => g.parts.length > 1);
  const folded = new Set<NameGroup<Mention>>();
  for (const g of groups) {
    const letters = g.parts.length === 1 ? acronymOf(g.name) : null;
    const targets = letters ? full.filter((f) => spells(letters, f.name) || spells(letters, withoutPlace(f))) : [];
    if (!targets.length) continue;
    const at = g.mentions[0]!.start;
    const before = targets.filter((f) => f.mentions[0]!.start < at);
    const target = before.length ? before.reduce((a, b) => (lastBefore(b, at) > lastBefore(a, at) ? b : a)) : targets[0]!;
    target.mentions.push(...g.mentions);
    target.mentions.sort((a, b) => a.start - b.start);
    folded.add(g);
  }
  return groups.filter((g) => !folded.has(g));
}

/** A body's name without the place it starts with ("Immigration and Naturalization Service" of "U.S. Immigration…"). */
function withoutPlace(g: NameGroup<Mention>): string {
  const m = g.mentions.find((x) => x.words.length > 2 && bareName(x) === g.name);
  if (!m) return g.name;
  for (let n = Math.min(3, m.words.length - 2); n >= 1; n--) {
    const rest = m.words[n]!.start - m.start;
    if (lookupPlace(m.text.slice(0, m.words[n - 1]!.bareEnd - m.start))) return bareName(m).slice(rest);
  }
  return g.name;
}

const lastBefore = (g: NameGroup<Mention>, at: number) => Math.max(...g.mentions.filter((m) => m.start < at).map((m) => m.start));

/**
 * A word that opens two organizations' names stays apart from both ("Apple" beside "Apple Corps" and "Apple Computer
 * Inc."): its own organization, not the one named last.
 */
function sharedShortForm(mentions: readonly Mention[]): (m: Mention) => boolean {
  const parts = (m: Mention) => bareName(m).toLowerCase().replace(/\./g, '').split(/\s+/).filter(Boolean);
  const names = [...new Map(mentions.filter((m) => m.words.length > 1).map((m) => [parts(m).join(' '), parts(m)])).values()];
  const contains = (long: string[], short: string[]) => long.length > short.length && short.every((p) => long.includes(p));
  const fullest = names.filter((n) => !names.some((o) => contains(o, n)));
  return (m) => {
    const short = parts(m);
    return short.length === 1 && fullest.filter((n) => n[0] === short[0]).length > 1;
  };
}

function toDrafts(source: string, kind: ActorKind, mentions: Mention[]): ActorDraft[] {
  const shared = kind === 'organization' ? sharedShortForm(mentions) : () => false;
  const named = groupByName(mentions, bareName, (m) => m.start, (m) => setApart(m) || shared(m));
  const groups = kind === 'organization' ? foldAcronyms(named) : named;
  return groups.map((g) => {
    const forms = [...new Set(g.mentions.map(bareName))];
    const name = forms.reduce((a, b) => (b.length > a.length ? b : a));
    return {
      actor: {
        id: '',
        kind,
        name,
        aliases: forms.filter((f) => f !== name),
        age: null,
        ageEvidence: null,
        roles: [],
        mentions: g.mentions.map((m) => span(source, m.start, m.end)),
        rule: g.mentions[0]!.rule,
      },
      mentions: g.mentions,
    };
  });
}

/** People and organizations, one per real entity, with every mention: the forms of a name ("Kim Jong-un", "Kim", "Kim's") grouped. */
export function groupActors(source: string, names: NameAnalysis): ActorDraft[] {
  const byKind = (kind: ActorKind) => names.mentions.filter((m) => m.kind === kind);
  return [...toDrafts(source, 'person', byKind('person')), ...toDrafts(source, 'organization', byKind('organization'))];
}

function owners(drafts: readonly ActorDraft[]): Map<Mention, ActorDraft> {
  return new Map(drafts.flatMap((d) => d.mentions.map((m) => [m, d] as const)));
}

/**
 * Each age with the person it belongs to: the person it is written beside, or for an age that refers back, the person
 * named last before it in the same or the previous sentence. Ages with no owner are left out.
 */
export function linkAges(drafts: readonly ActorDraft[], ages: readonly AgeFinding[]): AgeLink[] {
  const owner = owners(drafts.filter((d) => d.actor.kind === 'person'));
  const mentions = [...owner.keys()].sort((a, b) => a.start - b.start);
  const out: AgeLink[] = [];
  for (const a of ages) {
    let draft: ActorDraft | undefined;
    let sentence = -1;
    if (a.mention) draft = owner.get(a.mention);
    else {
      // the person named last before the age
      const best = mentions[firstIndex(mentions, (m) => m.end > a.at) - 1];
      if (best) {
        draft = owner.get(best);
        sentence = best.sentence;
      }
      if (sentence >= 0 && a.sentence - sentence > 1) draft = undefined;
    }
    if (draft) out.push({ age: a, draft });
  }
  return out;
}

/**
 * The actors as facts: each draft's actor with the first age stated for it and the roles written beside it (a title
 * beside a name is a mention of that person too). New objects; the drafts are left as they are.
 */
export function finishActors(drafts: readonly ActorDraft[], ages: readonly AgeLink[], roles: readonly RoleFinding[]): Actor[] {
  const made = new Map<ActorDraft, Actor>(drafts.map((d) => [d, { ...d.actor, mentions: [...d.actor.mentions], roles: [] }]));
  for (const { age: a, draft } of ages) {
    const actor = made.get(draft);
    if (!actor || actor.age !== null) continue;
    actor.age = a.age;
    actor.ageEvidence = a.evidence;
  }
  const owner = owners(drafts);
  for (const r of roles) {
    const draft = owner.get(r.mention);
    const actor = draft && made.get(draft);
    if (!actor || actor.kind !== 'person') continue;
    addMention(actor, r.role.evidence);
    // one role written twice, or once in short ("chief executive" beside "chief executive officer")
    const same = actor.roles.find((x) => covers(x.title, r.role.title) || covers(r.role.title, x.title));
    if (same && covers(r.role.title, same.title) && r.role.title.length > same.title.length) {
      same.title = r.role.title;
      same.evidence = r.role.evidence;
    }
    if (same) {
      same.organization ??= r.role.organization;
      same.qualifier ??= r.role.qualifier;
      continue;
    }
    actor.roles.push({ ...r.role });
  }
  return [...made.values()];
}

/** Does one title contain the other as whole words ("chief executive" in "chief executive officer")? */
const covers = (long: string, short: string) => ` ${long.toLowerCase()} `.includes(` ${short.toLowerCase()} `);

/** One role written twice, or once in short, with the same organization or none. */
export function sameRole(a: Role, b: Role): boolean {
  return (covers(a.title, b.title) || covers(b.title, a.title)) && (a.organization === b.organization || !a.organization || !b.organization);
}

function addMention(actor: Actor, evidence: Span): void {
  const list = actor.mentions;
  if (list.some((m) => m.start < evidence.end && evidence.start < m.end)) return;
  list.splice(firstIndex(list, (m) => m.start > evidence.start), 0, { start: evidence.start, end: evidence.end, text: evidence.text });
}
