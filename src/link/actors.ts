/**
 * Attach ages and roles to the actors they were written beside. An age that refers back ("the 39-year-old") goes to
 * the person named last before it, within the same or the previous sentence.
 */
import type { ActorDraft } from '../extract/actors.js';
import type { AgeFinding } from '../extract/ages.js';
import type { RoleFinding } from '../extract/roles.js';
import type { Mention } from '../extract/names.js';
import { firstIndex } from '../text/spans.js';
import type { Span } from '../schema.js';

function owners(drafts: ActorDraft[]): Map<Mention, ActorDraft> {
  return new Map(drafts.flatMap((d) => d.mentions.map((m) => [m, d] as const)));
}

/**
 * Each age with the person it belongs to: the person it is written beside, or for an age that refers back, the person
 * named last before it in the same or the previous sentence. Ages with no owner are left out.
 */
export function ageOwners(drafts: ActorDraft[], ages: readonly AgeFinding[]): Array<{ age: AgeFinding; draft: ActorDraft }> {
  const owner = owners(drafts.filter((d) => d.actor.kind === 'person'));
  const mentions = [...owner.keys()].sort((a, b) => a.start - b.start);
  const out: Array<{ age: AgeFinding; draft: ActorDraft }> = [];
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

/** The first age stated for each person becomes the actor's age. */
export function attachAges(drafts: ActorDraft[], ages: readonly AgeFinding[]): void {
  for (const { age: a, draft } of ageOwners(drafts, ages)) {
    if (draft.actor.age !== null) continue;
    draft.actor.age = a.age;
    draft.actor.ageEvidence = a.evidence;
  }
}

/** A title written beside a name ("Kremlin spokesman", "the foreign minister") is a mention of that person too. */
function addMention(draft: ActorDraft, evidence: Span): void {
  const list = draft.actor.mentions;
  if (list.some((m) => m.start < evidence.end && evidence.start < m.end)) return;
  list.splice(firstIndex(list, (m) => m.start > evidence.start), 0, { start: evidence.start, end: evidence.end, text: evidence.text });
}

export function attachRoles(drafts: ActorDraft[], roles: readonly RoleFinding[]): void {
  const owner = owners(drafts);
  for (const r of roles) {
    const draft = owner.get(r.mention);
    if (!draft || draft.actor.kind !== 'person') continue;
    addMention(draft, r.role.evidence);
    // one role written twice, or once in short ("chief executive" beside "chief executive officer")
    const covers = (long: string, short: string) => ` ${long.toLowerCase()} `.includes(` ${short.toLowerCase()} `);
    const same = draft.actor.roles.find((x) => covers(x.title, r.role.title) || covers(r.role.title, x.title));
    if (same && covers(r.role.title, same.title) && r.role.title.length > same.title.length) {
      same.title = r.role.title;
      same.evidence = r.role.evidence;
    }
    if (same) {
      same.organization ??= r.role.organization;
      same.qualifier ??= r.role.qualifier;
      continue;
    }
    draft.actor.roles.push(r.role);
  }
}
