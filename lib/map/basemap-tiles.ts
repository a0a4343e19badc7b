/**
 * The detail basemap's tiles, shared by the build (scripts/basemap/detail.ts) and the map
 * (app/_components/map/basemap-detail.ts). In: degrees ([lng, lat], GeoJSON order) and a tile size
 * in degrees. Out: tile keys ("<west>_<south>" of the tile's corner), the keys a view needs, rings and
 * lines clipped to a tile, and the zoom a town's label appears at (its rank). Pure, no I/O.
 */

export type Bbox = [west: number, south: number, east: number, north: number];
export type Pos = [number, number];

/** public/basemap/detail/index.json */
export interface DetailIndex {
  /** tile edge in degrees */
  tileDeg: number;
  /** the map loads tiles from this zoom on */
  minZoom: number;
  /** keys of the tiles that exist */
  tiles: string[];
}

/** One tile file, public/basemap/detail/<key>.json (compact: the map turns it into GeoJSON). */
export interface DetailTile {
  /** land rings clipped to the tile (present where the tile has coast: the sea is the rest of it) */
  land?: Pos[][];
  /** lakes and reservoirs, then river areas (OSM via @geo-maps): one list of rings per source (the two
   *  overlap, so each is filled even-odd on its own), clipped to the tile */
  water?: Pos[][][];
  /** rivers and canals: l = GSHHG/WDBII level (0 river-lake, 1–4 permanent by size, 5–7 intermittent, 8–10 canals) */
  rivers?: { l: number; c: Pos[] }[];
  /** labels: n name, p [lng, lat], z zoom it appears at, k kind ('city' | 'town' | 'village' | 'district' | 'admin2') */
  labels?: { n: string; p: Pos; z: number; k: string }[];
}

export const tileKey = (west: number, south: number): string => `${west}_${south}`;

export function tileOf(lon: number, lat: number, deg: number): string {
  return tileKey(Math.floor(lon / deg) * deg, Math.floor(lat / deg) * deg);
}

export function tileBbox(key: string, deg: number): Bbox {
  const [w, s] = key.split('_').map(Number) as [number, number];
  return [w, s, w + deg, s + deg];
}

/** Keys of every tile touching the bbox (in the index when `have` is given), at most `max`. */
export function tilesIn(b: Bbox, deg: number, have?: ReadonlySet<string>, max = 64): string[] {
  const out: string[] = [];
  const x0 = Math.floor(Math.max(-180, b[0]) / deg), x1 = Math.floor((Math.min(180, b[2]) - 1e-9) / deg);
  const y0 = Math.floor(Math.max(-90, b[1]) / deg), y1 = Math.floor((Math.min(90, b[3]) - 1e-9) / deg);
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const k = tileKey(x * deg, y * deg);
      if (!have || have.has(k)) out.push(k);
      if (out.length >= max) return out;
    }
  }
  return out;
}

/** Sutherland–Hodgman: the part of a ring inside the bbox (a convex window), or null when nothing is left. */
export function clipRing(ring: Pos[], b: Bbox): Pos[] | null {
  const edges: [(p: Pos) => boolean, (a: Pos, c: Pos) => Pos][] = [
    [(p) => p[0] >= b[0], (a, c) => [b[0], a[1] + ((c[1] - a[1]) * (b[0] - a[0])) / (c[0] - a[0])]],
    [(p) => p[0] <= b[2], (a, c) => [b[2], a[1] + ((c[1] - a[1]) * (b[2] - a[0])) / (c[0] - a[0])]],
    [(p) => p[1] >= b[1], (a, c) => [a[0] + ((c[0] - a[0]) * (b[1] - a[1])) / (c[1] - a[1]), b[1]]],
    [(p) => p[1] <= b[3], (a, c) => [a[0] + ((c[0] - a[0]) * (b[3] - a[1])) / (c[1] - a[1]), b[3]]],
  ];
  let pts = ring.length > 1 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1] ? ring.slice(0, -1) : ring.slice();
  for (const [inside, cross] of edges) {
    if (!pts.length) break;
    const next: Pos[] = [];
    for (let i = 0; i < pts.length; i++) {
      const cur = pts[i]!, prev = pts[(i + pts.length - 1) % pts.length]!;
      if (inside(cur)) {
        if (!inside(prev)) next.push(cross(prev, cur));
        next.push(cur);
      } else if (inside(prev)) next.push(cross(prev, cur));
    }
    pts = next;
  }
  if (pts.length < 3) return null;
  return [...pts, pts[0]!];
}

/** Signed area (shoelace, degrees²; positive = counter-clockwise). */
export function ringArea(r: Pos[]): number {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j]![0] - r[i]![0]) * (r[j]![1] + r[i]![1]);
  return a / 2;
}

/** The pieces of a polyline inside the bbox (segments cut at its edges, Liang–Barsky). */
export function clipLine(line: Pos[], b: Bbox): Pos[][] {
  const out: Pos[][] = [];
  let cur: Pos[] = [];
  const flush = () => {
    if (cur.length > 1) out.push(cur);
    cur = [];
  };
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!, c = line[i]!;
    const dx = c[0] - a[0], dy = c[1] - a[1];
    let t0 = 0, t1 = 1, ok = true;
    for (const [p, q] of [[-dx, a[0] - b[0]], [dx, b[2] - a[0]], [-dy, a[1] - b[1]], [dy, b[3] - a[1]]] as const) {
      if (p === 0) {
        if (q < 0) ok = false;
      } else {
        const t = q / p;
        if (p < 0) t0 = Math.max(t0, t);
        else t1 = Math.min(t1, t);
      }
    }
    if (!ok || t0 > t1) {
      flush();
      continue;
    }
    const from: Pos = t0 === 0 ? a : [a[0] + t0 * dx, a[1] + t0 * dy], to: Pos = t1 === 1 ? c : [a[0] + t1 * dx, a[1] + t1 * dy];
    const last = cur.at(-1);
    if (!last || last[0] !== from[0] || last[1] !== from[1]) {
      flush();
      cur.push(from);
    }
    cur.push(to);
    if (t1 < 1) flush();
  }
  flush();
  return out;
}

/** Douglas–Peucker on a polyline, tolerance in degrees (keeps both ends). */
export function simplifyLine(line: Pos[], tol: number): Pos[] {
  if (line.length < 3) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop()!;
    const [ax, ay] = line[i]!, [bx, by] = line[j]!;
    const dx = bx - ax, dy = by - ay, len = Math.hypot(dx, dy) || 1e-12;
    let far = -1, at = -1;
    for (let k = i + 1; k < j; k++) {
      const d = Math.abs(dy * line[k]![0] - dx * line[k]![1] + bx * ay - by * ax) / len;
      if (d > far) { far = d; at = k; }
    }
    if (far > tol && at > 0) {
      keep[at] = 1;
      stack.push([i, at], [at, j]);
    }
  }
  return line.filter((_, k) => keep[k]);
}

/** Douglas–Peucker on a closed ring: split at the vertex farthest from the first, each half simplified. */
export function simplifyRing(ring: Pos[], tol: number): Pos[] {
  if (ring.length < 5) return ring;
  const [x0, y0] = ring[0]!;
  let at = 1, far = -1;
  for (let k = 1; k < ring.length - 1; k++) {
    const d = Math.hypot(ring[k]![0] - x0, ring[k]![1] - y0);
    if (d > far) { far = d; at = k; }
  }
  const a = simplifyLine(ring.slice(0, at + 1), tol), b = simplifyLine(ring.slice(at), tol);
  return [...a, ...b.slice(1)];
}

/**
 * The zoom a place's label appears at, by rank: big cities first, districts of a city at city zoom.
 * kind: the gazetteer kind ('city' | 'town' | 'village' | 'neighbourhood'); population 0 = unknown
 * (then the kind alone ranks it: a GeoNames city or town without a count still gets a label).
 */
export function labelZoom(kind: string, population: number): number {
  if (kind === 'neighbourhood') return 12;
  if (population <= 0) return kind === 'city' ? 9 : kind === 'town' ? 11 : 13;
  const byPop: [number, number][] = [[1_000_000, 6], [300_000, 7], [100_000, 8], [30_000, 9], [10_000, 10], [3_000, 11], [1_000, 12]];
  for (const [p, z] of byPop) if (population >= p) return z;
  return 13;
}
