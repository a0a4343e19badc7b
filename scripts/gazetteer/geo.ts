/**
 * Geometry helpers for the gazetteer build: bbox (antimeridian-aware), label points, radius from extent,
 * and Douglas–Peucker simplification for the small admin-1 outline file.
 * In: GeoJSON geometries ([lng, lat]). Out: numbers rounded for a deterministic, compact output.
 */
import type { Geometry, Position } from 'geojson';

export type BBox = [number, number, number, number];

export const round = (x: number, digits = 4): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** Every outer+inner ring of a Polygon/MultiPolygon (other geometry types yield nothing). */
export function rings(g: Geometry | null | undefined): Position[][] {
  if (!g) return [];
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(rings);
  return [];
}

/** [west, south, east, north]; when the shape straddles the antimeridian, west > east. */
export function bboxOf(g: Geometry | null | undefined): BBox | null {
  const rs = rings(g);
  if (rs.length === 0) return null;
  let s = 90, n = -90, w = 180, e = -180, w360 = 360, e360 = 0;
  for (const r of rs) for (const p of r) {
    const lon = p[0] ?? 0, lat = p[1] ?? 0;
    if (lat < s) s = lat;
    if (lat > n) n = lat;
    if (lon < w) w = lon;
    if (lon > e) e = lon;
    const l360 = lon < 0 ? lon + 360 : lon;
    if (l360 < w360) w360 = l360;
    if (l360 > e360) e360 = l360;
  }
  if (e - w > 180 && e360 - w360 < e - w) {
    const west = w360 > 180 ? w360 - 360 : w360;
    const east = e360 > 180 ? e360 - 360 : e360;
    return [round(west), round(s), round(east), round(n)];
  }
  return [round(w), round(s), round(e), round(n)];
}

const KM_PER_DEG = 111.32;

/** Width and height of a bbox in km (at its middle latitude). */
export function bboxKm(b: BBox): { w: number; h: number } {
  const [west, south, east, north] = b;
  const dLon = east >= west ? east - west : east + 360 - west;
  const midLat = ((south + north) / 2) * (Math.PI / 180);
  return { w: dLon * KM_PER_DEG * Math.cos(midLat), h: (north - south) * KM_PER_DEG };
}

/** Uncertainty radius for an extent: half the geometric mean of the bbox sides, at least 1 km. */
export function radiusFromBBox(b: BBox): number {
  const { w, h } = bboxKm(b);
  return round(Math.max(1, 0.5 * Math.sqrt(Math.max(w, 0.01) * Math.max(h, 0.01))), 1);
}

export function bboxCenter(b: BBox): { lat: number; lon: number } {
  const [west, south, east, north] = b;
  let lon = east >= west ? (west + east) / 2 : (west + east + 360) / 2;
  if (lon > 180) lon -= 360;
  return { lat: round((south + north) / 2), lon: round(lon) };
}

/** Area-weighted centroid of the largest outer ring (planar; fine for label points of small shapes). */
export function centroidOf(g: Geometry | null | undefined): { lat: number; lon: number } | null {
  const outers: Position[][] =
    g?.type === 'Polygon' ? [g.coordinates[0] ?? []] : g?.type === 'MultiPolygon' ? g.coordinates.map((p) => p[0] ?? []) : [];
  let best: { a: number; x: number; y: number } | null = null;
  for (const ring of outers) {
    let a = 0, cx = 0, cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x0 = 0, y0 = 0] = ring[j] ?? [];
      const [x1 = 0, y1 = 0] = ring[i] ?? [];
      const f = x0 * y1 - x1 * y0;
      a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
    }
    if (a === 0) continue;
    const c = { a: Math.abs(a), x: cx / (3 * a), y: cy / (3 * a) };
    if (!best || c.a > best.a) best = c;
  }
  // shapes that run past the antimeridian (Russia's mainland in world-atlas) can put x beyond ±180
  return best ? { lat: round(best.y), lon: round((((best.x + 180) % 360) + 360) % 360 - 180) } : null;
}

function perpDist(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p, [ax = 0, ay = 0] = a, [bx = 0, by = 0] = b;
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return Math.hypot(px - ax, py - ay);
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Douglas–Peucker on one ring; keeps rings closed and at least 4 points. */
export function simplifyRing(ring: Position[], tol: number, digits = 3): Position[] {
  if (ring.length <= 4) return ring.map((p) => [round(p[0] ?? 0, digits), round(p[1] ?? 0, digits)]);
  const keep = new Uint8Array(ring.length);
  keep[0] = 1; keep[ring.length - 1] = 1;
  const stack: [number, number][] = [[0, ring.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop()!;
    let maxD = 0, idx = -1;
    for (let k = i + 1; k < j; k++) {
      const d = perpDist(ring[k]!, ring[i]!, ring[j]!);
      if (d > maxD) { maxD = d; idx = k; }
    }
    if (idx >= 0 && maxD > tol) { keep[idx] = 1; stack.push([i, idx], [idx, j]); }
  }
  const out = ring.filter((_, k) => keep[k]).map((p) => [round(p[0] ?? 0, digits), round(p[1] ?? 0, digits)]);
  return out.length >= 4 ? out : ring.slice(0, 4).map((p) => [round(p[0] ?? 0, digits), round(p[1] ?? 0, digits)]);
}

export function simplifyGeometry(g: Geometry, tol: number): Geometry | null {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map((r) => simplifyRing(r, tol)) };
  if (g.type === 'MultiPolygon') {
    return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => simplifyRing(r, tol))) };
  }
  return null;
}
