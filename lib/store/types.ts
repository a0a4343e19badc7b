/**
 * The EventStore interface: where articles, their mentions and events are kept.
 * In: processed articles (Article + Mention[] + ConflictEvent[]).
 * Out: the read model every route uses. Implementations: sqlite.ts (default), postgis.ts.
 * Every method is async so both backends share it.
 */
import type { Article, ConflictEvent, EventQuery, Mention } from '../schemas';

export interface ArticleSummary {
  id: string;
  title: string;
  published: string | null;
  source: string | null;
  /** first sentence of the body */
  lede: string;
  eventCount: number;
}

export interface StoredArticle {
  article: Article;
  mentions: Mention[];
  events: ConflictEvent[];
  pipelineVersion: string;
}

export interface PutResult {
  id: string;
  /** false when the same content was already stored (idempotent ingest) */
  created: boolean;
}

export interface EventStore {
  /** 'memory' added by the store helper: the in-memory store used by route tests */
  readonly kind: 'sqlite' | 'postgis' | 'memory';
  listArticles(): Promise<ArticleSummary[]>;
  getArticle(id: string): Promise<StoredArticle | null>;
  queryEvents(q: EventQuery): Promise<ConflictEvent[]>;
  getEvent(id: string): Promise<ConflictEvent | null>;
  /** number of (non-background) events per actor id */
  actorCounts(): Promise<Record<string, number>>;
  /** article + mentions + events in one transaction; same content again returns the existing id */
  putArticle(doc: StoredArticle): Promise<PutResult>;
  /** replaces mentions and events of an existing article in one transaction */
  replaceExtraction(id: string, mentions: Mention[], events: ConflictEvent[], pipelineVersion: string): Promise<void>;
  close(): Promise<void>;
}
