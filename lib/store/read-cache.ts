/**
 * A short-lived, bounded read cache keyed by a normalised query AND the store's change version.
 * In: a store's change signal (changes.ts), a key (any JSON-able value: normalised with sorted object keys) and
 * a compute function. Out: the computed value — shared by concurrent callers (one computation per key in flight)
 * and reused until the store's version moves on, the entry is older than `ttlMs`, or the bounds evict it.
 * A write through the store (or one another process made, when the backend sees it: notify.ts) bumps the version:
 * every entry built for an older version is dropped at the next lookup, never served.
 * Bounds: `maxEntries` and `maxBytes` (each entry's size from `sizeOf`, default: its JSON length); the least
 * recently used entries go first; a value larger than `maxBytes` is returned but not kept.
 */
import type { StoreChanges } from './changes';

export interface ReadCacheOptions<V> {
  /** most entries kept (default 256) */
  maxEntries?: number;
  /** most bytes kept, as `sizeOf` counts them (default 32 MiB) */
  maxBytes?: number;
  /** an entry is recomputed after this long even without a write (default 10 s; a safety net, not the signal) */
  ttlMs?: number;
  /** size of a value in bytes (default: UTF-16 bytes of its JSON, or of the string itself) */
  sizeOf?: (value: V) => number;
  /** the clock (tests) */
  now?: () => number;
}

interface Entry<V> {
  value: V;
  bytes: number;
  at: number;
}

const defaultSize = (v: unknown): number => 2 * (typeof v === 'string' ? v.length : (JSON.stringify(v)?.length ?? 0));

/** JSON with object keys sorted (array order kept): the same query spelled in another key order is one key. */
export function cacheKey(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export class ReadCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly pending = new Map<string, Promise<V>>();
  private version = -1;
  private bytesKept = 0;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly ttlMs: number;
  private readonly sizeOf: (value: V) => number;
  private readonly now: () => number;
  /** lookups answered from the cache / computed (for tests and benches) */
  hits = 0;
  misses = 0;

  constructor(
    private readonly changes: Pick<StoreChanges, 'version'>,
    opts: ReadCacheOptions<V> = {},
  ) {
    this.maxEntries = opts.maxEntries ?? 256;
    this.maxBytes = opts.maxBytes ?? 32 * 2 ** 20;
    this.ttlMs = opts.ttlMs ?? 10_000;
    this.sizeOf = opts.sizeOf ?? defaultSize;
    this.now = opts.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.bytesKept;
  }

  /** the cached value for `key` at the store's current version, else compute (once for concurrent callers) */
  async get(key: unknown, compute: () => Promise<V> | V): Promise<V> {
    const version = this.changes.version;
    if (version !== this.version) this.reset(version);
    const k = typeof key === 'string' ? key : cacheKey(key);
    const e = this.entries.get(k);
    if (e && this.now() - e.at <= this.ttlMs) {
      this.hits++;
      this.entries.delete(k); // most recently used goes last
      this.entries.set(k, e);
      return e.value;
    }
    if (e) this.drop(k, e);
    const inFlight = this.pending.get(k);
    if (inFlight) {
      this.hits++;
      return inFlight;
    }
    this.misses++;
    const p = (async () => compute())();
    this.pending.set(k, p);
    try {
      const value = await p;
      // a write landed while computing: the value may predate it, so it is not kept (the caller still gets it)
      if (this.changes.version === version && this.version === version) this.keep(k, value);
      return value;
    } finally {
      if (this.pending.get(k) === p) this.pending.delete(k);
    }
  }

  /** forget everything (the next lookup recomputes) */
  clear(): void {
    this.reset(this.changes.version);
  }

  private reset(version: number): void {
    this.entries.clear();
    this.pending.clear();
    this.bytesKept = 0;
    this.version = version;
  }

  private keep(k: string, value: V): void {
    const bytes = this.sizeOf(value);
    if (bytes > this.maxBytes) return;
    const old = this.entries.get(k);
    if (old) this.drop(k, old);
    this.entries.set(k, { value, bytes, at: this.now() });
    this.bytesKept += bytes;
    for (const [key, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytesKept <= this.maxBytes) break;
      this.drop(key, e);
    }
  }

  private drop(k: string, e: Entry<V>): void {
    this.entries.delete(k);
    this.bytesKept -= e.bytes;
  }
}

const caches = new WeakMap<object, Map<string, ReadCache<unknown>>>();

/**
 * The named cache of one store (one per store object and name, created on first use): the routes share it across
 * requests; a test that swaps the store gets a fresh one.
 */
export function storeCache<V>(store: { readonly changes: StoreChanges }, name: string, opts?: ReadCacheOptions<V>): ReadCache<V> {
  let byName = caches.get(store);
  if (!byName) caches.set(store, (byName = new Map()));
  let c = byName.get(name) as ReadCache<V> | undefined;
  if (!c) byName.set(name, (c = new ReadCache<V>(store.changes, opts) as ReadCache<unknown> as ReadCache<V>) as ReadCache<unknown>);
  return c;
}
