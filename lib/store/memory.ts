/**
 * In-memory EventStore: the reference implementation of the shared query semantics (filter.ts).
 * In: StoredArticles through putArticle / replaceExtraction.
 * Out: the same read model as the SQL stores; nothing survives the process. Used by route tests and `memory:`.
 */
import type { ConflictEvent, EventQuery, Mention, OverlayPlace, PointRow, RegistryActor, Override } from '../schemas';
import { placeNamer, pointOfEvent, pointsQuery } from './points';
import { StoreConflictError, StoreNotFoundError } from './errors';
import { compareEvents, lede, matchesEvent, resolvePlaceArea, roleActorIds, searchNeedles, type ActorRoleFilter, type QueryOptions } from './filter';
import type { SeedableStore, SeedResult } from './seed-types';
import type { ArticleRef, ArticleSummary, PutResult, StoredArticle } from './types';
import { parseExtraction, parseStoredArticle } from './validate';
import { registryEntries, sortRegistry, type RegistryEntry } from './registry';
import { compareOverlay, isUnplaced, needles, parseOverlayPlace, type UnplacedMention } from './overlay';
import { StoreChanges } from './changes';

interface Row {
  doc: StoredArticle;
  hash: string;
}

const clone = <T>(v: T): T => structuredClone(v);

export class MemoryStore implements SeedableStore {
  readonly kind = 'memory' as const;
  readonly changes = new StoreChanges();
  private articles = new Map<string, Row>();
  private byHash = new Map<string, string>();
  /** event id → owning article id */
  private eventOwner = new Map<string, string>();
  private meta = new Map<string, string>();
  /** actor id → first name and kind stored for it (registry.ts) */
  private registry = new Map<string, RegistryEntry>();
  /** overlay id → analyst-added place (overlay.ts) */
  private overlay = new Map<string, OverlayPlace>();
  private closed = false;

  private check(): void {
    if (this.closed) throw new Error('memory store is closed: open a new one with openStore("memory:")');
  }

  async listArticles(): Promise<ArticleSummary[]> {
    this.check();
    return [...this.articles.values()]
      .map(({ doc: { article, events } }) => ({
        id: article.id,
        title: article.title,
        published: article.published,
        source: article.source,
        url: article.url,
        lede: lede(article.body),
        eventCount: events.length,
      }))
      .sort(compareSummaries);
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    this.check();
    const row = this.articles.get(id);
    return row ? clone(row.doc) : null;
  }

  async articleRefs(ids: readonly string[]): Promise<ArticleRef[]> {
    this.check();
    return [...new Set(ids)].flatMap((id) => {
      const a = this.articles.get(id)?.doc.article;
      return a ? [{ id: a.id, title: a.title, published: a.published, source: a.source, url: a.url }] : [];
    });
  }

  private *allEvents(): Iterable<ConflictEvent> {
    for (const { doc } of this.articles.values()) yield* doc.events;
  }

  async queryEvents(q: EventQuery, opts: QueryOptions = {}): Promise<ConflictEvent[]> {
    this.check();
    const placeArea = q.place !== undefined ? resolvePlaceArea(q.place, this.allEvents()) : null;
    const needles = q.q !== undefined ? searchNeedles(q.q, opts.variants) : undefined;
    const out: ConflictEvent[] = [];
    for (const { doc } of this.articles.values()) {
      const ctx = { title: doc.article.title, placeArea, needles };
      for (const e of doc.events) if (matchesEvent(e, q, ctx)) out.push(e);
    }
    out.sort(compareEvents);
    return clone(q.limit !== undefined ? out.slice(0, q.limit) : out);
  }

  async queryPoints(q: EventQuery, opts: QueryOptions = {}): Promise<PointRow[]> {
    const name = placeNamer();
    return (await this.queryEvents(pointsQuery(q), opts)).map((e) => pointOfEvent(e, name));
  }

  async getEvent(id: string): Promise<ConflictEvent | null> {
    this.check();
    const owner = this.eventOwner.get(id);
    const e = owner ? this.articles.get(owner)?.doc.events.find((x) => x.id === id) : undefined;
    return e ? clone(e) : null;
  }

  async actorCounts(role?: ActorRoleFilter): Promise<Record<string, number>> {
    this.check();
    const counts: Record<string, number> = {};
    for (const e of this.allEvents()) {
      if (e.background) continue;
      for (const id of roleActorIds(e, role)) counts[id] = (counts[id] ?? 0) + 1;
    }
    return counts;
  }

  async actorRegistry(role?: ActorRoleFilter): Promise<RegistryActor[]> {
    this.check();
    const counts = new Map<string, number>();
    for (const e of this.allEvents()) {
      const counted = new Set(e.background ? [] : roleActorIds(e, role));
      for (const id of roleActorIds(e, 'any')) counts.set(id, (counts.get(id) ?? 0) + (counted.has(id) ? 1 : 0));
    }
    return sortRegistry([...counts].map(([id, eventCount]) => ({ ...this.registry.get(id)!, eventCount })));
  }

  private register(events: readonly ConflictEvent[]): void {
    for (const r of registryEntries(events)) if (!this.registry.has(r.id)) this.registry.set(r.id, r);
  }

  private assertEventIdsFree(articleId: string, events: ConflictEvent[]): void {
    for (const e of events) {
      const owner = this.eventOwner.get(e.id);
      if (owner !== undefined && owner !== articleId) {
        throw new StoreConflictError(`event id "${e.id}" already belongs to article "${owner}"`);
      }
    }
  }

  async putArticle(input: StoredArticle): Promise<PutResult> {
    try {
      this.check();
      const { hash, ...doc } = parseStoredArticle(input);
      return this.putParsed(doc, hash);
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  private putParsed(doc: StoredArticle, hash: string): PutResult {
    const existing = this.byHash.get(hash);
    if (existing !== undefined) return { id: existing, created: false };
    const id = doc.article.id;
    if (this.articles.has(id)) throw new StoreConflictError(`article id "${id}" is already stored with different content`);
    this.assertEventIdsFree(id, doc.events);
    // all checks passed: the writes below cannot fail half-way
    this.articles.set(id, { doc: clone(doc), hash });
    this.byHash.set(hash, id);
    for (const e of doc.events) this.eventOwner.set(e.id, id);
    this.register(doc.events);
    return { id, created: true };
  }

  async replaceExtraction(id: string, mentions: Mention[], events: ConflictEvent[], pipelineVersion: string): Promise<void> {
    try {
      this.check();
      const row = this.articles.get(id);
      if (!row) throw new StoreNotFoundError(`no article "${id}" to replace the extraction of`);
      const x = parseExtraction(id, mentions, events, pipelineVersion);
      this.assertEventIdsFree(id, x.events);
      for (const e of row.doc.events) this.eventOwner.delete(e.id);
      row.doc = clone({ article: row.doc.article, ...x });
      for (const e of x.events) this.eventOwner.set(e.id, id);
      this.register(x.events);
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  async updateArticle(input: StoredArticle): Promise<void> {
    try {
      this.check();
      const { hash, ...doc } = parseStoredArticle(input);
      const { id, published, source, url } = doc.article;
      const row = this.articles.get(id);
      if (!row) throw new StoreNotFoundError(`no article "${id}" to update`);
      if (row.hash !== hash) throw new StoreConflictError(`article "${id}" is stored with another title or text: only published, source and url can be updated`);
      this.assertEventIdsFree(id, doc.events);
      // all checks passed: the writes below cannot fail half-way
      for (const e of row.doc.events) this.eventOwner.delete(e.id);
      row.doc = clone({ ...doc, article: { ...row.doc.article, published, source, url } });
      for (const e of doc.events) this.eventOwner.set(e.id, id);
      this.register(doc.events);
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  async getMeta(key: string): Promise<string | null> {
    this.check();
    return this.meta.get(key) ?? null;
  }

  async seedOnce(key: string, docs: StoredArticle[]): Promise<SeedResult> {
    try {
      this.check();
      if (this.meta.has(key)) return { seeded: false, created: 0, existing: 0 };
      const parsed = docs.map((d) => parseStoredArticle(d));
      // dry run on a copy so a conflict half-way leaves nothing
      const trial = new MemoryStore();
      for (const [k, v] of this.articles) trial.articles.set(k, v);
      for (const [k, v] of this.byHash) trial.byHash.set(k, v);
      for (const [k, v] of this.eventOwner) trial.eventOwner.set(k, v);
      for (const [k, v] of this.registry) trial.registry.set(k, v);
      trial.overlay = this.overlay;
      let created = 0;
      for (const { hash, ...doc } of parsed) if (trial.putParsed(doc, hash).created) created++;
      this.articles = trial.articles;
      this.byHash = trial.byHash;
      this.eventOwner = trial.eventOwner;
      this.registry = trial.registry;
      this.meta.set(key, new Date().toISOString());
      return { seeded: true, created, existing: parsed.length - created };
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  async staleArticleIds(pipelineVersion: string): Promise<string[]> {
    this.check();
    return [...this.articles.values()].filter((r) => r.doc.pipelineVersion !== pipelineVersion).map((r) => r.doc.article.id).sort();
  }

  async addOverlayPlace(input: OverlayPlace): Promise<OverlayPlace> {
    try {
      this.check();
      const p = parseOverlayPlace(input);
      if (this.overlay.has(p.id)) throw new StoreConflictError(`overlay place id "${p.id}" is already stored`);
      this.overlay.set(p.id, clone(p));
      return clone(p);
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  async listOverlayPlaces(): Promise<OverlayPlace[]> {
    this.check();
    return clone([...this.overlay.values()].sort(compareOverlay));
  }

  async getOverlayPlace(id: string): Promise<OverlayPlace | null> {
    this.check();
    const p = this.overlay.get(id);
    return p ? clone(p) : null;
  }

  async unplacedMentions(): Promise<UnplacedMention[]> {
    this.check();
    const rows = [...this.articles.values()].sort((a, b) => (a.doc.article.id < b.doc.article.id ? -1 : 1));
    return rows.flatMap(({ doc }) =>
      doc.mentions.filter(isUnplaced).map((m) => ({ articleId: doc.article.id, title: doc.article.title, mention: clone(m) })),
    );
  }

  async articleIdsContaining(texts: readonly string[]): Promise<string[]> {
    this.check();
    const ns = needles(texts);
    if (!ns.length) return [];
    return [...this.articles.values()]
      .filter(({ doc: { article: a } }) => {
        const hay = `${a.title}\n${a.body}`.toLowerCase();
        return ns.some((n) => hay.includes(n));
      })
      .map((r) => r.doc.article.id)
      .sort();
  }

  // issue 15: replaced by the resolving implementation in this session (placeholder so main compiles meanwhile)
  async addOverride(_o: Override): Promise<void> {
    throw new Error('resolution overrides are not implemented in this store yet');
  }

  async listOverrides(): Promise<Override[]> {
    return [];
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

/** listArticles order: newest published first, undated last, then id. */
export function compareSummaries(a: ArticleSummary, b: ArticleSummary): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
