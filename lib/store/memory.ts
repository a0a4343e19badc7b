/**
 * In-memory EventStore: the reference implementation of the shared query semantics (filter.ts).
 * In: StoredArticles through putArticle / replaceExtraction; analysts' overrides (addOverride).
 * Out: the same read model as the SQL stores; nothing survives the process. Used by route tests and `memory:`.
 * Resolution (issue 15): every write runs the driver (lib/resolve via resolution.ts) on a copy of the state and
 * keeps the copy only when everything succeeded (one "transaction"); queries serve the primary report of each
 * group with its resolved event.
 */
import type { ConflictEvent, EventQuery, Mention, OverlayPlace, PointRow, RegistryActor, Override } from '../schemas';
import { placeNamer, pointOfEvent, pointsQuery } from './points';
import { StoreConflictError, StoreNotFoundError } from './errors';
import { compareEvents, groupSearchText, inBbox, lede, matchesEvent, resolvePlaceArea, roleActorIds, searchNeedles, type ActorRoleFilter, type QueryOptions } from './filter';
import { StoreInputError } from './errors';
import { Override as OverrideSchema } from '../schemas';
import { isResolvable, keptResolved, overridesNaming, reportKey, resolveSync, type ReportAssignment, type ReportRef, type ResolutionAccess } from './resolution';
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

/** The stored resolution of one report (a report not yet resolved has none). */
type Resolution = Omit<ReportAssignment, 'eventId' | 'resolved'> & { resolved: ConflictEvent | null };

/** A served event with what its filters need: its primary's article title and its group's search text. */
interface Served {
  event: ConflictEvent;
  title: string;
  search: string | undefined;
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
  /** report (event) id → its resolution */
  private res = new Map<string, Resolution>();
  /** analysts' overrides, oldest first */
  private overrides: Override[] = [];
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

  /** every stored report (per-article event), resolved or not */
  private *allEvents(): Iterable<ConflictEvent> {
    for (const { doc } of this.articles.values()) yield* doc.events;
  }

  /** the served event of a primary report: its resolved event for a group of several, else itself */
  private servedOf(e: ConflictEvent): ConflictEvent {
    return this.res.get(e.id)?.resolved ?? e;
  }

  /** one entry per resolved group: the primary's served event; `withSearch` adds the group's search text */
  private served(withSearch: boolean): Served[] {
    const members = new Map<string, { event: ConflictEvent; title: string }[]>();
    if (withSearch) {
      for (const { doc } of this.articles.values()) {
        for (const e of doc.events) {
          const r = this.res.get(e.id);
          if (!r) continue;
          const list = members.get(r.group) ?? [];
          list.push({ event: e, title: doc.article.title });
          members.set(r.group, list);
        }
      }
    }
    const out: Served[] = [];
    for (const { doc } of this.articles.values()) {
      for (const e of doc.events) {
        const r = this.res.get(e.id);
        if (r && !r.primary) continue;
        const group = r?.resolved ? members.get(e.id) : undefined;
        out.push({ event: r?.resolved ?? e, title: doc.article.title, search: group ? groupSearchText(group) : undefined });
      }
    }
    return out;
  }

  async queryEvents(q: EventQuery, opts: QueryOptions = {}): Promise<ConflictEvent[]> {
    this.check();
    const placeArea = q.place !== undefined ? resolvePlaceArea(q.place, this.allEvents()) : null;
    const needles = q.q !== undefined ? searchNeedles(q.q, opts.variants) : undefined;
    const out: ConflictEvent[] = [];
    for (const s of this.served(q.q !== undefined)) {
      if (matchesEvent(s.event, q, { title: s.title, placeArea, needles, search: s.search })) out.push(s.event);
    }
    out.sort(compareEvents);
    return clone(q.limit !== undefined ? out.slice(0, q.limit) : out);
  }

  async queryPoints(q: EventQuery, opts: QueryOptions = {}): Promise<PointRow[]> {
    const name = placeNamer();
    return (await this.queryEvents(pointsQuery(q), opts)).map((e) => pointOfEvent(e, name));
  }

  /** the stored report `id` (its own per-article event) */
  private report(id: string): ConflictEvent | undefined {
    const owner = this.eventOwner.get(id);
    return owner ? this.articles.get(owner)?.doc.events.find((x) => x.id === id) : undefined;
  }

  /** any report id → the served event of its group (a moved primary keeps old permalinks working) */
  async getEvent(id: string): Promise<ConflictEvent | null> {
    this.check();
    if (!this.report(id)) return null;
    const primary = this.report(this.res.get(id)?.group ?? id);
    return primary ? clone(this.servedOf(primary)) : null;
  }

  async actorCounts(role?: ActorRoleFilter): Promise<Record<string, number>> {
    this.check();
    const counts: Record<string, number> = {};
    for (const { event: e } of this.served(false)) {
      if (e.background) continue;
      for (const id of roleActorIds(e, role)) counts[id] = (counts[id] ?? 0) + 1;
    }
    return counts;
  }

  async actorRegistry(role?: ActorRoleFilter): Promise<RegistryActor[]> {
    this.check();
    // every actor some stored report names is listed; counts are of served (resolved) events
    const counts = new Map<string, number>();
    for (const e of this.allEvents()) for (const id of roleActorIds(e, 'any')) if (!counts.has(id)) counts.set(id, 0);
    for (const { event: e } of this.served(false)) {
      if (e.background) continue;
      for (const id of roleActorIds(e, role)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return sortRegistry([...counts].filter(([id]) => this.registry.has(id)).map(([id, eventCount]) => ({ ...this.registry.get(id)!, eventCount })));
  }

  /** undo steps of the running write (transact): a failed write leaves the previous state */
  private journal: (() => void)[] | null = null;

  /** map.set / map.delete (v undefined) that the running write can undo */
  private put<K, V>(map: Map<K, V>, k: K, v: V | undefined): void {
    const had = map.has(k);
    const old = map.get(k);
    this.journal?.push(() => (had ? map.set(k, old as V) : map.delete(k)));
    if (v === undefined) map.delete(k);
    else map.set(k, v);
  }

  /** runs a write as one transaction: on a throw every change made through put() is undone */
  private transact<T>(fn: () => T): T {
    const journal: (() => void)[] = [];
    this.journal = journal;
    try {
      return fn();
    } catch (err) {
      for (const undo of journal.reverse()) undo();
      throw err;
    } finally {
      this.journal = null;
    }
  }

  private register(events: readonly ConflictEvent[]): void {
    for (const r of registryEntries(events)) if (!this.registry.has(r.id)) this.put(this.registry, r.id, r);
  }

  private assertEventIdsFree(articleId: string, events: ConflictEvent[]): void {
    for (const e of events) {
      const owner = this.eventOwner.get(e.id);
      if (owner !== undefined && owner !== articleId) {
        throw new StoreConflictError(`event id "${e.id}" already belongs to article "${owner}"`);
      }
    }
  }

  // --- resolution (issue 15) ---

  /** 1° cells of resolvable reports: the candidate search reads the cells a box covers */
  private cells = new Map<number, Set<string>>();
  private static cellOf(lat: number, lon: number): number {
    return Math.floor(lat + 90) * 360 + (((Math.floor(lon + 180) % 360) + 360) % 360);
  }

  /** stores the reports of a document (or takes them out), with their owner and candidate cell */
  private index(articleId: string, events: readonly ConflictEvent[], add: boolean): void {
    for (const e of events) {
      this.put(this.eventOwner, e.id, add ? articleId : undefined);
      if (!add) this.put(this.res, e.id, undefined);
      if (!isResolvable(e)) continue;
      const c = MemoryStore.cellOf(e.place!.lat, e.place!.lon);
      const set = new Set(this.cells.get(c) ?? []);
      if (add) set.add(e.id);
      else set.delete(e.id);
      this.put(this.cells, c, set.size ? set : undefined);
    }
  }

  private ref(e: ConflictEvent): ReportRef {
    const a = this.articles.get(e.articleId)!.doc.article;
    return { event: e, article: { id: a.id, title: a.title, source: a.source, published: a.published }, component: this.res.get(e.id)?.component ?? null };
  }

  private access(added: ReadonlySet<string>): ResolutionAccess<'sync'> {
    return {
      candidates: ({ bbox, from, to }) => {
        const [west, south, east, north] = bbox;
        const lons = west <= east ? [[west, east]] : [[west, 180], [-180, east]];
        const ids = new Set<string>();
        for (let lat = Math.floor(south); lat <= Math.min(89, Math.floor(north)); lat++) {
          for (const [w, e] of lons) {
            for (let lon = Math.floor(w!); lon <= Math.min(179, Math.floor(e!)); lon++) {
              for (const id of this.cells.get(MemoryStore.cellOf(lat, lon)) ?? []) ids.add(id);
            }
          }
        }
        const out: ReportRef[] = [];
        for (const id of [...ids].sort()) {
          const e = this.report(id)!;
          const d = e.date.value!;
          // a report left unresolved (resolveAll's later batches) is not a candidate yet
          if (!this.res.has(id) && !added.has(id)) continue;
          if (d >= from && d <= to && inBbox(e.place!.lon, e.place!.lat, bbox)) out.push(this.ref(e));
        }
        return out;
      },
      componentMembers: (ids) => {
        const want = new Set(ids);
        const out: ReportRef[] = [];
        for (const e of this.allEvents()) if (want.has(this.res.get(e.id)?.component ?? '')) out.push(this.ref(e));
        return out.sort((a, b) => (a.event.id < b.event.id ? -1 : 1));
      },
      reportsByKey: (keys) => {
        const want = new Set(keys);
        const out: ReportRef[] = [];
        for (const e of this.allEvents()) if (want.has(reportKey(e))) out.push(this.ref(e));
        return out.sort((a, b) => (a.event.id < b.event.id ? -1 : 1));
      },
      overrides: (keys) => overridesNaming(this.overrides, keys),
      write: (result) => {
        for (const a of result.assignments) {
          if (!this.eventOwner.has(a.eventId)) continue;
          this.put(this.res, a.eventId, { component: a.component, group: a.group, primary: a.primary, reportCount: a.reportCount, resolved: keptResolved(a) });
        }
      },
    };
  }

  /** runs the driver on new reports and the components a write emptied or changed */
  private resolve(added: readonly ConflictEvent[], touched: readonly string[]): void {
    const ids = new Set(added.map((e) => e.id));
    resolveSync(this.access(ids), { added: added.map((e) => this.ref(e)), touched: [...new Set(touched)].sort() });
  }

  /** the components the stored reports of an article belong to */
  private componentsOf(events: readonly ConflictEvent[]): string[] {
    return events.flatMap((e) => {
      const c = this.res.get(e.id)?.component;
      return c === undefined ? [] : [c];
    });
  }

  async putArticle(input: StoredArticle): Promise<PutResult> {
    try {
      this.check();
      const { hash, ...doc } = parseStoredArticle(input);
      return this.transact(() => this.putParsed(doc, hash));
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  /** Batch load: every doc in one transaction (all or nothing), like SqliteStore.putArticles. */
  async putArticles(input: StoredArticle[]): Promise<PutResult[]> {
    try {
      this.check();
      const parsed = input.map((d) => parseStoredArticle(d));
      return this.transact(() => parsed.map(({ hash, ...doc }) => this.putParsed(doc, hash)));
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  /** inside transact: store one parsed document and resolve its reports */
  private putParsed(doc: StoredArticle, hash: string): PutResult {
    const existing = this.byHash.get(hash);
    if (existing !== undefined) return { id: existing, created: false };
    const id = doc.article.id;
    if (this.articles.has(id)) throw new StoreConflictError(`article id "${id}" is already stored with different content`);
    this.assertEventIdsFree(id, doc.events);
    const row = { doc: clone(doc), hash };
    this.put(this.articles, id, row);
    this.put(this.byHash, hash, id);
    this.index(id, row.doc.events, true);
    this.register(row.doc.events);
    this.resolve(row.doc.events, []);
    return { id, created: true };
  }

  /** inside transact: the stored article `id` gets `doc`'s extraction (and article fields); its groups re-resolve */
  private replaceParsed(id: string, doc: StoredArticle): void {
    const row = this.articles.get(id)!;
    this.assertEventIdsFree(id, doc.events);
    const touched = this.componentsOf(row.doc.events);
    this.index(id, row.doc.events, false);
    const next = { ...row, doc: clone(doc) };
    this.put(this.articles, id, next);
    this.index(id, next.doc.events, true);
    this.register(next.doc.events);
    this.resolve(next.doc.events, touched);
  }

  async replaceExtraction(id: string, mentions: Mention[], events: ConflictEvent[], pipelineVersion: string): Promise<void> {
    try {
      this.check();
      const row = this.articles.get(id);
      if (!row) throw new StoreNotFoundError(`no article "${id}" to replace the extraction of`);
      const x = parseExtraction(id, mentions, events, pipelineVersion);
      this.transact(() => this.replaceParsed(id, { article: row.doc.article, ...x }));
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
      this.transact(() => this.replaceParsed(id, { ...doc, article: { ...row.doc.article, published, source, url } }));
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  async getMeta(key: string): Promise<string | null> {
    this.check();
    return this.meta.get(key) ?? null;
  }

  async setMeta(key: string, value: string): Promise<void> {
    this.check();
    this.meta.set(key, value);
  }

  async seedOnce(key: string, docs: StoredArticle[]): Promise<SeedResult> {
    try {
      this.check();
      if (this.meta.has(key)) return { seeded: false, created: 0, existing: 0 };
      const parsed = docs.map((d) => parseStoredArticle(d));
      return this.transact(() => {
        let created = 0;
        for (const { hash, ...doc } of parsed) if (this.putParsed(doc, hash).created) created++;
        this.put(this.meta, key, new Date().toISOString());
        return { seeded: true, created, existing: parsed.length - created };
      });
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  /** Resolves every stored report again (a new RESOLUTION_VERSION): in one transaction, from scratch. */
  async resolveAll(): Promise<{ reports: number }> {
    try {
      this.check();
      return this.transact(() => {
        const all = [...this.allEvents()].sort((a, b) => (a.id < b.id ? -1 : 1));
        for (const e of all) this.put(this.res, e.id, undefined);
        for (let i = 0; i < all.length; i += RESOLVE_ALL_BATCH) this.resolve(all.slice(i, i + RESOLVE_ALL_BATCH), []);
        return { reports: all.length };
      });
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

  async addOverride(input: Override): Promise<void> {
    try {
      this.check();
      const parsed = OverrideSchema.safeParse(input);
      if (!parsed.success) throw new StoreInputError(`invalid override: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
      const o = parsed.data;
      if (this.overrides.some((x) => x.id === o.id)) throw new StoreConflictError(`override id "${o.id}" is already stored`);
      const byKey = new Map<string, ConflictEvent>();
      for (const e of this.allEvents()) byKey.set(reportKey(e), e);
      const named = [...new Set([...o.keys, ...o.others])];
      const unknown = named.filter((k) => !byKey.has(k));
      if (unknown.length) throw new StoreInputError(`override names no stored report for key(s) ${unknown.join(', ')}`);
      this.transact(() => {
        const before = this.overrides;
        this.journal?.push(() => (this.overrides = before));
        this.overrides = [...before, clone(o)];
        this.resolve([], this.componentsOf(named.map((k) => byKey.get(k)!)));
      });
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  async listOverrides(): Promise<Override[]> {
    this.check();
    return clone(this.overrides);
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

/** reports per driver call in resolveAll */
const RESOLVE_ALL_BATCH = 2000;

/** listArticles order: newest published first, undated last, then id. */
export function compareSummaries(a: ArticleSummary, b: ArticleSummary): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
