/**
 * The raw better-sqlite3 baseline of the ingest benches (ingest, regroup-ingest): the rows our write path would
 * store, computed up front (lib/store/rows.ts), written with prepared INSERTs into the same schema.
 * In: processed documents, the store's row helpers. Out: `rawDocs(docs)` the precomputed rows; `rawWriter(db)` a
 * transaction function writing a batch of them; `timed(f)` the wall and CPU seconds of a run.
 */
import type Database from 'better-sqlite3';
import type { StoredArticle } from '../lib/schemas';
import type { EventRow } from '../lib/store/rows';
import type { RegistryEntry } from '../lib/store/registry';

export interface RawDoc {
  article: Record<string, unknown>;
  mentions: (string | number | null)[][];
  events: EventRow[];
  registry: RegistryEntry[];
}

/** the rows of each document, as the store computes them (call after allowServerOnly) */
export async function rawDocs(docs: readonly StoredArticle[]): Promise<RawDoc[]> {
  const [rows, { registryEntries }, { contentHash }] = await Promise.all([
    import('../lib/store/rows'),
    import('../lib/store/registry'),
    import('../lib/store/validate'),
  ]);
  const createdAt = new Date().toISOString();
  return docs.map((d) => ({
    article: { ...rows.articleColumns(d.article), hash: contentHash(d.article.title, d.article.body), pipelineVersion: d.pipelineVersion, mentionCount: d.mentions.length, eventCount: d.events.length, createdAt },
    mentions: d.mentions.map((m, seq) => [d.article.id, seq, m.start, m.end, m.place?.id ?? null, JSON.stringify(m)]),
    events: d.events.map((e, seq) => rows.eventRow(e, seq, d.article.title)),
    registry: registryEntries(d.events),
  }));
}

/** Raw better-sqlite3: prepared INSERTs of precomputed rows into our schema, one transaction per call. */
export function rawWriter(db: Database.Database) {
  const insArticle = db.prepare(
    `INSERT INTO articles (id, hash, title, published, source, url, body, paragraphs, boilerplate, pipeline_version, mention_count, event_count, created_at)
     VALUES (@id, @hash, @title, @published, @source, @url, @body, @paragraphs, @boilerplate, @pipelineVersion, @mentionCount, @eventCount, @createdAt)`,
  );
  const insMention = db.prepare('INSERT INTO mentions (article_id, seq, start, "end", place_id, json) VALUES (?, ?, ?, ?, ?, ?)');
  const insEvent = db.prepare(
    `INSERT INTO events (id, article_id, seq, type, acled_event_type, acled_sub_event_type, date, sort_date, background, lat, lon, precision, place_id, radius_km, search, json, cell)
     VALUES (@id, @articleId, @seq, @type, @acledEventType, @acledSubEventType, @date, @sortDate, @background, @lat, @lon, @precision, @placeId, @radiusKm, @search, @json, @cell)`,
  );
  const insActor = db.prepare('INSERT INTO event_actors (actor_id, event_rid, background, acting) VALUES (?, ?, ?, ?)');
  const insRegistry = db.prepare('INSERT OR IGNORE INTO actors (id, name, kind) VALUES (@id, @name, @kind)');
  // since migration 009 the insert trigger no longer writes the FTS row: the store (and this baseline) index the
  // rows of a transaction in one statement; a schema from before it (this file run on an older tree) needs nothing
  const triggerIndexes = /events_fts/.test(String(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'events_ai'").pluck().get()));
  const insFts = db.prepare('INSERT INTO events_fts (rowid, search) SELECT rid, search FROM events WHERE rid IN (SELECT value FROM json_each(?)) ORDER BY rid');
  return db.transaction((items: RawDoc[]) => {
    const rids: number[] = [];
    for (const p of items) {
      insArticle.run(p.article);
      for (const m of p.mentions) insMention.run(...m);
      for (const { actors, acting, ...row } of p.events) {
        const rid = insEvent.run({ ...row, background: row.background ? 1 : 0 }).lastInsertRowid;
        rids.push(Number(rid));
        for (const a of actors) insActor.run(a, rid, row.background ? 1 : 0, acting.includes(a) ? 1 : 0);
      }
      for (const r of p.registry) insRegistry.run(r);
    }
    if (!triggerIndexes) insFts.run(JSON.stringify(rids));
  });
}

/** Wall and CPU seconds of f (CPU time is less moved by other jobs on a shared host). */
export async function timed(f: () => Promise<void> | void): Promise<{ wall: number; cpu: number }> {
  const c = process.cpuUsage();
  const t = performance.now();
  await f();
  const u = process.cpuUsage(c);
  return { wall: (performance.now() - t) / 1000, cpu: (u.user + u.system) / 1e6 };
}
