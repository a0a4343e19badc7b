/**
 * The write path: an article enters here, and only here, on its way to the store.
 * In: a user-supplied article (title + text, optional date/source/url), a cleaned Article, an already
 * processed StoredArticle (a `.jsonl` export), or the id of a stored article to read again; and a store.
 * Every read geocodes with the store's gazetteer: the bundled one plus the analysts' overlay (places.ts).
 * Out: what was stored — `{id, created, events, mentions}`. Each store write is one transaction (putArticle /
 * replaceExtraction), so a failure leaves nothing half-written. Bad input throws InputError naming the field.
 * Stored content re-posted with other published/source/url is a StoreConflictError (409) naming them, or with
 * `{update: true}` replaces them and is read again (repost.ts) — never a silent 200 that keeps the old values.
 */
import { InputError, type Article, type StoredArticle } from '../schemas';
import type { EventStore } from '../store';
import { articleFromText, CorpusError, type ArticleInput } from '../corpus';
import { PIPELINE_VERSION } from './process';
import { readArticle } from './offload';
import { metadataChanges, repostConflict, storeUpdate } from './repost';

export interface IngestResult {
  id: string;
  created: boolean;
  events: number;
  mentions: number;
  /** true when a re-post with `update` replaced the stored metadata and the article was read again */
  updated?: true;
}

export interface StoreOptions {
  /** stored content posted with other published/source/url: replace them and read again (else a 409) */
  update?: boolean;
}

/** Which request field a cleaner rejection is about. */
function fieldOf(err: CorpusError): string {
  return err.code === 'empty-title' ? 'title' : err.code === 'invalid-date' ? 'published' : 'text';
}

/** Title + text (+ date, source, url) → a cleaned Article, or InputError naming the field the cleaner rejected. */
export function cleanArticle(input: ArticleInput): Article {
  try {
    return articleFromText(input);
  } catch (err) {
    // the cleaner rejects input it cannot turn into an article (e.g. nothing left after boilerplate)
    if (!(err instanceof CorpusError)) throw err;
    const path = fieldOf(err);
    throw new InputError(`invalid article: ${err.message}`, (err.issues.length ? err.issues : [err.message]).map((message) => ({ path, message })));
  }
}

/** Stores a processed document as it is (validated by the store); the counts are of what the store holds. */
export async function storeProcessed(store: EventStore, doc: StoredArticle): Promise<IngestResult> {
  const put = await store.putArticle(doc);
  if (put.created) return { id: put.id, created: true, events: doc.events.length, mentions: doc.mentions.length };
  const existing = await store.getArticle(put.id);
  return { id: put.id, created: false, events: existing?.events.length ?? doc.events.length, mentions: existing?.mentions.length ?? doc.mentions.length };
}

/**
 * A cleaned Article → reader → store. The same content and metadata already stored is answered without reading it
 * again; the same content with other metadata is a 409 (StoreConflictError) unless `opts.update` (repost.ts).
 */
export async function storeArticle(store: EventStore, article: Article, opts: StoreOptions = {}): Promise<IngestResult> {
  // the id hashes the content: an article already stored under it is a repeat, or a re-post with other metadata
  const stored = await store.getArticle(article.id);
  const repeat = stored !== null && stored.article.title === article.title && stored.article.body === article.body;
  const changes = repeat ? metadataChanges(stored.article, article) : [];
  if (repeat && !changes.length) {
    return { id: stored.article.id, created: false, events: stored.events.length, mentions: stored.mentions.length };
  }
  if (changes.length && !opts.update) throw repostConflict(article.id, changes);
  const doc = await readArticle(store, article); // the reader runs in the worker pool (pool.ts)
  return changes.length ? storeUpdate(store, doc) : storeProcessed(store, doc);
}

/** A user's article (HTTP body or a file): clean → read → store. */
export async function ingestArticle(store: EventStore, input: ArticleInput, opts: StoreOptions = {}): Promise<IngestResult> {
  const { title, text, published = null, source = null, url = null } = input;
  return storeArticle(store, cleanArticle({ title, text, published, source, url }), opts);
}

/** Runs the reader again over a stored article and replaces its mentions and events; null when the id is unknown. */
export async function reprocessArticle(store: EventStore, id: string): Promise<(Omit<IngestResult, 'created'> & { pipelineVersion: string }) | null> {
  const stored = await store.getArticle(id);
  if (!stored) return null;
  const doc = await readArticle(store, stored.article); // in the worker pool
  await store.replaceExtraction(id, doc.mentions, doc.events, PIPELINE_VERSION);
  return { id, events: doc.events.length, mentions: doc.mentions.length, pipelineVersion: PIPELINE_VERSION };
}
