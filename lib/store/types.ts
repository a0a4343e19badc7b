/**
 * The EventStore interface: where articles, their mentions and events are kept.
 * In: processed articles (Article + Mention[] + ConflictEvent[]).
 * Out: the read model every route uses. Implementations: sqlite.ts (default), postgis.ts.
 * Every method is async so both backends share it.
 */
import type { ArticleRef, ArticleSummary, ConflictEvent, EventQuery, Mention, RegistryActor, StoredArticle } from '../schemas';

export type { ArticleRef, ArticleSummary, StoredArticle };

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
  /** title, date, source and url of each known id (unknown ids are left out; no body, no mentions) */
  articleRefs(ids: readonly string[]): Promise<ArticleRef[]>;
  queryEvents(q: EventQuery): Promise<ConflictEvent[]>;
  getEvent(id: string): Promise<ConflictEvent | null>;
  /** number of (non-background) events per actor id */
  actorCounts(): Promise<Record<string, number>>;
  /**
   * the actor registry: every actor id some stored event names (curated or open-world), with the first name and
   * kind stored for it and its non-background event count; most events first, then id (registry.ts)
   */
  actorRegistry(): Promise<RegistryActor[]>;
  /** article + mentions + events in one transaction; same content again returns the existing id */
  putArticle(doc: StoredArticle): Promise<PutResult>;
  /** replaces mentions and events of an existing article in one transaction */
  replaceExtraction(id: string, mentions: Mention[], events: ConflictEvent[], pipelineVersion: string): Promise<void>;
  close(): Promise<void>;
}
