/**
 * Issue 15, the API of resolved events: every event /api/events and /api/events/{id} answer carries its reports;
 * the CSV writes one row per resolved event with every source; an analyst merges and splits through the admin
 * routes, and the decision survives reprocessing. The store holds the fixture articles plus another outlet's
 * telling of article A (same sentences, other figures: tests/support/resolving-fake.ts twinArticle).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GET as listEvents } from '@/app/api/events/route';
import { GET as getEvent } from '@/app/api/events/[id]/route';
import { POST as merge } from '@/app/api/events/merge/route';
import { POST as split } from '@/app/api/events/[id]/split/route';
import { ApiError, EventCollection, EventFeature, MergeEventsResponse, SplitEventResponse } from '@/lib/schemas';
import { MemoryStore, setStore } from '@/lib/store';
import { CSV_HEADER } from '@/lib/export/acled-csv';
import { clearAnswers } from '@/lib/api/edge-answers';
import { twinArticle } from '../../support/twin-article';
import { fixture, get, params, post, withMemoryStoreEnv } from '../../lib/api/support';
import { parseCsv } from '../../lib/export/parse-csv';

withMemoryStoreEnv();

const TOKEN = 'resolution-test-token-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
const a = fixture('article-a');
const b = fixture('article-b');
const twin = twinArticle(a, { id: 'wire-kharkiv-strikes-5e6f7a8b', title: 'Kharkiv struck again', source: 'Second Wire', fatalities: { 0: 6 } });
const aStrike = a.events[0]!.id;
const twinStrike = twin.events[0]!.id;

let store: MemoryStore;
beforeEach(async () => {
  process.env.ATLAS_ADMIN_TOKEN = TOKEN;
  clearAnswers();
  store = new MemoryStore();
  for (const d of [a, b, twin]) await store.putArticle(d);
  setStore(store);
});
afterEach(() => {
  delete process.env.ATLAS_ADMIN_TOKEN;
});

async function collection(query = '') {
  const res = await listEvents(get(`/api/events${query}`));
  expect(res.status).toBe(200);
  return EventCollection.parse(await res.json());
}
async function errorOf(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  return ApiError.parse(await res.json());
}
const sendMerge = (body: unknown, headers = AUTH) => merge(post('/api/events/merge', JSON.stringify(body), headers));
const sendSplit = (id: string, body: unknown, headers = AUTH) => split(post(`/api/events/${encodeURIComponent(id)}/split`, JSON.stringify(body), headers), params(id));

describe('GET /api/events: every event carries its reports', () => {
  it('a resolved event has all its reports; a lone one has itself; meta counts events and reports', async () => {
    const fc = await collection();
    // 9 reports (A's 4 shown events, the twin's 4, B's 1); the twin's strike and territory join A's (at least)
    expect(fc.meta.reports).toBe(9);
    expect(fc.meta.count).toBeLessThanOrEqual(7);
    expect(fc.features.reduce((n, f) => n + f.properties.reportCount, 0)).toBe(9);
    for (const f of fc.features) {
      expect(f.properties.reportCount).toBe(f.properties.reports.length);
      expect(f.properties.reports[0]!.eventId).toBe(f.id);
    }
    const strike = fc.features.find((f) => f.id === aStrike)!;
    expect(strike.properties.reports.map((r) => r.source)).toEqual(['Example News', 'Second Wire']);
    expect(strike.properties.reports.map((r) => r.fatalities)).toEqual([4, 6]);
    expect(strike.properties.fatalities?.count).toBe(4);
    expect(strike.properties.fatalitiesRange).toEqual({ min: 4, max: 6 });
    const lone = fc.features.find((f) => f.id === b.events[0]!.id)!;
    expect(lone.properties.reports).toEqual([
      expect.objectContaining({ eventId: lone.id, key: `${b.article.id}@${b.events[0]!.quote.start}`, articleId: b.article.id, title: b.article.title, source: b.article.source, fatalities: null, date: '2026-02-20', why: ['primary'] }),
    ]);
  });

  it('/api/events/{id} answers the resolved event for any of its reports', async () => {
    for (const id of [aStrike, twinStrike]) {
      const res = await getEvent(get(`/api/events/${id}`), params(id));
      const f = EventFeature.parse(await res.json());
      expect(f.id).toBe(aStrike);
      expect(f.properties.reportCount).toBe(2);
    }
    const lone = EventFeature.parse(await (await getEvent(get(`/api/events/${b.events[0]!.id}`), params(b.events[0]!.id))).json());
    expect(lone.properties.reportCount).toBe(1);
  });

  it('?article= gives the resolved events with a report from that article', async () => {
    const fc = await collection(`?article=${twin.article.id}`);
    expect(fc.features.map((f) => f.id)).toContain(aStrike);
  });

  it('CSV: one row per resolved event, every source, the primary quote with the reports and the range, the lowest figure', async () => {
    const rows = parseCsv(await (await listEvents(get('/api/events?format=csv'))).text());
    expect(rows).toHaveLength((await collection()).meta.count + 1);
    const col = (row: string[], h: string) => row[CSV_HEADER.indexOf(h)]!;
    const strike = rows.find((r) => col(r, 'article_id') === a.article.id && col(r, 'quote_start') === '0')!;
    expect(col(strike, 'source')).toBe('Example News; Second Wire');
    expect(col(strike, 'fatalities')).toBe('4');
    expect(col(strike, 'notes')).toBe(`${a.events[0]!.quote.text} (2 reports: Example News: 4 fatalities; Second Wire: 6 fatalities) Reported fatalities range 4-6; the lowest (4) is coded.`);
    expect(col(strike, 'report_count')).toBe('2');
    expect(col(strike, 'report_article_ids')).toBe(`${a.article.id}; ${twin.article.id}`);
    const lone = rows.find((r) => col(r, 'article_id') === b.article.id)!;
    expect(col(lone, 'source')).toBe(`'${b.article.source}`); // '-Wire': the formula guard (csv.ts)
    expect(col(lone, 'notes')).toBe(b.events[0]!.quote.text);
  });
});

describe('POST /api/events/merge and /api/events/{id}/split: who may', () => {
  it('503 without a configured token, 401 without a bearer, 403 with a wrong one; nothing stored', async () => {
    const body = { events: [aStrike, b.events[0]!.id] };
    delete process.env.ATLAS_ADMIN_TOKEN;
    await errorOf(await sendMerge(body), 503);
    process.env.ATLAS_ADMIN_TOKEN = TOKEN;
    await errorOf(await sendMerge(body, { 'content-type': 'application/json' } as typeof AUTH), 401);
    await errorOf(await sendSplit(aStrike, { reports: [twinStrike] }, { ...AUTH, authorization: 'Bearer nope' }), 403);
    expect(await store.listOverrides()).toEqual([]);
  });
});

describe('POST /api/events/merge', () => {
  it('400 for a bad body, 404 for an unknown id, 409 when the events are already one', async () => {
    expect((await errorOf(await sendMerge({ events: [aStrike] }), 400)).issues[0]!.path).toBe('events');
    await errorOf(await sendMerge({ events: [aStrike, b.events[0]!.id], extra: 1 }), 400);
    await errorOf(await merge(post('/api/events/merge', '{"events":', AUTH)), 400);
    expect((await errorOf(await sendMerge({ events: [aStrike, 'no-such-event-e9'] }), 404)).error).toContain('no-such-event-e9');
    await errorOf(await sendMerge({ events: [aStrike, twinStrike] }), 409);
    expect(await store.listOverrides()).toEqual([]);
  });

  it('merges: one event with every report, the override keyed by report keys, the list refreshed', async () => {
    const before = await collection();
    const territory = a.events[1]!.id; // told twice (A and its twin)
    const clash = b.events[0]!.id;
    const res = await sendMerge({ events: [territory, clash], note: 'same battle' });
    expect(res.status).toBe(200);
    const { override, event } = MergeEventsResponse.parse(await res.json());
    expect(override).toMatchObject({ kind: 'merge', others: [], note: 'same battle' });
    expect([...override.keys].sort()).toEqual([`${a.article.id}@${a.events[1]!.quote.start}`, `${twin.article.id}@${a.events[1]!.quote.start}`, `${b.article.id}@0`].sort());
    expect(event.properties.reportCount).toBe(3);
    expect(await store.listOverrides()).toEqual([override]);
    const after = await collection();
    expect(after.meta.count).toBe(before.meta.count - 1);
    expect(after.meta.reports).toBe(before.meta.reports);
  });
});

describe('POST /api/events/{id}/split', () => {
  it('404 for an unknown event; 400 for a lone event, for every report, for a report the event does not hold', async () => {
    await errorOf(await sendSplit('no-such-event-e9', { reports: [twinStrike] }), 404);
    await errorOf(await sendSplit(b.events[0]!.id, { reports: [b.events[0]!.id] }), 400);
    await errorOf(await sendSplit(aStrike, { reports: [aStrike, twinStrike] }), 400);
    expect((await errorOf(await sendSplit(aStrike, { reports: [b.events[0]!.id] }), 400)).error).toContain(b.events[0]!.id);
    await errorOf(await sendSplit(aStrike, { reports: [] }), 400);
    await errorOf(await sendSplit(aStrike, { events: [twinStrike] }), 400);
    expect(await store.listOverrides()).toEqual([]);
  });

  it('splits: two events, the taken reports first; the decision survives reprocessing', async () => {
    const before = (await collection()).meta.count;
    const res = await sendSplit(aStrike, { reports: [twinStrike] });
    expect(res.status).toBe(200);
    const { override, events } = SplitEventResponse.parse(await res.json());
    expect(override).toMatchObject({ kind: 'split', keys: [`${twin.article.id}@0`], others: [`${a.article.id}@0`] });
    expect(events.map((e) => e.id)).toEqual([twinStrike, aStrike]);
    expect(events.map((e) => e.properties.reportCount)).toEqual([1, 1]);
    expect(events[0]!.properties.fatalities?.count).toBe(6);
    const ids = async () => (await collection()).features.map((f) => f.id);
    expect(await ids()).toEqual(expect.arrayContaining([aStrike, twinStrike]));
    // reprocess the twin (same extraction again): its report keys are unchanged, so the split holds
    await store.replaceExtraction(twin.article.id, twin.mentions, twin.events, twin.pipelineVersion);
    clearAnswers();
    expect(await ids()).toEqual(expect.arrayContaining([aStrike, twinStrike]));
    expect((await collection()).meta.count).toBe(before + 1);
    expect((await store.listOverrides()).map((o) => o.id)).toEqual([override.id]);
  });
});
