/**
 * The behaviour suite on PostGIS, against a throwaway cluster (or TEST_DATABASE_URL).
 * Skipped, with the reason in its name, when neither is available.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgisStore } from '@/lib/store/postgis';
import { describeStoreBehaviour } from './behaviour';
import { describeOverlayBehaviour } from './overlay-behaviour';
import { describeUpdateBehaviour } from './update-behaviour';
import { describeResolutionBehaviour } from './resolution-behaviour';
import { A, loadFixtureDocs } from './fixtures';
import { pgUnavailableReason, startPgCluster, type PgCluster } from './pg-cluster';
import pg from 'pg';
import { loadMigrations } from '@/lib/store/migrations';
import { expectLegacyReadable, expectSeedUpgrades, legacyRows } from './legacy';
import { EventQuery, type Override } from '@/lib/schemas';
import type { StoredArticle } from '@/lib/store/types';
import { resolveReports, reportKey, type ReportRef } from '@/lib/resolve';
import { compareEvents, matchesEvent, resolvePlaceArea, roleActorIds, searchNeedles, searchText } from '@/lib/store/filter';
import { matchesSearch } from '@/lib/store/search-text';
import { StoreInputError } from '@/lib/store/errors';
import { prng } from './synthetic';
import { report, type Spec } from '../resolve/build';

/** What resolution must serve for these docs (the pure driver: every report at once), the reference for the store. */
function expectedView(docs: StoredArticle[], overrides: Override[] = []) {
  const refs: ReportRef[] = docs.flatMap((d) =>
    d.events.map((event) => ({ event, article: { id: d.article.id, title: d.article.title, source: d.article.source, published: d.article.published }, component: null })),
  );
  const byId = new Map(refs.map((r) => [r.event.id, r]));
  const result = resolveReports(refs, overrides);
  const groupOf = new Map(result.assignments.map((a) => [a.eventId, a.group]));
  const served = result.assignments.filter((a) => a.primary).map((a) => (a.reportCount > 1 ? a.resolved! : byId.get(a.eventId)!.event));
  const members = new Map<string, ReportRef[]>();
  for (const a of result.assignments) members.set(a.group, [...(members.get(a.group) ?? []), byId.get(a.eventId)!]);
  return { served: served.sort(compareEvents), groupOf, members, merged: served.filter((e) => (members.get(e.id)?.length ?? 0) > 1) };
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rand = prng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const PLACES = [
  { id: 'gn:101', name: 'Alpha', lat: 35.0, lon: 38.0, radiusKm: 5 },
  { id: 'gn:102', name: 'Alpha East', lat: 35.0, lon: 38.03, radiusKm: 3 },
  { id: 'gn:103', name: 'Beta', lat: 36.0, lon: 37.0, radiusKm: 5 },
  { id: 'gn:104', name: 'Gamma', lat: 33.5, lon: 36.3, radiusKm: 8 },
];
const SUBS = ['Air/drone strike', 'Shelling/artillery/missile attack', 'Armed clash'] as const;
const ACTOR_SETS: NonNullable<Spec['actors']>[] = [[], [['russia', 'actor']], [['turkey', 'actor']], [['russia', 'actor'], ['civilians', 'target']], [['sdf', 'actor'], ['isis', 'target']]];
const TARGETS = ['market', 'school', 'hospital', 'checkpoint', 'bakery'];
const WORDS = { 'Air/drone strike': 'Warplanes struck', 'Shelling/artillery/missile attack': 'Artillery shelled', 'Armed clash': 'Fighters clashed near' } as const;

/**
 * Articles telling a few dozen happenings (place, day, sub-type, actors, target), each in its own words and figures,
 * plus lone reports (some background, unplaced or undated): resolution merges many of them.
 */
function resolutionDocs(n: number, seed: number): StoredArticle[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const happenings = Array.from({ length: 30 }, () => ({
    place: pick(PLACES),
    day: 1 + Math.floor(rand() * 9),
    sub: pick(SUBS),
    actors: pick(ACTOR_SETS),
    target: pick(TARGETS),
    toll: Math.floor(rand() * 20),
  }));
  return Array.from({ length: n }, (_, i) => {
    const id = `res-${i}-${Math.floor(rand() * 0xffffff).toString(16)}`;
    const events = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, k) => {
      const h = rand() < 0.75 ? pick(happenings) : { place: pick(PLACES), day: 1 + Math.floor(rand() * 9), sub: pick(SUBS), actors: pick(ACTOR_SETS), target: pick(TARGETS), toll: 3 };
      const toll = rand() < 0.3 ? undefined : h.toll + (rand() < 0.3 ? Math.floor(rand() * 3) : 0);
      const quote = `${WORDS[h.sub]} the ${h.target} in ${h.place.name} ${rand() < 0.5 ? 'on Tuesday' : 'overnight'}${toll === undefined ? '' : `, killing ${toll}`} (${i}/${k}).`;
      return report({
        article: id,
        n: k,
        sub: h.sub,
        place: rand() < 0.05 ? null : h.place,
        date: rand() < 0.05 ? null : `2024-05-0${h.day}`,
        dateText: rand() < 0.3 ? null : 'on the day',
        actors: h.actors,
        toll,
        quote,
        background: rand() < 0.05,
      }).event;
    });
    return {
      article: { id, title: `Report ${i} from the front`, published: `2024-05-1${i % 10}`, body: events.map((e) => e.quote.text).join(' '), paragraphs: [], source: `Outlet ${i % 7}`, url: null, boilerplate: [] },
      mentions: [],
      events,
      pipelineVersion: 'test',
    };
  });
}

const denseDocs = () => resolutionDocs(70, 11);

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
    await store.pool.query('TRUNCATE meta, articles, actors, place_overlay, resolution_overrides CASCADE');
    return store;
  }

  describeStoreBehaviour('postgis', { open: fresh });
  describeOverlayBehaviour('postgis', { open: fresh });
  describeUpdateBehaviour('postgis', { open: fresh });
  describeResolutionBehaviour('postgis', { open: fresh });

  describe('PostgisStore specifics', () => {
    it('runs migrations once, with postgis and the spatial indexes in place', async () => {
      await (await PostgisStore.open(cluster.url)).close();
      const s = await fresh();
      const m = await s.pool.query('SELECT version, name FROM schema_migrations');
      expect(m.rows).toEqual([{ version: 1, name: 'init' }, { version: 2, name: 'grid_cells' }, { version: 3, name: 'acled_columns' }, { version: 4, name: 'actor_registry' }, { version: 5, name: 'place_overlay' }, { version: 6, name: 'actor_roles_search_fold' }, { version: 7, name: 'event_resolution' }]);
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

    it('migration 007 makes every stored event its own report: key, component and group, primary', async () => {
      const s = await fresh();
      for (const d of loadFixtureDocs()) await s.putArticle(d);
      await s.pool.query(`ALTER TABLE events DROP COLUMN report_key, DROP COLUMN component, DROP COLUMN grp, DROP COLUMN is_primary, DROP COLUMN report_count, DROP COLUMN resolved;
        ALTER TABLE event_actors DROP COLUMN counted, DROP COLUMN own; DROP TABLE resolution_override_keys, resolution_overrides;
        CREATE INDEX IF NOT EXISTS event_actors_acting ON event_actors (actor_id) WHERE acting;
        CREATE INDEX IF NOT EXISTS events_cell ON events (cell, sort_date DESC, id COLLATE "C") INCLUDE (background, lat, lon);
        DELETE FROM schema_migrations WHERE version = 7`);
      await s.close();
      const again = await PostgisStore.open(cluster.url);
      const r = await again.pool.query('SELECT id, article_id, json, report_key, component, grp, is_primary, report_count, resolved FROM events ORDER BY id');
      expect(r.rowCount).toBeGreaterThan(0);
      for (const x of r.rows) {
        expect(x).toMatchObject({ report_key: reportKey(JSON.parse(x.json)), component: x.id, grp: x.id, is_primary: true, report_count: 1, resolved: null });
      }
      expect((await again.queryEvents({ includeBackground: true })).length).toBe(r.rowCount);
      await again.close();
    });

    it('gives a clear error when the server is unreachable', async () => {
      await expect(PostgisStore.open('postgres://nobody@127.0.0.1:1/none')).rejects.toThrow(/ECONNREFUSED|connect/);
    });
  });

  describe('PostgisStore resolution (issue 15): serves what the pure driver decides', () => {
    const docs = denseDocs();
    const want = expectedView(docs);

    async function snapshot(s: PostgisStore) {
      return {
        events: await s.queryEvents(EventQuery.parse({ includeBackground: 'true' })),
        counts: await s.actorCounts(),
        countsAny: await s.actorCounts('any'),
        points: (await s.queryPoints(EventQuery.parse({ includeBackground: 'true' }))).length,
      };
    }

    function expectedCounts(role: 'actor' | 'any') {
      const out: Record<string, number> = {};
      for (const e of want.served) if (!e.background) for (const a of roleActorIds(e, role)) out[a] = (out[a] ?? 0) + 1;
      return out;
    }

    it('merges some reports and serves exactly the resolved events, actor counts and points', async () => {
      expect(want.merged.length).toBeGreaterThan(10);
      expect(want.merged.some((e) => want.members.get(e.id)!.length >= 3)).toBe(true);
      const s = await fresh();
      await s.putArticles(docs);
      const snap = await snapshot(s);
      expect(snap.events).toEqual(want.served);
      expect(snap.counts).toEqual(expectedCounts('actor'));
      expect(snap.countsAny).toEqual(expectedCounts('any'));
      expect(snap.points).toBe(want.served.length);
      await s.close();
    }, 60_000);

    it('gives the same result whatever the ingest order, one article at a time', async () => {
      const s = await fresh();
      for (const d of shuffled(docs, 5)) await s.putArticle(d);
      expect(await s.queryEvents(EventQuery.parse({ includeBackground: 'true' }))).toEqual(want.served);
      expect(await s.actorCounts()).toEqual(expectedCounts('actor'));
      await s.close();
    }, 120_000);

    it('getEvent opens the resolved event from any of its reports; getArticle keeps the own reports', async () => {
      const s = await fresh();
      await s.putArticles(docs);
      const e = want.merged[0]!;
      for (const m of want.members.get(e.id)!) {
        expect(await s.getEvent(m.event.id)).toEqual(e);
        expect((await s.getArticle(m.article.id))!.events).toEqual(docs.find((d) => d.article.id === m.article.id)!.events);
      }
      expect(await s.getEvent('no-such-event')).toBeNull();
      await s.close();
    }, 60_000);

    it('article: the resolved events with any report from the article; q: words of any report', async () => {
      const s = await fresh();
      await s.putArticles(docs);
      const e = want.merged.find((x) => want.members.get(x.id)!.some((m) => m.article.id !== x.articleId))!;
      const other = want.members.get(e.id)!.find((m) => m.article.id !== e.articleId)!;
      const inArticle = want.served.filter((x) => want.members.get(x.id)!.some((m) => m.article.id === other.article.id));
      expect(inArticle).toContainEqual(e);
      expect(await s.queryEvents(EventQuery.parse({ article: other.article.id, includeBackground: 'true' }))).toEqual(inArticle);
      for (const q of [other.article.title, other.event.quote.text.slice(0, 12), 'report 1', 'bombed']) {
        const needles = searchNeedles(q);
        const hits = want.served.filter((x) => !x.background && want.members.get(x.id)!.some((m) => matchesSearch(searchText(m.event, m.article.title), needles)));
        expect((await s.queryEvents(EventQuery.parse({ q }))).map((x) => x.id)).toEqual(hits.map((x) => x.id));
      }
      await s.close();
    }, 60_000);

    it('reprocessing an article, resolveAll (any batch size) and overrides keep the store equal to the pure driver', async () => {
      const s = await fresh();
      await s.putArticles(docs);
      const e = want.merged[0]!;
      const art = want.members.get(e.id)!.find((m) => m.event.id !== e.id)!.article.id;
      const doc = docs.find((d) => d.article.id === art)!;
      // reprocess: the same extraction again, then without its events, then with them
      await s.replaceExtraction(art, doc.mentions, doc.events, doc.pipelineVersion);
      expect(await s.queryEvents(EventQuery.parse({ includeBackground: 'true' }))).toEqual(want.served);
      await s.replaceExtraction(art, [], [], doc.pipelineVersion);
      const without = docs.map((d) => (d.article.id === art ? { ...d, mentions: [], events: [] } : d));
      expect(await s.queryEvents(EventQuery.parse({ includeBackground: 'true' }))).toEqual(expectedView(without).served);
      await s.replaceExtraction(art, doc.mentions, doc.events, doc.pipelineVersion);
      expect(await s.queryEvents(EventQuery.parse({ includeBackground: 'true' }))).toEqual(want.served);
      // a full re-resolution changes nothing, in any batch size
      expect(await s.resolveAll(7)).toEqual({ reports: docs.reduce((n, d) => n + d.events.length, 0) });
      expect(await s.queryEvents(EventQuery.parse({ includeBackground: 'true' }))).toEqual(want.served);

      // an analyst splits a merged event and merges two lone ones: the store follows the driver, across reprocessing
      const [first, ...rest] = want.members.get(e.id)!.map((m) => reportKey(m.event));
      const lone = want.served.filter((x) => !x.background && x.place && x.date.value && want.members.get(x.id)!.length === 1).slice(0, 2);
      const overrides: Override[] = [
        { id: 'ov-split-1', kind: 'split', keys: [first!], others: rest, createdAt: '2026-12-04T08:00:00Z', note: 'not the same strike' },
        { id: 'ov-merge-1', kind: 'merge', keys: lone.map((x) => reportKey(x)), others: [], createdAt: '2026-12-04T08:01:00Z', note: null },
      ];
      for (const o of overrides) await s.addOverride(o);
      expect(await s.listOverrides()).toEqual(overrides);
      const after = expectedView(docs, overrides);
      expect(after.served.length).toBe(want.served.length);
      expect(await s.queryEvents(EventQuery.parse({ includeBackground: 'true' }))).toEqual(after.served);
      await s.replaceExtraction(art, doc.mentions, doc.events, doc.pipelineVersion);
      await s.resolveAll();
      expect(await s.queryEvents(EventQuery.parse({ includeBackground: 'true' }))).toEqual(after.served);

      await expect(s.addOverride({ id: 'ov-bad', kind: 'merge', keys: ['no-such-article@0', first!], others: [], createdAt: '2026-12-04T08:02:00Z', note: null })).rejects.toThrow(StoreInputError);
      await expect(s.addOverride({ id: 'ov-merge-1', kind: 'merge', keys: [first!], others: [], createdAt: '2026-12-04T08:02:00Z', note: null })).rejects.toThrow(/clashes/);
      expect(await s.listOverrides()).toEqual(overrides);
      await s.close();
    }, 120_000);

    /** filter.ts on the served events; `article` and `q` look at every report of the event; place areas at every report */
    function reference(q: EventQuery): string[] {
      const reports = docs.flatMap((d) => d.events);
      const placeArea = q.place !== undefined ? resolvePlaceArea(q.place, reports) : null;
      const needles = q.q !== undefined ? searchNeedles(q.q) : [];
      const hits = want.served.filter((e) => {
        const ms = want.members.get(e.id)!;
        if (!matchesEvent(e, { ...q, q: undefined, article: undefined }, { title: '', placeArea })) return false;
        if (q.article !== undefined && !ms.some((m) => m.article.id === q.article)) return false;
        return q.q === undefined || ms.some((m) => matchesSearch(searchText(m.event, m.article.title), needles));
      });
      return (q.limit !== undefined ? hits.slice(0, q.limit) : hits).map((e) => e.id);
    }

    it('answers 150 random queries like filter.ts on the resolved events, in both plans, points included', async () => {
      const s = await fresh();
      await s.putArticles(docs);
      const rand = prng(77);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
      const merged = want.merged;
      let nonEmpty = 0;
      for (let i = 0; i < 150; i++) {
        const e = pick(merged);
        const m = pick(want.members.get(e.id)!);
        const p: Record<string, string> = {};
        if (rand() < 0.4) p.actors = [pick(['russia', 'turkey', 'sdf', 'isis', 'civilians']), pick(['russia', 'turkey', 'sdf'])].join(',');
        if (p.actors && rand() < 0.5) p.role = 'any';
        if (rand() < 0.3) p.types = [pick(['airstrike', 'shelling', 'clash']), e.type].join(',');
        if (rand() < 0.3) p.from = m.event.date.value ?? '2023-06-01';
        if (rand() < 0.3) p.to = '2024-05-06';
        if (p.from && p.to && p.from > p.to) [p.from, p.to] = [p.to, p.from];
        if (rand() < 0.5 && e.place) p.bbox = `${e.place.lon - rand()},${e.place.lat - rand()},${e.place.lon + rand()},${e.place.lat + rand()}`;
        if (rand() < 0.15 && m.event.place) p.place = m.event.place.id;
        if (rand() < 0.25) p.q = pick([m.article.title.slice(0, 9), m.event.quote.text.slice(4, 14), 'market', 'overnight', 'Alpha']);
        if (rand() < 0.2) p.article = m.article.id;
        if (rand() < 0.3) p.includeBackground = 'true';
        if (rand() < 0.4) p.limit = String(1 + Math.floor(rand() * 30));
        const q = EventQuery.parse(p);
        const expected = reference(q);
        if (expected.length) nonEmpty++;
        for (const plan of ['set', 'grid'] as const) {
          expect((await s.queryEventsWithPlan(q, plan)).map((x) => x.id), `${plan} on ${JSON.stringify(p)}`).toEqual(expected);
        }
        const unlimited = { ...q };
        delete unlimited.limit;
        const points = (await s.queryPoints(unlimited)).map((x) => x.id).sort();
        expect(points, `points on ${JSON.stringify(p)}`).toEqual(reference(unlimited).sort());
      }
      expect(nonEmpty).toBeGreaterThan(75);
      await s.close();
    }, 120_000);

    it('points carry the served event (a group\'s lowest figure)', async () => {
      const s = await fresh();
      const ref = want;
      await s.putArticles(docs);
      const points = new Map((await s.queryPoints(EventQuery.parse({ includeBackground: 'true' }))).map((x) => [x.id, x.fatalities]));
      expect(points.size).toBe(ref.served.length);
      for (const e of ref.served) expect(points.get(e.id), e.id).toBe(e.fatalities?.count ?? null);
      expect(ref.merged.some((e) => e.fatalities?.count !== ref.members.get(e.id)!.find((m) => m.event.id === e.id)!.event.fatalities?.count)).toBe(true);
      await s.close();
    }, 60_000);

    it('two stores writing at once (two processes) still give the pure driver\'s events', async () => {
      const a = await fresh();
      const b = await PostgisStore.open(cluster.url);
      // articles told the same event, written at the same moment by the two stores: each must see the other's
      const pairs: [StoredArticle, StoredArticle][] = [];
      const used = new Set<string>();
      for (const e of want.merged) {
        const arts = [...new Set(want.members.get(e.id)!.map((m) => m.article.id))].filter((x) => !used.has(x));
        if (arts.length < 2) continue;
        for (const x of arts.slice(0, 2)) used.add(x);
        pairs.push([docs.find((d) => d.article.id === arts[0])!, docs.find((d) => d.article.id === arts[1])!]);
      }
      expect(pairs.length).toBeGreaterThan(2);
      for (const [x, y] of pairs) await Promise.all([a.putArticle(x), b.putArticle(y)]);
      await a.putArticles(shuffled(docs.filter((d) => !used.has(d.article.id)), 9));
      expect(await a.queryEvents(EventQuery.parse({ includeBackground: 'true' }))).toEqual(want.served);
      await Promise.all([a.close(), b.close()]);
    }, 120_000);

    it('a write by one store is seen by another (LISTEN/NOTIFY), overrides included', async () => {
      const a = await fresh();
      const b = await PostgisStore.open(cluster.url);
      await a.putArticles(docs.slice(0, 20));
      const v = b.changes.version;
      const k = reportKey(docs[0]!.events[0]!);
      await a.addOverride({ id: 'ov-n', kind: 'merge', keys: [k], others: [], createdAt: '2026-12-04T08:00:00Z', note: null });
      await expect.poll(() => b.changes.version, { timeout: 5000 }).toBeGreaterThan(v);
      expect(await b.listOverrides()).toHaveLength(1);
      await Promise.all([a.close(), b.close()]);
    });
  });
});
