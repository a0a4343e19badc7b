/**
 * Plane-safe land polygons for a Web-Mercator map (Leaflet draws longitude as a straight x axis).
 * Natural Earth / world-atlas rings that cross the antimeridian step from +180 to -180 (a 360° jump
 * that Leaflet draws as a band over the whole world, filled so that land turns into sea), and
 * Antarctica's ring runs once round the South Pole without ever closing in the plane.
 *
 * cutAtAntimeridian(geometry) unwraps each ring to continuous longitudes, closes pole-encircling rings
 * along the pole, clips the polygon to [-180, 180] (and the parts beyond it, shifted back by 360°),
 * halves a part still wider than 180° at the 0° meridian, and winds rings as RFC 7946 asks (outer
 * counter-clockwise, holes clockwise); rings of zero area are dropped. No ring of the result steps or
 * spans more than 180°; cutting a result again changes nothing (so it can be re-run after rounding).
 * pointInGeometry() is the even-odd point-in-polygon test the basemap test uses.
 * No geometry library ships in node_modules (only @turf/distance and its helpers), hence this module.
 */

type Pos = number[];
type Ring = Pos[];
type Poly = Ring[];

/** Signed shoelace area in square degrees: positive for a counter-clockwise ring. */
export function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return a / 2;
}

/** True if some step of the ring jumps more than 180° in longitude. */
export function ringWraps(ring: Ring): boolean {
  return ring.some((p, i) => i > 0 && Math.abs(p[0]! - ring[i - 1]![0]!) > 180);
}

/** Longitude extent of a ring (max - min). */
export function ringLonSpan(ring: Ring): number {
  let lo = Infinity, hi = -Infinity;
  for (const p of ring) { lo = Math.min(lo, p[0]!); hi = Math.max(hi, p[0]!); }
  return hi - lo;
}

/**
 * Continuous longitudes (no step over 180°), closed; a ring that goes once round a pole is closed
 * along that pole (south if the ring lies mostly south of the equator).
 */
function unwrap(ring: Ring): Ring {
  const out: Ring = [];
  let off = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!;
    if (i > 0) {
      const d = p[0]! - ring[i - 1]![0]!;
      if (d > 180) off -= 360;
      else if (d < -180) off += 360;
    }
    out.push([p[0]! + off, p[1]!]);
  }
  const first = out[0]!, last = out[out.length - 1]!;
  if (Math.abs(last[0]! - first[0]!) > 180) {
    const meanLat = out.reduce((s, p) => s + p[1]!, 0) / out.length;
    const pole = meanLat < 0 ? -90 : 90;
    out.push([last[0]!, pole], [first[0]!, pole], [first[0]!, first[1]!]);
  } else if (last[0] !== first[0] || last[1] !== first[1]) out.push([first[0]!, first[1]!]);
  return out;
}

/** Sutherland–Hodgman against one vertical line: keeps x >= x0 (side 1) or x <= x0 (side -1). */
function clipHalf(ring: Ring, x0: number, side: 1 | -1): Ring {
  const pts = ring.slice(0, -1); // open
  const inside = (p: Pos) => side * (p[0]! - x0) >= 0;
  const cross = (a: Pos, b: Pos): Pos => [x0, a[1]! + ((b[1]! - a[1]!) * (x0 - a[0]!)) / (b[0]! - a[0]!)];
  const out: Ring = [];
  for (let i = 0; i < pts.length; i++) {
    const cur = pts[i]!, prev = pts[(i + pts.length - 1) % pts.length]!;
    if (inside(cur)) {
      if (!inside(prev)) out.push(cross(prev, cur));
      out.push(cur);
    } else if (inside(prev)) out.push(cross(prev, cur));
  }
  if (out.length) out.push([out[0]![0]!, out[0]![1]!]);
  return out;
}

const clip = (ring: Ring, lo: number, hi: number): Ring | null => {
  const r = clipHalf(clipHalf(ring, lo, 1), hi, -1);
  return r.length >= 4 && Math.abs(ringArea(r)) > 1e-9 ? r : null;
};
const shift = (ring: Ring, dx: number): Ring => (dx ? ring.map((p) => [p[0]! + dx, p[1]!]) : ring);

function clipPoly(poly: Poly, lo: number, hi: number, dx: number): Poly | null {
  const outer = clip(poly[0]!, lo, hi);
  if (!outer) return null;
  const holes = poly.slice(1).map((h) => clip(h, lo, hi)).filter((h): h is Ring => h !== null);
  return [outer, ...holes].map((r) => shift(r, dx));
}

function wind(poly: Poly): Poly {
  return poly.map((r, i) => ((ringArea(r) > 0) === (i === 0) ? r : [...r].reverse()));
}

/** One polygon (outer ring, then holes) → polygons within [-180, 180], each ring spanning ≤ 180°. */
export function cutPolygon(poly: Poly): Poly[] {
  if (!poly.length || ringArea(poly[0]!) === 0) return [];
  poly = [poly[0]!, ...poly.slice(1).filter((r) => ringArea(r) !== 0)];
  const needs = poly.some((r) => ringWraps(r) || r.some((p) => p[0]! < -180 || p[0]! > 180));
  if (!needs && ringLonSpan(poly[0]!) <= 180) return [wind(poly)];
  const outer = unwrap(poly[0]!);
  let lo = Infinity, hi = -Infinity;
  for (const p of outer) { lo = Math.min(lo, p[0]!); hi = Math.max(hi, p[0]!); }
  const mid = (lo + hi) / 2;
  const holes = poly.slice(1).map((h) => {
    const u = unwrap(h);
    const c = u.reduce((s, p) => s + p[0]!, 0) / u.length;
    return shift(u, -360 * Math.round((c - mid) / 360));
  });
  const out: Poly[] = [];
  for (let k = Math.floor((lo + 180) / 360); k * 360 - 180 < hi; k++) {
    const part = clipPoly([outer, ...holes], k * 360 - 180, k * 360 + 180, -k * 360);
    if (!part) continue;
    if (ringLonSpan(part[0]!) <= 180) out.push(wind(part));
    else for (const [a, b] of [[-180, 0], [0, 180]] as const) {
      const half = clipPoly(part, a, b, 0);
      if (half) out.push(wind(half));
    }
  }
  return out;
}

/** Polygon/MultiPolygon cut for the plane (see the header); other geometries pass through. Null if empty. */
export function cutAtAntimeridian(g: GeoJSON.Geometry): GeoJSON.Geometry | null {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return g;
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flatMap(cutPolygon);
  if (!polys.length) return null;
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
}

/** Even-odd test of a point against one ring (ray cast towards +x). */
export function pointInRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number], [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True if the point lies in a Polygon/MultiPolygon (holes excluded). */
export function pointInGeometry(lon: number, lat: number, g: GeoJSON.Geometry): boolean {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return polys.some((p) => p.length > 0 && pointInRing(lon, lat, p[0]!) && !p.slice(1).some((h) => pointInRing(lon, lat, h)));
}
