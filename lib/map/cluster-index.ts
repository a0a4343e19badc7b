/**
 * The server's cluster index for one filter set: supercluster over the points of every matching event, with the
 * rows kept in flat columns (one typed array or string array per field) rather than one object per event.
 * In: PointRow[] (the store's points query) and the store change version they were read at.
 * Out: `query(bbox, z)` → cluster features (count, events per display type, the zoom that expands them) and
 * single-event features (lib/schemas/clusters.ts); `total` counts every row, those without a place included.
 * `buildClusterIndex` yields to the event loop between supercluster's zoom levels (and every CHUNK points while
 * preparing), so a million-point build never holds a request up for its whole duration.
 */
import Supercluster from 'supercluster';
import { EventType, type ClusterFeature, type PointFeature, type PointRow } from '../schemas';

export interface ClusterIndexOptions {
  /** cluster radius in pixels at 512-px tiles (supercluster `radius`, `extent` 512) */
  radius?: number;
  /** highest zoom with clusters; above it every event is its own feature */
  maxZoom?: number;
}

/** Defaults shared with the bench's bare server, so both cluster the same way. */
export const CLUSTER_INDEX_DEFAULTS: Required<ClusterIndexOptions> = { radius: 60, maxZoom: 16 };

const TYPES = EventType.options;
const TYPE_CODE = new Map(TYPES.map((t, i) => [t, i]));
const PRECISIONS = ['exact', 'near', 'region', 'country'] as const;
const PRECISION_CODE = new Map<string, number>(PRECISIONS.map((p, i) => [p, i]));
/** per-type singleton properties: supercluster's map() clones the first one of a cluster before reducing */
const TYPE_PROPS: readonly Readonly<Record<string, number>>[] = TYPES.map((t) => Object.freeze({ [t]: 1 }));
/** points prepared between two yields to the event loop */
const CHUNK = 100_000;

type Counts = Record<string, number>;
interface IndexPoint {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Counts;
  /** row number in the columns */
  i: number;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** supercluster's internals the chunked load drives (version 8: load() is these steps in one go) */
interface ScInternals {
  points: IndexPoint[];
  trees: unknown[];
  _createTree(data: number[]): { numItems: number };
  _cluster(tree: unknown, zoom: number): number[];
}

export class ClusterIndex {
  /** rows, placed or not */
  readonly total: number;
  /** rows with a place (drawn) */
  readonly placed: number;
  readonly version: number;
  readonly maxZoom: number;
  private readonly sc: Supercluster<Counts, Counts>;
  private readonly ids: string[];
  private readonly type: Uint8Array;
  private readonly subTypes: string[];
  private readonly subType: Uint16Array;
  private readonly dates: (string | null)[];
  private readonly fatalities: Int32Array;
  private readonly locations: string[];
  private readonly precision: Uint8Array;
  private readonly pointCount: number;

  private constructor(rows: readonly PointRow[], version: number, opts: Required<ClusterIndexOptions>) {
    this.version = version;
    this.total = rows.length;
    this.maxZoom = opts.maxZoom;
    let placed = 0;
    for (const r of rows) if (r.lng !== null && r.lat !== null) placed++;
    this.placed = placed;
    this.ids = new Array(placed);
    this.type = new Uint8Array(placed);
    this.subType = new Uint16Array(placed);
    this.dates = new Array(placed);
    this.fatalities = new Int32Array(placed);
    this.locations = new Array(placed);
    this.precision = new Uint8Array(placed);
    this.subTypes = [];
    this.pointCount = placed;
    this.sc = new Supercluster<Counts, Counts>({
      radius: opts.radius,
      extent: 512,
      maxZoom: opts.maxZoom,
      map: (p) => p,
      reduce: (acc, p) => {
        for (const k in p) acc[k] = (acc[k] ?? 0) + p[k]!;
      },
    });
  }

  /** Fills the columns and supercluster's input; returns the features to load. */
  private *prepare(rows: readonly PointRow[]): Generator<void, IndexPoint[]> {
    const subCode = new Map<string, number>();
    const points = new Array<IndexPoint>(this.placed);
    let i = 0;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      if (row.lng === null || row.lat === null) continue;
      const t = TYPE_CODE.get(row.type) ?? TYPE_CODE.get('other')!;
      let s = subCode.get(row.subType);
      if (s === undefined) {
        s = this.subTypes.length;
        this.subTypes.push(row.subType);
        subCode.set(row.subType, s);
      }
      this.ids[i] = row.id;
      this.type[i] = t;
      this.subType[i] = s;
      this.dates[i] = row.date;
      this.fatalities[i] = row.fatalities ?? -1;
      this.locations[i] = row.location ?? '';
      this.precision[i] = PRECISION_CODE.get(row.precision ?? 'exact') ?? 0;
      points[i] = { type: 'Feature', geometry: { type: 'Point', coordinates: [row.lng, row.lat] }, properties: TYPE_PROPS[t]!, i };
      i++;
      if (i % CHUNK === 0) yield;
    }
    return points;
  }

  /** supercluster.load, one zoom level per step (the same steps and the same result as load()). */
  private *load(points: IndexPoint[]): Generator<void, void> {
    const sc = this.sc as unknown as ScInternals;
    sc.points = points;
    const data: number[] = [];
    for (let k = 0; k < points.length; k++) {
      const [lng, lat] = points[k]!.geometry.coordinates;
      data.push(Math.fround(lng / 360 + 0.5), Math.fround(latY(lat)), Infinity, k, -1, 1, 0);
      if (k % CHUNK === CHUNK - 1) yield;
    }
    let tree = (sc.trees[this.maxZoom + 1] = sc._createTree(data));
    yield;
    for (let z = this.maxZoom; z >= 0; z--) {
      tree = sc.trees[z] = sc._createTree(sc._cluster(tree, z));
      yield;
    }
  }

  private *steps(rows: readonly PointRow[]): Generator<void, void> {
    const points = yield* this.prepare(rows);
    yield* this.load(points);
  }

  /** Builds an index at once (tests, small sets). */
  static buildSync(rows: readonly PointRow[], version: number, opts: ClusterIndexOptions = {}): ClusterIndex {
    const index = new ClusterIndex(rows, version, { ...CLUSTER_INDEX_DEFAULTS, ...opts });
    const steps = index.steps(rows);
    while (!steps.next().done);
    return index;
  }

  /** Builds an index, yielding to the event loop (setImmediate) between steps. */
  static async build(rows: readonly PointRow[], version: number, opts: ClusterIndexOptions = {}): Promise<ClusterIndex> {
    const index = new ClusterIndex(rows, version, { ...CLUSTER_INDEX_DEFAULTS, ...opts });
    const steps = index.steps(rows);
    while (!steps.next().done) await new Promise<void>((resolve) => setImmediate(resolve));
    return index;
  }

  /**
   * Features in a view: bbox [west, south, east, north] (west > east crosses the antimeridian), integer zoom.
   * A cluster's expansionZoom is the zoom it was formed one level below (a new cluster always merges two or more
   * items, so it splits there; cross-checked against supercluster's getClusterExpansionZoom in the tests).
   */
  query(bbox: readonly [number, number, number, number], z: number): (ClusterFeature | PointFeature)[] {
    if (!this.pointCount) return [];
    const found = this.sc.getClusters([bbox[0], bbox[1], bbox[2], bbox[3]], z) as unknown as (IndexPoint | RawCluster)[];
    const out = new Array<ClusterFeature | PointFeature>(found.length);
    for (let k = 0; k < found.length; k++) {
      const f = found[k]!;
      const [lng, lat] = f.geometry.coordinates;
      if ('i' in f) {
        const i = f.i;
        const fat = this.fatalities[i]!;
        const id = this.ids[i]!;
        out[k] = {
          type: 'Feature',
          id,
          geometry: { type: 'Point', coordinates: [round6(lng), round6(lat)] },
          properties: {
            cluster: false,
            id,
            type: TYPES[this.type[i]!]!,
            subType: this.subTypes[this.subType[i]!]!,
            date: this.dates[i]!,
            fatalities: fat < 0 ? null : fat,
            location: this.locations[i]!,
            precision: PRECISIONS[this.precision[i]!]!,
          },
        };
      } else {
        const p = f.properties;
        const types: Counts = {};
        for (const t of TYPES) if (p[t]) types[t] = p[t];
        out[k] = {
          type: 'Feature',
          id: `c${p.cluster_id}`,
          geometry: { type: 'Point', coordinates: [round6(lng), round6(lat)] },
          properties: { cluster: true, clusterId: p.cluster_id, count: p.point_count, types, expansionZoom: this.expansionZoom(p.cluster_id) },
        };
      }
    }
    return out;
  }

  /** The zoom at which a cluster splits (see query). */
  expansionZoom(clusterId: number): number {
    return Math.min(this.maxZoom + 1, (clusterId - this.pointCount) % 32);
  }

  /** supercluster's own answer (walks the children): the cross-check of expansionZoom */
  expansionZoomSlow(clusterId: number): number {
    return this.sc.getClusterExpansionZoom(clusterId);
  }
}

interface RawCluster {
  geometry: { coordinates: [number, number] };
  properties: Counts & { cluster_id: number; point_count: number };
}

/** latitude → spherical mercator y in [0, 1] (supercluster's projection) */
function latY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return y < 0 ? 0 : y > 1 ? 1 : y;
}
