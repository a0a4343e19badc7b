/**
 * Server clusters, the map's scale path, DOM-free: when the filters select more events than the map can take in
 * (SERVER_CLUSTERS_THRESHOLD), the map stops clustering raw events in the browser and asks `GET /api/clusters` for
 * the clusters and single events of its view. This module holds the rules and the pure parts:
 * - `serverClustersMode`: the threshold rule;
 * - `clusterRequestBox` / `clustersUrl`: the request for a view — the visible box padded and snapped outward to a
 *   grid of the zoom (small pans keep the same URL, so they reuse the answer), intersected with a bbox filter; the
 *   URL is the request's key (view box + integer zoom + the URL's filters);
 * - `readClusterCollection`: the route's GeoJSON → ClusterItems the marker layer draws with today's icons
 *   (lib/map/cluster.ts's shape), each cluster's expansion zoom, and the weighted positions the density layer bins.
 * In: the filters (EventQuery), the map's bounds [west, south, east, north] and zoom; the route's JSON.
 * Out: URLs, ClusterItems, { at, n } weights. The route's contract: docs/API.md (GET /api/clusters).
 */
import type { ClusterItem, ConflictEvent, EventPoint, EventPointProps, EventQuery, EventType, Precision } from '../schemas';
import { eventPoints } from './features';
import { serializeEventQuery } from '../schemas/query-url';
import type { BBox } from './bounds';
import { NEUTRAL_COLOR } from './icons';
import { PEACEFUL_COLOR } from './acled';
import { clusterName, formatDate, TYPE_LABELS } from './names';

/**
 * Above this many events matching the filters the map draws server clusters. Below it the page sends every
 * event and the browser clusters them (lib/map/cluster.ts): 3,000 events are ~3 MB of page data and a
 * supercluster load of a few ms; 100,000 would be 100 MB.
 */
export const SERVER_CLUSTERS_THRESHOLD = 3000;
/** In server-clusters mode the event list shows this many events (the newest): a page, never all of them. */
export const SERVER_LIST_LIMIT = 200;
/** Fraction of the view's size added on each side of the requested box (markers just off-screen are ready). */
export const REQUEST_PAD = 0.25;
/** The requested box snaps outward to a grid of this many cells per world width at zoom 0, doubling per zoom. */
export const SNAP_CELLS = 16;
/** At most this many events of a cluster that never splits are fetched and spread around its point. */
export const SPIDER_LIMIT = 100;
/** Half the side (degrees) of the box around such a cluster's point its events are fetched from (~1 m). */
const LEAVES_BOX = 1e-5;
/** Milliseconds after the last move before the view's clusters are asked for. */
export const REQUEST_DEBOUNCE_MS = 120;

/** The rule: server clusters when the filters select more events than the threshold. */
export function serverClustersMode(matching: number, threshold = SERVER_CLUSTERS_THRESHOLD): boolean {
  return matching > threshold;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const MAX_LAT = 85.0511287798;

/**
 * The box to ask for: `view` padded by REQUEST_PAD, snapped outward to the zoom's grid, clamped to the world,
 * intersected with a bbox filter (west ≤ east; a filter crossing the antimeridian is left to the route).
 * null when the view and the filter do not meet (nothing to ask for).
 */
export function clusterRequestBox(view: BBox, zoom: number, filter?: BBox | null): BBox | null {
  const [w, s, e, n] = view;
  const dx = Math.max(0, e - w) * REQUEST_PAD, dy = Math.max(0, n - s) * REQUEST_PAD;
  const step = 360 / (SNAP_CELLS * 2 ** Math.max(0, Math.floor(zoom)));
  const snap = (x: number, dir: 'down' | 'up') => Number(((dir === 'down' ? Math.floor(x / step) : Math.ceil(x / step)) * step).toFixed(6));
  let box: BBox = [
    clamp(snap(w - dx, 'down'), -180, 180),
    clamp(snap(s - dy, 'down'), -MAX_LAT, MAX_LAT),
    clamp(snap(e + dx, 'up'), -180, 180),
    clamp(snap(n + dy, 'up'), -MAX_LAT, MAX_LAT),
  ];
  if (filter && filter[0] <= filter[2]) {
    box = [Math.max(box[0], filter[0]), Math.max(box[1], filter[1]), Math.min(box[2], filter[2]), Math.min(box[3], filter[3])];
    if (box[0] > box[2] || box[1] > box[3]) return null;
  }
  return box;
}

/**
 * `/api/clusters?bbox=…&z=…&<filters>` for a view: the filters as the URL has them (the same serialiser as
 * /api/events links), minus what is not a filter here (bbox: the view's box already holds it; format, limit).
 * The string is the request's key: same view cell, zoom and filters → same URL → the answer is reused.
 */
export function clustersUrl(filters: EventQuery, view: BBox, zoom: number): string | null {
  const z = Math.max(0, Math.floor(zoom));
  const box = clusterRequestBox(view, z, filters.bbox as BBox | undefined);
  if (!box) return null;
  const p = new URLSearchParams({ bbox: box.join(','), z: String(z) });
  for (const [k, v] of serializeEventQuery({ ...filters, bbox: undefined, format: undefined, limit: undefined })) p.set(k, v);
  return `/api/clusters?${p.toString()}`;
}

/**
 * `/api/events?bbox=<a metre around at>&<filters>&limit=SPIDER_LIMIT`: the events of a server cluster whose events
 * share one point (it never splits), to spread them around it as browser mode does.
 */
export function clusterLeavesUrl(filters: EventQuery, at: readonly [number, number]): string {
  const [lng, lat] = at;
  const box = [lng - LEAVES_BOX, lat - LEAVES_BOX, lng + LEAVES_BOX, lat + LEAVES_BOX].map((x) => Number(x.toFixed(7)));
  const p = serializeEventQuery({ ...filters, bbox: box as [number, number, number, number], format: undefined, limit: SPIDER_LIMIT });
  return `/api/events?${p.toString()}`;
}

/** /api/events' FeatureCollection → EventPoints (neutral colour: the map holds no actor table here). */
export function readEventLeaves(body: unknown): EventPoint[] {
  if (!isObj(body) || !Array.isArray(body.features)) throw new Error('not an events FeatureCollection: expected { features: [...] } from /api/events');
  const events = body.features.filter((f): f is { properties: ConflictEvent } => isObj(f) && isObj(f.properties)).map((f) => f.properties);
  return eventPoints(events, []).points;
}

/** One position the density layer bins, with how many events it stands for. */
export interface WeightedPosition { at: [number, number]; n: number }

export interface ServerClusters {
  /** events matching the filters anywhere (not only in view) */
  total: number;
  /** the store's version the answer was computed at */
  version: number;
  items: ClusterItem[];
  /** zoom at which each cluster splits, by clusterId */
  expansion: Map<number, number>;
  /** clusters weighted by their count, events by 1 (the density layer's input) */
  weights: WeightedPosition[];
}

type Json = Record<string, unknown>;
const isObj = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);
const PRECISIONS: readonly Precision[] = ['exact', 'near', 'region', 'country'];

function position(f: Json): [number, number] | null {
  const g = f.geometry;
  if (!isObj(g) || !Array.isArray(g.coordinates)) return null;
  const lng = num(g.coordinates[0]), lat = num(g.coordinates[1]);
  return lng === null || lat === null ? null : [lng, lat];
}

/** A date as the route gives it: "2016-10-21" or { value, precision }. */
function dateText(d: unknown): string {
  if (isObj(d)) return formatDate(str(d.value), (num(d.precision) as 1 | 2 | 3 | null) ?? 1);
  return formatDate(str(d));
}

/** A location as the route gives it: a name, or a place object with a name. */
function locationText(l: unknown): string {
  if (isObj(l)) return str(l.display) ?? str(l.name) ?? 'unknown place';
  return str(l) ?? 'unknown place';
}

function eventProps(p: Json, types: ReadonlySet<string>): EventPointProps | null {
  const id = p.id === undefined ? null : String(p.id);
  const type = str(p.type);
  if (!id || !type || !types.has(type)) return null;
  const precision = PRECISIONS.includes(p.precision as Precision) ? (p.precision as Precision) : 'exact';
  const peaceful = p.subType === 'Peaceful protest';
  return {
    id,
    type: type as EventType,
    // the route sends no actors: a single event is drawn in its own colour when it has one, else neutral
    color: peaceful ? PEACEFUL_COLOR : str(p.color) ?? NEUTRAL_COLOR,
    hollow: precision === 'region' || precision === 'country',
    ...(peaceful ? { peaceful: true } : {}),
    radiusKm: num(p.radiusKm) ?? 0,
    precision,
    name: `${TYPE_LABELS[type as EventType]} in ${locationText(p.location)}, ${dateText(p.date)}`,
    placeId: str(p.placeId) ?? '',
  };
}

/**
 * The route's FeatureCollection → what the map draws. Features it cannot read (no position, unknown type)
 * are skipped and counted in `skipped`, never thrown on: one odd feature must not blank the map.
 * Throws only when the body is not a FeatureCollection at all.
 */
export function readClusterCollection(body: unknown): ServerClusters & { skipped: number } {
  if (!isObj(body) || body.type !== 'FeatureCollection' || !Array.isArray(body.features)) {
    throw new Error('not a clusters FeatureCollection: expected { type: "FeatureCollection", features: [...] } from /api/clusters');
  }
  const types = new Set(Object.keys(TYPE_LABELS));
  const items: ClusterItem[] = [];
  const expansion = new Map<number, number>();
  const weights: WeightedPosition[] = [];
  let skipped = 0;
  for (const f of body.features) {
    const at = isObj(f) ? position(f) : null;
    const p = isObj(f) && isObj(f.properties) ? f.properties : null;
    if (!at || !p) {
      skipped++;
      continue;
    }
    if (p.cluster === true) {
      const clusterId = num(p.clusterId), count = num(p.count);
      if (clusterId === null || count === null || count < 1) {
        skipped++;
        continue;
      }
      const counts: Partial<Record<EventType, number>> = {};
      if (isObj(p.types)) for (const [t, n] of Object.entries(p.types)) if (types.has(t) && num(n)) counts[t as EventType] = n as number;
      items.push({ kind: 'cluster', clusterId, lngLat: at, count, types: counts, colocated: false, name: clusterName(count, counts, null) });
      const z = num(p.expansionZoom);
      if (z !== null) expansion.set(clusterId, z);
      weights.push({ at, n: count });
    } else {
      const props = eventProps(p, types);
      if (!props) {
        skipped++;
        continue;
      }
      items.push({ kind: 'event', id: props.id, lngLat: at, props });
      weights.push({ at, n: 1 });
    }
  }
  return { total: num(body.total) ?? weights.reduce((s, w) => s + w.n, 0), version: num(body.version) ?? 0, items, expansion, weights, skipped };
}

/**
 * ServerClusters as the marker layer's cluster source (the same surface as lib/map/cluster.ts EventClusters):
 * the items of the last answer (the server already cut them to the view), the expansion zoom the route gave,
 * and no leaves (the browser never holds a cluster's events; a click zooms in instead of spiderfying).
 */
export class ServerClusterSource {
  /** supercluster ids encode their zoom: a marker keyed by id alone survives the zoom until the next answer */
  readonly zoomFreeIds = true;

  constructor(
    private readonly data: Pick<ServerClusters, 'items' | 'expansion'>,
    readonly maxZoom: number,
    /** how to fetch the events of a cluster that never splits (absent: none are fetched) */
    private readonly leavesOf?: (c: Extract<ClusterItem, { kind: 'cluster' }>) => Promise<EventPoint[]>,
  ) {}

  /** The events of a cluster that cannot split, fetched (empty without `leavesOf`). */
  fetchLeaves(c: Extract<ClusterItem, { kind: 'cluster' }>): Promise<EventPoint[]> {
    return this.leavesOf ? this.leavesOf(c) : Promise.resolve([]);
  }

  items(): ClusterItem[] {
    return this.data.items;
  }

  leaves(): [] {
    return [];
  }

  /** Where a click on a cluster zooms to: the route's expansion zoom, else one step in (never past maxZoom + 1). */
  expansionZoom(clusterId: number, from = 0): number {
    return Math.min(this.maxZoom + 1, this.data.expansion.get(clusterId) ?? from + 1);
  }
}
