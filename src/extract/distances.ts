/**
 * Distances: spatial distances and lengths between places or along routes ("130 kilometers from the border",
 * "a 26.2-mile race", "3,500 to 8,500 nautical miles", "17 kilometers (10 miles) from Angkor Wat").
 *
 * Three passes over the text, one file each under `distances/`:
 *  1. find (`find.ts`): every unit word is a candidate; the number or range before it, its hedge, and a conversion
 *     right after it in another unit (`alt`).
 *  2. classify (`classify.ts`): the boundary of what counts as a distance, an ordered table of exclusions (heights,
 *     areas, speeds, sizes of objects…), and whether it is a route.
 *  3. endpoints (`endpoints.ts`, with `places.ts`): the places it runs from and to, from the words around it.
 * Units, number words, hedges and head nouns are one vocabulary (`units.ts`).
 */
import type { Distance } from '../schema.js';
import type { ExtractContext } from './context.js';
import { classify, isExclusion } from './distances/classify.js';
import { sentenceAt } from './distances/document.js';
import { endpoints } from './distances/endpoints.js';
import { altOf, conversionOf, findQuantities, type Quantity } from './distances/find.js';
import { datelinePlace, type Env } from './distances/places.js';
import type { PlaceMention } from '../findings.js';
import { toMeters } from './distances/units.js';

const SUFFIX_HEDGE_RE = /^\s{0,3}(?:or\s+so|or\s+more|or\s+less|plus|odd|give\s+or\s+take)\b/i;

export function extractDistances(ctx: ExtractContext, places: readonly PlaceMention[]): Distance[] {
  const doc = ctx.doc;
  const text = doc.text;
  const quantities = findQuantities(text);
  const sortedPlaces = [...places].filter((p) => p.end > p.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const env: Env = { doc, text, places: sortedPlaces, dateline: datelinePlace(text, sortedPlaces) };
  const out: Distance[] = [];
  const used = new Set<Quantity>();
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    if (used.has(q)) continue;
    // a conversion right after it: "17 kilometers (10 miles)", "10 miles, or 16 km,"
    let alt: Quantity | null = null;
    let groupEnd = q.end;
    const next = quantities[i + 1];
    if (next) {
      const conv = conversionOf(text, q, next);
      if (conv !== null) {
        alt = next;
        groupEnd = conv;
        used.add(next);
      }
    }
    const sentence = sentenceAt(doc, q.start);
    const kind = classify(doc, q, groupEnd, sentence);
    if (isExclusion(kind)) continue;
    const approximate = q.hedged || SUFFIX_HEDGE_RE.test(text.slice(groupEnd, groupEnd + 20));
    const ends = endpoints(env, q, kind, sentence);
    const form = q.range ? 'range' : q.compound ? 'compound-adjective' : 'number-unit';
    out.push({
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      value: q.value,
      upper: q.upper,
      unit: q.unit,
      meters: toMeters(q.value, q.unit),
      approximate,
      route: kind.route,
      from: ends.from,
      to: ends.to,
      alt: alt ? altOf(text, alt) : null,
      sentence: { start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) },
      rule: `distance:${form}${alt ? '+alt' : ''}${ends.rule ? `;${ends.rule}` : ''}`,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
