/**
 * PostGIS EventStore (node-postgres): same interface and semantics as the SQLite store.
 * In: a postgres:// URL. Out: a migrated store; every write is one transaction on one pooled client,
 * rows go in as multi-row INSERT … SELECT FROM unnest(…) so bulk loads stay fast. Event queries run in one
 * of two plans (postgis-query.ts); grid-plan statements go to a second pool as prepared, generic-plan statements.
 * Every write resolves what it changed (lib/resolve resolveAsync, postgis-resolution.ts) in its own transaction,
 * after taking the store's write lock (one resolving writer at a time across processes).
 */
import 'server-only';
import pg from 'pg';
import type { ConflictEvent, EventQuery, Mention, OverlayPlace, PointRow, RegistryActor, Override } from '../schemas';
import { rowsToPoints } from './points';
import { buildPgPointsQuery } from './postgis-points';
import { resolveAsync, reportKey, type ReportRef } from '../resolve';
import { insertOverride, listOverrides, PgResolutionAccess } from './postgis-resolution';
import { Override as OverrideSchema } from '../schemas';
import { StoreConflictError, StoreNotFoundError } from './errors';
import { actingActorIds, searchNeedles, searchText, type ActorRoleFilter, type PlaceArea, type QueryOptions } from './filter';
import { loadMigrations } from './migrations';
import { buildPgEventQuery, choosePgPlan, SERVED, type PgPlan } from './postgis-query';
import { articleColumns, articleFromColumns, eventRow, type ArticleColumns } from './rows';
import type { SeedableStore, SeedResult } from './seed-types';
import type { ArticleRef, ArticleSummary, PutResult, StoredArticle } from './types';
import { parseExtraction, parseStoredArticle, StoreInputError } from './validate';
import { registryEntries, sortRegistry } from './registry';
import { needles, overlayFromRow, overlayRow, parseOverlayPlace, type OverlayRow, type UnplacedMention } from './overlay';
import { StoreChanges } from './changes';
import { LEDE_HEAD, ledesFromHeads } from './lede';
import { listenForChanges, notifyChange, storeInstanceId, type ChangeListener } from './notify';

type Client = pg.PoolClient;
type Parsed = StoredArticle & { hash: string };

const MIGRATION_LOCK = 746_211_001;
/** Held (transaction-scoped) by every write: resolution reads and rewrites components other writers could touch. */
const WRITE_LOCK = 746_211_002;

/** Applies pending migrations under an advisory lock (two processes starting together wait for each other). */
export async function migratePostgis(c: Client): Promise<number[]> {
  const applied: number[] = [];
  await c.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    for (const m of loadMigrations('postgis')) {
      const done = await c.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (done.rowCount) continue;
      await c.query('BEGIN');
      try {
        await c.query(m.sql);
        await c.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        await c.query('COMMIT');
      } catch (err) {
        await c.query('ROLLBACK');
        throw new Error(`migration ${m.version}_${m.name} failed: ${(err as Error).message}`, { cause: err });
      }
      applied.push(m.version);
    }
    await backfillDerived(c);
  } finally {
    await c.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
  return applied;
}

/** The derived columns' version new rows are written with (migration 006). */
const DERIVED_VERSION = 1;

/**
 * Rows stored before migration 006: their folded search text and event_actors.acting, computed by the same code as
 * new rows (search-text.ts, filter.ts actingActorIds), in batches; a no-op (one index probe) once done.
 */
export async function backfillDerived(c: Client): Promise<number> {
  let done = 0;
  for (;;) {
    const r = await c.query(
      `SELECT e.id, e.json, coalesce(a.title, '') AS title FROM events e LEFT JOIN articles a ON a.id = e.article_id
       WHERE e.derived_version < ${DERIVED_VERSION} ORDER BY e.id LIMIT 2000`,
    );
    if (!r.rowCount) return done;
    const rows = r.rows as { id: string; json: string; title: string }[];
    const events = rows.map((x) => JSON.parse(x.json) as ConflictEvent);
    await c.query('BEGIN');
    try {
      await c.query(
        `UPDATE events e SET search = u.search, derived_version = ${DERIVED_VERSION} FROM unnest($1::text[], $2::text[]) AS u (id, search) WHERE e.id = u.id`,
        [rows.map((x) => x.id), rows.map((x, i) => searchText(events[i]!, x.title))],
      );
      const pairs = events.flatMap((e, i) => actingActorIds(e).map((a) => [a, rows[i]!.id] as const));
      await c.query(
        'UPDATE event_actors ea SET acting = true FROM unnest($1::text[], $2::text[]) AS u (actor_id, event_id) WHERE ea.actor_id = u.actor_id AND ea.event_id = u.event_id',
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK');
      throw err;
    }
    done += rows.length;
  }
}

async function insertRows(c: Client, docs: Parsed[]): Promise<ReportRef[]> {
  if (!docs.length) return [];
  const cols = docs.map((d) => ({ ...articleColumns(d.article), hash: d.hash, pv: d.pipelineVersion, mc: d.mentions.length, ec: d.events.length }));
  const col = <K extends keyof (typeof cols)[number]>(k: K) => cols.map((x) => x[k]);
  await c.query(
    `INSERT INTO articles (id, hash, title, published, source, url, body, paragraphs, boilerplate, pipeline_version, mention_count, event_count)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::int[], $12::int[])`,
    [col('id'), col('hash'), col('title'), col('published'), col('source'), col('url'), col('body'), col('paragraphs'), col('boilerplate'), col('pv'), col('mc'), col('ec')],
  );
  return insertExtraction(c, docs.map((d) => ({ article: refArticle(d.article), mentions: d.mentions, events: d.events })));
}

const CHUNK = 5000;

/** The article facts of a report (ReportRef.article). */
type RefArticle = ReportRef['article'];

/**
 * Inserts the rows of the docs' mentions and events, each its own lone event until resolution says otherwise
 * (component = grp = id: most reports stay alone and are then not written twice); returns them as ReportRefs.
 */
async function insertExtraction(c: Client, docs: { article: RefArticle; mentions: Mention[]; events: ConflictEvent[] }[]): Promise<ReportRef[]> {
  const ms = docs.flatMap((d) => d.mentions.map((m, seq) => [d.article.id, seq, m.start, m.end, m.place?.id ?? null, JSON.stringify(m)] as const));
  for (let i = 0; i < ms.length; i += CHUNK) {
    const part = ms.slice(i, i + CHUNK);
    await c.query(
      'INSERT INTO mentions (article_id, seq, start, "end", place_id, json) SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::text[], $6::text[])',
      [0, 1, 2, 3, 4, 5].map((k) => part.map((r) => r[k])),
    );
  }
  const es = docs.flatMap((d) => d.events.map((e, seq) => ({ ...eventRow(e, seq, d.article.title), reportKey: reportKey(e) })));
  for (let i = 0; i < es.length; i += CHUNK) {
    const part = es.slice(i, i + CHUNK);
    const keys = ['id', 'articleId', 'seq', 'type', 'acledEventType', 'acledSubEventType', 'date', 'sortDate', 'background', 'lat', 'lon', 'precision', 'placeId', 'radiusKm', 'search', 'json'] as const;
    await c.query(
      `INSERT INTO events (id, article_id, seq, type, acled_event_type, acled_sub_event_type, date, sort_date, background, lat, lon, precision, place_id, radius_km, search, json, report_key, component, grp)
       SELECT *, u.id, u.id FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::boolean[], $10::float8[], $11::float8[], $12::text[], $13::text[], $14::float8[], $15::text[], $16::text[], $17::text[]) AS u (id)`,
      [...keys.map((k) => part.map((r) => r[k])), part.map((r) => r.reportKey)],
    );
    const actors = part.flatMap((r) => r.actors.map((a) => [a, r.id, r.background, r.acting.includes(a)] as const));
    if (actors.length) {
      await c.query('INSERT INTO event_actors (actor_id, event_id, background, acting) SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[], $4::boolean[])', [
        actors.map((a) => a[0]),
        actors.map((a) => a[1]),
        actors.map((a) => a[2]),
        actors.map((a) => a[3]),
      ]);
    }
  }
  const reg = registryEntries(docs.flatMap((d) => d.events));
  if (reg.length) {
    await c.query('INSERT INTO actors (id, name, kind) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (id) DO NOTHING', [
      reg.map((r) => r.id),
      reg.map((r) => r.name),
      reg.map((r) => r.kind),
    ]);
  }
  return docs.flatMap((d) => d.events.map((event): ReportRef => ({ event, article: d.article, component: null })));
}

/** The article facts of a stored article's reports. */
function refArticle(a: { id: string; title: string; source: string | null; published: string | null }): RefArticle {
  return { id: a.id, title: a.title, source: a.source, published: a.published as RefArticle['published'] };
}

/**
 * Inside a write transaction: resolves the reports just inserted (`added`) and the components whose membership
 * changed (`touched`) on this transaction's client.
 */
async function resolveWrite(c: Client, added: ReportRef[], touched: readonly string[]): Promise<void> {
  if (!added.length && !touched.length) return;
  await resolveAsync(new PgResolutionAccess(c, added, new Set(added.map((r) => r.event.id))), { added, touched });
}

function asConflict(err: unknown): never {
  if ((err as { code?: string }).code === '23505') {
    throw new StoreConflictError(`write rejected, it clashes with stored data: ${(err as Error).message}`);
  }
  throw err;
}

/** Most distinct grid statements kept prepared per connection (one per arm count and filter set in practice). */
const MAX_PREPARED = 500;

export class PostgisStore implements SeedableStore {
  readonly kind = 'postgis' as const;
  readonly changes = new StoreChanges();
  readonly pool: pg.Pool;
  /**
   * Grid-plan queries only: named statements planned once per connection with a generic plan (the plan shape
   * does not depend on the values, and planning a view's ~40–120 UNION ALL arms costs 3–6 ms). Kept apart
   * so every other query still gets a plan for its own values.
   */
  private readonly gridPool: pg.Pool;
  private readonly gridNames = new Map<string, string>();

  /** this store's id in its change notifications; the listener bumps `changes` on other stores' writes (notify.ts) */
  readonly instanceId = storeInstanceId();
  private listener: ChangeListener | null = null;

  private constructor(pool: pg.Pool, gridPool: pg.Pool) {
    this.pool = pool;
    this.gridPool = gridPool;
  }

  static async open(url: string): Promise<PostgisStore> {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    const gridPool = new pg.Pool({ connectionString: url, max: 4, options: '-c plan_cache_mode=force_generic_plan' });
    // idle-client errors surface on the next query instead of crashing the process
    pool.on('error', () => {});
    gridPool.on('error', () => {});
    try {
      const c = await pool.connect();
      try {
        await migratePostgis(c);
      } finally {
        c.release();
      }
    } catch (err) {
      await Promise.all([pool.end(), gridPool.end()]);
      throw err;
    }
    const store = new PostgisStore(pool, gridPool);
    store.listener = listenForChanges(() => new pg.Client({ connectionString: url }), store.changes, store.instanceId);
    await store.listener.ready;
    return store;
  }

  /** Runs fn in one transaction on one client; any throw rolls everything back. */
  async tx<T>(fn: (c: Client) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      // one round trip: the transaction and the store's write lock
      await c.query(`BEGIN; SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
      const out = await fn(c);
      await notifyChange(c, this.instanceId); // delivered to the other stores on commit
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }

  async listArticles(): Promise<ArticleSummary[]> {
    // the head of each body, not the text (lede.ts ledesFromHeads)
    const r = await this.pool.query(
      `SELECT id, title, published, source, url, left(body, ${LEDE_HEAD}) AS head, char_length(body) <= ${LEDE_HEAD} AS complete, event_count FROM articles ORDER BY published DESC NULLS LAST, id COLLATE "C"`,
    );
    const ledes = await ledesFromHeads(r.rows, async (ids) => new Map((await this.pool.query('SELECT id, body FROM articles WHERE id = ANY($1::text[])', [ids])).rows.map((x) => [x.id, x.body])));
    return r.rows.map((x) => ({ id: x.id, title: x.title, published: x.published, source: x.source, url: x.url, lede: ledes.get(x.id) ?? '', eventCount: x.event_count }));
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const a = await this.pool.query('SELECT * FROM articles WHERE id = $1', [id]);
    const row = a.rows[0] as (ArticleColumns & { pipeline_version: string }) | undefined;
    if (!row) return null;
    const m = await this.pool.query('SELECT json FROM mentions WHERE article_id = $1 ORDER BY seq', [id]);
    const e = await this.pool.query('SELECT json FROM events WHERE article_id = $1 ORDER BY seq', [id]);
    return {
      article: articleFromColumns(row),
      mentions: m.rows.map((x) => JSON.parse(x.json) as Mention),
      events: e.rows.map((x) => JSON.parse(x.json) as ConflictEvent),
      pipelineVersion: row.pipeline_version,
    };
  }

  async articleRefs(ids: readonly string[]): Promise<ArticleRef[]> {
    if (!ids.length) return [];
    const r = await this.pool.query('SELECT id, title, published, source, url FROM articles WHERE id = ANY($1::text[])', [[...new Set(ids)]]);
    return r.rows as ArticleRef[];
  }

  private async placeArea(id: string): Promise<PlaceArea | null> {
    const r = await this.pool.query(
      'SELECT lat, lon, (SELECT max(radius_km) FROM events WHERE place_id = $1) AS r FROM events WHERE place_id = $1 ORDER BY id COLLATE "C" LIMIT 1',
      [id],
    );
    const x = r.rows[0];
    return x ? { id, lat: x.lat, lon: x.lon, radiusKm: x.r } : null;
  }

  async queryEvents(q: EventQuery, opts: QueryOptions = {}): Promise<ConflictEvent[]> {
    return this.queryEventsWithPlan(q, choosePgPlan(q), opts);
  }

  /** queryEvents under a forced plan: both return the same rows ('grid' only where it fits, else 'set' runs). */
  async queryEventsWithPlan(q: EventQuery, plan: PgPlan, opts: QueryOptions = {}): Promise<ConflictEvent[]> {
    const needles = q.q !== undefined ? searchNeedles(q.q, opts.variants) : [];
    const built = buildPgEventQuery(q, q.place !== undefined ? await this.placeArea(q.place) : null, plan, needles);
    const r = built.plan === 'grid' ? await this.gridPool.query(this.named(built.text, built.values)) : await this.pool.query(built.text, built.values);
    return r.rows.map((x) => JSON.parse(x.json) as ConflictEvent);
  }

  private named(text: string, values: unknown[]): pg.QueryConfig {
    let name = this.gridNames.get(text);
    if (name === undefined && this.gridNames.size < MAX_PREPARED) {
      name = `atlas_grid_${this.gridNames.size}`;
      this.gridNames.set(text, name);
    }
    return name === undefined ? { text, values } : { name, text, values };
  }

  async queryPoints(q: EventQuery, opts: QueryOptions = {}): Promise<PointRow[]> {
    const needles = q.q !== undefined ? searchNeedles(q.q, opts.variants) : [];
    const { text, values } = buildPgPointsQuery(q, q.place !== undefined ? await this.placeArea(q.place) : null, needles);
    return rowsToPoints((await this.pool.query({ text, values, rowMode: 'array' })).rows);
  }

  async getEvent(id: string): Promise<ConflictEvent | null> {
    // any report's id opens the event of its group (old permalinks keep working when another report becomes primary)
    const r = await this.pool.query(`SELECT coalesce(${SERVED}, x.json) AS json FROM events x LEFT JOIN events e ON e.id = x.grp WHERE x.id = $1`, [id]);
    return r.rows[0] ? (JSON.parse(r.rows[0].json) as ConflictEvent) : null;
  }

  async actorCounts(role?: ActorRoleFilter): Promise<Record<string, number>> {
    const r = await this.pool.query(`SELECT actor_id, count(*)::int AS n FROM event_actors WHERE counted AND NOT background${role === 'any' ? '' : ' AND acting'} GROUP BY actor_id`);
    return Object.fromEntries(r.rows.map((x) => [x.actor_id, x.n]));
  }

  async actorRegistry(role?: ActorRoleFilter): Promise<RegistryActor[]> {
    const r = await this.pool.query(
      `SELECT a.id, a.name, a.kind, (count(*) FILTER (WHERE ea.counted AND NOT ea.background${role === 'any' ? '' : ' AND ea.acting'}))::int AS "eventCount"
       FROM actors a JOIN event_actors ea ON ea.actor_id = a.id GROUP BY a.id`,
    );
    return sortRegistry(r.rows as RegistryActor[]);
  }

    /** inside a transaction: insert the docs whose content is new; returns how many were created */
  private async putParsed(c: Client, docs: Parsed[]): Promise<PutResult[]> {
    const known = await c.query('SELECT id, hash FROM articles WHERE hash = ANY($1::text[]) OR id = ANY($2::text[])', [
      docs.map((d) => d.hash),
      docs.map((d) => d.article.id),
    ]);
    const byHash = new Map<string, string>(known.rows.map((r) => [r.hash, r.id]));
    const ids = new Set<string>(known.rows.map((r) => r.id));
    const fresh: Parsed[] = [];
    const out = docs.map((d): PutResult => {
      const existing = byHash.get(d.hash);
      if (existing !== undefined) return { id: existing, created: false };
      if (ids.has(d.article.id)) throw new StoreConflictError(`article id "${d.article.id}" is already stored with different content`);
      byHash.set(d.hash, d.article.id);
      ids.add(d.article.id);
      fresh.push(d);
      return { id: d.article.id, created: true };
    });
    await resolveWrite(c, await insertRows(c, fresh), []);
    return out;
  }

  async putArticle(input: StoredArticle): Promise<PutResult> {
    try {
      const doc = parseStoredArticle(input);
      try {
        return (await this.tx((c) => this.putParsed(c, [doc])))[0]!;
      } catch (err) {
        // a concurrent writer stored the same content first: that is the idempotent case
        if ((err as { constraint?: string }).constraint === 'articles_hash_key') {
          const r = await this.pool.query('SELECT id FROM articles WHERE hash = $1', [doc.hash]);
          if (r.rows[0]) return { id: r.rows[0].id, created: false };
        }
        return asConflict(err);
      }
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  /** Batch load: every doc in ONE transaction with multi-row inserts (all or nothing); for bulk imports and benchmarks. */
  async putArticles(input: StoredArticle[]): Promise<PutResult[]> {
    try {
      const parsed = input.map((d) => parseStoredArticle(d));
      try {
        return await this.tx((c) => this.putParsed(c, parsed));
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
        await this.tx((c) => this.replaceParsed(c, id, x));
      } catch (err) {
        asConflict(err);
      }
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  /** inside a transaction: replace the mentions and events of article `id` */
  private async replaceParsed(c: Client, id: string, x: { mentions: Mention[]; events: ConflictEvent[]; pipelineVersion: string }): Promise<void> {
    const a = await c.query('SELECT id, title, source, published FROM articles WHERE id = $1 FOR UPDATE', [id]);
    if (!a.rows[0]) throw new StoreNotFoundError(`no article "${id}" to replace the extraction of`);
    // the components the old reports belonged to: their other members are resolved again
    const old = await c.query('SELECT DISTINCT component FROM events WHERE article_id = $1 AND component IS NOT NULL', [id]);
    await c.query('DELETE FROM mentions WHERE article_id = $1', [id]);
    await c.query('DELETE FROM events WHERE article_id = $1', [id]);
    const added = await insertExtraction(c, [{ article: refArticle(a.rows[0]), mentions: x.mentions, events: x.events }]);
    await c.query('UPDATE articles SET pipeline_version = $1, mention_count = $2, event_count = $3 WHERE id = $4', [
      x.pipelineVersion,
      x.mentions.length,
      x.events.length,
      id,
    ]);
    await resolveWrite(
      c,
      added,
      old.rows.map((r) => r.component as string),
    );
  }

  async updateArticle(input: StoredArticle): Promise<void> {
    try {
      const { hash, ...doc } = parseStoredArticle(input);
      const { id, published, source, url } = doc.article;
      try {
        await this.tx(async (c) => {
          const a = await c.query('SELECT hash FROM articles WHERE id = $1 FOR UPDATE', [id]);
          if (!a.rows[0]) throw new StoreNotFoundError(`no article "${id}" to update`);
          if (a.rows[0].hash !== hash) throw new StoreConflictError(`article "${id}" is stored with another title or text: only published, source and url can be updated`);
          await c.query('UPDATE articles SET published = $1, source = $2, url = $3 WHERE id = $4', [published, source, url, id]);
          await this.replaceParsed(c, id, doc);
        });
      } catch (err) {
        asConflict(err);
      }
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  async getMeta(key: string): Promise<string | null> {
    const r = await this.pool.query('SELECT value FROM meta WHERE key = $1', [key]);
    return r.rows[0]?.value ?? null;
  }

  async seedOnce(key: string, docs: StoredArticle[]): Promise<SeedResult> {
    try {
      const parsed = docs.map((d) => parseStoredArticle(d));
      try {
        return await this.tx(async (c) => {
          // a concurrent seeder blocks here until it commits, then this insert does nothing
          const mark = await c.query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key', [key, new Date().toISOString()]);
          if (!mark.rowCount) return { seeded: false, created: 0, existing: 0 };
          const results = await this.putParsed(c, parsed);
          const created = results.filter((r) => r.created).length;
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
    const r = await this.pool.query('SELECT id FROM articles WHERE pipeline_version <> $1 ORDER BY id COLLATE "C"', [pipelineVersion]);
    return r.rows.map((x) => x.id as string);
  }

  async addOverlayPlace(input: OverlayPlace): Promise<OverlayPlace> {
    try {
      const p = parseOverlayPlace(input);
      const r = overlayRow(p);
      try {
        await this.pool.query(
          `INSERT INTO place_overlay (id, name, alt, kind, country, admin1, lat, lon, radius_km, created_by, created_at, source, note)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
          [r.id, r.name, r.alt, r.kind, r.country, r.admin1, r.lat, r.lon, r.radius_km, r.created_by, r.created_at, r.source, r.note],
        );
        await notifyChange(this.pool, this.instanceId);
      } catch (err) {
        asConflict(err);
      }
      return p;
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  private static readonly OVERLAY_COLUMNS = 'id, name, alt, kind, country, admin1, lat, lon, radius_km, created_by, created_at, source, note';

  async listOverlayPlaces(): Promise<OverlayPlace[]> {
    const r = await this.pool.query(`SELECT ${PostgisStore.OVERLAY_COLUMNS} FROM place_overlay ORDER BY created_at COLLATE "C", id COLLATE "C"`);
    return (r.rows as OverlayRow[]).map(overlayFromRow);
  }

  async getOverlayPlace(id: string): Promise<OverlayPlace | null> {
    const r = await this.pool.query(`SELECT ${PostgisStore.OVERLAY_COLUMNS} FROM place_overlay WHERE id = $1`, [id]);
    return r.rows[0] ? overlayFromRow(r.rows[0] as OverlayRow) : null;
  }

  async unplacedMentions(): Promise<UnplacedMention[]> {
    const r = await this.pool.query(
      `SELECT m.article_id, a.title, m.json FROM mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.place_id LIKE 'unk:%' OR m.json::jsonb->>'nonLocation' = 'unresolved' OR m.json::jsonb->>'inGazetteer' = 'false'
       ORDER BY m.article_id COLLATE "C", m.seq`,
    );
    return r.rows.map((x) => ({ articleId: x.article_id as string, title: x.title as string, mention: JSON.parse(x.json) as Mention }));
  }

  async articleIdsContaining(texts: readonly string[]): Promise<string[]> {
    const ns = needles(texts);
    if (!ns.length) return [];
    const r = await this.pool.query(
      `SELECT id FROM articles WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) n WHERE strpos(lower(title || E'\\n' || body), n) > 0) ORDER BY id COLLATE "C"`,
      [ns],
    );
    return r.rows.map((x) => x.id as string);
  }

  /** Stores an analyst's merge or split and resolves the components of the reports it names, in one transaction. */
  async addOverride(input: Override): Promise<void> {
    try {
      const parsed = OverrideSchema.safeParse(input);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.') || 'override', message: i.message }));
        throw new StoreInputError(`invalid override: ${issues[0]?.path}: ${issues[0]?.message}`, issues);
      }
      const o = parsed.data;
      try {
        await this.tx(async (c) => resolveWrite(c, [], await insertOverride(c, o)));
      } catch (err) {
        asConflict(err);
      }
    } finally {
      this.changes.bump(); // committed or not, caches re-read
    }
  }

  async listOverrides(): Promise<Override[]> {
    return listOverrides(this.pool);
  }

  /**
   * Resolves every stored report again (a new RESOLUTION_VERSION): in batches of reports by id, each one transaction
   * re-adding its reports and touching their components, so links to reports in any other batch are found from one
   * side or the other (the result does not depend on the batches).
   */
  async resolveAll(batch = 1000): Promise<{ reports: number }> {
    let reports = 0;
    try {
      for (let after = ''; ; ) {
        const done = await this.tx(async (c) => {
          const r = await c.query(
            `SELECT e.json, e.component, a.id, a.title, a.source, a.published FROM events e JOIN articles a ON a.id = e.article_id
             WHERE e.id > $1 ORDER BY e.id LIMIT $2`,
            [after, batch],
          );
          if (!r.rowCount) return null;
          const refs = r.rows.map((x): ReportRef => ({ event: JSON.parse(x.json) as ConflictEvent, article: refArticle(x), component: null }));
          const touched = [...new Set(r.rows.map((x) => x.component as string | null).filter((x): x is string => x !== null))].sort();
          await resolveAsync(new PgResolutionAccess(c, refs), { added: refs, touched });
          return { last: refs[refs.length - 1]!.event.id, n: refs.length };
        });
        if (!done) break;
        after = done.last;
        reports += done.n;
      }
    } finally {
      this.changes.bump();
    }
    return { reports };
  }

  async close(): Promise<void> {
    await this.listener?.stop();
    await Promise.all([this.pool.end(), this.gridPool.end()]);
  }
}
