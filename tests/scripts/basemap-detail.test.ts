/**
 * The city-zoom basemap: the build's transforms (lib/map/basemap-tiles.ts, lib/map/basemap-regions.ts,
 * scripts/basemap/detail.ts) on small made-up shapes, and the committed output in public/basemap/detail
 * (which tiles exist, what the Aleppo tiles hold, the size budget).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clipLine, clipRing, labelZoom, ringArea, simplifyRing, tileBbox, tileOf, tilesIn, type DetailIndex, type DetailTile, type Pos } from '@/lib/map/basemap-tiles';
import { BasemapRegions, tilesFor } from '@/lib/map/basemap-regions';
import { parseSegments, placeLabel, polygonRings, tileLand, tileRivers, tileWater } from '../../scripts/basemap/detail';

const ROOT = path.resolve(__dirname, '../..');
const DETAIL = path.join(ROOT, 'public/basemap/detail');
const square = (w: number, s: number, e: number, n: number): Pos[] => [[w, s], [e, s], [e, n], [w, n], [w, s]];
const withBbox = (pts: Pos[]) => ({ pts, bbox: [Math.min(...pts.map((p) => p[0])), Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[1]))] as [number, number, number, number] });

describe('tiles', () => {
  it('keys tiles by their south-west corner, negative coordinates included', () => {
    expect(tileOf(37.16, 36.2, 1)).toBe('37_36');
    expect(tileOf(-0.5, 51.5, 1)).toBe('-1_51');
    expect(tileBbox('-1_51', 1)).toEqual([-1, 51, 0, 52]);
  });
  it('lists the tiles a view touches (only those in the index), an edge on a tile line not counting the next', () => {
    expect(tilesIn([36.5, 35.5, 37.5, 36.5], 1)).toEqual(['36_35', '37_35', '36_36', '37_36']);
    expect(tilesIn([36, 35, 37, 36], 1)).toEqual(['36_35']);
    expect(tilesIn([36.5, 35.5, 37.5, 36.5], 1, new Set(['37_36']))).toEqual(['37_36']);
    expect(tilesIn([-180, -90, 180, 90], 1).length).toBe(64);
  });
  it('covers the configured regions and a margin round each event', () => {
    const cfg = BasemapRegions.parse({ tileDeg: 1, minZoom: 9, eventPadDeg: 1, regions: [{ name: 'r', bbox: [36, 35, 38, 36] }] });
    expect(tilesFor(cfg, [])).toEqual(['36_35', '37_35']);
    const withEvent = tilesFor(cfg, [[6.15, 46.2]]); // one event far away: 3×3 tiles round it
    expect(withEvent).toHaveLength(2 + 9);
    expect(withEvent).toContain('6_46');
    expect(() => BasemapRegions.parse({ tileDeg: 1, minZoom: 9, eventPadDeg: 1, regions: [{ name: 'bad', bbox: [38, 35, 36, 36] }] })).toThrow(/west < east/);
  });
  it('validates the committed data/basemap/regions.json', () => {
    const cfg = BasemapRegions.parse(JSON.parse(readFileSync(path.join(ROOT, 'data/basemap/regions.json'), 'utf8')));
    expect(cfg.regions.some((r) => r.bbox[0] <= 35 && r.bbox[2] >= 42 && r.bbox[1] <= 32 && r.bbox[3] >= 37)).toBe(true); // the Levant
  });
});

describe('clipping and simplifying', () => {
  it('clips a ring to a tile (the overlap keeps its area)', () => {
    const c = clipRing(square(0.5, 0.5, 2, 2), [0, 0, 1, 1])!;
    expect(Math.abs(ringArea(c))).toBeCloseTo(0.25, 9);
    expect(c[0]).toEqual(c.at(-1));
    expect(clipRing(square(2, 2, 3, 3), [0, 0, 1, 1])).toBeNull();
  });
  it('clips a line into the pieces inside, cut at the edge', () => {
    const pieces = clipLine([[-1, 0.5], [0.5, 0.5], [0.5, 2], [0.7, 2], [0.7, 0.2]], [0, 0, 1, 1]);
    expect(pieces).toEqual([[[0, 0.5], [0.5, 0.5], [0.5, 1]], [[0.7, 1], [0.7, 0.2]]]);
  });
  it('simplifies a closed ring without collapsing it (first point = last point)', () => {
    const ring: Pos[] = [];
    for (let i = 0; i <= 64; i++) ring.push([Math.cos((i / 64) * 2 * Math.PI), Math.sin((i / 64) * 2 * Math.PI)]);
    ring[64] = ring[0]!;
    const s = simplifyRing(ring, 0.01);
    expect(s.length).toBeGreaterThan(8);
    expect(s.length).toBeLessThan(ring.length);
    expect(Math.abs(ringArea(s))).toBeGreaterThan(3);
  });
});

describe('tile contents', () => {
  it('land: nothing for a tile wholly inland, the clipped rings on a coast, [] at sea', () => {
    const country = withBbox(square(0, 0, 10, 10));
    expect(tileLand([country], [2, 2, 3, 3], 0.0003)).toBeUndefined();
    const coast = tileLand([country], [9.5, 5, 10.5, 6], 0.0003)!;
    expect(coast).toHaveLength(1);
    expect(Math.abs(ringArea(coast[0]!))).toBeCloseTo(0.5, 6);
    expect(tileLand([country], [20, 20, 21, 21], 0.0003)).toEqual([]);
  });
  it('water and rivers are clipped to the tile', () => {
    const lake = withBbox([[0.2, 0.2], [1.5, 0.2], [1.5, 0.4], [1.5, 0.6], [0.8, 0.6], [0.2, 0.6], [0.2, 0.4], [0.2, 0.2]]);
    const w = tileWater([lake, withBbox(square(0.1, 0.1, 0.3, 0.3))], [0, 0, 1, 1], 0.0002);
    expect(w).toHaveLength(1); // the 4-vertex square is dropped as an artefact
    expect(Math.max(...w[0]!.map((p) => p[0]))).toBe(1);
    const river = { l: 1, ...withBbox([[0.5, -1], [0.5, 0.5], [3, 0.5]]) };
    expect(tileRivers([river], [0, 0, 1, 1], 0.0002)).toEqual([{ l: 1, c: [[0.5, 0], [0.5, 0.5], [1, 0.5]] }]);
  });
  it('reads GMT dumps and polygon rings of GeoJSON', () => {
    const segs = parseSegments('> River Bin # 1, Level 2\n36\t36.5\n36.1\t36.6\n> x\n1 2\n');
    expect(segs).toEqual([{ header: 'River Bin # 1, Level 2', pts: [[36, 36.5], [36.1, 36.6]] }]);
    const rings = polygonRings({ type: 'GeometryCollection', geometries: [{ type: 'MultiPolygon', coordinates: [[square(0, 0, 1, 1), square(0.2, 0.2, 0.4, 0.4)], [square(2, 2, 3, 3)]] }] });
    expect(rings).toHaveLength(3);
  });
  it('ranks labels: big cities early, districts at city zoom, unpopulated villages not at all', () => {
    expect(labelZoom('city', 2_000_000)).toBeLessThan(labelZoom('city', 150_000));
    expect(labelZoom('town', 40_000)).toBeLessThan(labelZoom('village', 1_500));
    expect(labelZoom('neighbourhood', 0)).toBe(12);
    expect(placeLabel({ name: 'V', kind: 'village', lat: 1, lon: 2, population: 0 })).toBeNull();
    expect(placeLabel({ name: 'D', kind: 'neighbourhood', lat: 1, lon: 2, population: 0 })).toEqual({ n: 'D', p: [2, 1], z: 12, k: 'district' });
    expect(placeLabel({ name: 'Sea', kind: 'sea', lat: 1, lon: 2, population: 0 })).toBeNull();
  });
});

describe('committed public/basemap/detail', () => {
  const index = JSON.parse(readFileSync(path.join(DETAIL, 'index.json'), 'utf8')) as DetailIndex;
  const tile = (k: string) => JSON.parse(readFileSync(path.join(DETAIL, `${k}.json`), 'utf8')) as DetailTile;
  it('has an index naming every tile file', () => {
    const files = readdirSync(DETAIL).filter((f) => f !== 'index.json').map((f) => f.replace(/\.json$/, ''));
    expect(new Set(index.tiles)).toEqual(new Set(files));
    expect(index.tiles).toContain('37_36');
  });
  it('Aleppo: district and town labels at city zoom; the Euphrates and Lake Assad east of it', () => {
    const aleppo = tile('37_36');
    const near = (l: { p: Pos }) => Math.abs(l.p[0] - 37.16) < 0.12 && Math.abs(l.p[1] - 36.2) < 0.08;
    expect(aleppo.labels!.filter((l) => l.k === 'district' && l.z <= 12 && near(l)).length).toBeGreaterThanOrEqual(10);
    const east = tile('38_35');
    expect(east.rivers!.some((r) => r.l <= 1)).toBe(true);
    expect(east.water!.flat().length).toBeGreaterThan(0);
  });
  it('Latakia has sea and high-resolution land (the coast)', () => {
    const t = tile('35_35');
    expect(t.land!.length).toBeGreaterThan(0);
    expect(t.land!.reduce((n, r) => n + r.length, 0)).toBeGreaterThan(100);
  });
  it('keeps the size budget: ≤ 10 MB in all, ≤ 80 KB for any tile, ≤ 150 KB for the tiles of an Aleppo view', () => {
    const sizes = readdirSync(DETAIL).map((f) => statSync(path.join(DETAIL, f)).size);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(10 * 1024 * 1024);
    expect(Math.max(...sizes)).toBeLessThan(80 * 1024);
    const view = tilesIn([37.16 - 0.4, 36.2 - 0.3, 37.16 + 0.4, 36.2 + 0.3], index.tileDeg, new Set(index.tiles));
    expect(view.reduce((n, k) => n + statSync(path.join(DETAIL, `${k}.json`)).size, 0)).toBeLessThan(150 * 1024);
  });
});
