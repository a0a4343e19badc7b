/**
 * Re-posting stored content with other metadata (issue 14: no silent drops). The article id hashes the content, so
 * the same title and text with a new `published`, `source` or `url` lands on a stored article.
 * In: the stored Article and the posted one (same id, title and body); for the update, a re-read document.
 * Out: `metadataChanges` — the fields that differ, stored vs posted, field by field; `repostConflict` — the
 * StoreConflictError (409) that names them and the way out (`?update=1`); `storeUpdate` — the stored metadata and
 * extraction replaced in one transaction (store.updateArticle), answered `{id, created: false, updated: true, …}`.
 */
import type { Article, StoredArticle } from '../schemas';
import { StoreConflictError, type EventStore } from '../store';
import type { IngestResult } from './ingest';

/** the article fields a re-post may change without changing the id */
export const ARTICLE_METADATA = ['published', 'source', 'url'] as const;
export type MetadataField = (typeof ARTICLE_METADATA)[number];

export interface MetadataChange {
  field: MetadataField;
  stored: string | null;
  posted: string | null;
}

/** The metadata fields whose posted value is not the stored one (a value left out is posted as null). */
export function metadataChanges(stored: Article, posted: Article): MetadataChange[] {
  return ARTICLE_METADATA.filter((f) => (stored[f] ?? null) !== (posted[f] ?? null)).map((field) => ({
    field,
    stored: stored[field] ?? null,
    posted: posted[field] ?? null,
  }));
}

/** The 409 for a re-post without `?update=1`: which fields differ, with both values. */
export function repostConflict(id: string, changes: readonly MetadataChange[]): StoreConflictError {
  const fields = changes.map((c) => c.field).join(', ');
  return new StoreConflictError(
    `article "${id}" is already stored with other ${fields}: re-send with ?update=1 to replace the stored values and read the article again`,
    changes.map((c) => ({ path: c.field, message: `stored ${JSON.stringify(c.stored)}, posted ${JSON.stringify(c.posted)}` })),
  );
}

/** Writes a re-read document over the stored article: its metadata and extraction, in one transaction. */
export async function storeUpdate(store: EventStore, doc: StoredArticle): Promise<IngestResult> {
  await store.updateArticle(doc);
  return { id: doc.article.id, created: false, updated: true, events: doc.events.length, mentions: doc.mentions.length };
}
