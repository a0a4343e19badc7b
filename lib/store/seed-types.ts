/**
 * What seeding (lib/pipeline seedStore) needs from a store beyond the EventStore interface; every backend here implements it.
 * In: a meta key and the documents to seed. Out: whether this call seeded (false when another process did);
 * and which stored articles an older (or other) pipeline version wrote, for the start-up upgrade.
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
  /** ids of the articles whose stored extraction was written by another pipeline version (id order) */
  staleArticleIds(pipelineVersion: string): Promise<string[]>;
}

export function isSeedable(store: EventStore): store is SeedableStore {
  const s = store as Partial<SeedableStore>;
  return typeof s.seedOnce === 'function' && typeof s.getMeta === 'function' && typeof s.staleArticleIds === 'function';
}
