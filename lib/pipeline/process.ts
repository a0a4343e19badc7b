/**
 * The reader: text → mentions (lib/geocode) → events (lib/extract), timing each stage.
 * In: raw text with an optional publication date, or an Article. Out: its mentions and events (plus per-stage
 * timings), or the StoredArticle the store keeps (stamped with PIPELINE_VERSION). Pure: nothing is written.
 */
import type { Article, ConflictEvent, Mention, StoredArticle } from '../schemas';
import { getGazetteer, type Gazetteer } from '../gazetteer';
import { geocode } from '../geocode';
import { extractEvents } from '../extract';

/**
 * Bump when geocode or extract change what they produce; stored per article. Start-up seeding (seed.ts) reads
 * every article stamped with another version again. '2': events carry their ACLED coding (`acled`); '3': an Arabic
 * article opening a longer name is never a place by itself ("Al Hishah" is not Ål, Norway).
 */
export const PIPELINE_VERSION = '53';

export interface Extraction {
  mentions: Mention[];
  events: ConflictEvent[];
  timings: { geocodeMs: number; extractMs: number };
}

/** `gazetteer`: the one to geocode with (the writers pass the store's, overlay included: places.ts); default the bundled one. */
export function processText(text: string, opts: { published?: string | null; articleId?: string; gazetteer?: Gazetteer } = {}): Extraction {
  const gazetteer = opts.gazetteer ?? getGazetteer();
  const t0 = performance.now();
  const mentions = geocode(text, { gazetteer });
  const t1 = performance.now();
  const events = extractEvents({
    articleId: opts.articleId ?? 'input',
    text,
    published: opts.published ?? null,
    mentions,
  });
  const t2 = performance.now();
  return { mentions, events, timings: { geocodeMs: t1 - t0, extractMs: t2 - t1 } };
}

export function processArticle(article: Article, gazetteer?: Gazetteer): StoredArticle {
  const { mentions, events } = processText(article.body, { published: article.published, articleId: article.id, gazetteer });
  return { article, mentions, events, pipelineVersion: PIPELINE_VERSION };
}
