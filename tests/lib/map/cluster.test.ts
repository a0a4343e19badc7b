import { describe, expect, it } from 'vitest';
import { EventClusters, spiderfy } from '@/lib/map/cluster';
import { eventPoints } from '@/lib/map/features';
import { fixtureActors, fixtureEvents } from './fixtures';

describe('event points', () => {
  it('keeps GeoJSON order, colours by the acting actor, marks approximate events hollow', () => {
    const { points, unplaced } = eventPoints(fixtureEvents(), fixtureActors());
    expect(unplaced).toEqual([]);
    expect(points[0]!.geometry.coordinates).toEqual([37.1, 36.5]);
    expect(points[0]!.properties.color).toBe('#c0392b');
    expect(points[1]!.properties.color).toBe('#2c3e99');
    expect(points[2]!.properties.hollow).toBe(true);
    expect(points[0]!.properties.hollow).toBe(false);
  });
  it('sets events without a place apart', () => {
    const [e] = fixtureEvents();
    expect(eventPoints([{ ...e!, place: null }], []).unplaced).toHaveLength(1);
  });
});

describe('clusters', () => {
  const { points } = eventPoints(fixtureEvents(), fixtureActors());
  const world: [number, number, number, number] = [-180, -85, 180, 85];
  it('groups nearby events at low zoom and keeps every event (brute-force count)', () => {
    const c = new EventClusters(points);
    const low = c.items(world, 3);
    expect(low).toHaveLength(1);
    expect(low[0]).toMatchObject({ kind: 'cluster', count: 3, colocated: false });
    const total = (z: number) => c.items(world, z).reduce((s, i) => s + (i.kind === 'cluster' ? i.count : 1), 0);
    for (const z of [0, 5, 10, 15]) expect(total(z)).toBe(points.length);
  });
  it('flags clusters whose events share one point, which zooming never splits', () => {
    const c = new EventClusters(points);
    const atMax = c.items(world, 14);
    const shared = atMax.find((i) => i.kind === 'cluster');
    expect(shared).toMatchObject({ kind: 'cluster', count: 2, colocated: true });
    expect(shared?.kind === 'cluster' && shared.name).toMatch(/^2 events near Testville/);
  });
  it('does not mutate the input points', () => {
    const copy = JSON.parse(JSON.stringify(points));
    new EventClusters(points).items(world, 5);
    expect(points).toEqual(copy);
  });
});

describe('spiderfy', () => {
  const pxDist = (a: [number, number], b: [number, number], z: number) => {
    const degPerPx = 360 / (256 * 2 ** z);
    const dx = (a[0] - b[0]) / degPerPx;
    const dy = (a[1] - b[1]) / degPerPx / Math.cos((36 * Math.PI) / 180);
    return Math.hypot(dx, dy);
  };
  it('spreads co-located events so no two overlap, in a circle then a spiral', () => {
    for (const n of [2, 5, 9, 10, 30]) {
      const pos = spiderfy([37, 36], n, 12, 34);
      expect(pos).toHaveLength(n);
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) expect(pxDist(pos[i]!, pos[j]!, 12)).toBeGreaterThan(20);
      for (const p of pos) expect(pxDist(p, [37, 36], 12)).toBeGreaterThanOrEqual(20);
    }
  });
  it('leaves a single event in place', () => {
    expect(spiderfy([37, 36], 1, 10)).toEqual([[37, 36]]);
    expect(spiderfy([37, 36], 0, 10)).toEqual([]);
  });
});

describe('cluster type counts', () => {
  it('sum to the cluster size at every zoom (brute-force over many co-located and spread points)', () => {
    const [base] = fixtureEvents();
    const types = ['shelling', 'airstrike', 'clash', 'truce'] as const;
    const many = Array.from({ length: 60 }, (_, i) => ({
      ...base!,
      id: `e${i}`,
      type: types[i % 4]!,
      place: { ...base!.place!, lat: 36 + (i % 3) * 0.01 + (i % 7) * 0.3, lon: 37 + (i % 5) * 0.2 },
    }));
    const c = new EventClusters(eventPoints(many, fixtureActors()).points);
    for (let z = 0; z <= 15; z++) {
      for (const item of c.items([-180, -85, 180, 85], z)) {
        if (item.kind !== 'cluster') continue;
        const sum = Object.values(item.types).reduce((s, n) => s + (n ?? 0), 0);
        expect(sum).toBe(item.count);
        const leaves = c.leaves(item.clusterId);
        for (const t of types) expect(item.types[t] ?? 0).toBe(leaves.filter((l) => l.properties.type === t).length);
      }
    }
  });
});
