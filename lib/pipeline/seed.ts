/**
 * First-start seeding, an explicit step of start-up (`npm start`, `npm run seed`, `npm run ingest`): an empty
 * store is filled with the bundled corpus (data/articles) run through the reader.
 * In: a store (and optionally a loader, for tests). Out: what happened, with rejected articles and reasons.
 * Idempotent and safe when two processes start together: the writes and the meta row happen in one
 * transaction (the store's seedOnce), and putArticle is idempotent on content anyway.
 */
import type { StoredArticle } from '../schemas';
import { isSeedable, type EventStore } from '../store';
import { loadArticles } from '../corpus';
import { processArticle } from './process';

export const SEED_META_KEY = 'seeded:data/articles';

export interface SeedReport {
  seeded: boolean;
  created: number;
  existing: number;
  rejected: { id: string; reason: string }[];
}

export type SeedLoader = () => Promise<{ docs: StoredArticle[]; rejected: { id: string; reason: string }[] }>;

/** data/articles → lib/corpus loadArticles → processArticle; an article that throws is rejected with its reason. */
export const bundledCorpus: SeedLoader = async () => {
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

/**
 * Seeds `store` once: nothing when its meta row says it was seeded, or when it already holds articles (filled
 * by ingest before any seeding — that is remembered, and nothing is added).
 */
export async function seedStore(store: EventStore, opts: { load?: SeedLoader; key?: string } = {}): Promise<SeedReport> {
  if (!isSeedable(store)) throw new Error(`store "${store.kind}" cannot be seeded: it lacks getMeta/seedOnce`);
  const key = opts.key ?? SEED_META_KEY;
  const none: SeedReport = { seeded: false, created: 0, existing: 0, rejected: [] };
  if ((await store.getMeta(key)) !== null) return none;
  if ((await store.listArticles()).length > 0) {
    await store.seedOnce(key, []);
    return none;
  }
  const { docs, rejected } = await (opts.load ?? bundledCorpus)();
  const r = await store.seedOnce(key, docs);
  return { ...r, rejected };
}
