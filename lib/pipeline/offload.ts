/**
 * The reader off the request thread: what the write paths call instead of processText / processArticle.
 * In: text (+ date) to extract, or a cleaned Article + the store it goes to (its overlay places travel with the
 * job, so the worker geocodes with the store's gazetteer exactly as places.ts storeGazetteer does).
 * Out: the same Extraction / StoredArticle, computed in the shared worker pool (pool.ts); in-process when the pool
 * is off (ATLAS_WORKERS=0) or cannot start (one warning logged). Busy, timeout and crash errors pass through to
 * the route (ServiceError → 503 / 504 / 500).
 */
import type { Article, StoredArticle } from '../schemas';
import type { EventStore } from '../store';
import { runJob, type JobResult, type PoolJob } from './jobs';
import type { Extraction } from './process';
import { PoolUnavailableError, sharedPool, type PipelinePool } from './pool';

let warned = false;

/** Runs a job on `pool` (default: the shared one), or here when there is none or it cannot start. */
export async function offload<J extends PoolJob>(job: J, pool: PipelinePool | null = sharedPool()): Promise<JobResult<J>> {
  if (pool) {
    try {
      return await pool.run(job);
    } catch (err) {
      if (!(err instanceof PoolUnavailableError)) throw err;
      if (!warned) console.warn(`[pool] ${err.message}; reading in-process (requests wait on extraction)`);
      warned = true;
    }
  }
  return runJob(job);
}

/** processText off the request thread (POST /api/extract). */
export function extractText(text: string, opts: { published?: string | null } = {}): Promise<Extraction> {
  return offload({ kind: 'extract', text, published: opts.published ?? null });
}

/** processArticle with the store's gazetteer (bundled + overlay), off the request thread (ingest, reprocess). */
export async function readArticle(store: EventStore, article: Article): Promise<StoredArticle> {
  return offload({ kind: 'read', article, overlay: await store.listOverlayPlaces() });
}
