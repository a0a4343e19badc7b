import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Bin, ClusterItem, EventPoint } from '@/lib/schemas';
import { EventClusters } from '@/lib/map/cluster';
import { eventPoints } from '@/lib/map/features';
import { binDates } from '@/lib/map/histogram';
import { fixtureActors, fixtureEvents } from '../map/fixtures';

describe('map shapes (lib/schemas/map.ts) describe what lib/map builds', () => {
  const { points } = eventPoints(fixtureEvents(), fixtureActors());
  it('event points are GeoJSON points in [lng, lat] order', () => {
    expect(z.array(EventPoint).parse(points)).toEqual(points);
    expect(EventPoint.safeParse({ ...points[0]!, geometry: { type: 'Point', coordinates: [36.5, 200] } }).success).toBe(false);
  });
  it('cluster items and timeline bins parse', () => {
    const items = new EventClusters(points).items([-180, -85, 180, 85], 2);
    expect(items.length).toBeGreaterThan(0);
    expect(z.array(ClusterItem).parse(items)).toEqual(items);
    const bins = binDates(fixtureEvents().map((e) => e.date.value));
    expect(z.array(Bin).parse(bins)).toEqual(bins);
  });
});
