/**
 * Clustering and spiderfying, DOM-free: supercluster over event points, and a circle/spiral layout
 * that spreads events sharing one point (many sit on the same city) around it when opened.
 * In: EventPoint features ([lng, lat]). Out: clusters/points for a bbox + zoom; spread positions.
 */
import Supercluster from 'supercluster';
import type { ClusterItem, EventPoint, EventPointProps, EventType } from '../schemas';
import { clusterName } from './names';

/** clusters above this size are never flagged co-located (checking them would walk every leaf) */
export const COLOCATED_CHECK_MAX = 500;

interface ClusterProps { types: Partial<Record<EventType, number>>; place: string }

export class EventClusters {
  private readonly index: Supercluster<EventPointProps, ClusterProps>;
  readonly maxZoom: number;

  constructor(points: readonly EventPoint[], opts: { radius?: number; maxZoom?: number } = {}) {
    this.maxZoom = opts.maxZoom ?? 14;
    this.index = new Supercluster<EventPointProps, ClusterProps>({
      radius: opts.radius ?? 44,
      maxZoom: this.maxZoom,
      map: (p) => ({ types: { [p.type]: 1 }, place: p.name.replace(/^.* in (.*), [^,]*$/, '$1') }),
      reduce: (acc, p) => {
        // supercluster clones cluster properties shallowly: never mutate a shared `types` object
        const types = { ...acc.types };
        for (const [t, n] of Object.entries(p.types) as [EventType, number][]) types[t] = (types[t] ?? 0) + n;
        acc.types = types;
        if (acc.place !== p.place) acc.place = '';
      },
    });
    this.index.load(points.map((p) => ({ ...p, geometry: { ...p.geometry, coordinates: [...p.geometry.coordinates] } })));
  }

  /** Clusters and single events inside bbox [west, south, east, north] at an integer zoom. */
  items(bbox: [number, number, number, number], zoom: number): ClusterItem[] {
    // above maxZoom keep maxZoom's grouping, so events sharing a point stay one (spiderfiable) cluster
    const z = Math.max(0, Math.min(Math.floor(zoom), this.maxZoom));
    return this.index.getClusters(bbox, z).map((f) => {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const p = f.properties as Partial<Supercluster.ClusterProperties> & Partial<ClusterProps> & Partial<EventPointProps>;
      if (p.cluster && p.cluster_id !== undefined) {
        // big clusters are not checked leaf by leaf (zooming in splits them, or a click spiderfies at max zoom)
        const count = p.point_count ?? 0;
        const leaves = count <= COLOCATED_CHECK_MAX ? this.leaves(p.cluster_id) : [];
        const first = leaves[0]?.geometry.coordinates;
        const colocated = !!first && leaves.every((l) => l.geometry.coordinates[0] === first[0] && l.geometry.coordinates[1] === first[1]);
        const types = p.types ?? {};
        return {
          kind: 'cluster' as const,
          clusterId: p.cluster_id,
          lngLat: [lng, lat] as [number, number],
          count,
          types,
          colocated,
          name: clusterName(count, types, p.place || null),
        };
      }
      const props = f.properties as EventPointProps;
      return { kind: 'event' as const, id: props.id, lngLat: [lng, lat] as [number, number], props };
    });
  }

  leaves(clusterId: number): EventPoint[] {
    return this.index.getLeaves(clusterId, Infinity) as unknown as EventPoint[];
  }

  /** Zoom at which a cluster splits; above maxZoom for co-located clusters. */
  expansionZoom(clusterId: number): number {
    return this.index.getClusterExpansionZoom(clusterId);
  }
}

/**
 * Positions for `n` markers spread around `center` ([lng, lat]) at `zoom`, `pixels` apart from the
 * centre: a circle up to 9 markers, an Archimedean spiral beyond. Returns [lng, lat] positions.
 */
export function spiderfy(center: readonly [number, number], n: number, zoom: number, pixels = 34): [number, number][] {
  const [lng, lat] = center;
  const degPerPx = 360 / (256 * 2 ** zoom);
  const latScale = Math.cos((lat * Math.PI) / 180) || 1e-6;
  const out: [number, number][] = [];
  if (n <= 0) return out;
  if (n === 1) return [[lng, lat]];
  if (n <= 9) {
    const r = Math.max(pixels, (pixels * n) / (2 * Math.PI) * 1.3);
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i) / n - Math.PI / 2;
      out.push([lng + Math.cos(a) * r * degPerPx, lat - Math.sin(a) * r * degPerPx * latScale]);
    }
    return out;
  }
  let angle = 0;
  let r = pixels;
  for (let i = 0; i < n; i++) {
    angle += pixels / r + 0.5;
    r += (pixels * 0.9) / (2 * Math.PI) * (pixels / r) * 2;
    out.push([lng + Math.cos(angle) * r * degPerPx, lat - Math.sin(angle) * r * degPerPx * latScale]);
  }
  return out;
}
