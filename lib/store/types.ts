/**
 * The EventStore interface: where articles, their mentions and events are kept.
 * In: processed articles (Article + Mention[] + ConflictEvent[]).
 * Out: the read model every route uses. Implementations: sqlite.ts (default), postgis.ts.
 * Every method is async so both backends share it.
 */
import type { ArticleRef, ArticleSummary, ConflictEvent, EventQuery, Mention, OverlayPlace, Override, PointRow, RegistryActor, StoredArticle } from '../schemas';
import type { UnplacedMention } from './overlay';
import type { StoreChanges } from './changes';
import type { ActorRoleFilter, QueryOptions } from './filter';

export type { ActorRoleFilter, ArticleRef, ArticleSummary, QueryOptions, StoredArticle, UnplacedMention };

export interface PutResult {
  id: string;
  /** false when the same content was already stored (idempotent ingest) */
  created: boolean;
}

export interface EventStore {
  /** 'memory' added by the store helper: the in-memory store used by route tests */
  readonly kind: 'sqlite' | 'postgis' | 'memory';
  /** the change signal read caches key on (changes.ts): bumped by every write through this store */
  readonly changes: StoreChanges;
  listArticles(): Promise<ArticleSummary[]>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** title, date, source and url of each known id (unknown ids are left out; no body, no mentions) */
  articleRefs(ids: readonly string[]): Promise<ArticleRef[]>;
  /** the events a query selects (filter.ts semantics); opts.variants: spelling variants of q (lib/api/search.ts) */
  queryEvents(q: EventQuery, opts?: QueryOptions): Promise<ConflictEvent[]>;
  getEvent(id: string): Promise<ConflictEvent | null>;
  /** the events a query selects as compact rows for the cluster index, unordered, limit ignored (points.ts) */
  queryPoints(q: EventQuery, opts?: QueryOptions): Promise<PointRow[]>;
  /** number of (non-background) events per actor id, counting the actor in `role` (default 'actor', filter.ts) */
  actorCounts(role?: ActorRoleFilter): Promise<Record<string, number>>;
  /**
   * the actor registry: every actor id some stored event names (curated or open-world), with the first name and
   * kind stored for it and its non-background event count in `role` (default 'actor': events it carried out; 'any':
   * every event naming it); most events first, then id (registry.ts)
   */
  actorRegistry(role?: ActorRoleFilter): Promise<RegistryActor[]>;
  /** article + mentions + events in one transaction; same content again returns the existing id */
  putArticle(doc: StoredArticle): Promise<PutResult>;
  /** replaces mentions and events of an existing article in one transaction */
  replaceExtraction(id: string, mentions: Mention[], events: ConflictEvent[], pipelineVersion: string): Promise<void>;
  /**
   * Re-post with other metadata (`?update=1`): in one transaction, the stored article's published, source and url
   * become doc's, and its mentions, events and pipeline version are replaced by doc's. The stored title and body
   * must be doc's (same content hash): else StoreConflictError; StoreNotFoundError when the id is not stored.
   */
  updateArticle(doc: StoredArticle): Promise<void>;
  /**
   * The place overlay (overlay.ts, migration 005): stores one analyst-added place; a place with the same id is a
   * StoreConflictError, a bad one a StoreInputError. Returns the place as stored.
   */
  addOverlayPlace(place: OverlayPlace): Promise<OverlayPlace>;
  /** every overlay place, oldest first */
  listOverlayPlaces(): Promise<OverlayPlace[]>;
  getOverlayPlace(id: string): Promise<OverlayPlace | null>;
  /** every stored mention the geoparser could not place by its own name (overlay.ts isUnplaced), in article then text order */
  unplacedMentions(): Promise<UnplacedMention[]>;
  /** ids of the articles whose title or body contains any of `texts` (case-insensitive substring), sorted */
  articleIdsContaining(texts: readonly string[]): Promise<string[]>;
  /**
   * Cross-article resolution (lib/resolve, issue 15): stores an analyst's merge or split and re-resolves the
   * components its keys touch, in one transaction; the decision survives reprocessing (keys, not event ids).
   * A bad override (unknown keys) is a StoreInputError.
   */
  addOverride(o: Override): Promise<void>;
  /** every stored override, oldest first */
  listOverrides(): Promise<Override[]>;
  close(): Promise<void>;
}
