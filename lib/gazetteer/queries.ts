/**
 * Response shapes for the gazetteer routes (/api/geocode, /api/geocode/reverse, /api/places/[id]); their
 * query schemas (GeocodeQuery, ReverseQuery, PlaceId) are in lib/schemas/places.ts.
 * In: gazetteer entries and near() results. Out: JSON-ready bodies.
 */
import { GeocodeResult, type GazetteerEntry } from '../schemas';
import type { NearResult } from './types';

/** Reverse-geocode score in (0, 1]: 1 at the point, 0.5 at the entry's own radius, falling with distance. */
export function distanceScore(km: number, radiusKm: number): number {
  const r = Math.max(radiusKm, 0.5);
  return Math.round((1 / (1 + km / r)) * 1000) / 1000;
}

export function reverseResult(n: NearResult): GeocodeResult {
  const e = n.entry;
  return { id: e.id, name: e.name, kind: e.kind, country: e.country, admin1: e.admin1, lat: e.lat, lon: e.lon, score: distanceScore(n.km, e.radiusKm) };
}

export type PlaceSummary = Pick<GazetteerEntry, 'id' | 'name' | 'kind' | 'country'>;

export function summary(e: GazetteerEntry): PlaceSummary {
  return { id: e.id, name: e.name, kind: e.kind, country: e.country };
}

/** Body of GET /api/places/[id]: the entry, its parent and (at most `max`) children, biggest first. */
export function placeBody(e: GazetteerEntry, parent: GazetteerEntry | undefined, children: GazetteerEntry[], max = 100) {
  const sorted = [...children].sort((a, b) => (b.population ?? -1) - (a.population ?? -1) || (a.id < b.id ? -1 : 1));
  return {
    entry: e,
    parent: parent ? summary(parent) : null,
    children: sorted.slice(0, max).map(summary),
    childCount: children.length,
  };
}
