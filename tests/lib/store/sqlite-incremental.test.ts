/**
 * The SQLite store's incremental resolution (lib/store/sqlite-resolution.ts: parsed rows kept across writes by
 * rowid, the reports of a write resolved before they are inserted and written once with their final columns) gives
 * exactly what resolving everything again from scratch gives (`resolveAll`), on random sequences of writes: single
 * and batched puts, reprocessing that moves reports in time (rowids of deleted rows are taken again), writes through
 * a second connection to the same file (the kept rows must not outlive them) and writes that fail half-way (rolled
 * back: what they kept must be forgotten). Compared: every events row's resolution columns, search texts and served
 * JSON, every event_actors row, and the rows the store keeps (id and component by rowid) with the stored ones.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ConflictEvent } from '@/lib/schemas';
import { SqliteStore } from '@/lib/store/sqlite';
import type { StoredArticle } from '@/lib/store/types';
import { prng, retell, syntheticDocs } from './synthetic';
import { resolutionDoc } from './resolution-behaviour';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-sqlite-incr-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** 16 articles over 5 places, 10 of them retold by a second outlet (so many reports join), 26 documents in all */
const base = syntheticDocs(16, { seed: 23, eventsPerArticle: 4, places: 5 });
const rrand = prng(5);
const pool: StoredArticle[] = base.flatMap((d, i) => (i < 10 ? retell(d, i, rrand) : [d]));

const shiftDay = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** a reprocess of `d`: the same event ids, one report moved by `days` (it may join or leave a group), maybe one dropped */
function reread(d: StoredArticle, days: number, drop: boolean): ConflictEvent[] {
  const events = d.events.map((e, k) => (k === 0 && e.date.value ? { ...e, date: { ...e.date, value: shiftDay(e.date.value, days) } } : e));
  return drop && events.length > 1 ? events.slice(0, -1) : events;
}

/** what resolution wrote: events rows (by id) and their event_actors rows */
function snapshot(s: SqliteStore) {
  const rows = s.db
    .prepare('SELECT id, component, grp, is_primary, report_count, resolved, search, group_search, report_key FROM events ORDER BY id')
    .raw()
    .all();
  const actors = s.db
    .prepare('SELECT e.id, a.actor_id, a.background, a.acting, a.counted, a.own FROM event_actors a JOIN events e ON e.rid = a.event_rid ORDER BY e.id, a.actor_id')
    .raw()
    .all();
  return { rows, actors };
}

type Op =
  | { kind: 'put'; n: number }
  | { kind: 'batch'; n: number; size: number }
  | { kind: 'reread'; n: number; days: number; drop: boolean }
  | { kind: 'other'; n: number; days: number }
  | { kind: 'fail'; n: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), n: fc.nat() }),
  fc.record({ kind: fc.constant('batch' as const), n: fc.nat(), size: fc.integer({ min: 2, max: 4 }) }),
  fc.record({ kind: fc.constant('reread' as const), n: fc.nat(), days: fc.integer({ min: -3, max: 3 }), drop: fc.boolean() }),
  fc.record({ kind: fc.constant('other' as const), n: fc.nat(), days: fc.integer({ min: -2, max: 2 }) }),
  fc.record({ kind: fc.constant('fail' as const), n: fc.nat() }),
);

let run = 0;

describe('SQLite incremental resolution', () => {
  it('equals resolving everything from scratch after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(pool, { minLength: pool.length, maxLength: pool.length }), fc.array(op, { minLength: 4, maxLength: 14 }), async (order, ops) => {
        const file = path.join(dir, `run-${run++}.db`);
        const s = await SqliteStore.open(file);
        const other = await SqliteStore.open(file);
        try {
          let next = 0;
          const stored: StoredArticle[] = [];
          const take = (k: number) => {
            const docs = order.slice(next, next + k);
            next += docs.length;
            return docs;
          };
          // one article first, so that every sequence (even one of failed batches only) leaves something to compare
          for (const d of take(1)) await s.putArticle(d);
          stored.push(...order.slice(0, next));
          for (const o of ops) {
            if (o.kind === 'put') {
              for (const d of take(1)) await s.putArticle(d);
              stored.push(...order.slice(stored.length, next));
            } else if (o.kind === 'batch') {
              await s.putArticles(take(o.size));
              stored.push(...order.slice(stored.length, next));
            } else if (o.kind === 'reread' && stored.length) {
              const d = stored[o.n % stored.length]!;
              await s.replaceExtraction(d.article.id, d.mentions, reread(d, o.days, o.drop), d.pipelineVersion);
            } else if (o.kind === 'other') {
              // another connection writes: a new article, or a reprocess of a stored one
              const fresh = take(1);
              if (fresh.length) {
                await other.putArticle(fresh[0]!);
                stored.push(fresh[0]!);
              } else if (stored.length) {
                const d = stored[o.n % stored.length]!;
                await other.replaceExtraction(d.article.id, d.mentions, reread(d, o.days, false), d.pipelineVersion);
              }
            } else if (o.kind === 'fail' && stored.length) {
              // a batch whose last document clashes with a stored event id: every document of it is rolled back
              const victim = stored[o.n % stored.length]!;
              const fresh = order.slice(next, next + 2);
              const bad: StoredArticle = {
                ...victim,
                article: { ...victim.article, id: `clash-${run}-${o.n}`, title: `${victim.article.title} (clash ${o.n})` },
                events: victim.events.map((e) => ({ ...e, articleId: `clash-${run}-${o.n}` })),
              };
              await expect(s.putArticles([...fresh, bad])).rejects.toThrow();
            }
          }
          const incremental = snapshot(s);
          expect(incremental.rows.length).toBeGreaterThan(0);
          // the rows this connection keeps (candidates are answered from them, component included) are the stored
          // ones, once it has seen the other connection's commits (as every write does first)
          const kept = (s as unknown as { resolution: { checkVersion(): void; cache: Map<number, { id: string; component: string | null }> } }).resolution;
          kept.checkVersion();
          const byRid = new Map((s.db.prepare('SELECT rid, id, component FROM events').raw().all() as [number, string, string | null][]).map(([rid, id, c]) => [rid, [id, c]]));
          for (const [rid, row] of kept.cache) expect([rid, row.id, row.component]).toEqual([rid, ...(byRid.get(rid) ?? ['(no row)', null])]);
          // from scratch, independently of this connection: the stored articles as they are now, written at once to a
          // fresh store, and resolveAll on this one
          const now: StoredArticle[] = [];
          for (const id of s.db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as string[]) {
            const got = (await s.getArticle(id))!;
            now.push({ ...got, events: got.events, mentions: got.mentions });
          }
          const fresh = await SqliteStore.open(path.join(dir, `fresh-${run}.db`));
          try {
            await fresh.putArticles(now);
            expect(snapshot(fresh)).toEqual(incremental);
          } finally {
            await fresh.close();
          }
          await s.resolveAll();
          expect(snapshot(s)).toEqual(incremental);
        } finally {
          await other.close();
          await s.close();
        }
      }),
      { numRuns: Number(process.env.SQLITE_INCREMENTAL_RUNS ?? 12) },
    );
  }, 240_000);

  it('rows another connection rewrote under the same rowids, and rows of a rolled-back write, are read again', async () => {
    const file = path.join(dir, 'stale.db');
    const s = await SqliteStore.open(file);
    const other = await SqliteStore.open(file);
    const strike = (id: string, date: string) => resolutionDoc(id, `Strike ${id}`, '2024-06-30', `Outlet ${id}`, [{ text: `Russian jets struck the market in Resalpha (${id}).`, date }]);
    const joined = (id: string) => s.db.prepare('SELECT report_count FROM events WHERE id = (SELECT grp FROM events WHERE id = ?)').pluck().get(id);
    try {
      // 1. this connection reads a report on 14 May; the other moves it to 24 May (delete + insert: the same rowid)
      await s.putArticle(strike('stale-aaaa0001', '2024-05-14'));
      const first = strike('stale-aaaa0001', '2024-05-24');
      await other.replaceExtraction(first.article.id, first.mentions, first.events, first.pipelineVersion);
      // a report of 24 May must now join it
      await s.putArticle(strike('stale-bbbb0002', '2024-05-24'));
      expect(joined('stale-bbbb0002-e0')).toBe(2);
      // 2. a batch rolled back after its rows were written; the other connection takes their rowids with reports of 2 June
      await expect(s.putArticles([strike('stale-cccc0003', '2024-05-20'), { ...strike('stale-dddd0004', '2024-05-20'), events: strike('stale-aaaa0001', '2024-05-20').events }])).rejects.toThrow();
      await other.putArticle(strike('stale-eeee0005', '2024-06-02'));
      await s.putArticle(strike('stale-ffff0006', '2024-06-02'));
      expect(joined('stale-ffff0006-e0')).toBe(2);
    } finally {
      await other.close();
      await s.close();
    }
  });

  it('the data set has merged groups (the property is not about lone reports only)', async () => {
    const s = await SqliteStore.open(path.join(dir, 'all.db'));
    try {
      await s.putArticles(pool);
      const merged = s.db.prepare('SELECT count(*) FROM events WHERE is_primary = 1 AND report_count > 1').pluck().get() as number;
      expect(merged).toBeGreaterThan(5);
    } finally {
      await s.close();
    }
  });
});
