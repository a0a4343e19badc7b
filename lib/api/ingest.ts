/**
 * Ingestion (issue 6): a user-supplied article → cleaned Article → pipeline → store, and re-running
 * the pipeline over a stored article.
 * In: the decoded request (JSON fields, or text/plain whose first line is the title) and a store.
 * Out: `{id, created, events, mentions}`; the store write is one transaction (putArticle /
 * replaceExtraction), so a failure leaves nothing half-written.
 */
import type { Article } from '../schemas';
import type { EventStore } from '../store/types';
import { articleFromText, CorpusError } from '../corpus';
import { PIPELINE_VERSION, processArticle } from '../pipeline';
import { HttpError, notFound } from './http';
import type { IngestRequest } from './schemas';

export interface IngestResult {
  id: string;
  created: boolean;
  events: number;
  mentions: number;
}

export async function ingestArticle(store: EventStore, input: IngestRequest): Promise<IngestResult> {
  let article: Article;
  try {
    article = articleFromText({
      title: input.title,
      text: input.text,
      published: input.published ?? null,
      source: input.source ?? null,
      url: input.url ?? null,
    });
  } catch (err) {
    // the cleaner rejects input it cannot turn into an article (e.g. nothing left after boilerplate)
    if (!(err instanceof CorpusError)) throw err;
    const path = err.code === 'empty-title' ? 'title' : err.code === 'invalid-date' ? 'published' : 'text';
    const issues = (err.issues.length ? err.issues : [err.message]).map((message) => ({ path, message }));
    throw new HttpError(400, `invalid article: ${err.message}`, issues);
  }
  // the id hashes the content: an article already stored under it is a repeat, answered without re-running the pipeline
  const stored = await store.getArticle(article.id);
  if (stored && stored.article.title === article.title && stored.article.body === article.body) {
    return { id: stored.article.id, created: false, events: stored.events.length, mentions: stored.mentions.length };
  }
  const doc = processArticle(article);
  const put = await store.putArticle(doc);
  if (put.created) return { id: put.id, created: true, events: doc.events.length, mentions: doc.mentions.length };
  const existing = await store.getArticle(put.id);
  return {
    id: put.id,
    created: false,
    events: existing?.events.length ?? doc.events.length,
    mentions: existing?.mentions.length ?? doc.mentions.length,
  };
}

export async function reprocessArticle(store: EventStore, id: string): Promise<Omit<IngestResult, 'created'> & { pipelineVersion: string }> {
  const stored = await store.getArticle(id);
  if (!stored) throw notFound('article', id);
  const doc = processArticle(stored.article);
  await store.replaceExtraction(id, doc.mentions, doc.events, PIPELINE_VERSION);
  return { id, events: doc.events.length, mentions: doc.mentions.length, pipelineVersion: PIPELINE_VERSION };
}
