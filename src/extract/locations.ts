/**
 * Locations: named places with a kind and, where the gazetteer knows it, a country code. Forms of one place
 * ("U.S.", "United States") are one location, named by the fullest form the article uses.
 */
import type { ExtractContext } from './context.js';
import type { LocationDraft, Mention, NameAnalysis } from '../findings.js';
import { placeKey } from '../geo/gazetteer.js';
import { span } from '../text/spans.js';

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
    const named = mentions.filter((m) => m.basis !== 'demonym');
    if (!named.length) continue;
    const first = named[0] ?? mentions[0]!;
    const forms = named.map((m) => m.text.replace(/'s?$/i, ''));
    // the fullest form, preferring one written in ordinary case to a dateline's capitals; a place named only by its
    // demonym ("Japanese") takes the gazetteer's name
    const cased = forms.filter((f) => /\p{Ll}/u.test(f));
    const name = forms.length ? (cased.length ? cased : forms).reduce((a, b) => (b.length > a.length ? b : a)) : first.place!.name;
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
