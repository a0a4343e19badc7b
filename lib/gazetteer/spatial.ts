/**
 * Point helpers over gazetteer entries: bbox/radius containment (distances from lib/geo).
 * In: entries and [lat, lon] numbers. Out: km and booleans. Pure; no index needed.
 */
import type { GazetteerEntry } from '../schemas/gazetteer';
import { distanceKm } from '../geo';

/** bbox [w, s, e, n] contains the point; w > e means the box crosses the antimeridian. */
export function bboxContains(b: readonly [number, number, number, number], lat: number, lon: number): boolean {
  const [w, s, e, n] = b;
  if (lat < s || lat > n) return false;
  return w <= e ? lon >= w && lon <= e : lon >= w || lon <= e;
}

/**
 * Whether the point falls inside the entry's extent: its bbox when it has one, else the circle of radiusKm.
 * bboxes over-cover irregular shapes, so treat true as "plausibly inside".
 */
export function containsPoint(e: Pick<GazetteerEntry, 'bbox' | 'lat' | 'lon' | 'radiusKm'>, lat: number, lon: number): boolean {
  if (e.bbox) return bboxContains(e.bbox, lat, lon);
  return distanceKm(e.lat, e.lon, lat, lon) <= e.radiusKm;
}
