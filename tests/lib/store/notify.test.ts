/**
 * Cross-process invalidation (lib/store/notify.ts): a write through one store object reaches another store object
 * on the same database — SQLite through PRAGMA data_version, PostGIS through NOTIFY atlas_changes — so its read
 * caches re-read within a second. The PostGIS half runs against a throwaway cluster and is skipped (the reason in
 * its name) without PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '@/lib/store/sqlite';
import { PostgisStore } from '@/lib/store/postgis';
import { storeCache } from '@/lib/store/read-cache';
import type { EventStore } from '@/lib/store';
import { A, loadFixtureDocs } from './fixtures';
import { pgUnavailableReason, startPgCluster, type PgCluster } from './pg-cluster';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-notify-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** resolves once cond() holds, polling every 20 ms; rejects after ms */
async function within(ms: number, cond: () => boolean | Promise<boolean>): Promise<number> {
  const t0 = Date.now();
  while (!(await cond())) {
    if (Date.now() - t0 > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - t0;
}

/** a write through `writer` is seen by `reader`'s cache of the events within a second */
async function expectSeenAcross(writer: EventStore, reader: EventStore): Promise<void> {
  const [first, ...rest] = loadFixtureDocs();
  await writer.putArticle(first!);
  await within(1000, async () => (await reader.queryEvents({ includeBackground: true })).length === first!.events.length);
  const cache = storeCache<number>(reader, 'test.count');
  const count = () => cache.get('all', async () => (await reader.queryEvents({ includeBackground: true })).length);
  expect(await count()).toBe(first!.events.length);
  const before = reader.changes.version;
  for (const d of rest) await writer.putArticle(d);
  await within(1000, () => reader.changes.version > before);
  expect(await count()).toBe(loadFixtureDocs().reduce((n, d) => n + d.events.length, 0));
}

describe('SQLite: another connection’s commit bumps the version (PRAGMA data_version)', () => {
  it('a write through store B reaches store A’s cache within a second; A’s own writes bump once', async () => {
    const file = path.join(dir, 'two.db');
    const a = await SqliteStore.open(file);
    const b = await SqliteStore.open(file);
    try {
      await expectSeenAcross(b, a);
      const v = a.changes.version;
      await a.putArticle({ ...loadFixtureDocs()[0]!, article: { ...loadFixtureDocs()[0]!.article, title: 'Retitled' }, events: [], mentions: [] }).catch(() => {});
      await new Promise((r) => setTimeout(r, 600));
      expect(a.changes.version).toBe(v + 1);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

const reason = pgUnavailableReason();

describe.skipIf(reason !== null)(`PostGIS: NOTIFY atlas_changes${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster('atlas_notify');
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  it('a write through store B reaches store A’s cache within a second; B ignores its own notice', async () => {
    const a = await PostgisStore.open(cluster.url);
    const b = await PostgisStore.open(cluster.url);
    try {
      await b.pool.query('TRUNCATE meta, articles, actors, place_overlay CASCADE');
      await expectSeenAcross(b, a);
      const v = b.changes.version;
      await b.putArticle(loadFixtureDocs()[0]!); // same content: idempotent, still one bump
      await new Promise((r) => setTimeout(r, 300));
      expect(b.changes.version).toBe(v + 1);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('listens again after its connection is killed, and counts the gap as a change', async () => {
    const a = await PostgisStore.open(cluster.url);
    const b = await PostgisStore.open(cluster.url);
    try {
      await b.pool.query('TRUNCATE meta, articles, actors, place_overlay CASCADE');
      const v0 = a.changes.version;
      await b.pool.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN atlas_changes' AND pid <> pg_backend_pid()");
      await within(3000, () => a.changes.version > v0); // reconnected: the gap counted as one change
      const v1 = a.changes.version;
      await b.putArticle(loadFixtureDocs().find((d) => d.article.id === A)!);
      await within(1000, () => a.changes.version > v1);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
