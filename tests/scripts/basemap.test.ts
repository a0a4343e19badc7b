/**
 * The offline basemap as Leaflet paints it (public/basemap/land.json, written by scripts/basemap-build.ts):
 * known land points are land, known sea points are sea, and no ring jumps or spans more than 180° of
 * longitude (which Leaflet would draw as a band round the world). Leaflet fills each feature as one
 * path with the even-odd rule, so a point is painted when it lies inside an odd number of the
 * feature's rings: that is what `painted` checks. Also the cutting in lib/map/antimeridian.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutAtAntimeridian, cutPolygon, pointInGeometry, pointInRing, ringArea, ringLonSpan, ringWraps } from '@/lib/map/antimeridian';

const ROOT = path.resolve(__dirname, '../..');
const load = (f: string) => JSON.parse(readFileSync(path.join(ROOT, 'public/basemap', f), 'utf8')) as GeoJSON.FeatureCollection;
const land = load('land.json');
const polysOf = (g: GeoJSON.Geometry) => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []);
const rings = (g: GeoJSON.Geometry) => polysOf(g).flat();

/** Even-odd over every ring of the feature: what Leaflet's SVG/canvas fill shows. */
const painted = (f: GeoJSON.Feature, lat: number, lon: number) => rings(f.geometry).filter((r) => pointInRing(lon, lat, r)).length % 2 === 1;
const isLand = (lat: number, lon: number) => land.features.some((f) => painted(f, lat, lon));
/** For a town on the coast: land at the point or within `d`° of it (the 1:50m coast is generalised). */
const nearLand = (lat: number, lon: number, d: number) =>
  [[0, 0], [d, 0], [-d, 0], [0, d], [0, -d]].some(([a, b]) => isLand(lat + a!, lon + b!));

const LAND: [string, number, number][] = [
  ['Moscow', 55.75, 37.62],
  ['Novosibirsk', 55.0, 82.9],
  ['Suva, Fiji', -18.14, 178.44],
  ['Aleppo', 36.2, 37.16],
  ['Antarctica', -80, 0],
  ['Chukotka west of the antimeridian', 66.0, -172.0],
];
const SEA: [string, number, number][] = [
  ['mid-Atlantic', 30, -40],
  ['Black Sea', 43.0, 34.0],
  ['Mediterranean', 34.5, 18.0],
  ['Pacific', 0, -160],
];

describe('basemap land.json', () => {
  it.each(LAND)('%s is land', (_name, lat, lon) => {
    expect(isLand(lat, lon)).toBe(true);
    expect(land.features.some((f) => pointInGeometry(lon, lat, f.geometry))).toBe(true);
  });
  it('Anadyr (on the estuary, ~2 km off the 1:50m coast) has land within 0.05°, and inland of it is land', () => {
    expect(nearLand(64.73, 177.5, 0.05)).toBe(true);
    expect(isLand(64.75, 177.3)).toBe(true);
  });
  it.each(SEA)('%s is sea', (_name, lat, lon) => {
    expect(isLand(lat, lon)).toBe(false);
  });
  it('paints Moscow, Novosibirsk, Anadyr and Chukotka with Russia itself', () => {
    const russia = land.features.find((f) => f.properties?.name === 'Russia')!;
    expect(russia).toBeDefined();
    for (const [, lat, lon] of [...LAND.filter(([n]) => /Moscow|Novosibirsk|Chukotka/.test(n)), ['Anadyr', 64.75, 177.3] as const]) expect(painted(russia, lat, lon)).toBe(true);
  });
  it('has no ring that steps or spans more than 180° of longitude, all within ±180', () => {
    const bad: string[] = [];
    for (const f of land.features)
      for (const r of rings(f.geometry)) {
        if (ringWraps(r) || ringLonSpan(r) > 180 || r.some((p) => Math.abs(p[0]!) > 180 || Math.abs(p[1]!) > 90)) bad.push(String(f.properties?.name));
      }
    expect(bad).toEqual([]);
  });
  it('winds outer rings counter-clockwise and holes clockwise (RFC 7946)', () => {
    for (const f of land.features)
      for (const p of polysOf(f.geometry)) p.forEach((r, i) => expect(ringArea(r) > 0, `${f.properties?.name}`).toBe(i === 0));
  });
  it('borders.json has no line stepping over the antimeridian', () => {
    for (const f of load('borders.json').features) {
      const g = f.geometry as GeoJSON.MultiLineString;
      for (const l of g.coordinates) expect(ringWraps(l)).toBe(false);
    }
  });
});

describe('cutAtAntimeridian', () => {
  const square = [[[170, 0], [-170, 0], [-170, 10], [170, 10], [170, 0]]];
  it('splits a polygon crossing ±180 into two parts, one each side', () => {
    const parts = cutPolygon(square);
    expect(parts).toHaveLength(2);
    const spans = parts.map((p) => [Math.min(...p[0]!.map((q) => q[0]!)), Math.max(...p[0]!.map((q) => q[0]!))]);
    expect(spans).toEqual(expect.arrayContaining([[170, 180], [-180, -170]]));
    const g = cutAtAntimeridian({ type: 'Polygon', coordinates: square })!;
    expect(pointInGeometry(175, 5, g)).toBe(true);
    expect(pointInGeometry(-175, 5, g)).toBe(true);
    expect(pointInGeometry(0, 5, g)).toBe(false);
  });
  it('closes a ring round the South Pole along the pole, in parts of at most 180°', () => {
    const ring = [[-180, -70], [-90, -65], [0, -70], [90, -65], [180, -70]];
    const parts = cutPolygon([ring]);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const p of parts) expect(ringLonSpan(p[0]!)).toBeLessThanOrEqual(180);
    const g = cutAtAntimeridian({ type: 'Polygon', coordinates: [ring] })!;
    for (const lon of [-179, -100, -1, 1, 100, 179]) expect(pointInGeometry(lon, -80, g)).toBe(true);
    expect(pointInGeometry(0, -60, g)).toBe(false);
  });
  it('leaves a polygon inside ±180 as it is, wound counter-clockwise', () => {
    const cw = [[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]];
    const [p] = cutPolygon([cw]);
    expect(ringArea(p![0]!)).toBeGreaterThan(0);
    expect(p![0]).toEqual([...cw].reverse());
  });
  it('pointInRing: inside, outside, beside a concave notch', () => {
    const u = [[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]];
    expect(pointInRing(0.5, 2, u)).toBe(true);
    expect(pointInRing(1.5, 2, u)).toBe(false);
    expect(pointInRing(1.5, 0.5, u)).toBe(true);
    expect(pointInRing(4, 1, u)).toBe(false);
  });
});
