/**
 * Locations: named places with a kind and, where the gazetteer knows it, a country code. Forms of one place
 * ("U.S.", "United States") are one location, named by the fullest form the article uses.
 */
import type { Location } from '../schema.js';
import type { ExtractContext } from './context.js';
import type { Mention, NameAnalysis } from './names.js';
import { placeKey } from '../geo/gazetteer.js';
import { span } from '../text/spans.js';

export interface LocationDraft {
  location: Location;
  mentions: Mention[];
}

export function extractLocations(ctx: ExtractContext, names: NameAnalysis): LocationDraft[] {
  const byPlace = new Map<string, Mention[]>();
  for (const m of names.mentions) {
    if (m.kind !== 'location' || !m.place) continue;
    const key = `${m.place.kind}:${m.place.countryCode ?? ''}:${placeKey(m.place.name)}`;
    const list = byPlace.get(key) ?? [];
    list.push(m);
    byPlace.set(key, list);
  }
  const drafts: LocationDraft[] = [];
  for (const mentions of byPlace.values()) {
    const first = mentions[0]!;
    const forms = mentions.map((m) => m.text.replace(/'s?$/i, ''));
    // the fullest form, preferring one written in ordinary case to a dateline's capitals
    const cased = forms.filter((f) => /\p{Ll}/u.test(f));
    const name = (cased.length ? cased : forms).reduce((a, b) => (b.length > a.length ? b : a));
    drafts.push({
      location: {
        id: '',
        name,
        kind: first.place!.kind,
        countryCode: first.place!.countryCode,
        mentions: mentions.map((m) => span(ctx.doc.source, m.start, m.end)),
        rule: first.rule,
      },
      mentions,
    });
  }
  return drafts.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
