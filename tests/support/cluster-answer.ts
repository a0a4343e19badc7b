/**
 * A /api/clusters answer as the route's contract gives it (docs/API.md): one cluster and two single events.
 * The test double of the map's server-clusters tests (lib and component); a fresh object per call.
 */
export interface ClusterAnswer {
  type: 'FeatureCollection';
  total: number;
  version: number;
  features: { type: 'Feature'; id: string; geometry: { type: 'Point'; coordinates: [number, number] }; properties: Record<string, unknown> }[];
}

export function clusterAnswer(over: Partial<Pick<ClusterAnswer, 'total' | 'version'>> & { count?: number; at?: [number, number]; expansionZoom?: number } = {}): ClusterAnswer {
  const count = over.count ?? 1200;
  return {
    type: 'FeatureCollection',
    total: over.total ?? 1234,
    version: over.version ?? 7,
    features: [
      {
        type: 'Feature',
        id: 'c101',
        geometry: { type: 'Point', coordinates: over.at ?? [37.16, 36.2] },
        properties: { cluster: true, clusterId: 101, count, types: { shelling: count - 500, clash: 500 }, expansionZoom: over.expansionZoom ?? 8 },
      },
      {
        type: 'Feature',
        id: 'ev-1',
        geometry: { type: 'Point', coordinates: [36.63, 35.93] },
        properties: { cluster: false, id: 'ev-1', type: 'airstrike', subType: 'Air/drone strike', date: '2020-03-03', fatalities: 4, location: 'Idlib', precision: 'exact' },
      },
      {
        type: 'Feature',
        id: 'ev-2',
        geometry: { type: 'Point', coordinates: [36.3, 33.5] },
        properties: { cluster: false, id: 'ev-2', type: 'protest', subType: 'Peaceful protest', date: '2020-03-04', fatalities: null, location: 'Damascus', precision: 'region' },
      },
    ],
  };
}
