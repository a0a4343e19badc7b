/**
 * Brute-force cross-check: the same random queries over the same random data give the same ids, in the
 * same order, on memory (filter.ts), SQLite and PostGIS (when available), and match a plain scan of filter.ts
 * over the served events that lib/resolve's all-at-once resolveReports makes of every report (issue 15): the data
 * has articles retelling others' events (merged groups) and an analyst's merge and split, and the stores resolved
 * them one article at a time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACLED_EVENT_TYPES, EventQuery, type ConflictEvent, type Override } from '@/lib/schemas';
import { reportKey, resolveReports, type ReportRef } from '@/lib/resolve';
import { compareEvents, groupSearchText, matchesEvent, resolvePlaceArea } from '@/lib/store/filter';
import { keptResolved } from '@/lib/store/resolution';
import type { StoredArticle } from '@/lib/store/types';
import { MemoryStore } from '@/lib/store/memory';
import { PostgisStore } from '@/lib/store/postgis';
import { SqliteStore } from '@/lib/store/sqlite';
import type { EventStore } from '@/lib/store/types';
import { pgUnavailableReason, startPgCluster, type PgCluster } from './pg-cluster';
import { ACTOR_IDS, TYPES, prng, retell, syntheticDocs } from './synthetic';

const base = syntheticDocs(150, { seed: 7, eventsPerArticle: 6, places: 40 });
const rrand = prng(11);
const docs: StoredArticle[] = base.flatMap((d, i) => (i < 40 ? retell(d, i, rrand) : [d]));
const all: { e: ConflictEvent; title: string }[] = docs.flatMap((d) => d.events.map((e) => ({ e, title: d.article.title })));
const refs: ReportRef[] = docs.flatMap((d) =>
  d.events.map((e) => ({ event: e, article: { id: d.article.id, title: d.article.title, source: d.article.source, published: d.article.published }, component: null })),
);
/** an analyst's merge of two unrelated located events and a split of a retold pair */
const located = refs.filter((r) => r.event.place && r.event.date.value && !r.event.background);
const overrides: Override[] = [
  { id: 'x-merge', kind: 'merge', keys: [reportKey(located[200]!.event), reportKey(located[300]!.event)], others: [], createdAt: '2024-01-01T00:00:00Z', note: null },
  { id: 'x-split', kind: 'split', keys: [reportKey(located[0]!.event)], others: [reportKey(docs[1]!.events[0]!)], createdAt: '2024-01-02T00:00:00Z', note: null },
];
/** the served events of the whole data set, resolved all at once (the reference the stores' incremental writes must meet) */
const served: { e: ConflictEvent; title: string; search: string | undefined }[] = (() => {
  const result = resolveReports(refs, overrides);
  const byId = new Map(refs.map((r) => [r.event.id, r]));
  const groups = new Map<string, ReportRef[]>();
  for (const a of result.assignments) groups.set(a.group, [...(groups.get(a.group) ?? []), byId.get(a.eventId)!]);
  return result.assignments
    .filter((a) => a.primary)
    .map((a) => {
      const ref = byId.get(a.eventId)!;
      const kept = keptResolved(a);
      const members = groups.get(a.group)!.map((m) => ({ event: m.event, title: m.article.title }));
      return { e: kept ?? ref.event, title: ref.article.title, search: kept ? groupSearchText(members) : undefined };
    });
})();
const mergedGroups = served.filter((x) => (x.e.reports?.length ?? 1) > 1).length;

function randomQuery(rand: () => number): Record<string, string> {
  const p: Record<string, string> = {};
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  if (rand() < 0.3) p.actors = [pick(ACTOR_IDS), pick(ACTOR_IDS)].join(',');
  if (p.actors && rand() < 0.5) p.role = pick(['actor', 'any']);
  if (rand() < 0.3) p.types = [pick(TYPES), pick(TYPES)].join(',');
  if (rand() < 0.2) p.eventTypes = [pick(all).e.acled.eventType, pick(ACLED_EVENT_TYPES)].join(',');
  if (rand() < 0.15) p.subEventTypes = [pick(all).e.acled.subEventType, pick(all).e.acled.subEventType].join(',');
  if (rand() < 0.3) p.from = pick(all).e.date.value ?? '2023-06-01';
  if (rand() < 0.3) p.to = pick(all).e.date.value ?? '2024-06-01';
  if (p.from && p.to && p.from > p.to) [p.from, p.to] = [p.to, p.from];
  if (rand() < 0.4) {
    const w = Math.round((34 + rand() * 8) * 100) / 100;
    const s = Math.round((31 + rand() * 6) * 100) / 100;
    p.bbox = rand() < 0.1 ? `170,-80,-170,80` : `${w},${s},${Math.min(180, w + rand() * 4).toFixed(2)},${Math.min(90, s + rand() * 3).toFixed(2)}`;
  }
  if (rand() < 0.2) p.place = pick(all).e.place?.id ?? 'cu:none';
  if (rand() < 0.25) {
    const { e, title } = pick(all);
    const src = pick([e.quote.text, title, e.place?.name ?? 'zz']);
    const at = Math.floor(rand() * Math.max(1, src.length - 8));
    const sub = src.slice(at, at + 2 + Math.floor(rand() * 7));
    p.q = rand() < 0.5 ? sub.toUpperCase() : sub;
    if (!/[\p{L}\p{N}]/u.test(p.q)) delete p.q;
  }
  if (rand() < 0.2) p.article = pick(docs).article.id;
  if (rand() < 0.3) p.includeBackground = 'true';
  if (rand() < 0.3) p.limit = String(1 + Math.floor(rand() * 40));
  return p;
}

function bruteForce(q: EventQuery): string[] {
  const placeArea = q.place !== undefined ? resolvePlaceArea(q.place, all.map((x) => x.e)) : null;
  const hits = served.filter(({ e, title, search }) => matchesEvent(e, q, { title, placeArea, search })).map((x) => x.e).sort(compareEvents);
  return (q.limit !== undefined ? hits.slice(0, q.limit) : hits).map((e) => e.id);
}

const pgReason = pgUnavailableReason();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-cross-'));

describe(`store cross-check: memory vs sqlite${pgReason ? ` (postgis skipped: ${pgReason})` : ' vs postgis'}`, () => {
  const stores: Record<string, EventStore> = {};
  let cluster: PgCluster | null = null;

  beforeAll(async () => {
    stores.memory = new MemoryStore();
    stores.sqlite = await SqliteStore.open(path.join(dir, 'x.db'));
    if (!pgReason) {
      cluster = await startPgCluster();
      const pg = await PostgisStore.open(cluster.url);
      await pg.pool.query('TRUNCATE meta, articles CASCADE');
      stores.postgis = pg;
    }
    for (const s of Object.values(stores)) {
      for (const d of docs) await s.putArticle(d);
      for (const o of overrides) await s.addOverride(o);
    }
  }, 180_000);

  it('holds merged groups, and every store serves the all-at-once resolution', async () => {
    expect(mergedGroups).toBeGreaterThan(20);
    const ids = served.map((x) => x.e.id).sort();
    const withReports = (e: ConflictEvent) => ({ id: e.id, reports: (e.reports ?? []).map((r) => r.eventId).sort(), fatalities: e.fatalities?.count ?? null });
    const expected = served.map((x) => withReports(x.e)).sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const [name, s] of Object.entries(stores)) {
      const got = await s.queryEvents(EventQuery.parse({ includeBackground: 'true' }));
      expect(got.map((e) => e.id).sort(), name).toEqual(ids);
      expect(got.map(withReports).sort((a, b) => (a.id < b.id ? -1 : 1)), name).toEqual(expected);
    }
  });

  afterAll(async () => {
    for (const s of Object.values(stores)) await s.close();
    await cluster?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives identical results for 300 random queries', async () => {
    const rand = prng(42);
    let nonEmpty = 0;
    for (let i = 0; i < 300; i++) {
      const params = randomQuery(rand);
      const q = EventQuery.parse(params);
      const expected = bruteForce(q);
      if (expected.length) nonEmpty++;
      for (const [name, s] of Object.entries(stores)) {
        const got = (await s.queryEvents(q)).map((e) => e.id);
        expect(got, `${name} on ${JSON.stringify(params)}`).toEqual(expected);
      }
      for (const plan of ['set', 'grid', 'scan'] as const) {
        const got = (await (stores.sqlite as SqliteStore).queryEventsWithPlan(q, plan)).map((e) => e.id);
        expect(got, `sqlite plan ${plan} on ${JSON.stringify(params)}`).toEqual(expected);
      }
      if (stores.postgis) {
        for (const plan of ['set', 'grid'] as const) {
          const got = (await (stores.postgis as PostgisStore).queryEventsWithPlan(q, plan)).map((e) => e.id);
          expect(got, `postgis plan ${plan} on ${JSON.stringify(params)}`).toEqual(expected);
        }
      }
    }
    expect(nonEmpty).toBeGreaterThan(100);
  });

  it('gives identical results for queries with spelling variants', async () => {
    const rand = prng(9);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const names = [...new Set(all.flatMap(({ e }) => (e.place ? [e.place.name] : [])))];
    for (let i = 0; i < 40; i++) {
      const params = { ...randomQuery(rand), q: rand() < 0.5 ? 'zzzz' : pick(names).slice(0, 5) };
      const q = EventQuery.parse(params);
      const variants = [pick(names), pick(names).toUpperCase(), 'no such place'];
      const expected = (await stores.memory!.queryEvents(q, { variants })).map((e) => e.id);
      for (const [name, s] of Object.entries(stores)) {
        expect((await s.queryEvents(q, { variants })).map((e) => e.id), `${name} on ${JSON.stringify({ params, variants })}`).toEqual(expected);
      }
      for (const plan of ['set', 'grid', 'scan'] as const) {
        expect((await (stores.sqlite as SqliteStore).queryEventsWithPlan(q, plan, { variants })).map((e) => e.id), `sqlite ${plan}`).toEqual(expected);
      }
    }
  });

  it('agrees on actor counts (both roles) and article lists', async () => {
    const counts = await stores.memory!.actorCounts();
    const list = await stores.memory!.listArticles();
    expect(await stores.memory!.actorCounts('any')).not.toEqual(counts);
    for (const s of Object.values(stores)) {
      expect(await s.actorCounts('any')).toEqual(await stores.memory!.actorCounts('any'));
      expect(await s.actorRegistry('any')).toEqual(await stores.memory!.actorRegistry('any'));
      expect(await s.actorRegistry()).toEqual(await stores.memory!.actorRegistry());
      expect(await s.actorCounts()).toEqual(counts);
      expect(await s.listArticles()).toEqual(list);
    }
  });
});
