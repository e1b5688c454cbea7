/**
 * Attach ages and roles to the actors they were written beside. An age that refers back ("the 39-year-old") goes to
 * the person named last before it, within the same or the previous sentence.
 */
import type { ActorDraft } from '../extract/actors.js';
import type { AgeFinding } from '../extract/ages.js';
import type { RoleFinding } from '../extract/roles.js';
import type { Mention } from '../extract/names.js';

function owner(drafts: ActorDraft[], mention: Mention): ActorDraft | undefined {
  return drafts.find((d) => d.mentions.includes(mention));
}

export function attachAges(drafts: ActorDraft[], ages: readonly AgeFinding[]): void {
  const people = drafts.filter((d) => d.actor.kind === 'person');
  for (const a of ages) {
    let draft: ActorDraft | undefined;
    let sentence = -1;
    if (a.mention) draft = owner(people, a.mention);
    else {
      let best: Mention | undefined;
      for (const d of people) for (const m of d.mentions) if (m.end <= a.at && (!best || m.start > best.start)) best = m;
      if (best) {
        draft = owner(people, best);
        sentence = best.sentence;
      }
      if (sentence >= 0 && a.sentence - sentence > 1) draft = undefined;
    }
    if (!draft || draft.actor.age !== null) continue;
    draft.actor.age = a.age;
    draft.actor.ageEvidence = a.evidence;
  }
}

export function attachRoles(drafts: ActorDraft[], roles: readonly RoleFinding[]): void {
  for (const r of roles) {
    const draft = owner(drafts, r.mention);
    if (!draft || draft.actor.kind !== 'person') continue;
    const same = draft.actor.roles.find((x) => x.title.toLowerCase() === r.role.title.toLowerCase());
    if (same) {
      same.organization ??= r.role.organization;
      same.qualifier ??= r.role.qualifier;
      continue;
    }
    draft.actor.roles.push(r.role);
  }
}
