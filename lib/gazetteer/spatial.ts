/**
 * Point helpers over gazetteer entries: great-circle distance and bbox/radius containment.
 * In: entries and [lat, lon] numbers. Out: km and booleans. Pure; no index needed.
 */
import type { GazetteerEntry } from '../schemas/gazetteer';

const R = 6371.0088;
const RAD = Math.PI / 180;

/** Haversine distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD, dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}

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
