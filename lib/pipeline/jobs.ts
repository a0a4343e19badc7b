/**
 * The reader's CPU-heavy jobs as plain data, so they can cross a worker_threads boundary (pool.ts, worker.ts).
 * In: a PoolJob — `extract` (text + date: what POST /api/extract reads) or `read` (a cleaned Article + the
 * store's overlay places: what ingest and reprocess read). Out: `runJob` — the Extraction or StoredArticle, the
 * same objects processText / processArticle return in-process; errors as WireError and back (an InputError keeps
 * its issues so the route still answers 400).
 */
import { InputError, type Article, type OverlayPlace, type StoredArticle } from '../schemas';
import { getGazetteer, withOverlay } from '../gazetteer';
import { processArticle, processText, type Extraction } from './process';

export type PoolJob =
  | { kind: 'extract'; text: string; published: string | null }
  | { kind: 'read'; article: Article; overlay: OverlayPlace[] };

export type JobResult<J extends PoolJob> = J extends { kind: 'extract' } ? Extraction : StoredArticle;

/** Runs one job on this thread (the worker's body, and the in-process fallback). */
export function runJob<J extends PoolJob>(job: J): JobResult<J> {
  if (job.kind === 'extract') return processText(job.text, { published: job.published }) as JobResult<J>;
  return processArticle(job.article, withOverlay(getGazetteer(), job.overlay)) as JobResult<J>;
}

/** An error as it crosses threads (structured clone keeps no class). */
export interface WireError {
  name: string;
  message: string;
  issues?: InputError['issues'];
}

export function toWire(err: unknown): WireError {
  if (err instanceof InputError) return { name: 'InputError', message: err.message, issues: err.issues };
  if (err instanceof Error) return { name: err.name, message: err.message };
  return { name: 'Error', message: String(err) };
}

export function fromWire(w: WireError): Error {
  if (w.name === 'InputError') return new InputError(w.message, w.issues ?? []);
  const err = new Error(`${w.message} (in a pipeline worker)`);
  err.name = w.name;
  return err;
}
