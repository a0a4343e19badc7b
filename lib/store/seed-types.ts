/**
 * What seeding (lib/pipeline seedStore) needs from a store beyond the EventStore interface; every backend here implements it.
 * In: a meta key and the documents to seed. Out: whether this call seeded (false when another process did);
 * and which stored articles an older (or other) pipeline version wrote, for the start-up upgrade; re-resolution of every
 * stored report when the resolution rules changed (issue 15: meta 'resolution_version' vs lib/resolve RESOLUTION_VERSION).
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
  /** writes (or overwrites) meta row `key` (optional while a backend lacks it: seeding then skips re-resolution) */
  setMeta?(key: string, value: string): Promise<void>;
  /**
   * resolves every stored report again (lib/resolve, issue 15): the outcome depends only on the stored reports and
   * overrides (order-independent by construction); bumps the change signal
   */
  resolveAll?(): Promise<{ reports: number }>;
}

export function isSeedable(store: EventStore): store is SeedableStore {
  const s = store as Partial<SeedableStore>;
  return typeof s.seedOnce === 'function' && typeof s.getMeta === 'function' && typeof s.staleArticleIds === 'function';
}
