/**
 * The server cluster index (lib/map/cluster-index.ts) against brute force: counts add up to the placed rows,
 * per-type counts add up, views past maxZoom hold exactly the points inside, the antimeridian is handled, the
 * cheap expansionZoom equals supercluster's own, and the chunked build equals supercluster's load().
 */
import { describe, expect, it } from 'vitest';
import Supercluster from 'supercluster';
import { ClusterFeature, EventType, PointFeature, type PointRow } from '@/lib/schemas';
import { ClusterIndex, CLUSTER_INDEX_DEFAULTS } from '@/lib/map/cluster-index';
import { prng } from '../../support/prng';

const TYPES = EventType.options;

function rows(n: number, seed = 3): PointRow[] {
  const rand = prng(seed);
  const centres = Array.from({ length: 12 }, () => [30 + rand() * 30, 15 + rand() * 25] as const);
  return Array.from({ length: n }, (_, i) => {
    const unplaced = rand() < 0.05;
    const c = centres[Math.floor(rand() * centres.length)]!;
    const dense = rand() < 0.7;
    const lng = dense ? c[0] + (rand() - 0.5) * 0.4 : -180 + rand() * 360;
    const lat = dense ? c[1] + (rand() - 0.5) * 0.4 : -60 + rand() * 130;
    return {
      id: `ev-${i}`,
      lng: unplaced ? null : lng,
      lat: unplaced ? null : lat,
      type: TYPES[Math.floor(rand() * TYPES.length)]!,
      subType: `sub ${i % 7}`,
      date: rand() < 0.9 ? '2024-05-01' : null,
      fatalities: rand() < 0.5 ? Math.floor(rand() * 20) : null,
      location: unplaced ? null : `Place ${i % 50}`,
      precision: unplaced ? null : 'exact',
    };
  });
}

const WORLD = [-180, -85, 180, 85] as const;
const placedRows = (rs: PointRow[]) => rs.filter((r) => r.lng !== null && r.lat !== null);
const inBox = (r: PointRow, [w, s, e, n]: readonly number[]) => r.lat! >= s! && r.lat! <= n! && (w! <= e! ? r.lng! >= w! && r.lng! <= e! : r.lng! >= w! || r.lng! <= e!);

describe('ClusterIndex', () => {
  const data = rows(5000);
  const placed = placedRows(data);
  const index = ClusterIndex.buildSync(data, 7);

  it('counts every row in total, draws only the placed ones', () => {
    expect(index.total).toBe(5000);
    expect(index.placed).toBe(placed.length);
    expect(index.version).toBe(7);
  });

  it('at every zoom, cluster counts plus single events add up to the placed rows, and per-type counts add up', () => {
    const typeTotals: Record<string, number> = {};
    for (const r of placed) typeTotals[r.type] = (typeTotals[r.type] ?? 0) + 1;
    for (let z = 0; z <= 18; z++) {
      const fs = index.query([-180, -90, 180, 90], z);
      let sum = 0;
      const byType: Record<string, number> = {};
      for (const f of fs) {
        if (f.properties.cluster) {
          const c = ClusterFeature.parse(f);
          const typeSum = Object.values(c.properties.types).reduce((a, b) => a + b!, 0);
          expect(typeSum).toBe(c.properties.count);
          sum += c.properties.count;
          for (const [t, k] of Object.entries(c.properties.types)) byType[t] = (byType[t] ?? 0) + k!;
        } else {
          PointFeature.parse(f);
          sum += 1;
          byType[f.properties.type] = (byType[f.properties.type] ?? 0) + 1;
        }
      }
      expect(sum, `zoom ${z}`).toBe(placed.length);
      expect(byType, `zoom ${z}`).toEqual(typeTotals);
    }
  });

  it('past maxZoom a view holds exactly the events inside it, with their fields', () => {
    const box = [44, 20, 60, 40] as const;
    const fs = index.query(box, CLUSTER_INDEX_DEFAULTS.maxZoom + 1);
    expect(fs.every((f) => !f.properties.cluster)).toBe(true);
    expect(fs.map((f) => f.id).sort()).toEqual(placed.filter((r) => inBox(r, box)).map((r) => r.id).sort());
    const one = fs[0] as PointFeature;
    const row = data.find((r) => r.id === one.id)!;
    expect(one.properties).toEqual({ cluster: false, id: row.id, type: row.type, subType: row.subType, date: row.date, fatalities: row.fatalities, location: row.location, precision: row.precision });
    expect(one.geometry.coordinates).toEqual([Math.round(row.lng! * 1e6) / 1e6, Math.round(row.lat! * 1e6) / 1e6]);
  });

  it('a view across the antimeridian (west > east) holds the points of both sides', () => {
    const edge: PointRow[] = [179.5, 179.9, -179.9, -179.2, 0].map((lng, i) => ({ id: `e${i}`, lng, lat: 1, type: 'clash', subType: 'Armed clash', date: null, fatalities: null, location: 'X', precision: 'exact' }));
    const idx = ClusterIndex.buildSync(edge, 1);
    const ids = idx.query([179, -5, -179, 5], 18).map((f) => f.id).sort();
    expect(ids).toEqual(['e0', 'e1', 'e2', 'e3']);
    const z0 = idx.query([170, -80, -170, 80], 0);
    const count = z0.reduce((n, f) => n + (f.properties.cluster ? f.properties.count : 1), 0);
    expect(count).toBe(4);
  });

  it("expansionZoom equals supercluster's getClusterExpansionZoom, and the cluster splits there", () => {
    let checked = 0;
    for (const z of [0, 3, 6, 9, 12]) {
      for (const f of index.query(WORLD, z)) {
        if (!f.properties.cluster) continue;
        const { clusterId, expansionZoom, count } = f.properties;
        expect(expansionZoom).toBe(index.expansionZoomSlow(clusterId));
        expect(expansionZoom).toBeGreaterThan(z);
        // at expansionZoom, the same area shows the cluster's events in more than one feature
        const [lng, lat] = f.geometry.coordinates;
        const around = index.query([lng - 10, Math.max(-85, lat - 10), lng + 10, Math.min(85, lat + 10)], expansionZoom);
        expect(around.some((g) => g.properties.cluster && g.properties.clusterId === clusterId)).toBe(false);
        expect(count).toBeGreaterThan(1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("the chunked build clusters exactly like supercluster's load()", async () => {
    const built = await ClusterIndex.build(data, 2);
    const sc = new Supercluster({ radius: CLUSTER_INDEX_DEFAULTS.radius, extent: 512, maxZoom: CLUSTER_INDEX_DEFAULTS.maxZoom });
    sc.load(placed.map((r) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [r.lng!, r.lat!] }, properties: {} })));
    for (const z of [0, 4, 8, 12, 16, 17]) {
      const ours = built.query(WORLD, z).map((f) => (f.properties.cluster ? `c${f.properties.count}@${f.geometry.coordinates.map((x) => x.toFixed(4))}` : f.id)).sort();
      const theirs = sc
        .getClusters([...WORLD], z)
        .map((f) => (f.properties && 'cluster' in f.properties && f.properties.cluster ? `c${f.properties.point_count}@${f.geometry.coordinates.map((x) => (Math.round(x * 1e6) / 1e6).toFixed(4))}` : null))
        .filter((x) => x !== null);
      expect(ours.filter((x) => x.startsWith('c')).sort(), `zoom ${z}`).toEqual(theirs.sort());
      expect(ours.length).toBe(sc.getClusters([...WORLD], z).length);
    }
  });

  it('an index without placed events answers every view with no features', () => {
    const idx = ClusterIndex.buildSync([{ ...data[0]!, lng: null, lat: null, location: null, precision: null }], 0);
    expect(idx.total).toBe(1);
    expect(idx.query(WORLD, 5)).toEqual([]);
  });
});
