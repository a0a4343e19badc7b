/**
 * What seeding (lib/pipeline seedStore) needs from a store beyond the EventStore interface; every backend here implements it.
 * In: a meta key and the documents to seed. Out: whether this call seeded (false when another process did).
 */
import type { EventStore, StoredArticle } from './types';

export interface SeedResult {
  /** false when the meta row already existed: someone else seeded (or is the one who did) */
  seeded: boolean;
  created: number;
  existing: number;
}

export interface SeedableStore extends EventStore {
  getMeta(key: string): Promise<string | null>;
  /** in ONE transaction: unless meta row `key` exists, put every doc and write the meta row */
  seedOnce(key: string, docs: StoredArticle[]): Promise<SeedResult>;
}

export function isSeedable(store: EventStore): store is SeedableStore {
  return typeof (store as Partial<SeedableStore>).seedOnce === 'function' && typeof (store as Partial<SeedableStore>).getMeta === 'function';
}
