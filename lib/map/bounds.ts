/**
 * Robust bounds: the box around where most events are, so a few far venues (talks in Geneva, Vienna,
 * Munich) do not pull the first view away from the fighting. Points are ranked by distance from the
 * median centre; the nearest `keep` share (≥ 80% by default) fixes a radius, and every point within
 * `tolerance` × that radius is kept too, so a spread-out cluster is never cut at an arbitrary point.
 * A box narrower than `minSpan` degrees (all events in one city) is widened around its centre.
 * In: GeoJSON [lng, lat] positions (never mutated). Out: a GeoJSON bbox [west, south, east, north]
 * with how many points it was built from, or null for no valid point.
 */
import type { LngLat, LatLngTuple } from './latlng';

/** GeoJSON bbox order: [west, south, east, north]. */
export type BBox = [number, number, number, number];

export interface RobustBoundsOptions {
  /** the share of points always kept (0 < keep ≤ 1) */
  keep?: number;
  /** points within tolerance × the keep-radius are kept as well */
  tolerance?: number;
  /** the smallest width and height of the box, in degrees */
  minSpan?: number;
}

export const ROBUST_DEFAULTS: Required<RobustBoundsOptions> = { keep: 0.8, tolerance: 1.5, minSpan: 0.5 };

export interface RobustBounds {
  bbox: BBox;
  /** how many of the valid points lie in the box */
  kept: number;
  /** how many valid points there were */
  total: number;
}

const valid = (p: LngLat): p is readonly [number, number] =>
  typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[1]) <= 90;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function robustBounds(positions: readonly LngLat[], options: RobustBoundsOptions = {}): RobustBounds | null {
  const { keep, tolerance, minSpan } = { ...ROBUST_DEFAULTS, ...options };
  const pts = positions.filter(valid);
  if (pts.length === 0) return null;
  const cx = median(pts.map((p) => p[0]));
  const cy = median(pts.map((p) => p[1]));
  const k = Math.cos((cy * Math.PI) / 180);
  const dist = pts.map((p) => Math.hypot((p[0] - cx) * k, p[1] - cy));
  const sorted = [...dist].sort((a, b) => a - b);
  const need = Math.max(1, Math.ceil(clamp(keep, 0, 1) * pts.length));
  const radius = sorted[need - 1]! * tolerance;
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  pts.forEach((p, i) => {
    if (dist[i]! > radius) return;
    w = Math.min(w, p[0]); e = Math.max(e, p[0]);
    s = Math.min(s, p[1]); n = Math.max(n, p[1]);
  });
  if (e - w < minSpan) {
    const mid = (w + e) / 2;
    [w, e] = [mid - minSpan / 2, mid + minSpan / 2];
  }
  if (n - s < minSpan) {
    const mid = (s + n) / 2;
    [s, n] = [clamp(mid - minSpan / 2, -90, 90), clamp(mid + minSpan / 2, -90, 90)];
  }
  const bbox: BBox = [w, s, e, n];
  return { bbox, kept: pts.filter((p) => inBBox(p, bbox)).length, total: pts.length };
}

/** True when a [lng, lat] position lies in a bbox (edges included). */
export function inBBox(p: LngLat, [w, s, e, n]: BBox): boolean {
  const lng = p[0], lat = p[1];
  return typeof lng === 'number' && typeof lat === 'number' && lng >= w && lng <= e && lat >= s && lat <= n;
}

/** The last inch: a GeoJSON bbox as Leaflet bounds [[south, west], [north, east]]. */
export function bboxToLatLngBounds([w, s, e, n]: BBox): [LatLngTuple, LatLngTuple] {
  return [[s, w], [n, e]];
}
