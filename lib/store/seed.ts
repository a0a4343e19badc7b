/**
 * First-start seeding: an empty store is filled from data/articles run through the pipeline.
 * In: a store (and optionally a loader, for tests). Out: what happened, with rejected articles and reasons.
 * Idempotent and safe when two processes start together: the writes and the meta row happen in one
 * transaction (seedOnce), and putArticle is idempotent on content anyway.
 */
import type { EventStore, StoredArticle } from './types';
import { isSeedable } from './seed-types';

export const SEED_META_KEY = 'seeded:data/articles';

export interface SeedReport {
  seeded: boolean;
  created: number;
  existing: number;
  rejected: { id: string; reason: string }[];
}

export type SeedLoader = () => Promise<{ docs: StoredArticle[]; rejected: { id: string; reason: string }[] }>;

/** data/articles → lib/corpus loadArticles → lib/pipeline processArticle; an article that throws is rejected with its reason. */
export const defaultSeedLoader: SeedLoader = async () => {
  const [{ loadArticles }, { processArticle }] = await Promise.all([import('../corpus'), import('../pipeline')]);
  const docs: StoredArticle[] = [];
  const rejected: { id: string; reason: string }[] = [];
  for (const article of loadArticles()) {
    try {
      docs.push(processArticle(article));
    } catch (err) {
      rejected.push({ id: article.id, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return { docs, rejected };
};

export async function ensureSeeded(store: EventStore, opts: { load?: SeedLoader; key?: string } = {}): Promise<SeedReport> {
  if (!isSeedable(store)) throw new Error(`store "${store.kind}" cannot be seeded: it lacks getMeta/seedOnce`);
  const key = opts.key ?? SEED_META_KEY;
  const none: SeedReport = { seeded: false, created: 0, existing: 0, rejected: [] };
  if ((await store.getMeta(key)) !== null) return none;
  if ((await store.listArticles()).length > 0) {
    // filled by ingest before any seeding: remember that, seed nothing
    await store.seedOnce(key, []);
    return none;
  }
  const { docs, rejected } = await (opts.load ?? defaultSeedLoader)();
  const r = await store.seedOnce(key, docs);
  return { ...r, rejected };
}
