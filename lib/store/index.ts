/**
 * The event store entry point (server-only): a sink for what lib/pipeline produces, and the read model.
 * In: DATABASE_URL — `memory:`, `sqlite:<path>` (default sqlite:./data/atlas.db, resolved from process.cwd())
 * or `postgres://…` / `postgresql://…`.
 * Out: `getStore()` — the process-wide EventStore, opened and migrated (never seeded: seeding is lib/pipeline's
 * seedStore, an explicit start-up step); `openStore(url)` — a fresh store the caller closes (tests, scripts);
 * `parseDatabaseUrl`, `setStore` (inject a store, e.g. a MemoryStore in route tests), `isSeedable`.
 * Depends on lib/schemas only: opening or reading the store never runs the reader.
 */
import 'server-only';
import type { EventStore } from './types';
import { MemoryStore } from './memory';
import { parseDatabaseUrl, redactUrl } from './url';

export type { ActorRoleFilter, ArticleRef, ArticleSummary, EventStore, PutResult, QueryOptions, StoredArticle, UnplacedMention } from './types';
export { DEFAULT_ACTOR_ROLE, foldSearch, MAX_SEARCH_VARIANTS } from './filter';
export { isUnplaced } from './overlay';
export { isSeedable, type SeedableStore, type SeedResult } from './seed-types';
export { parseDatabaseUrl, redactUrl, DEFAULT_DATABASE_URL, type StoreTarget } from './url';
export { StoreConfigError, StoreConflictError, StoreInputError, StoreNotFoundError } from './errors';
export { MemoryStore } from './memory';
export { cacheKey, ReadCache, storeCache, type ReadCacheOptions } from './read-cache';

/** Opens (and migrates) a new store for `url`; the caller closes it. Never seeds. */
export async function openStore(url: string | undefined = process.env.DATABASE_URL): Promise<EventStore> {
  const target = parseDatabaseUrl(url);
  switch (target.kind) {
    case 'memory':
      return new MemoryStore();
    case 'sqlite': {
      const { SqliteStore } = await import('./sqlite');
      return SqliteStore.open(target.path);
    }
    case 'postgis': {
      const { PostgisStore } = await import('./postgis');
      try {
        return await PostgisStore.open(target.url);
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        throw new Error(`cannot open PostGIS store at ${redactUrl(target.url)}: ${why}`, { cause: err });
      }
    }
  }
}

const KEY = Symbol.for('conflict-atlas.store');
type Holder = { [KEY]?: Promise<EventStore> };
const holder = globalThis as Holder;

/** The process-wide store (kept on globalThis so dev reloads share it). A failed open is retried next call. */
export function getStore(): Promise<EventStore> {
  if (!holder[KEY]) {
    const p = openStore(process.env.DATABASE_URL);
    holder[KEY] = p;
    p.catch(() => {
      if (holder[KEY] === p) delete holder[KEY];
    });
  }
  return holder[KEY]!;
}

/** Replace the process-wide store (tests inject a MemoryStore); null forgets it so the next getStore() reopens. */
export function setStore(store: EventStore | null): void {
  if (store) holder[KEY] = Promise.resolve(store);
  else delete holder[KEY];
}
