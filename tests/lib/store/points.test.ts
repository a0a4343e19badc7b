/**
 * queryPoints on every backend: the same rows as queryEvents (limit ignored) projected to PointRow — brute-force
 * cross-check over random filter sets on synthetic data with fatalities, unplaced and background events, on memory,
 * SQLite and PostGIS (when available).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventQuery, PointRow, type PointRow as Row } from '@/lib/schemas';
import { MemoryStore } from '@/lib/store/memory';
import { SqliteStore } from '@/lib/store/sqlite';
import { PostgisStore } from '@/lib/store/postgis';
import { pointOfEvent, sqlitePoints, SQLITE_POINTS_SLICE } from '@/lib/store/points';
import type { EventStore, StoredArticle } from '@/lib/store/types';
import { pgUnavailableReason, startPgCluster, type PgCluster } from './pg-cluster';
import { ACTOR_IDS, TYPES, prng, retell, syntheticDocs } from './synthetic';
import { loadFixtureDocs } from './fixtures';

function docsWithFatalities(): StoredArticle[] {
  const rand = prng(5);
  // the first 15 articles retold by a second outlet: merged groups, served with their lowest figure (issue 15)
  const docs = [...syntheticDocs(60, { seed: 11, eventsPerArticle: 5, places: 25 }).flatMap((d, i) => (i < 15 ? retell(d, i, rand) : [d])), ...loadFixtureDocs()];
  for (const d of docs) {
    for (const e of d.events) {
      if (rand() < 0.4) e.fatalities = { count: Math.floor(rand() * 50), text: 'killed', start: e.quote.start, end: e.quote.start + 1, qualifier: null };
    }
  }
  return docs;
}

const docs = docsWithFatalities();
const allEvents = docs.flatMap((d) => d.events);

function randomQuery(rand: () => number): Record<string, string> {
  const p: Record<string, string> = {};
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  if (rand() < 0.3) p.actors = [pick(ACTOR_IDS), pick(ACTOR_IDS)].join(',');
  if (p.actors && rand() < 0.5) p.role = pick(['actor', 'any']);
  if (rand() < 0.3) p.types = [pick(TYPES), pick(TYPES)].join(',');
  if (rand() < 0.2) p.subEventTypes = pick(allEvents).acled.subEventType;
  if (rand() < 0.3) p.from = pick(allEvents).date.value ?? '2023-06-01';
  if (rand() < 0.3) p.to = pick(allEvents).date.value ?? '2024-06-01';
  if (p.from && p.to && p.from > p.to) [p.from, p.to] = [p.to, p.from];
  if (rand() < 0.3) p.bbox = rand() < 0.2 ? '170,-80,-170,80' : '34,31,39,35';
  if (rand() < 0.15) p.place = pick(allEvents).place?.id ?? 'cu:none';
  if (rand() < 0.2) p.q = pick(allEvents).quote.text.slice(0, 4 + Math.floor(rand() * 4));
  if (rand() < 0.2) p.article = pick(docs).article.id;
  if (rand() < 0.3) p.includeBackground = 'true';
  if (rand() < 0.3) p.limit = String(1 + Math.floor(rand() * 5));
  if (p.q !== undefined && !/[\p{L}\p{N}]/u.test(p.q)) delete p.q;
  return p;
}

const byId = (rows: Row[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function describePoints(label: string, open: () => Promise<EventStore>) {
  describe(`queryPoints: ${label}`, () => {
    let store: EventStore;
    beforeAll(async () => {
      store = await open();
      for (const d of docs) await store.putArticle(d);
    }, 60_000);
    afterAll(async () => {
      await store?.close();
    });

    it('gives every matching event (limit ignored) as a compact row equal to the projection of queryEvents', async () => {
      const rand = prng(21);
      let nonEmpty = 0;
      for (let i = 0; i < 120; i++) {
        const q = EventQuery.parse(randomQuery(rand));
        const unlimited = { ...q, limit: undefined };
        const expected = (await store.queryEvents(unlimited)).map((e) => pointOfEvent(e));
        const got = await store.queryPoints(q);
        for (const r of got) PointRow.parse(r);
        expect(byId(got), JSON.stringify(q)).toEqual(byId(expected));
        if (got.length) nonEmpty++;
      }
      expect(nonEmpty).toBeGreaterThan(40);
    });

    it('rows carry fatalities, the display name and null coordinates for unplaced events; one row per resolved event', async () => {
      const rows = await store.queryPoints(EventQuery.parse({ includeBackground: 'true' }));
      const served = await store.queryEvents(EventQuery.parse({ includeBackground: 'true' }));
      expect(rows).toHaveLength(served.length);
      // retold events are merged: fewer rows than reports, each merged one with its group's lowest figure
      const merged = served.filter((e) => (e.reports?.length ?? 1) > 1);
      expect(merged.length).toBeGreaterThan(5);
      expect(rows.length).toBeLessThan(allEvents.length);
      for (const e of merged) {
        const lowest = Math.min(...e.reports!.map((r) => r.fatalities ?? Infinity));
        expect(rows.find((r) => r.id === e.id)?.fatalities).toBe(Number.isFinite(lowest) ? lowest : null);
      }
      expect(rows.some((r) => r.lng === null && r.location === null)).toBe(true);
      expect(rows.some((r) => r.fatalities !== null && r.fatalities > 0)).toBe(true);
    });
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-points-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describePoints('memory', async () => new MemoryStore());
describePoints('sqlite', () => SqliteStore.open(path.join(dir, 'points.db')));

const pgReason = pgUnavailableReason();
describe.skipIf(pgReason !== null)(`queryPoints on PostGIS${pgReason ? ` (skipped: ${pgReason})` : ''}`, () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster('atlas_points');
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
  });
  describePoints('postgis', async () => {
    const s = await PostgisStore.open(cluster.url);
    await s.pool.query('TRUNCATE meta, articles, actors, place_overlay CASCADE');
    return s;
  });
});

describe('sqlitePoints', () => {
  it('reads the rowid range slice by slice, giving the event loop a turn between slices', async () => {
    const seen: [number, number][] = [];
    let turns = 0;
    const tick = () => {
      turns++;
      if (turns < 100) setImmediate(tick);
    };
    setImmediate(tick);
    const rows = await sqlitePoints((lo, hi) => {
      seen.push([lo, hi]);
      return [[`e${lo}`, 1, 2, 'clash', 'Armed clash', null, null, 'p', 'P', null, 'exact']];
    }, 3 * SQLITE_POINTS_SLICE + 1);
    expect(seen).toEqual([0, 1, 2, 3].map((k) => [k * SQLITE_POINTS_SLICE, (k + 1) * SQLITE_POINTS_SLICE]));
    expect(rows.map((r) => r.id)).toEqual(seen.map(([lo]) => `e${lo}`));
    expect(turns).toBeGreaterThanOrEqual(3);
  });
});
