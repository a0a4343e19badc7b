/**
 * A store written by pipeline version 1, before events carried `acled`: the rows such a store holds (article,
 * events with the columns of migrations 001–002 and json without `acled`), and the checks that migration 003 and
 * start-up seeding make it valid again. Used by sqlite.test.ts and postgis.test.ts.
 */
import { expect } from 'vitest';
import { ConflictEvent, EventQuery } from '@/lib/schemas';
import { PIPELINE_VERSION, processArticle, seedStore } from '@/lib/pipeline';
import type { EventStore, StoredArticle } from '@/lib/store/types';
import { articleColumns, eventRow } from '@/lib/store/rows';
import { contentHash } from '@/lib/store/validate';
import { A, ev, loadFixtureDocs } from './fixtures';

/** Fixture article A as pipeline version 1 stored it: stamped '1', its events without `acled`. */
export function legacyDoc(): StoredArticle {
  const doc = loadFixtureDocs()[0]!;
  return { ...doc, mentions: [], pipelineVersion: '1' };
}

/** Column values of the v1 rows (the events' json lacks `acled`), in the column order of migrations 001–002. */
export function legacyRows(doc = legacyDoc()) {
  const a = doc.article;
  const article = {
    ...articleColumns(a),
    hash: contentHash(a.title, a.body),
    pipeline_version: doc.pipelineVersion,
    mention_count: 0,
    event_count: doc.events.length,
  };
  const events = doc.events.map((e, seq) => {
    const old: Partial<typeof e> = { ...e };
    delete old.acled;
    const r = eventRow(e, seq, a.title);
    return [r.id, r.articleId, r.seq, r.type, r.date, r.sortDate, r.background, r.lat, r.lon, r.precision, r.placeId, r.radiusKm, r.search, JSON.stringify(old)] as const;
  });
  return { article, events };
}

/** After migration 003: every legacy row reads as a valid event, and the ACLED filters see the back-filled columns. */
export async function expectLegacyReadable(store: EventStore): Promise<void> {
  const got = await store.getArticle(A);
  expect(got?.pipelineVersion).toBe('1');
  for (const e of got!.events) expect(ConflictEvent.safeParse(e).success).toBe(true);
  expect(got!.events.map((e) => e.acled.subEventType)).toEqual([
    'Air/drone strike',
    'Shelling/artillery/missile attack',
    'Headquarters or base established',
    'Armed clash',
  ]);
  const ids = async (p: Record<string, string>) => (await store.queryEvents(EventQuery.parse(p))).map((e) => e.id);
  expect(await ids({ eventTypes: 'Explosions/Remote violence' })).toEqual([ev(A, 1), ev(A, 0)]);
  expect(await ids({ subEventTypes: 'Armed clash' })).toEqual([ev(A, 3)]);
}

/** Start-up seeding reads the v1 article again: stamped with the current version, events as the reader makes them. */
export async function expectSeedUpgrades(store: EventStore): Promise<void> {
  const r = await seedStore(store, { load: async () => ({ docs: [], rejected: [] }) });
  expect(r).toMatchObject({ upgraded: 1, rejected: [] });
  const got = await store.getArticle(A);
  expect(got?.pipelineVersion).toBe(PIPELINE_VERSION);
  expect(got?.events).toEqual(processArticle(got!.article).events);
  for (const e of got!.events) expect(ConflictEvent.safeParse(e).success).toBe(true);
}
