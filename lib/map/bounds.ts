/**
 * Robust bounds: the box around where most events are, so far venues (talks in Geneva, Vienna, Munich,
 * statements in Moscow) do not pull the first view away from the fighting — even when they are a quarter of
 * the points. Points are binned in a grid of `cell`-degree squares; occupied squares that touch (8 neighbours)
 * form groups; the biggest groups (by points) are taken until they hold more than `keep` of the points, and the
 * box is theirs. Linear in the number of points. Two equal theatres far apart are both framed; a world-wide
 * spread with no dense group keeps at least `keep` of it.
 * A box narrower than `minSpan` degrees (all events in one city) is widened around its centre.
 * In: GeoJSON [lng, lat] positions (never mutated). Out: a GeoJSON bbox [west, south, east, north]
 * with how many points it was built from, or null for no valid point.
 */
import type { LngLat, LatLngTuple } from './latlng';

/** GeoJSON bbox order: [west, south, east, north]. */
export type BBox = [number, number, number, number];

export interface RobustBoundsOptions {
  /** the framed groups hold more than this share of the points together (0 < keep ≤ 1) */
  keep?: number;
  /** grid square size in degrees: points in touching squares belong to one group */
  cell?: number;
  /** the smallest width and height of the box, in degrees */
  minSpan?: number;
}

export const ROBUST_DEFAULTS: Required<RobustBoundsOptions> = { keep: 0.5, cell: 4, minSpan: 0.5 };

export interface RobustBounds {
  bbox: BBox;
  /** how many of the valid points lie in the box */
  kept: number;
  /** how many valid points there were */
  total: number;
}

const valid = (p: LngLat): p is readonly [number, number] =>
  typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[1]) <= 90;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Groups of points whose grid squares touch, biggest first (ties: the group met first). */
function groups(pts: readonly (readonly [number, number])[], cell: number): number[][] {
  const squares = new Map<string, number[]>();
  const keyOf = (i: number, j: number) => `${i}:${j}`;
  pts.forEach((p, k) => {
    const key = keyOf(Math.floor(p[0] / cell), Math.floor(p[1] / cell));
    const members = squares.get(key);
    if (members) members.push(k);
    else squares.set(key, [k]);
  });
  const seen = new Set<string>();
  const out: number[][] = [];
  for (const start of squares.keys()) {
    if (seen.has(start)) continue;
    seen.add(start);
    const members: number[] = [];
    const stack = [start];
    while (stack.length) {
      const key = stack.pop()!;
      members.push(...squares.get(key)!);
      const [i, j] = key.split(':').map(Number) as [number, number];
      for (let di = -1; di <= 1; di++)
        for (let dj = -1; dj <= 1; dj++) {
          const next = keyOf(i + di, j + dj);
          if (!seen.has(next) && squares.has(next)) {
            seen.add(next);
            stack.push(next);
          }
        }
    }
    out.push(members);
  }
  return out.map((m, order) => ({ m, order })).sort((a, b) => b.m.length - a.m.length || a.order - b.order).map((g) => g.m);
}

export function robustBounds(positions: readonly LngLat[], options: RobustBoundsOptions = {}): RobustBounds | null {
  const { keep, cell, minSpan } = { ...ROBUST_DEFAULTS, ...options };
  const pts = positions.filter(valid);
  if (pts.length === 0) return null;
  // more than `keep` of the points: two equal theatres (half each) are both framed
  const need = Math.min(pts.length, Math.floor(clamp(keep, 0, 1) * pts.length) + 1);
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  let taken = 0;
  for (const group of groups(pts, cell > 0 ? cell : ROBUST_DEFAULTS.cell)) {
    if (taken >= need) break;
    for (const k of group) {
      const p = pts[k]!;
      w = Math.min(w, p[0]); e = Math.max(e, p[0]);
      s = Math.min(s, p[1]); n = Math.max(n, p[1]);
    }
    taken += group.length;
  }
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
