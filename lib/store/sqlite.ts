/**
 * SQLite EventStore (better-sqlite3, synchronous calls behind the async interface).
 * In: a file path (or ':memory:'). Out: a migrated store in WAL mode with foreign keys on.
 * Each write is one IMMEDIATE transaction: a crash or an error leaves the previous state.
 */
import 'server-only';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { ConflictEvent, EventQuery, Mention, OverlayPlace, PointRow, RegistryActor, Override } from '../schemas';
import { buildSqlitePointsQuery, sqlitePoints } from './points';
import { StoreConflictError, StoreNotFoundError } from './errors';
import { actingActorIds, haversineKm, searchNeedles, searchText, type ActorRoleFilter, type PlaceArea, type QueryOptions } from './filter';
import { loadMigrations } from './migrations';
import { articleColumns, articleFromColumns, eventRow, type ArticleColumns } from './rows';
import type { SeedableStore, SeedResult } from './seed-types';
import { buildEventQuery, GRID_MIN_HITS_PER_ARM, gridRanges, MAX_GRID_RANGES, planEstimates, type Plan } from './sqlite-query';
import type { ArticleRef, ArticleSummary, PutResult, StoredArticle } from './types';
import { parseExtraction, parseStoredArticle } from './validate';
import { registryEntries, sortRegistry } from './registry';
import { needles, overlayFromRow, overlayRow, parseOverlayPlace, type OverlayRow, type UnplacedMention } from './overlay';
import { StoreChanges } from './changes';
import { LEDE_HEAD, ledesFromHeads } from './lede';
import { watchDataVersion } from './notify';
import { knownSearch, SqliteResolution, type Placement } from './sqlite-resolution';
import { reportKey } from './resolution';
import type { ReportArticle } from '../resolve';

type DB = Database.Database;

/**
 * The store's own JS functions that SQL may call (migration 006 back-fills with them; new rows are written from JS):
 * store_acting(event json, actor id) → 1 when the actor carried the event out (filter.ts actingActorIds);
 * store_search_text(event json, article title) → the folded search text (search-text.ts).
 */
export function registerStoreFunctions(db: DB): void {
  db.function('store_acting', { deterministic: true }, (json, id) =>
    typeof json === 'string' && actingActorIds(JSON.parse(json) as ConflictEvent).includes(String(id)) ? 1 : 0,
  );
  db.function('store_search_text', { deterministic: true }, (json, title) => searchText(JSON.parse(String(json)) as ConflictEvent, String(title ?? '')));
}

/** Applies pending migrations, each in its own IMMEDIATE transaction (safe when two processes start together). */
export function migrateSqlite(db: DB): number[] {
  registerStoreFunctions(db);
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied: number[] = [];
  for (const m of loadMigrations('sqlite')) {
    db.transaction(() => {
      if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version)) return;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      applied.push(m.version);
    }).immediate();
  }
  return applied;
}

function asConflict(err: unknown): never {
  const code = (err as { code?: string }).code;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    throw new StoreConflictError(`write rejected, it clashes with stored data: ${(err as Error).message}`);
  }
  throw err;
}

export class SqliteStore implements SeedableStore {
  readonly kind = 'sqlite' as const;
  readonly changes = new StoreChanges();
  readonly db: DB;
  readonly file: string;

  /** stops watching for other connections' commits (notify.ts) */
  private readonly unwatch: () => void;

  /** cross-article resolution inside the write transactions (sqlite-resolution.ts, issue 15) */
  private readonly resolution: SqliteResolution;

  private constructor(db: DB, file: string) {
    this.db = db;
    this.file = file;
    this.unwatch = file === ':memory:' ? () => {} : watchDataVersion(db, this.changes);
    this.resolution = new SqliteResolution(db, (sql) => this.stmt(sql));
  }

  /**
   * one IMMEDIATE write transaction; the FTS rows of the reports it inserted are written last, in one statement
   * (ftsPending); when it fails, the rows resolution kept from it are forgotten
   */
  private write<T>(f: () => T): T {
    try {
      return this.db
        .transaction(() => {
          const out = f();
          this.indexPending();
          return out;
        })
        .immediate();
    } catch (err) {
      this.ftsPending = [];
      this.resolution.forget();
      throw err;
    }
  }

  /**
   * rowids inserted by the current write whose trigram FTS row is not written yet (migration 009: not by a trigger —
   * FTS5 flushes its pending terms at every later statement of the transaction, so one FTS write per report cost a
   * segment per report; one statement per transaction writes them together)
   */
  private ftsPending: number[] = [];

  /** inside a write: indexes the pending rows (before commit, and before a delete that could reach them) */
  private indexPending(): void {
    if (!this.ftsPending.length) return;
    this.stmt('INSERT INTO events_fts (rowid, search) SELECT rid, search FROM events WHERE rid IN (SELECT value FROM json_each(?)) ORDER BY rid').run(
      JSON.stringify(this.ftsPending),
    );
    this.ftsPending = [];
  }

  private statements = new Map<string, Database.Statement>();

  /** prepared statements are cached by SQL text (each text is always used in the same pluck mode) */
  private stmt(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      if (this.statements.size > 500) this.statements.clear();
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  static async open(file: string): Promise<SqliteStore> {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    const db = new Database(file);
    try {
      db.pragma('busy_timeout = 10000');
      if (file !== ':memory:') db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('cache_size = -65536'); // 64 MiB page cache
      if (file !== ':memory:') db.pragma('mmap_size = 1073741824'); // reads through mmap, up to 1 GiB
      db.function('haversine_km', { deterministic: true }, (lat1, lon1, lat2, lon2) =>
        lat2 === null || lon2 === null ? null : haversineKm(Number(lat1), Number(lon1), Number(lat2), Number(lon2)),
      );
      migrateSqlite(db);
    } catch (err) {
      db.close();
      throw new Error(`cannot open SQLite store ${file}: ${(err as Error).message}`, { cause: err });
    }
    return new SqliteStore(db, file);
  }

  async listArticles(): Promise<ArticleSummary[]> {
    // the head of each body, not the text (lede.ts ledesFromHeads)
    const rows = this.stmt(
      `SELECT id, title, published, source, url, substr(body, 1, ${LEDE_HEAD}) AS head, length(body) <= ${LEDE_HEAD} AS complete, event_count FROM articles ORDER BY published IS NULL, published DESC, id`,
    ).all() as { id: string; title: string; published: string | null; source: string | null; url: string | null; head: string; complete: number; event_count: number }[];
    const ledes = await ledesFromHeads(rows, (ids) => new Map(this.stmt('SELECT id, body FROM articles WHERE id IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(ids)) as [string, string][]));
    return rows.map((r) => ({ id: r.id, title: r.title, published: r.published, source: r.source, url: r.url, lede: ledes.get(r.id) ?? '', eventCount: r.event_count }));
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const a = this.stmt('SELECT * FROM articles WHERE id = ?').get(id) as (ArticleColumns & { pipeline_version: string }) | undefined;
    if (!a) return null;
    const mentions = (this.stmt('SELECT json FROM mentions WHERE article_id = ? ORDER BY seq').all(id) as { json: string }[]).map(
      (r) => JSON.parse(r.json) as Mention,
    );
    const events = (this.stmt('SELECT json FROM events WHERE article_id = ? ORDER BY seq').all(id) as { json: string }[]).map(
      (r) => JSON.parse(r.json) as ConflictEvent,
    );
    return { article: articleFromColumns(a), mentions, events, pipelineVersion: a.pipeline_version };
  }

  async articleRefs(ids: readonly string[]): Promise<ArticleRef[]> {
    if (!ids.length) return [];
    return this.stmt('SELECT id, title, published, source, url FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(
      JSON.stringify([...new Set(ids)]),
    ) as ArticleRef[];
  }

  private placeArea(id: string): PlaceArea | null {
    const r = this.db
      .prepare(
        'SELECT lat, lon, (SELECT max(radius_km) FROM events WHERE place_id = @id) AS r FROM events WHERE place_id = @id ORDER BY id LIMIT 1',
      )
      .get({ id }) as { lat: number; lon: number; r: number } | undefined;
    return r ? { id, lat: r.lat, lon: r.lon, radiusKm: r.r } : null;
  }

  /**
   * Plan choice (see sqlite-query.ts): with a limit, count the hits of each index-driven filter up to `cap`;
   * the smallest under cap drives ('grid' for bbox, else 'set'); when all are over cap the result is dense
   * enough that walking events_order and stopping at the limit is cheaper ('scan').
   * Costs measured at 1M events: the grid plan spends ~0.75 µs per hit, the scan ~0.078 µs per events_order
   * entry walked (≈ limit × events / hits of them); they balance at hits ≈ √(limit × events / 10), hence cap.
   */
  choosePlan(q: EventQuery, opts: QueryOptions = {}): Plan {
    if (q.limit === undefined || q.article !== undefined || q.place !== undefined) return 'set';
    const needles = q.q !== undefined ? searchNeedles(q.q, opts.variants) : [];
    const estimates = planEstimates(q, 1, needles);
    if (!estimates.length) return 'set';
    const total = (this.stmt('SELECT max(rid) FROM events').pluck().get() as number | null) ?? 0;
    const cap = Math.max(500, Math.floor(Math.sqrt((q.limit * total) / 10)));
    let best: { filter: string; n: number } | null = null;
    for (const e of planEstimates(q, cap, needles)) {
      const n = this.stmt(e.sql).pluck().get(...e.params) as number;
      if (n < cap && (!best || n < best.n)) best = { filter: e.filter, n };
    }
    if (!best) return 'scan';
    if (best.filter !== 'bbox') return 'set';
    // each grid range is one sorted arm (~0.3 ms apiece, measured): a tall box with few hits reads them faster by R*Tree
    const arms = gridRanges(q.bbox!).length;
    return arms <= MAX_GRID_RANGES && best.n >= GRID_MIN_HITS_PER_ARM * arms ? 'grid' : 'set';
  }

  async queryEvents(q: EventQuery, opts: QueryOptions = {}): Promise<ConflictEvent[]> {
    return this.queryEventsWithPlan(q, this.choosePlan(q, opts), opts);
  }

  /** queryEvents under a forced plan: every plan returns the same rows (cross-checked in tests). */
  async queryEventsWithPlan(q: EventQuery, plan: Plan, opts: QueryOptions = {}): Promise<ConflictEvent[]> {
    const needles = q.q !== undefined ? searchNeedles(q.q, opts.variants) : [];
    const { sql, params } = buildEventQuery(q, q.place !== undefined ? this.placeArea(q.place) : null, plan, needles);
    const rows = this.stmt(sql).pluck().all(...params) as string[];
    return rows.map((j) => JSON.parse(j) as ConflictEvent);
  }

  async queryPoints(q: EventQuery, opts: QueryOptions = {}): Promise<PointRow[]> {
    const needles = q.q !== undefined ? searchNeedles(q.q, opts.variants) : [];
    const { sql, params } = buildSqlitePointsQuery(q, q.place !== undefined ? this.placeArea(q.place) : null, needles);
    const maxRid = (this.stmt('SELECT max(rid) FROM events').pluck().get() as number | null) ?? 0;
    return sqlitePoints((lo, hi) => this.stmt(sql).raw().all(...params, lo, hi) as unknown[][], maxRid);
  }

  /** any report id → the served event of its group (its primary's resolved event) */
  async getEvent(id: string): Promise<ConflictEvent | null> {
    const j = this.stmt('SELECT coalesce(p.resolved, p.json) FROM events r JOIN events p ON p.id = coalesce(r.grp, r.id) WHERE r.id = ?').pluck().get(id) as
      | string
      | undefined;
    return j === undefined ? null : (JSON.parse(j) as ConflictEvent);
  }

  async actorCounts(role?: ActorRoleFilter): Promise<Record<string, number>> {
    const acting = role === 'any' ? '' : ' AND acting = 1';
    const rows = this.stmt(`SELECT actor_id, count(*) AS n FROM event_actors WHERE counted = 1 AND background = 0${acting} GROUP BY actor_id`).all() as {
      actor_id: string;
      n: number;
    }[];
    return Object.fromEntries(rows.map((r) => [r.actor_id, r.n]));
  }

  async actorRegistry(role?: ActorRoleFilter): Promise<RegistryActor[]> {
    const counted = role === 'any' ? 'ea.counted = 1 AND ea.background = 0' : 'ea.counted = 1 AND ea.background = 0 AND ea.acting = 1';
    const rows = this.stmt(
      `SELECT a.id, a.name, a.kind, sum(${counted}) AS eventCount
       FROM actors a JOIN event_actors ea ON ea.actor_id = a.id GROUP BY a.id`,
    ).all() as RegistryActor[];
    return sortRegistry(rows);
  }

  /**
   * inserts the reports with the resolution columns the driver chose (`placed`, sqlite-resolution.ts: resolution
   * runs first in the same transaction, so a report that joins others is written once); a report without a
   * placement is a lone row (component = grp = own id, primary)
   */
  private writeEvents(article: ReportArticle, events: readonly ConflictEvent[], placed: ReadonlyMap<string, Placement>): void {
    const ins = this.stmt(
      `INSERT INTO events (id, article_id, seq, type, acled_event_type, acled_sub_event_type, date, sort_date, background, lat, lon, precision, place_id, radius_km, search, group_search, json, cell, component, grp, is_primary, report_count, resolved, report_key)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const actor = this.stmt('INSERT INTO event_actors (actor_id, event_rid, background, acting, counted, own) VALUES (?, ?, ?, ?, ?, ?)');
    events.forEach((e, seq) => {
      const { actors, acting, ...row } = eventRow(e, seq, article.title, knownSearch(e, article.title));
      const p = placed.get(e.id);
      const background = row.background ? 1 : 0;
      // positional binds, in the column order above (binding 24 named parameters took ≈ 1.4× the CPU of this insert, microbenchmark)
      const rid = ins.run(
        row.id, row.articleId, row.seq, row.type, row.acledEventType, row.acledSubEventType, row.date, row.sortDate, background,
        row.lat, row.lon, row.precision, row.placeId, row.radiusKm, row.search, p?.groupSearch ?? null, row.json, row.cell,
        p?.component ?? e.id, p?.grp ?? e.id, p?.isPrimary ?? 1, p?.reportCount ?? 1, p?.resolved ?? null, reportKey(e),
      ).lastInsertRowid;
      this.ftsPending.push(Number(rid));
      this.resolution.remember(Number(rid), e, article, p?.component ?? e.id);
      if (p) for (const [id, isActing, counted, own] of p.actors) actor.run(id, rid, background, isActing, counted, own);
      else for (const a of actors) actor.run(a, rid, background, acting.includes(a) ? 1 : 0, 1, 1);
    });
    const register = this.stmt('INSERT OR IGNORE INTO actors (id, name, kind) VALUES (@id, @name, @kind)');
    for (const r of registryEntries(events)) register.run(r);
  }

  private writeMentions(articleId: string, mentions: Mention[]): void {
    const ins = this.stmt('INSERT INTO mentions (article_id, seq, start, "end", place_id, json) VALUES (?, ?, ?, ?, ?, ?)');
    mentions.forEach((m, seq) => ins.run(articleId, seq, m.start, m.end, m.place?.id ?? null, JSON.stringify(m)));
  }

  /** inside a transaction: the insert of one parsed document */
  private putParsed(doc: StoredArticle, hash: string): PutResult {
    const put = this.putArticleRow(doc, hash);
    if (!put.created) return put;
    const { article } = doc;
    const ref: ReportArticle = { id: article.id, title: article.title, source: article.source, published: article.published };
    this.resolution.resolve(doc.events, ref, [], (placed) => this.writeEvents(ref, doc.events, placed));
    return put;
  }

  /**
   * inside a transaction: the insert of several parsed documents, their reports resolved together in ONE driver run
   * and inserted once with their final columns — the same rows as putting them one by one (resolution depends only
   * on the set of stored reports: tests/lib/store/sqlite-incremental.test.ts), without re-resolving and rewriting
   * a group each time one of its reports arrives in the same batch
   */
  private putParsedBatch(docs: readonly (StoredArticle & { hash: string })[]): PutResult[] {
    const created: StoredArticle[] = [];
    const results = docs.map(({ hash, ...doc }) => {
      const put = this.putArticleRow(doc, hash);
      if (put.created) created.push(doc);
      return put;
    });
    if (!created.length) return results;
    // two documents of the batch naming one event id: rejected as one by one (the second insert would clash)
    const ids = new Set<string>();
    for (const e of created.flatMap((d) => d.events)) {
      if (ids.has(e.id)) throw new StoreConflictError(`event id "${e.id}" is given twice in one batch`);
      ids.add(e.id);
    }
    const refs = created.map(({ article: a }): ReportArticle => ({ id: a.id, title: a.title, source: a.source, published: a.published }));
    this.resolution.resolve(
      created.flatMap((d) => d.events),
      refs,
      [],
      (placed) => created.forEach((d, i) => this.writeEvents(refs[i]!, d.events, placed)),
    );
    return results;
  }

  /** inside a transaction: the article row and mentions of one parsed document (not its events); created: false when its content is stored */
  private putArticleRow(doc: StoredArticle, hash: string): PutResult {
    const existing = this.stmt('SELECT id FROM articles WHERE hash = ?').pluck().get(hash) as string | undefined;
    if (existing !== undefined) return { id: existing, created: false };
    const { article } = doc;
    if (this.stmt('SELECT 1 FROM articles WHERE id = ?').get(article.id)) {
      throw new StoreConflictError(`article id "${article.id}" is already stored with different content`);
    }
    // cached like the other statements (it was prepared again for every article: bench/ingest.bench.ts)
    this.stmt(
      `INSERT INTO articles (id, hash, title, published, source, url, body, paragraphs, boilerplate, pipeline_version, mention_count, event_count, created_at)
       VALUES (@id, @hash, @title, @published, @source, @url, @body, @paragraphs, @boilerplate, @pipelineVersion, @mentionCount, @eventCount, @createdAt)`,
    ).run({
      ...articleColumns(article),
      hash,
      pipelineVersion: doc.pipelineVersion,
      mentionCount: doc.mentions.length,
      eventCount: doc.events.length,
      createdAt: new Date().toISOString(),
    });
    this.writeMentions(article.id, doc.mentions);
    return { id: article.id, created: true };
  }

  async putArticle(input: StoredArticle): Promise<PutResult> {
    try {
      const { hash, ...doc } = parseStoredArticle(input);
      try {
        return this.write(() => this.putParsed(doc, hash));
      } catch (err) {
        return asConflict(err);
      }
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  /** Batch load: every doc in ONE transaction (all or nothing); for bulk imports and benchmarks. */
  async putArticles(input: StoredArticle[]): Promise<PutResult[]> {
    try {
      const parsed = input.map((d) => parseStoredArticle(d));
      try {
        return this.write(() => this.putParsedBatch(parsed));
      } catch (err) {
        return asConflict(err);
      }
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  async replaceExtraction(id: string, mentions: Mention[], events: ConflictEvent[], pipelineVersion: string): Promise<void> {
    try {
      const x = parseExtraction(id, mentions, events, pipelineVersion);
      try {
        this.write(() => this.replaceParsed(id, x));
      } catch (err) {
        asConflict(err);
      }
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  /** inside a transaction: replace the mentions and events of article `id` */
  private replaceParsed(id: string, x: { mentions: Mention[]; events: ConflictEvent[]; pipelineVersion: string }): void {
    const article = this.stmt('SELECT id, title, source, published FROM articles WHERE id = ?').get(id) as ReportArticle | undefined;
    if (article === undefined) throw new StoreNotFoundError(`no article "${id}" to replace the extraction of`);
    const touched = this.resolution.componentsOfArticle(id);
    this.indexPending(); // the delete trigger takes a row's terms out of the FTS: they must be in it
    this.stmt('DELETE FROM mentions WHERE article_id = ?').run(id);
    this.stmt('DELETE FROM events WHERE article_id = ?').run(id);
    this.resolution.forget(); // rowids of deleted rows can be taken again
    this.writeMentions(id, x.mentions);
    this.resolution.resolve(x.events, article, touched, (placed) => this.writeEvents(article, x.events, placed));
    this.db
      .prepare('UPDATE articles SET pipeline_version = ?, mention_count = ?, event_count = ? WHERE id = ?')
      .run(x.pipelineVersion, x.mentions.length, x.events.length, id);
  }

  async updateArticle(input: StoredArticle): Promise<void> {
    try {
      const { hash, ...doc } = parseStoredArticle(input);
      const { id, published, source, url } = doc.article;
      try {
        this.write(() => {
          const stored = this.stmt('SELECT hash FROM articles WHERE id = ?').pluck().get(id) as string | undefined;
          if (stored === undefined) throw new StoreNotFoundError(`no article "${id}" to update`);
          if (stored !== hash) throw new StoreConflictError(`article "${id}" is stored with another title or text: only published, source and url can be updated`);
          this.stmt('UPDATE articles SET published = ?, source = ?, url = ? WHERE id = ?').run(published, source, url, id);
          this.replaceParsed(id, doc);
        });
      } catch (err) {
        asConflict(err);
      }
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  async getMeta(key: string): Promise<string | null> {
    return (this.stmt('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
  }

  async setMeta(key: string, value: string): Promise<void> {
    this.stmt('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  /** every stored report resolved again in one transaction (start-up, after a change of the resolution rules) */
  async resolveAll(): Promise<{ reports: number }> {
    try {
      return { reports: this.write(() => this.resolution.resolveAll()) };
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  async seedOnce(key: string, docs: StoredArticle[]): Promise<SeedResult> {
    try {
      const parsed = docs.map((d) => parseStoredArticle(d));
      try {
        return this.write((): SeedResult => {
          if (this.stmt('SELECT 1 FROM meta WHERE key = ?').get(key)) return { seeded: false, created: 0, existing: 0 };
          const created = this.putParsedBatch(parsed).filter((r) => r.created).length;
          this.stmt('INSERT INTO meta (key, value) VALUES (?, ?)').run(key, new Date().toISOString());
          return { seeded: true, created, existing: parsed.length - created };
        });
      } catch (err) {
        return asConflict(err);
      }
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  async staleArticleIds(pipelineVersion: string): Promise<string[]> {
    return this.stmt('SELECT id FROM articles WHERE pipeline_version != ? ORDER BY id').pluck().all(pipelineVersion) as string[];
  }

  async addOverlayPlace(input: OverlayPlace): Promise<OverlayPlace> {
    try {
      const p = parseOverlayPlace(input);
      try {
        this.stmt(
          `INSERT INTO place_overlay (id, name, alt, kind, country, admin1, lat, lon, radius_km, created_by, created_at, source, note)
           VALUES (@id, @name, @alt, @kind, @country, @admin1, @lat, @lon, @radius_km, @created_by, @created_at, @source, @note)`,
        ).run(overlayRow(p));
      } catch (err) {
        asConflict(err);
      }
      return p;
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  async listOverlayPlaces(): Promise<OverlayPlace[]> {
    return (this.stmt('SELECT * FROM place_overlay ORDER BY created_at, id').all() as OverlayRow[]).map(overlayFromRow);
  }

  async getOverlayPlace(id: string): Promise<OverlayPlace | null> {
    const r = this.stmt('SELECT * FROM place_overlay WHERE id = ?').get(id) as OverlayRow | undefined;
    return r ? overlayFromRow(r) : null;
  }

  async unplacedMentions(): Promise<UnplacedMention[]> {
    const rows = this.stmt(
      `SELECT m.article_id, a.title, m.json FROM mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.place_id LIKE 'unk:%' OR json_extract(m.json, '$.nonLocation') = 'unresolved' OR json_extract(m.json, '$.inGazetteer') = 0
       ORDER BY m.article_id, m.seq`,
    ).all() as { article_id: string; title: string; json: string }[];
    return rows.map((r) => ({ articleId: r.article_id, title: r.title, mention: JSON.parse(r.json) as Mention }));
  }

  async articleIdsContaining(texts: readonly string[]): Promise<string[]> {
    const ns = needles(texts);
    if (!ns.length) return [];
    // a scan of the kept text: run once per added place, not per request
    return this.stmt(
      `SELECT id FROM articles WHERE EXISTS (SELECT 1 FROM json_each(?) n WHERE instr(lower(title || char(10) || body), n.value) > 0) ORDER BY id`,
    ).pluck().all(JSON.stringify(ns)) as string[];
  }

  async addOverride(o: Override): Promise<void> {
    try {
      try {
        this.write(() => this.resolution.addOverride(o));
      } catch (err) {
        asConflict(err);
      }
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  async listOverrides(): Promise<Override[]> {
    return this.resolution.listOverrides();
  }

  async close(): Promise<void> {
    this.unwatch();
    if (this.db.open) this.db.close();
  }
}
