/**
 * Validation shared by every EventStore before anything is written.
 * In: a StoredArticle as handed to putArticle / replaceExtraction (untrusted).
 * Out: the zod-parsed document (defaults applied) and its content hash, or a StoreInputError naming the bad field.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ConflictEvent, Mention, StoredArticle } from '../schemas';

export class StoreInputError extends Error {
  readonly issues: { path: string; message: string }[];
  constructor(message: string, issues: { path: string; message: string }[] = []) {
    super(message);
    this.name = 'StoreInputError';
    this.issues = issues;
  }
}


/** sha256 of title + NUL + body: "same content" for idempotent ingest. */
export function contentHash(title: string, body: string): string {
  return createHash('sha256').update(title).update('\0').update(body).digest('hex');
}

function fail(err: z.ZodError, what: string): never {
  const issues = err.issues.map((i) => ({ path: i.path.map(String).join('.') || what, message: i.message }));
  const first = issues[0];
  throw new StoreInputError(first ? `invalid ${what}: ${first.path}: ${first.message}` : `invalid ${what}`, issues);
}

function checkEvents(articleId: string, events: ConflictEvent[]): void {
  const seen = new Set<string>();
  events.forEach((e, i) => {
    if (e.articleId !== articleId) {
      throw new StoreInputError(`invalid events.${i}.articleId: "${e.articleId}" is not the article "${articleId}"`, [
        { path: `events.${i}.articleId`, message: 'must equal the article id' },
      ]);
    }
    if (seen.has(e.id)) {
      throw new StoreInputError(`invalid events.${i}.id: duplicate event id "${e.id}"`, [{ path: `events.${i}.id`, message: 'duplicate' }]);
    }
    seen.add(e.id);
  });
}

export function parseStoredArticle(doc: unknown): StoredArticle & { hash: string } {
  const r = StoredArticle.safeParse(doc);
  if (!r.success) fail(r.error, 'stored article');
  checkEvents(r.data.article.id, r.data.events);
  return { ...r.data, hash: contentHash(r.data.article.title, r.data.article.body) };
}

export function parseExtraction(
  articleId: string,
  mentions: unknown,
  events: unknown,
  pipelineVersion: unknown,
): { mentions: Mention[]; events: ConflictEvent[]; pipelineVersion: string } {
  const r = StoredArticle.pick({ mentions: true, events: true, pipelineVersion: true }).safeParse({ mentions, events, pipelineVersion });
  if (!r.success) fail(r.error, 'extraction');
  checkEvents(articleId, r.data.events);
  return r.data;
}
