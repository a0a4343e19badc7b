/**
 * Start-up seeding, an explicit step of start-up (`npm start`, `npm run seed`, `npm run ingest`): an empty
 * store is filled with the bundled corpus (data/articles) run through the reader, and every stored article an
 * older pipeline wrote (its pipelineVersion differs from PIPELINE_VERSION) is read again from its kept text, so a
 * store written before a change of the reader's output (e.g. events without `acled`) is upgraded on start.
 * In: a store (and optionally a loader, for tests). Out: what happened, with rejected articles and reasons.
 * Idempotent and safe when two processes start together: the writes and the meta row happen in one
 * transaction (the store's seedOnce), and putArticle is idempotent on content anyway; an upgrade is one
 * replaceExtraction per article (two processes upgrading the same article write the same result).
 * Then, when the stored resolution was made by other rules (meta 'resolution_version' is not lib/resolve's
 * RESOLUTION_VERSION, or absent: a store migrated from before issue 15), every stored report is resolved again
 * (store.resolveAll) and the version is recorded.
 */
import type { StoredArticle } from '../schemas';
import { isSeedable, type EventStore } from '../store';
import { loadArticles } from '../corpus';
import { PIPELINE_VERSION, processArticle } from './process';
import { reprocessArticle } from './ingest';
import { RESOLUTION_VERSION } from '../resolve';

export const SEED_META_KEY = 'seeded:data/articles';
/** meta row: the RESOLUTION_VERSION the stored resolution was made with */
export const RESOLUTION_META_KEY = 'resolution_version';

export interface SeedReport {
  seeded: boolean;
  created: number;
  existing: number;
  rejected: { id: string; reason: string }[];
  /** stored articles read again because another pipeline version wrote them */
  upgraded: number;
  /** reports resolved again because the stored resolution was made by other rules (0: it was current) */
  reresolved: number;
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
 * by ingest before any seeding — that is remembered, and nothing is added). Then upgrades stale articles: each
 * whose pipelineVersion is not PIPELINE_VERSION is reprocessed (one that throws is listed in `rejected`).
 */
export async function seedStore(store: EventStore, opts: { load?: SeedLoader; key?: string } = {}): Promise<SeedReport> {
  if (!isSeedable(store)) throw new Error(`store "${store.kind}" cannot be seeded: it lacks getMeta/seedOnce/staleArticleIds`);
  const key = opts.key ?? SEED_META_KEY;
  let report: SeedReport = { seeded: false, created: 0, existing: 0, rejected: [], upgraded: 0, reresolved: 0 };
  if ((await store.getMeta(key)) === null) {
    if ((await store.listArticles()).length > 0) {
      await store.seedOnce(key, []);
    } else {
      const { docs, rejected } = await (opts.load ?? bundledCorpus)();
      report = { ...report, ...(await store.seedOnce(key, docs)), rejected };
    }
  }
  for (const id of await store.staleArticleIds(PIPELINE_VERSION)) {
    try {
      if (await reprocessArticle(store, id)) report.upgraded++;
    } catch (err) {
      report.rejected.push({ id, reason: `upgrade to pipeline ${PIPELINE_VERSION} failed: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  if (store.resolveAll && store.setMeta && (await store.getMeta(RESOLUTION_META_KEY)) !== RESOLUTION_VERSION) {
    report.reresolved = (await store.resolveAll()).reports;
    await store.setMeta(RESOLUTION_META_KEY, RESOLUTION_VERSION);
  }
  return report;
}
