/**
 * The cluster read model behind GET /api/clusters: one cluster index (lib/map/cluster-index.ts) per filter set,
 * kept in a small LRU bounded in entries and in total points, each tagged with the store change version it was
 * read at (lib/store/changes.ts).
 * In: an EventStore and a ClustersQuery. Out: a ClusterCollection (lib/schemas/clusters.ts).
 * - key: the filters without bbox, z, limit and format, normalised (list order, defaults) — pans and zooms reuse it;
 * - builds happen off the request path: after a write (store.changes.subscribe) the most recently used filter sets
 *   are rebuilt in the background, one at a time; the build yields to the event loop between steps;
 * - a request whose index is missing or stale awaits the one build of its key (never two builds of a key at once);
 * - events without a place count in `total` but are not drawn.
 */
import type { ClusterCollection, ClustersQuery, EventQuery } from '../schemas';
import type { EventStore } from '../store';
import { ClusterIndex, type ClusterIndexOptions } from '../map/cluster-index';
import { searchOptions } from './search';

export interface ClusterCacheOptions {
  /** most filter sets kept (default 8) */
  maxEntries?: number;
  /** most points kept over all entries (default 3,000,000); the newest index is kept even when larger */
  maxPoints?: number;
  /** filter sets rebuilt after a write, most recently used first (default 3) */
  refreshRecent?: number;
  /** delay before the background rebuild, so a burst of writes rebuilds once (ms, default 25) */
  refreshDelayMs?: number;
  /** serialised answers kept per (filter set, version, z, bbox) (default 1000 entries, 64 MB of text) */
  maxBodies?: number;
  maxBodyChars?: number;
  index?: ClusterIndexOptions;
}

const DEFAULTS: Required<Omit<ClusterCacheOptions, 'index'>> = { maxEntries: 8, maxPoints: 3_000_000, refreshRecent: 3, refreshDelayMs: 25, maxBodies: 1000, maxBodyChars: 32_000_000 };

/** Query fields that never change which events an index holds. */
const IGNORED = new Set(['bbox', 'z', 'limit', 'format']);

/** The filter set of a query: what decides which events are indexed (bbox, z, limit and format do not). */
export function clusterFilters(q: EventQuery & { z?: number }): EventQuery {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || IGNORED.has(k)) continue;
    if (Array.isArray(v)) {
      if (v.length) out[k] = [...new Set(v as string[])].sort();
    } else out[k] = v;
  }
  if (out.includeBackground === false) delete out.includeBackground;
  if (!out.actors || out.role === 'actor') delete out.role;
  return out as EventQuery;
}

/** A stable key for a filter set. */
export function filterKey(f: EventQuery): string {
  return JSON.stringify(Object.keys(f).sort().map((k) => [k, (f as Record<string, unknown>)[k]]));
}

interface Entry {
  filters: EventQuery;
  index: ClusterIndex;
}

export class ClusterCache {
  private readonly opts: Required<Omit<ClusterCacheOptions, 'index'>>;
  private readonly indexOpts: ClusterIndexOptions;
  /** LRU: Map order is use order (oldest first) */
  private readonly entries = new Map<string, Entry>();
  /** filter sets by last use (oldest first), also for keys whose build is pending */
  private readonly recent = new Map<string, EventQuery>();
  private readonly building = new Map<string, Promise<ClusterIndex>>();
  /** serialised answers, LRU (clustersJson) */
  private readonly bodies = new Map<string, string>();
  private bodyChars = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly unsubscribe: () => void;
  /** builds started (tests count them) */
  builds = 0;

  constructor(
    private readonly store: EventStore,
    opts: ClusterCacheOptions = {},
  ) {
    const { index, ...rest } = opts;
    this.opts = { ...DEFAULTS, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) };
    this.indexOpts = index ?? {};
    this.unsubscribe = store.changes.subscribe(() => this.scheduleRefresh());
  }

  /** The index of a filter set at the store's current version (awaits its one build when missing or stale). */
  async index(filters: EventQuery): Promise<ClusterIndex> {
    const f = clusterFilters(filters);
    const key = filterKey(f);
    this.touch(key, f);
    let last: ClusterIndex | null = null;
    for (let attempt = 0; attempt < 2; attempt++) {
      const e = this.entries.get(key);
      if (e && e.index.version === this.store.changes.version) {
        this.entries.delete(key);
        this.entries.set(key, e);
        return e.index;
      }
      last = await (this.building.get(key) ?? this.build(key, f));
      if (last.version === this.store.changes.version) return last;
    }
    // writes kept coming during two builds: serve the newest index rather than wait without end
    return last!;
  }

  /** GET /api/clusters: the features of a view and the total of its filter set. */
  async clusters(q: ClustersQuery): Promise<ClusterCollection> {
    const index = await this.index(q);
    return { type: 'FeatureCollection', total: index.total, version: index.version, features: index.query(q.bbox, q.z) };
  }

  /**
   * The same answer serialised, from a small LRU of bodies keyed by (filter set, index version, z, bbox): a map
   * asks for the same views again (pans back, several clients); a new index version never meets an old body.
   */
  async clustersJson(q: ClustersQuery): Promise<string> {
    const index = await this.index(q);
    const key = `${filterKey(clusterFilters(q))}|${index.version}|${q.z}|${q.bbox.join(',')}`;
    const hit = this.bodies.get(key);
    if (hit !== undefined) {
      this.bodies.delete(key);
      this.bodies.set(key, hit);
      return hit;
    }
    const body = JSON.stringify({ type: 'FeatureCollection', total: index.total, version: index.version, features: index.query(q.bbox, q.z) });
    if (body.length <= this.opts.maxBodyChars / 4) {
      this.bodies.set(key, body);
      this.bodyChars += body.length;
      for (const [k, v] of this.bodies) {
        if (this.bodies.size <= this.opts.maxBodies && this.bodyChars <= this.opts.maxBodyChars) break;
        this.bodies.delete(k);
        this.bodyChars -= v.length;
      }
    }
    return body;
  }

  /** Stops listening to the store and forgets every index. */
  dispose(): void {
    this.unsubscribe();
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.entries.clear();
    this.recent.clear();
    this.bodies.clear();
  }

  /** entries kept and their points (tests, diagnostics) */
  stats(): { entries: number; points: number; keys: string[] } {
    let points = 0;
    for (const e of this.entries.values()) points += e.index.placed;
    return { entries: this.entries.size, points, keys: [...this.entries.keys()] };
  }

  private touch(key: string, f: EventQuery): void {
    this.recent.delete(key);
    this.recent.set(key, f);
    while (this.recent.size > Math.max(this.opts.maxEntries, this.opts.refreshRecent)) this.recent.delete(this.recent.keys().next().value!);
  }

  private build(key: string, f: EventQuery): Promise<ClusterIndex> {
    this.builds++;
    const p = (async () => {
      const version = this.store.changes.version;
      const rows = await this.store.queryPoints(f, await searchOptions(f));
      const index = await ClusterIndex.build(rows, version, this.indexOpts);
      const old = this.entries.get(key);
      if (!old || old.index.version <= index.version) {
        this.entries.delete(key);
        this.entries.set(key, { filters: f, index });
        this.evict(key);
      }
      return index;
    })();
    this.building.set(key, p);
    const done = () => {
      if (this.building.get(key) === p) this.building.delete(key);
    };
    p.then(done, done);
    return p;
  }

  /** Drops least recently used entries past the entry and point bounds (never `keep`, the one just built). */
  private evict(keep: string): void {
    let points = 0;
    for (const e of this.entries.values()) points += e.index.placed;
    for (const [key, e] of this.entries) {
      if (this.entries.size <= this.opts.maxEntries && points <= this.opts.maxPoints) break;
      if (key === keep) continue;
      this.entries.delete(key);
      points -= e.index.placed;
    }
  }

  private scheduleRefresh(): void {
    this.bodies.clear();
    this.bodyChars = 0;
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      void this.refresh();
    }, this.opts.refreshDelayMs);
    this.refreshTimer.unref?.();
  }

  /** Rebuilds the most recently used filter sets that are stale, one after another. */
  private async refresh(): Promise<void> {
    const keys = [...this.recent].reverse().slice(0, this.opts.refreshRecent);
    for (const [key, f] of keys) {
      const e = this.entries.get(key);
      if (e && e.index.version === this.store.changes.version) continue;
      try {
        await (this.building.get(key) ?? this.build(key, f));
      } catch (err) {
        console.error('[clusters] background rebuild failed:', err);
      }
    }
  }
}

const CACHES = new WeakMap<EventStore, ClusterCache>();

/** The process-wide cache of a store (one per store object). */
export function clusterCacheFor(store: EventStore, opts?: ClusterCacheOptions): ClusterCache {
  let c = CACHES.get(store);
  if (!c) {
    c = new ClusterCache(store, opts);
    CACHES.set(store, c);
  }
  return c;
}
