/**
 * Distance check: a distance the text states between two cities against their great-circle distance.
 *
 * Only distances with both endpoints known to the gazetteer as cities are checked: countries, regions and features
 * have no single point to measure from. A name the article uses for two places ("Paris" and "Paris, Texas") is not
 * measured: which one the distance is from cannot be told. A route by road, rail, sea or air is never shorter than the great circle and
 * is often much longer, and a city is a few kilometers wide, so the window is generous upward and narrower downward:
 *
 * | stated as                                    | ok when the stated distance is within         |
 * |----------------------------------------------|-----------------------------------------------|
 * | a plain value ("130 kilometers")              | 0.9 × to 1.5 × the great circle, ± 20 km      |
 * | approximate or a range ("about 6,500 km")     | 0.8 × to 1.6 × the great circle, ± 20 km      |
 * | a journey (a road route, a drive, a flight)   | the lower bound above, up to 3 × the great circle |
 *
 * A range ("300 to 400 miles") is ok when any part of it falls in the window.
 */
import type { Check, Distance } from '../schema.js';
import { lookupPlace, type Place } from '../geo/gazetteer.js';
import { formatNumber } from '../text/numbers.js';

/** Mean Earth radius (IUGG), in kilometers. */
const EARTH_RADIUS_KM = 6371.0088;

const DISTANCE_TOLERANCE = {
  plain: { low: 0.9, high: 1.5 },
  approximate: { low: 0.8, high: 1.6 },
  journeyHigh: 3,
  /** city extent: coordinates are a city's centre, the text may measure from its edge */
  slackKm: 20,
} as const;

/** Great-circle (haversine) distance between two points given in degrees, in kilometers. */
export function greatCircleKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Words that make a stated distance the length of a way travelled rather than of a straight line. */
const JOURNEY_RE = /\b(?:road|roads|highway|motorway|route|drive|drove|driven|driving|rail|railway|railroad|train|trek|journey|march|marched|walk|walked|sail|sailed|voyage|flight|flew|flown|convoy|pipeline)\b/i;

const km = (n: number) => formatNumber(Math.round(n));

export interface LatLng {
  lat: number;
  lng: number;
}

/** Where a place named in the article lies: a city's point, or null for anything that is not one point. */
export type PointOf = (name: string) => LatLng | null;

/** A city with coordinates, or null: only points can be measured between. */
function cityPoint(place: Place | null | undefined): LatLng | null {
  return place && place.kind === 'city' && place.lat !== null && place.lng !== null ? { lat: place.lat, lng: place.lng } : null;
}

/** The gazetteer's city of that name, whatever the article says. */
const gazetteerPoint: PointOf = (name) => cityPoint(lookupPlace(name));

/**
 * Points of the places an article names, from the place each mention was read as: a name is a point only when every
 * mention of it is the same city.
 */
export function articlePoints(locations: ReadonlyArray<{ location: { name: string }; mentions: ReadonlyArray<{ place: Place | null }> }>): PointOf {
  const points = new Map<string, LatLng | null>();
  for (const l of locations) {
    for (const m of l.mentions) {
      const p = cityPoint(m.place);
      const known = points.get(l.location.name);
      if (known === undefined) points.set(l.location.name, p);
      else if (!p || !known || p.lat !== known.lat || p.lng !== known.lng) points.set(l.location.name, null);
    }
  }
  return (name) => points.get(name) ?? null;
}

export function checkDistances(distances: readonly Distance[], pointOf: PointOf = gazetteerPoint): Check[] {
  const out: Check[] = [];
  for (const d of distances) {
    if (!d.from || !d.to || d.from === d.to) continue;
    const a = pointOf(d.from);
    const b = pointOf(d.to);
    if (!a || !b) continue;
    const circle = greatCircleKm(a, b);
    const stated = d.meters / 1000;
    const statedHigh = d.upper !== null && d.value > 0 ? (stated * d.upper) / d.value : stated;
    const loose = d.approximate || d.upper !== null;
    const t = loose ? DISTANCE_TOLERANCE.approximate : DISTANCE_TOLERANCE.plain;
    const journey = d.route || JOURNEY_RE.test(d.sentence.text);
    const low = t.low * circle - DISTANCE_TOLERANCE.slackKm;
    const high = (journey ? DISTANCE_TOLERANCE.journeyHigh : t.high) * circle + DISTANCE_TOLERANCE.slackKm;
    const ok = statedHigh >= low && stated <= high;
    const said = `${d.approximate ? 'about ' : ''}${km(stated)}${statedHigh !== stated ? `–${km(statedHigh)}` : ''} km`;
    const pair = `${d.from}–${d.to}`;
    const message = ok
      ? `${pair}: stated ${said}, great-circle distance ${km(circle)} km`
      : stated > high
        ? `${pair}: stated ${said}, far more than the great-circle distance of ${km(circle)} km`
        : `${pair}: stated ${said}, less than the great-circle distance of ${km(circle)} km`;
    out.push({
      kind: 'distance',
      status: ok ? 'ok' : 'warning',
      message,
      evidence: [{ start: d.start, end: d.end, text: d.text }],
      statedKm: Math.round(stated * 10) / 10,
      greatCircleKm: Math.round(circle * 10) / 10,
    });
  }
  return out;
}
