/**
 * Actors: people and organizations, one per real entity, with every mention. Names come from the shared name analysis;
 * this stage groups their forms ("Kim Jong-un", "Kim", "Kim's") and promotes lone words that name a known person.
 */
import type { Actor, ActorKind } from '../schema.js';
import type { ExtractContext } from './context.js';
import type { Mention, NameAnalysis } from './names.js';
import { groupByName, matchesGroup } from '../link/aliases.js';
import { span } from '../text/spans.js';

export interface ActorDraft {
  actor: Actor;
  mentions: Mention[];
}

const bareName = (m: Mention) => m.text.replace(/'s?$/i, '');

function toDrafts(ctx: ExtractContext, kind: ActorKind, mentions: Mention[]): ActorDraft[] {
  const groups = groupByName(mentions, bareName, (m) => m.start);
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
        mentions: g.mentions.map((m) => span(ctx.doc.source, m.start, m.end)),
        rule: g.mentions[0]!.rule,
      },
      mentions: g.mentions,
    };
  });
}

export function extractActors(ctx: ExtractContext, names: NameAnalysis): ActorDraft[] {
  const people = names.mentions.filter((m) => m.kind === 'person');
  const personGroups = groupByName(people, bareName, (m) => m.start);
  // a lone capitalized word that is part of a person's full name is that person ("Peskov", "Jackson")
  for (const m of names.mentions) {
    if (m.kind === 'person') continue;
    if (m.kind === 'location' && (m.place?.kind === 'country' || m.words.length > 1)) continue;
    if (m.kind === 'organization' && m.rule !== 'tagged-organization') continue;
    if (m.words.every((w) => matchesGroup(personGroups, w.key))) {
      m.kind = 'person';
      m.rule = 'alias-of-person';
      people.push(m);
    }
  }
  // a lone word that starts an organization's name is that organization ("Ford" after "Ford Motor Co.")
  const orgNames = names.mentions.filter((m) => m.kind === 'organization' && m.words.length > 1).map((m) => m.words[0]!.key);
  for (const m of people) {
    if (m.words.length !== 1 || m.title.length || m.rule === 'alias-of-person' || matchesGroup(personGroups, bareName(m))) continue;
    if (orgNames.includes(m.words[0]!.key)) {
      m.kind = 'organization';
      m.rule = 'alias-of-organization';
    }
  }
  // an unknown run that starts an organization's name is that organization ("Maritime Steel" for "Maritime Steel Corp.")
  for (const m of names.mentions) {
    if (m.kind !== 'unknown' || m.words.length < 2) continue;
    const keys = m.words.map((w) => w.key);
    if (names.mentions.some((o) => o.kind === 'organization' && o.words.length > keys.length && keys.every((k, n) => o.words[n]!.key === k))) {
      m.kind = 'organization';
      m.rule = 'alias-of-organization';
    }
  }
  const orgs = names.mentions.filter((m) => m.kind === 'organization');
  people.splice(0, people.length, ...people.filter((m) => m.kind === 'person'));
  return [...toDrafts(ctx, 'person', people), ...toDrafts(ctx, 'organization', orgs)];
}
