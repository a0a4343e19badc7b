/**
 * bench/synthetic.ts's fast path writes the same rows as the store's own putArticles (events with their search text
 * and JSON, event_actors with the acting flag, the actor registry), so benches measure the real schema.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '@/lib/store/sqlite';
import type { StoredArticle } from '@/lib/store/types';
import { loadSyntheticSqlite, syntheticArticles } from '../../../bench/synthetic';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-synth-load-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('bench/synthetic.ts loadSyntheticSqlite', () => {
  it('writes what putArticles writes for the same documents', async () => {
    const opts = { events: 1500, eventsPerArticle: 30, seed: 5 };
    const fast = await loadSyntheticSqlite(path.join(dir, 'fast.db'), opts);
    expect(fast.events).toBe(1500);
    const docs: StoredArticle[] = [];
    for await (const d of syntheticArticles(opts)) docs.push(d);
    const ref = await SqliteStore.open(path.join(dir, 'ref.db'));
    await ref.putArticles(docs);
    const got = await SqliteStore.open(fast.file);
    const cols = 'id, article_id, seq, type, acled_event_type, acled_sub_event_type, date, sort_date, background, lat, lon, precision, place_id, radius_km, search, json, cell';
    for (const sql of [`SELECT ${cols} FROM events ORDER BY rid`, 'SELECT * FROM event_actors ORDER BY event_rid, actor_id', 'SELECT * FROM actors ORDER BY id', 'SELECT id, title, published, body, event_count FROM articles ORDER BY id']) {
      expect(got.db.prepare(sql).raw().all(), sql).toEqual(ref.db.prepare(sql).raw().all());
    }
    const types = new Set((got.db.prepare('SELECT DISTINCT acled_sub_event_type FROM events').pluck().all() as string[]));
    expect(types.size).toBeGreaterThan(15);
    await ref.close();
    await got.close();
  }, 120_000);
});
