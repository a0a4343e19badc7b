import { describe, expect, it } from 'vitest';
import {
  clusterLeavesUrl,
  readEventLeaves,
  SPIDER_LIMIT,
  clusterRequestBox,
  clustersUrl,
  readClusterCollection,
  SERVER_CLUSTERS_THRESHOLD,
  ServerClusterSource,
  serverClustersMode,
} from '@/lib/map/server-clusters';
import { NEUTRAL_COLOR } from '@/lib/map/icons';
import { PEACEFUL_COLOR } from '@/lib/map/acled';
import { ClusterCollection, EventQuery, paramsToObject } from '@/lib/schemas';
import { clusterAnswer } from '../../support/cluster-answer';
import { fixtureEvents } from '../../app/components/fixtures';

describe('serverClustersMode', () => {
  it('switches above the threshold, not at it', () => {
    expect(SERVER_CLUSTERS_THRESHOLD).toBeGreaterThanOrEqual(1000);
    expect(serverClustersMode(SERVER_CLUSTERS_THRESHOLD)).toBe(false);
    expect(serverClustersMode(SERVER_CLUSTERS_THRESHOLD + 1)).toBe(true);
    expect(serverClustersMode(0)).toBe(false);
    expect(serverClustersMode(11, 10)).toBe(true);
  });
});

describe('clusterRequestBox', () => {
  it('pads the view and snaps it outward, so the box holds the view', () => {
    const view: [number, number, number, number] = [35.1, 33.2, 38.7, 36.4];
    const b = clusterRequestBox(view, 6)!;
    expect(b[0]).toBeLessThan(view[0]);
    expect(b[1]).toBeLessThan(view[1]);
    expect(b[2]).toBeGreaterThan(view[2]);
    expect(b[3]).toBeGreaterThan(view[3]);
  });
  it('gives the same box for a small pan (the answer is reused) and another one for a long pan', () => {
    const a = clusterRequestBox([35.1, 33.2, 38.7, 36.4], 6);
    const small = clusterRequestBox([35.11, 33.21, 38.71, 36.41], 6);
    const far = clusterRequestBox([40.1, 33.2, 43.7, 36.4], 6);
    expect(small).toEqual(a);
    expect(far).not.toEqual(a);
  });
  it('clamps to the world (Web Mercator latitudes)', () => {
    const b = clusterRequestBox([-200, -89, 200, 89], 0)!;
    expect(b).toEqual([-180, -85.0511287798, 180, 85.0511287798]);
  });
  it('intersects with a bbox filter, and is null when they do not meet', () => {
    expect(clusterRequestBox([30, 30, 40, 40], 5, [35, 32, 36, 33])).toEqual([35, 32, 36, 33]);
    expect(clusterRequestBox([30, 30, 40, 40], 5, [100, 0, 110, 10])).toBeNull();
  });
  it('does not mutate its inputs', () => {
    const view: [number, number, number, number] = [30, 30, 40, 40];
    const filter: [number, number, number, number] = [35, 32, 36, 33];
    clusterRequestBox(view, 5, filter);
    expect(view).toEqual([30, 30, 40, 40]);
    expect(filter).toEqual([35, 32, 36, 33]);
  });
});

describe('clustersUrl', () => {
  it('carries the view box, the integer zoom and every filter, but not the filter bbox, format or limit', () => {
    const filters = EventQuery.parse({ types: 'shelling,clash', actors: 'a1', from: '2016-01-01', q: 'Aleppo', bbox: '30,30,45,40', limit: '10', format: 'csv' });
    const url = clustersUrl(filters, [35, 33, 38, 36], 6.75)!;
    expect(url.startsWith('/api/clusters?')).toBe(true);
    const p = new URL(url, 'http://x').searchParams;
    expect(p.get('z')).toBe('6');
    expect(p.get('types')).toBe('shelling,clash');
    expect(p.get('actors')).toBe('a1');
    expect(p.get('from')).toBe('2016-01-01');
    expect(p.get('q')).toBe('Aleppo');
    expect(p.has('limit')).toBe(false);
    expect(p.has('format')).toBe(false);
    const box = p.get('bbox')!.split(',').map(Number);
    expect(box).toHaveLength(4);
    expect(box[0]).toBeLessThan(35);
    expect(box[3]).toBeGreaterThan(36);
    expect(box[0]).toBeGreaterThanOrEqual(30); // within the filter box
    // what is left after bbox/z is a valid EventQuery (the route parses it with the same schema)
    p.delete('bbox');
    p.delete('z');
    expect(EventQuery.safeParse(paramsToObject(p)).success).toBe(true);
  });
  it('is the same key for the same view and filters, another for other filters', () => {
    const a = clustersUrl(EventQuery.parse({ types: 'shelling' }), [35, 33, 38, 36], 6);
    expect(clustersUrl(EventQuery.parse({ types: 'shelling' }), [35, 33, 38, 36], 6.2)).toBe(a);
    expect(clustersUrl(EventQuery.parse({ types: 'clash' }), [35, 33, 38, 36], 6)).not.toBe(a);
  });
  it('is null when the view is outside the filter box', () => {
    expect(clustersUrl(EventQuery.parse({ bbox: '100,0,110,10' }), [35, 33, 38, 36], 6)).toBeNull();
  });
});

describe('readClusterCollection (the /api/clusters contract)', () => {
  it('reads clusters and single events into what the marker layer draws', () => {
    const r = readClusterCollection(clusterAnswer());
    expect(r.total).toBe(1234);
    expect(r.version).toBe(7);
    expect(r.skipped).toBe(0);
    const cluster = r.items.find((i) => i.kind === 'cluster')!;
    expect(cluster).toMatchObject({ kind: 'cluster', clusterId: 101, lngLat: [37.16, 36.2], count: 1200, colocated: false });
    expect(cluster.kind === 'cluster' && cluster.types).toEqual({ shelling: 700, clash: 500 });
    expect(cluster.kind === 'cluster' && cluster.name).toMatch(/^1200 events: 700 shelling, 500 clashes/);
    expect(r.expansion.get(101)).toBe(8);
    const ev = r.items.find((i) => i.kind === 'event' && i.id === 'ev-1')!;
    expect(ev.kind === 'event' && ev.props).toMatchObject({ id: 'ev-1', type: 'airstrike', color: NEUTRAL_COLOR, hollow: false, precision: 'exact' });
    expect(ev.kind === 'event' && ev.props.name).toBe('Air strike in Idlib, 3 Mar 2020');
    const calm = r.items.find((i) => i.kind === 'event' && i.id === 'ev-2')!;
    expect(calm.kind === 'event' && calm.props).toMatchObject({ peaceful: true, color: PEACEFUL_COLOR, hollow: true });
    // density weights: a cluster counts its events, an event counts 1
    expect(r.weights.reduce((s, w) => s + w.n, 0)).toBe(1200 + 2);
  });
  it('skips features it cannot read and counts them, without throwing', () => {
    const body = clusterAnswer();
    body.features.push({ type: 'Feature', id: 'x', geometry: null, properties: { cluster: false, id: 'x', type: 'clash' } } as never);
    body.features.push({ type: 'Feature', id: 'y', geometry: { type: 'Point', coordinates: [1, 2] }, properties: { cluster: false, id: 'y', type: 'not-a-type' } } as never);
    body.features.push({ type: 'Feature', id: 'c9', geometry: { type: 'Point', coordinates: [1, 2] }, properties: { cluster: true, clusterId: 9, count: 0 } } as never);
    const r = readClusterCollection(body);
    expect(r.skipped).toBe(3);
    expect(r.items).toHaveLength(3);
  });
  it('throws on a body that is not a FeatureCollection, naming what it expected', () => {
    expect(() => readClusterCollection({ error: 'bad' })).toThrow(/FeatureCollection/);
    expect(() => readClusterCollection(null)).toThrow(/FeatureCollection/);
  });
});

describe('ServerClusterSource', () => {
  it('gives the route’s expansion zoom, one step in when it has none, never past maxZoom + 1; no leaves', () => {
    const r = readClusterCollection(clusterAnswer());
    const src = new ServerClusterSource(r, 16);
    expect(src.items()).toBe(r.items);
    expect(src.expansionZoom(101, 5)).toBe(8);
    expect(src.expansionZoom(999, 5)).toBe(6);
    expect(new ServerClusterSource(r, 6).expansionZoom(101, 5)).toBe(7);
    expect(src.leaves()).toEqual([]);
  });
});

describe('clusterLeavesUrl / readEventLeaves (a cluster that never splits)', () => {
  it('asks /api/events for a metre around the point with the filters and a limit', () => {
    const url = clusterLeavesUrl(EventQuery.parse({ types: 'clash', bbox: '0,0,1,1', format: 'csv' }), [37.16, 36.2]);
    const p = new URL(url, 'http://x').searchParams;
    expect(url.startsWith('/api/events?')).toBe(true);
    expect(p.get('types')).toBe('clash');
    expect(p.has('format')).toBe(false);
    expect(Number(p.get('limit'))).toBe(SPIDER_LIMIT);
    const [w, s, e, n] = p.get('bbox')!.split(',').map(Number);
    expect(w).toBeLessThan(37.16);
    expect(e).toBeGreaterThan(37.16);
    expect(e! - w!).toBeLessThan(0.001);
    expect(s).toBeLessThan(36.2);
    expect(n).toBeGreaterThan(36.2);
    p.delete('limit');
    expect(EventQuery.safeParse(paramsToObject(p)).success).toBe(true);
  });
  it('reads /api/events features into event points', () => {
    const e = fixtureEvents().find((x) => x.place)!;
    const pts = readEventLeaves({ type: 'FeatureCollection', features: [{ type: 'Feature', id: e.id, geometry: null, properties: { ...e, articleTitle: 't', articleUrl: null } }] });
    expect(pts).toHaveLength(1);
    expect(pts[0]!.properties.id).toBe(e.id);
    expect(pts[0]!.geometry.coordinates).toEqual([e.place!.lon, e.place!.lat]);
    expect(() => readEventLeaves({})).toThrow(/features/);
  });
});

describe('the test double follows the route’s schema', () => {
  it('clusterAnswer() is a ClusterCollection (lib/schemas/clusters.ts)', () => {
    expect(ClusterCollection.safeParse(clusterAnswer()).success).toBe(true);
  });
});
