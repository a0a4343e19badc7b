/**
 * Builds the offline basemap served as static JSON from public/basemap/ (fetched by the map, never
 * bundled into JS):
 *   land.json     world land (Natural Earth 110m) + countries of the region at 50m, via world-atlas;
 *                 polygons cut at the antimeridian and Antarctica closed along the pole
 *                 (lib/map/antimeridian.ts), so no ring steps or spans more than 180° of longitude
 *   borders.json  country borders (50m in the region, 110m elsewhere)
 *   admin1.json   governorate outlines, copied from data/gazetteer/admin1-outlines.geojson if present
 *   cities.json   city labels with the zoom they appear at (bigger cities at lower zoom), from the gazetteer
 *   rivers.json, detail/  the city-zoom detail for the regions the data covers (scripts/basemap/detail.ts:
 *                 DCW coast, GSHHG/WDBII rivers, gazetteer towns and districts by rank, in 1° tiles)
 * Needs at build time (not at run time; the outputs are committed):
 *   apt-get install -y --no-install-recommends gmt gmt-gshhg-full
 * Run: npx tsx --conditions=react-server scripts/basemap-build.ts [--region=west,south,east,north] [--cities=400] [--no-detail] [--cache=DIR]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { MemoryGazetteer, readGazetteerData } from '../lib/gazetteer';
import { cutAtAntimeridian } from '../lib/map/antimeridian';
import { buildDetail } from './basemap/detail';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'public', 'basemap');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const region = (arg('region') ?? '24,26,56,44').split(',').map(Number) as [number, number, number, number];
const nCities = Number(arg('cities') ?? 400);
if (region.length !== 4 || region.some((n) => !Number.isFinite(n))) {
  console.error('--region must be west,south,east,north in degrees, e.g. --region=24,26,56,44');
  process.exit(2);
}

type Geo = GeoJSON.Geometry;
const round = (x: number) => Math.round(x * 1000) / 1000;
function quantize(g: Geo): Geo {
  const q = (c: unknown): unknown => (typeof c === 'number' ? round(c) : (c as unknown[]).map(q));
  return 'coordinates' in g ? ({ ...g, coordinates: q(g.coordinates) } as Geo) : g;
}
/** Cut for the plane, rounded, then cut again: rounding may leave a zero-area ring or flip a tiny one. */
function planar(g: Geo): Geo | null {
  const cut = cutAtAntimeridian(g);
  return cut && cutAtAntimeridian(quantize(cut));
}
function bboxOf(g: Geo): [number, number, number, number] {
  let w = 180, s = 90, e = -180, n = -90;
  const walk = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number];
      w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
    } else (c as unknown[]).forEach(walk);
  };
  if ('coordinates' in g) walk(g.coordinates);
  return [w, s, e, n];
}
const intersects = (a: number[], b: number[]) => a[0]! <= b[2]! && a[2]! >= b[0]! && a[1]! <= b[3]! && a[3]! >= b[1]!;
const load = (f: string) => JSON.parse(readFileSync(path.join(ROOT, 'node_modules/world-atlas', f), 'utf8')) as Topology;
const fc = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features });
function write(name: string, data: unknown): void {
  const file = path.join(OUT, name);
  const text = JSON.stringify(data);
  writeFileSync(file, text);
  console.log(`${path.relative(ROOT, file)}  ${(text.length / 1024).toFixed(0)} KB`);
}

mkdirSync(OUT, { recursive: true });

// land and borders
const t50 = load('countries-50m.json');
const t110 = load('countries-110m.json');
const c50 = t50.objects.countries as GeometryCollection<{ name: string }>;
const c110 = t110.objects.countries as GeometryCollection<{ name: string }>;
const regionIds = new Set<string>();
const landFeatures: GeoJSON.Feature[] = [];
for (const g of c50.geometries) {
  const f = feature(t50, g) as GeoJSON.Feature;
  if (!intersects(bboxOf(f.geometry), region)) continue;
  regionIds.add(String(g.id));
  const geometry = planar(f.geometry);
  if (geometry) landFeatures.push({ type: 'Feature', properties: { name: (g.properties as { name?: string } | null)?.name ?? '', detail: '50m' }, geometry });
}
for (const g of c110.geometries) {
  if (regionIds.has(String(g.id))) continue;
  const f = feature(t110, g) as GeoJSON.Feature;
  const geometry = planar(f.geometry);
  if (geometry) landFeatures.push({ type: 'Feature', properties: { name: (g.properties as { name?: string } | null)?.name ?? '', detail: '110m' }, geometry });
}
write('land.json', fc(landFeatures));
const inRegion = (g: { id?: string | number }) => regionIds.has(String(g.id));
const b50 = mesh(t50, c50, (a, b) => a !== b && (inRegion(a) || inRegion(b)));
const b110 = mesh(t110, c110, (a, b) => a !== b && !inRegion(a) && !inRegion(b));
write('borders.json', fc([
  { type: 'Feature', properties: { detail: '50m' }, geometry: quantize(b50) },
  { type: 'Feature', properties: { detail: '110m' }, geometry: quantize(b110) },
]));

// governorate outlines (written by the gazetteer build)
const admin1 = path.join(ROOT, 'data/gazetteer/admin1-outlines.geojson');
if (existsSync(admin1)) write('admin1.json', JSON.parse(readFileSync(admin1, 'utf8')));
else console.warn(`no ${path.relative(ROOT, admin1)}: governorate outlines skipped (run npm run gazetteer:build first)`);

// city labels: the biggest populated places around the region, by zoom tier
const gazDir = path.join(ROOT, 'data/gazetteer');
if (!existsSync(path.join(gazDir, 'meta.json'))) {
  console.error('data/gazetteer is missing: run `npm run gazetteer:build` first');
  process.exit(1);
}
const gaz = new MemoryGazetteer(readGazetteerData(gazDir));
const centre = { lat: (region[1] + region[3]) / 2, lon: (region[0] + region[2]) / 2 };
const near = gaz.near(centre.lat, centre.lon, { limit: 50_000, maxKm: 1500, kinds: ['city', 'town'] });
const seen = new Set<string>();
const top = near
  .map((r) => r.entry)
  .filter((e) => e.lon >= region[0] && e.lon <= region[2] && e.lat >= region[1] && e.lat <= region[3])
  .filter((e) => (e.population ?? 0) > 0)
  .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))
  .filter((e) => !seen.has(e.id) && seen.add(e.id))
  .slice(0, nCities);
const cities = top
  .map((e, rank) => ({ name: e.name, lat: round(e.lat), lon: round(e.lon), minZoom: rank < 12 ? 5 : rank < 40 ? 7 : rank < 120 ? 8 : rank < 250 ? 9 : 10 }));
write('cities.json', cities);

// city-zoom detail where the bundled corpus's events are and in data/basemap/regions.json
if (!process.argv.includes('--no-detail')) {
  void (async () => {
    let events: [number, number][] = [];
    try {
      const { bundledCorpus } = await import('../lib/pipeline');
      const { docs } = await bundledCorpus();
      events = docs.flatMap((d) => d.events).flatMap((e) => (e.place ? [[e.place.lon, e.place.lat] as [number, number]] : []));
    } catch (err) {
      console.warn(`corpus events not read (${err instanceof Error ? err.message : String(err)}): detail tiles from data/basemap/regions.json only`);
    }
    buildDetail({
      root: ROOT,
      events,
      near: (lat, lon, maxKm) => gaz.near(lat, lon, { limit: 50_000, maxKm, kinds: ['city', 'town', 'village', 'neighbourhood', 'admin2'] }).map((r) => r.entry),
      skipIds: new Set(top.map((e) => e.id)),
      cache: arg('cache'),
    });
  })().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
