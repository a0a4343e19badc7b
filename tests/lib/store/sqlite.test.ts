import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { registerStoreFunctions, SqliteStore } from '@/lib/store/sqlite';
import { EventQuery, type Override } from '@/lib/schemas';
import { PIPELINE_VERSION, seedStore } from '@/lib/pipeline';
import { RESOLUTION_VERSION, reportKey } from '@/lib/resolve';
import { articleColumns, eventRow } from '@/lib/store/rows';
import { contentHash } from '@/lib/store/validate';
import { describeStoreBehaviour } from './behaviour';
import { describeOverlayBehaviour } from './overlay-behaviour';
import { describeResolutionBehaviour, resolutionPair } from './resolution-behaviour';
import { describeUpdateBehaviour } from './update-behaviour';
import { A, loadFixtureDocs } from './fixtures';
import { loadMigrations } from '@/lib/store/migrations';
import { StoreConflictError } from '@/lib/store/errors';
import { expectLegacyReadable, expectSeedUpgrades, legacyRows } from './legacy';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-sqlite-test-'));
let n = 0;
const tempFile = () => path.join(dir, `store-${++n}.db`);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describeStoreBehaviour('sqlite (temp file)', { open: () => SqliteStore.open(tempFile()) });
describeOverlayBehaviour('sqlite (temp file)', { open: () => SqliteStore.open(tempFile()) });
describeUpdateBehaviour('sqlite (temp file)', { open: () => SqliteStore.open(tempFile()) });
describeResolutionBehaviour('sqlite (temp file)', { open: () => SqliteStore.open(tempFile()) });

describe('SqliteStore file behaviour', () => {
  it('persists across close and reopen', async () => {
    const file = tempFile();
    const docs = loadFixtureDocs();
    const s1 = await SqliteStore.open(file);
    for (const d of docs) await s1.putArticle(d);
    await s1.close();
    const s2 = await SqliteStore.open(file);
    expect(await s2.getArticle(A)).toEqual(docs[0]);
    expect((await s2.listArticles()).length).toBe(3);
    expect(await s2.putArticle(docs[0]!)).toEqual({ id: A, created: false });
    await s2.close();
  });

  it('runs migrations once, records them, and is in WAL mode with foreign keys on', async () => {
    const file = tempFile();
    await (await SqliteStore.open(file)).close();
    const s = await SqliteStore.open(file);
    expect(s.db.prepare('SELECT version, name FROM schema_migrations').all()).toEqual([
      { version: 1, name: 'init' },
      { version: 2, name: 'query_paths' },
      { version: 3, name: 'acled_columns' },
      { version: 4, name: 'actor_registry' },
      { version: 5, name: 'place_overlay' },
      { version: 6, name: 'actor_roles_search_fold' },
      { version: 7, name: 'event_resolution' },
      { version: 8, name: 'resolution_candidates' },
      { version: 9, name: 'fts_per_write' },
    ]);
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(s.db.pragma('foreign_keys', { simple: true })).toBe(1);
    await s.close();
  });

  it('migration 004 registers the actors of events stored before it', async () => {
    const file = tempFile();
    const s = await SqliteStore.open(file);
    for (const d of loadFixtureDocs()) await s.putArticle(d);
    const registry = await s.actorRegistry();
    // back to a version-2 database holding the same events
    s.db.exec("DROP TABLE actors; DELETE FROM schema_migrations WHERE version = 4");
    await s.close();
    const again = await SqliteStore.open(file);
    expect(await again.actorRegistry()).toEqual(registry);
    await again.close();
  });

  it('migration 006 back-fills acting actors and the folded search text of events stored before it', async () => {
    const file = tempFile();
    const s = await SqliteStore.open(file);
    const docs = loadFixtureDocs();
    const e0 = docs[0]!.events[0]!;
    docs[0]!.events[0] = { ...e0, place: { ...e0.place!, id: 'gn:163345', name: 'Ţarţūs' } };
    for (const d of docs) await s.putArticle(d);
    const counts = await s.actorCounts();
    // back to a version-5 database: no acting column, the old lower-cased search text
    s.db.exec(`DROP INDEX event_actors_acting; ALTER TABLE event_actors DROP COLUMN acting; DROP TRIGGER events_no_update;
      UPDATE events SET search = lower(json_extract(json, '$.quote.text') || char(10) || coalesce(json_extract(json, '$.place.name'), ''));
      CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'events rows are immutable'); END;
      INSERT INTO events_fts (events_fts) VALUES ('rebuild'); DELETE FROM schema_migrations WHERE version = 6;`);
    expect(s.db.prepare("SELECT count(*) FROM events WHERE instr(search, 'tartus') > 0").pluck().get()).toBe(0);
    await s.close();
    const again = await SqliteStore.open(file);
    expect(await again.actorCounts()).toEqual(counts);
    expect((await again.queryEvents({ q: 'Tartus' })).map((e) => e.id)).toEqual([`${A}-e0`]);
    expect((await again.queryEventsWithPlan({ q: 'Tartus', limit: 5 }, 'set')).map((e) => e.id)).toEqual([`${A}-e0`]);
    expect(() => again.db.prepare("UPDATE events SET search = 'x'").run()).toThrow(/immutable/);
    await again.close();
  });

  it('keeps the R*Tree, FTS and counts in step and passes integrity_check after writes and deletes', async () => {
    const file = tempFile();
    const s = await SqliteStore.open(file);
    const docs = loadFixtureDocs();
    for (const d of docs) await s.putArticle(d);
    await s.replaceExtraction(A, [], [], '2');
    await s.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const placed = db.prepare('SELECT count(*) FROM events WHERE lat IS NOT NULL').pluck().get();
    expect(db.prepare('SELECT count(*) FROM events_rtree').pluck().get()).toBe(placed);
    expect(db.prepare("SELECT count(*) FROM events_fts WHERE events_fts MATCH '\"alpha town\"'").pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM articles a WHERE event_count != (SELECT count(*) FROM events e WHERE e.article_id = a.id)').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM event_actors WHERE event_rid NOT IN (SELECT rid FROM events)').pluck().get()).toBe(0);
    // the grid cell written by JS equals the formula of migration 002
    const cellSql = 'min(1799, CAST((lat + 90) * 10 AS INTEGER)) * 3600 + min(3599, CAST((lon + 180) * 10 AS INTEGER))';
    expect(db.prepare(`SELECT count(*) FROM events WHERE lat IS NOT NULL AND cell IS NOT ${cellSql}`).pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM events WHERE lat IS NULL AND cell IS NOT NULL').pluck().get()).toBe(0);
    db.close();
    const rw = new Database(file);
    expect(() => rw.prepare("UPDATE events SET type = 'clash'").run()).toThrow(/immutable/);
    rw.close();
  });

  it('upgrades a store written by pipeline version 1 (events without acled): migration 003, then seeding', async () => {
    const file = tempFile();
    const db = new Database(file);
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of loadMigrations('sqlite').slice(0, 2)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, 'then');
    }
    const { article, events } = legacyRows();
    db.prepare(
      `INSERT INTO articles (id, hash, title, published, source, url, body, paragraphs, boilerplate, pipeline_version, mention_count, event_count, created_at)
       VALUES (@id, @hash, @title, @published, @source, @url, @body, @paragraphs, @boilerplate, @pipeline_version, @mention_count, @event_count, 'then')`,
    ).run(article);
    const ins = db.prepare(
      'INSERT INTO events (id, article_id, seq, type, date, sort_date, background, lat, lon, precision, place_id, radius_km, search, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const r of events) ins.run(...r.map((v) => (typeof v === 'boolean' ? Number(v) : v)));
    db.close();
    const s = await SqliteStore.open(file);
    await expectLegacyReadable(s);
    await expectSeedUpgrades(s);
    expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(() => s.db.prepare("UPDATE events SET type = 'clash'").run()).toThrow(/immutable/);
    await s.close();
  }, 60_000);

  it('migration 007 keeps older rows as lone reports; start-up seeding resolves them (meta resolution_version)', async () => {
    const file = tempFile();
    const db = new Database(file);
    registerStoreFunctions(db);
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of loadMigrations('sqlite').slice(0, 6)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, 'then');
    }
    // two articles telling one strike, written with the columns of migrations 001–006
    const docs = resolutionPair();
    for (const d of docs) {
      db.prepare(
        `INSERT INTO articles (id, hash, title, published, source, url, body, paragraphs, boilerplate, pipeline_version, mention_count, event_count, created_at)
         VALUES (@id, @hash, @title, @published, @source, @url, @body, @paragraphs, @boilerplate, @pipelineVersion, 0, @eventCount, 'then')`,
      ).run({ ...articleColumns(d.article), hash: contentHash(d.article.title, d.article.body), pipelineVersion: PIPELINE_VERSION, eventCount: d.events.length });
      d.events.forEach((e, seq) => {
        const { actors, acting, ...row } = eventRow(e, seq, d.article.title);
        const rid = db
          .prepare(
            `INSERT INTO events (id, article_id, seq, type, acled_event_type, acled_sub_event_type, date, sort_date, background, lat, lon, precision, place_id, radius_km, search, json, cell)
             VALUES (@id, @articleId, @seq, @type, @acledEventType, @acledSubEventType, @date, @sortDate, @background, @lat, @lon, @precision, @placeId, @radiusKm, @search, @json, @cell)`,
          )
          .run({ ...row, background: row.background ? 1 : 0 }).lastInsertRowid;
        for (const a of actors) db.prepare('INSERT INTO event_actors (actor_id, event_rid, background, acting) VALUES (?, ?, ?, ?)').run(a, rid, row.background ? 1 : 0, acting.includes(a) ? 1 : 0);
      });
    }
    db.close();
    const s = await SqliteStore.open(file);
    const [w, p] = docs.map((d) => d.article.id);
    // migrated: every row its own event, readable by id
    expect((await s.getEvent(`${p}-e0`))?.id).toBe(`${p}-e0`);
    expect((await s.queryEvents(EventQuery.parse({ subEventTypes: 'Air/drone strike' }))).length).toBe(3);
    expect(await s.getMeta('resolution_version')).toBeNull();
    const r = await seedStore(s, { load: async () => ({ docs: [], rejected: [] }) });
    expect(r.reresolved).toBe(6);
    expect(await s.getMeta('resolution_version')).toBe(RESOLUTION_VERSION);
    const merged = await s.getEvent(`${p}-e0`);
    expect(merged?.reports?.map((x) => x.eventId).sort()).toEqual([`${p}-e0`, `${w}-e0`]);
    expect((await s.queryEvents(EventQuery.parse({ subEventTypes: 'Air/drone strike' }))).length).toBe(2);
    expect((await s.queryEvents(EventQuery.parse({ q: 'medics counted' }))).map((e) => e.id)).toEqual([merged!.id]);
    // a second start-up finds the version current: nothing resolved again
    expect((await seedStore(s, { load: async () => ({ docs: [], rejected: [] }) })).reresolved).toBe(0);
    expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');
    await s.close();
  });

  it('migration 008 indexes reports by place and day and moves group texts out of the FTS; stores written before it re-resolve', async () => {
    const file = tempFile();
    const [wire, paper] = resolutionPair();
    const [w, p] = [wire.article.id, paper.article.id];
    const s = await SqliteStore.open(file);
    await s.putArticle(wire);
    await s.putArticle(paper);
    const rtree = 'SELECT rid, min_lon, min_lat, min_day FROM events_resolution_rtree ORDER BY rid';
    const texts = 'SELECT id, search, group_search FROM events ORDER BY id';
    const indexed = s.db.prepare(rtree).all() as { rid: number; min_lon: number; min_lat: number; min_day: number }[];
    const searched = s.db.prepare(texts).all() as { id: string; search: string; group_search: string | null }[];
    // only located, dated, non-background reports, at their day number
    const expected = s.db
      .prepare(`SELECT rid, lon, lat, CAST(round(julianday(sort_date) - 2440587.5) AS INTEGER) AS day FROM events WHERE lat IS NOT NULL AND background = 0 AND sort_date != '' ORDER BY rid`)
      .all() as { rid: number; lon: number; lat: number; day: number }[];
    expect(expected.length).toBeGreaterThan(0);
    expect(indexed.map((r) => [r.rid, r.min_day])).toEqual(expected.map((r) => [r.rid, r.day]));
    indexed.forEach((r, i) => {
      expect(r.min_lon).toBeCloseTo(expected[i]!.lon, 4);
      expect(r.min_lat).toBeCloseTo(expected[i]!.lat, 4);
    });
    // the merged primary: searched by both reports' words, its FTS row its own text
    const primary = searched.find((r) => r.group_search !== null)!;
    expect(primary.group_search).toContain('medics counted');
    const own = primary.search.split('\n');
    expect(own.every((line) => primary.group_search!.split('\n').includes(line))).toBe(true);
    expect(primary.group_search!.split('\n').length).toBeGreaterThan(new Set(own).size);
    expect((await s.queryEvents(EventQuery.parse({ q: 'medics counted' }))).map((e) => e.id)).toEqual([primary.id]);
    // back to a version-7 database holding the same reports: the group text in `search` (and so in the FTS), no
    // place-and-day index, 007's indexes
    s.db.exec(`UPDATE events SET search = group_search WHERE group_search IS NOT NULL; ALTER TABLE events DROP COLUMN group_search;
      DROP TABLE events_resolution_rtree; DROP TRIGGER events_ai_resolution; DROP TRIGGER events_ad_resolution;
      CREATE INDEX events_grp ON events (grp); CREATE INDEX events_report_key ON events (report_key); DELETE FROM schema_migrations WHERE version = 8`);
    await s.close();
    const again = await SqliteStore.open(file);
    expect(again.db.prepare(rtree).all()).toEqual(indexed);
    expect(again.db.prepare(texts).all()).toEqual(searched);
    expect(() => again.db.exec("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')")).not.toThrow();
    expect((await again.queryEvents(EventQuery.parse({ q: 'medics counted' }))).map((e) => e.id)).toEqual([primary.id]);
    // the back-filled index is what the next write's candidates come from: re-extracted, the retelling joins the stored report again
    await again.replaceExtraction(p, paper.mentions, paper.events, paper.pipelineVersion);
    const merged = await again.getEvent(`${p}-e0`);
    expect(merged?.reports?.map((x) => x.eventId).sort()).toEqual([`${p}-e0`, `${w}-e0`]);
    // a deleted report leaves the index
    await again.replaceExtraction(w, [], [], PIPELINE_VERSION);
    expect(again.db.prepare('SELECT count(*) FROM events_resolution_rtree WHERE rid NOT IN (SELECT rid FROM events)').pluck().get()).toBe(0);
    expect(again.db.pragma('integrity_check', { simple: true })).toBe('ok');
    await again.close();
  });

  it('migration 009: a version-8 store (FTS rows written by the insert trigger) opens; each write indexes its reports once, in step with the rows', async () => {
    const file = tempFile();
    const [wire, paper] = resolutionPair();
    const docs = loadFixtureDocs();
    const s = await SqliteStore.open(file);
    await s.putArticle(wire);
    const triggerSql = "SELECT sql FROM sqlite_master WHERE name = 'events_ai'";
    expect(s.db.prepare(triggerSql).pluck().get()).not.toMatch(/events_fts/);
    // back to version 8: the insert trigger writes the FTS row (the stored row is indexed, as that trigger left it)
    s.db.exec(`DROP TRIGGER events_ai;
      CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
        INSERT INTO events_rtree (rid, min_lon, max_lon, min_lat, max_lat)
          SELECT new.rid, new.lon, new.lon, new.lat, new.lat WHERE new.lat IS NOT NULL AND new.lon IS NOT NULL;
        INSERT INTO events_fts (rowid, search) VALUES (new.rid, new.search);
      END;
      DELETE FROM schema_migrations WHERE version = 9`);
    await s.close();
    const again = await SqliteStore.open(file);
    expect(again.db.prepare(triggerSql).pluck().get()).not.toMatch(/events_fts/);
    const whole = () => {
      expect(() => again.db.exec("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
      expect(again.db.prepare('SELECT count(*) FROM events_fts_docsize').pluck().get()).toBe(again.db.prepare('SELECT count(*) FROM events').pluck().get());
    };
    whole();
    // one write of several articles, one of one, a reprocess (delete + insert) and an update: every row findable by its own words
    await again.putArticles(docs.slice(0, 2));
    await again.putArticle(paper);
    await again.replaceExtraction(docs[0]!.article.id, docs[0]!.mentions, docs[0]!.events, docs[0]!.pipelineVersion);
    await again.updateArticle({ ...docs[1]!, article: { ...docs[1]!.article, source: 'Another Wire' } });
    whole();
    const rows = again.db.prepare('SELECT id, search FROM events').all() as { id: string; search: string }[];
    expect(rows.length).toBeGreaterThan(6);
    for (const r of rows) {
      const word = r.search.split(/[^a-z]+/).filter((x) => x.length >= 5).sort()[0]!;
      const hits = again.db.prepare('SELECT e.id FROM events_fts f JOIN events e ON e.rid = f.rowid WHERE events_fts MATCH ?').pluck().all(`"${word}"`);
      expect(hits).toContain(r.id);
    }
    expect(again.db.pragma('integrity_check', { simple: true })).toBe('ok');
    await again.close();
  });

  it('a write that fails after inserting leaves no FTS row pending, even when another connection takes the same rowids', async () => {
    const file = tempFile();
    const docs = loadFixtureDocs();
    const s = await SqliteStore.open(file);
    const other = await SqliteStore.open(file);
    await s.putArticle(docs[0]!);
    // the second document clashes with the first one's id: the batch rolls back after the first one's rows were inserted
    const clash = { ...docs[2]!, article: { ...docs[2]!.article, id: docs[0]!.article.id, title: 'Another title' } };
    clash.events = clash.events.map((e, i) => ({ ...e, id: `${docs[0]!.article.id}-x${i}`, articleId: docs[0]!.article.id }));
    await expect(s.putArticles([docs[1]!, clash])).rejects.toBeInstanceOf(StoreConflictError);
    // the other connection stores rows under the rowids the failed write had taken
    await other.putArticle(docs[1]!);
    await s.putArticle(docs[2]!);
    expect(() => s.db.exec("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    expect(s.db.prepare('SELECT count(*) FROM events_fts_docsize').pluck().get()).toBe(s.db.prepare('SELECT count(*) FROM events').pluck().get());
    await other.close();
    await s.close();
  });

  it('a batch is resolved as one: the same rows as one by one; two documents naming one event id are rejected whole', async () => {
    const [wire, paper] = resolutionPair();
    const one = await SqliteStore.open(tempFile());
    await one.putArticle(wire);
    await one.putArticle(paper);
    const batch = await SqliteStore.open(tempFile());
    expect((await batch.putArticles([wire, paper, wire])).map((r) => r.created)).toEqual([true, true, false]);
    const rows = 'SELECT id, component, grp, is_primary, report_count, resolved, search, group_search FROM events ORDER BY id';
    const actors = 'SELECT e.id, a.actor_id, a.acting, a.counted, a.own FROM event_actors a JOIN events e ON e.rid = a.event_rid ORDER BY e.id, a.actor_id';
    expect(batch.db.prepare(rows).all()).toEqual(one.db.prepare(rows).all());
    expect(batch.db.prepare(actors).all()).toEqual(one.db.prepare(actors).all());
    expect(batch.db.prepare('SELECT count(*) FROM events WHERE report_count > 1').pluck().get()).toBeGreaterThan(0);
    const docs = loadFixtureDocs();
    const twin = { ...docs[1]!, events: docs[1]!.events.map((e, i) => (i === 0 ? { ...e, id: docs[0]!.events[0]!.id, articleId: docs[1]!.article.id } : e)) };
    const fresh = await SqliteStore.open(tempFile());
    await expect(fresh.putArticles([docs[0]!, twin])).rejects.toBeInstanceOf(StoreConflictError);
    expect(await fresh.listArticles()).toEqual([]);
    for (const s of [one, batch, fresh]) await s.close();
  });

  it("a write sees an override another connection stored after this one's last write", async () => {
    const file = tempFile();
    const [wire, paper] = resolutionPair();
    const [w, p] = [wire.article.id, paper.article.id];
    const s = await SqliteStore.open(file);
    const other = await SqliteStore.open(file);
    await s.putArticle(wire);
    await s.putArticle(paper); // joins wire; this connection has found no override so far
    const reportsOf = async (id: string) => ((await s.getEvent(id))?.reports ?? [{ eventId: id }]).map((x) => x.eventId).sort();
    expect(await reportsOf(`${p}-e0`)).toEqual([`${p}-e0`, `${w}-e0`]);
    const split: Override = { id: 'ovr-other-1', kind: 'split', keys: [reportKey(paper.events[0]!)], others: [reportKey(wire.events[0]!)], createdAt: '2024-06-01T00:00:00.000Z', note: null };
    await other.addOverride(split);
    // a third outlet retells the strike through the first connection (a plain insert: nothing it keeps is dropped
    // but by the other connection's commit): the split between the first two still holds
    const t = 'res-third-strike-dddd0004';
    await s.putArticle({
      ...paper,
      article: { ...paper.article, id: t, title: `${paper.article.title} (third outlet)`, source: 'Third Post' },
      events: paper.events.map((e) => ({ ...e, id: e.id.replace(p, t), articleId: t })),
    });
    expect(await reportsOf(`${w}-e0`)).not.toContain(`${p}-e0`);
    expect(await reportsOf(`${t}-e0`)).toContain(`${t}-e0`);
    await other.close();
    await s.close();
  });

  it('reports a clear error for a path it cannot open', async () => {
    const file = path.join(tempFile(), 'not-a-dir', 'x.db');
    fs.writeFileSync(path.dirname(path.dirname(file)), 'a file, not a folder');
    await expect(SqliteStore.open(file)).rejects.toThrow();
  });
});
