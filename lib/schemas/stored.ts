/**
 * What the store keeps and hands back: a processed article (article + mentions + events), the article
 * list's summaries, and the light article references the events routes join to (no body, no mentions).
 * In: produced by lib/pipeline (StoredArticle) and lib/store (summaries, refs). Out: read by routes and pages.
 */
import { z } from 'zod';
import { Article, IsoDate } from './article';
import { ConflictEvent } from './event';
import { Mention } from './mention';

export const StoredArticle = z.object({
  article: Article,
  mentions: z.array(Mention),
  events: z.array(ConflictEvent),
  /** lib/pipeline's PIPELINE_VERSION when the mentions and events were made */
  pipelineVersion: z.string().min(1),
});
export type StoredArticle = z.infer<typeof StoredArticle>;

export const ArticleSummary = z.object({
  id: z.string(),
  title: z.string(),
  published: IsoDate.nullable(),
  source: z.string().nullable(),
  /** the original's address, when known */
  url: z.string().nullable().default(null),
  /** first sentence of the body (never cut at an abbreviation: lib/store/lede.ts) */
  lede: z.string(),
  eventCount: z.number().int().nonnegative(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** The facts about an article an event row is shown with: title, date, source and link — never the text. */
export const ArticleRef = z.object({
  id: z.string(),
  title: z.string(),
  published: IsoDate.nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
});
export type ArticleRef = z.infer<typeof ArticleRef>;
