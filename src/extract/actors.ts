/**
 * Actors: people and organizations, one per real entity, with every mention. Names come from the shared name analysis;
 * this stage groups their forms ("Kim Jong-un", "Kim", "Kim's") and promotes lone words that name a known person.
 */
import type { Actor, ActorKind } from '../schema.js';
import type { ExtractContext } from './context.js';
import type { Mention, NameAnalysis, Word } from './names.js';
import { groupByName } from '../link/aliases.js';
import { span } from '../text/spans.js';

export interface ActorDraft {
  actor: Actor;
  mentions: Mention[];
}

const bareName = (m: Mention) => m.text.replace(/'s?$/i, '');

/** Titles that go with a given name alone: "King Hussein" is not "Saddam Hussein". */
const MONARCHS = new Set(['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'pope', 'crown']);
const setApart = (m: Mention) => m.words.length === 1 && m.title.some((w) => MONARCHS.has(w.key));

function toDrafts(ctx: ExtractContext, kind: ActorKind, mentions: Mention[]): ActorDraft[] {
  const groups = groupByName(mentions, bareName, (m) => m.start, setApart);
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
  const groups = groupByName(people, bareName, (m) => m.start);
  const personWords = new Set(groups.flatMap((g) => g.parts));
  const wordKey = (w: Word) => w.key.replace(/\./g, '');

  // a lone capitalized word that is part of a person's name is that person ("Peskov", "Jackson")
  for (const m of names.mentions) {
    if (m.kind === 'person') continue;
    if (m.kind === 'location' && (m.place?.kind === 'country' || m.words.length > 1)) continue;
    if (m.kind === 'organization' && m.rule !== 'tagged-organization') continue;
    if (m.words.every((w) => personWords.has(wordKey(w)))) {
      m.kind = 'person';
      m.rule = 'alias-of-person';
    }
  }

  // organizations by the first words of their names: "Ford" after "Ford Motor Co.", "Maritime Steel" for "Maritime Steel Corp."
  const orgPrefixes = new Set<string>();
  for (const o of names.mentions) {
    if (o.kind !== 'organization' || o.words.length < 2) continue;
    for (let n = 1; n < o.words.length; n++) orgPrefixes.add(o.words.slice(0, n).map(wordKey).join(' '));
  }
  for (const m of names.mentions) {
    const key = m.words.map(wordKey).join(' ');
    if (!orgPrefixes.has(key)) continue;
    // a lone word shared by a company and a person ("Ford" with "Ford Motor Co." and "William Clay Ford") is the
    // company, unless a title or honorific marks the person ("Mr. Ford")
    const loneTaggedPerson = m.kind === 'person' && m.words.length === 1 && !m.title.length && (m.rule === 'tagged-person' || m.rule === 'alias-of-person');
    if (loneTaggedPerson || (m.kind === 'unknown' && m.words.length > 1)) {
      m.kind = 'organization';
      m.rule = 'alias-of-organization';
    }
  }

  const byKind = (kind: ActorKind) => names.mentions.filter((m) => m.kind === kind);
  return [...toDrafts(ctx, 'person', byKind('person')), ...toDrafts(ctx, 'organization', byKind('organization'))];
}
