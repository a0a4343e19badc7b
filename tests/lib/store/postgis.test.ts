/**
 * The behaviour suite on PostGIS, against a throwaway cluster (or TEST_DATABASE_URL).
 * Skipped, with the reason in its name, when neither is available.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgisStore } from '@/lib/store/postgis';
import { describeStoreBehaviour } from './behaviour';
import { describeOverlayBehaviour } from './overlay-behaviour';
import { describeUpdateBehaviour } from './update-behaviour';
import { A, loadFixtureDocs } from './fixtures';
import { pgUnavailableReason, startPgCluster, type PgCluster } from './pg-cluster';
import pg from 'pg';
import { loadMigrations } from '@/lib/store/migrations';
import { expectLegacyReadable, expectSeedUpgrades, legacyRows } from './legacy';

const reason = pgUnavailableReason();

describe.skipIf(reason !== null)(`PostGIS store${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  async function fresh(): Promise<PostgisStore> {
    const store = await PostgisStore.open(cluster.url);
    await store.pool.query('TRUNCATE meta, articles, actors, place_overlay CASCADE');
    return store;
  }

  describeStoreBehaviour('postgis', { open: fresh });
  describeOverlayBehaviour('postgis', { open: fresh });
  describeUpdateBehaviour('postgis', { open: fresh });

  describe('PostgisStore specifics', () => {
    it('runs migrations once, with postgis and the spatial indexes in place', async () => {
      await (await PostgisStore.open(cluster.url)).close();
      const s = await fresh();
      const m = await s.pool.query('SELECT version, name FROM schema_migrations');
      expect(m.rows).toEqual([{ version: 1, name: 'init' }, { version: 2, name: 'grid_cells' }, { version: 3, name: 'acled_columns' }, { version: 4, name: 'actor_registry' }, { version: 5, name: 'place_overlay' }, { version: 6, name: 'actor_roles_search_fold' }]);
      const ext = await s.pool.query("SELECT extname FROM pg_extension WHERE extname IN ('postgis', 'pg_trgm') ORDER BY extname");
      expect(ext.rows.map((r) => r.extname)).toEqual(['pg_trgm', 'postgis']);
      const idx = await s.pool.query("SELECT indexname FROM pg_indexes WHERE tablename = 'events' AND indexdef LIKE '%gist%' ORDER BY indexname");
      expect(idx.rows.map((r) => r.indexname)).toEqual(['events_geog', 'events_geom']);
      await s.close();
    });

    it('migration 004 registers the actors of events stored before it', async () => {
      const s = await fresh();
      for (const d of loadFixtureDocs()) await s.putArticle(d);
      const registry = await s.actorRegistry();
      // back to a version-2 database holding the same events
      await s.pool.query('DROP TABLE actors; DELETE FROM schema_migrations WHERE version = 4');
      await s.close();
      const again = await PostgisStore.open(cluster.url);
      expect(await again.actorRegistry()).toEqual(registry);
      await again.close();
    });

    it('migration 006 back-fills acting actors and the folded search text of events stored before it', async () => {
      const s = await fresh();
      const docs = loadFixtureDocs();
      const e0 = docs[0]!.events[0]!;
      docs[0]!.events[0] = { ...e0, place: { ...e0.place!, id: 'gn:163345', name: 'Ţarţūs' } };
      for (const d of docs) await s.putArticle(d);
      const counts = await s.actorCounts();
      // back to a version-5 database: no acting or derived_version column, the old lower-cased search text
      await s.pool.query(`ALTER TABLE event_actors DROP COLUMN acting; ALTER TABLE events DROP COLUMN derived_version;
        UPDATE events SET search = lower((json::jsonb)->'quote'->>'text'); DELETE FROM schema_migrations WHERE version = 6`);
      await s.close();
      const again = await PostgisStore.open(cluster.url);
      expect(await again.actorCounts()).toEqual(counts);
      expect((await again.queryEvents({ q: 'Tartus' })).map((e) => e.id)).toEqual([`${A}-e0`]);
      const left = await again.pool.query('SELECT count(*)::int AS n FROM events WHERE derived_version < 1');
      expect(left.rows[0].n).toBe(0);
      await again.close();
    });

    it('persists across reopen and stores the point as geography', async () => {
      const s1 = await fresh();
      const docs = loadFixtureDocs();
      for (const d of docs) await s1.putArticle(d);
      await s1.close();
      const s2 = await PostgisStore.open(cluster.url);
      expect(await s2.getArticle(A)).toEqual(docs[0]);
      const r = await s2.pool.query('SELECT ST_X(geog::geometry) AS lon, ST_Y(geog::geometry) AS lat FROM events WHERE id = $1', [`${A}-e0`]);
      expect(r.rows[0]).toEqual({ lon: 37, lat: 36 });
      await s2.close();
    });

    it('upgrades a store written by pipeline version 1 (events without acled): migration 003, then seeding', async () => {
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query('DROP DATABASE IF EXISTS atlas_legacy');
      await admin.query('CREATE DATABASE atlas_legacy');
      await admin.end();
      const url = new URL(cluster.url);
      url.pathname = '/atlas_legacy';
      const c = new pg.Client({ connectionString: url.toString() });
      await c.connect();
      await c.query('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      for (const m of loadMigrations('postgis').slice(0, 2)) {
        await c.query(m.sql);
        await c.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      }
      const { article: a, events } = legacyRows();
      await c.query(
        `INSERT INTO articles (id, hash, title, published, source, url, body, paragraphs, boilerplate, pipeline_version, mention_count, event_count)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [a.id, a.hash, a.title, a.published, a.source, a.url, a.body, a.paragraphs, a.boilerplate, a.pipeline_version, a.mention_count, a.event_count],
      );
      for (const r of events) {
        await c.query(
          'INSERT INTO events (id, article_id, seq, type, date, sort_date, background, lat, lon, precision, place_id, radius_km, search, json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)',
          [...r],
        );
      }
      await c.end();
      const s = await PostgisStore.open(url.toString());
      try {
        await expectLegacyReadable(s);
        await expectSeedUpgrades(s);
      } finally {
        await s.close();
      }
    }, 60_000);

    it('gives a clear error when the server is unreachable', async () => {
      await expect(PostgisStore.open('postgres://nobody@127.0.0.1:1/none')).rejects.toThrow(/ECONNREFUSED|connect/);
    });
  });
});
