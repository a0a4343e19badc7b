/**
 * Re-posting an article whose content is stored but whose `published`/`source`/`url` differ (issue 14, "silent
 * drops"): 409 naming the stored and the posted values, or with `?update=1` the metadata is replaced and the
 * article read again — never a 200 that keeps the old values.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { POST as ingest } from '@/app/api/articles/route';
import { GET as listEvents } from '@/app/api/events/route';
import { ApiError, ConflictEvent, EventCollection, IngestResponse } from '@/lib/schemas';
import { articleFromText } from '@/lib/corpus';
import { PIPELINE_VERSION, processArticle } from '@/lib/pipeline';
import { resetRateLimits } from '@/lib/api/limits';
import type { MemoryStore } from '@/lib/store';
import { freshStore, get, post, withMemoryStoreEnv } from '../../lib/api/support';

const TOKEN = 'repost-test-token';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const ARTICLE = {
  title: 'Drone strikes hit port overnight',
  text:
    'Russian drones struck the port of Odesa overnight on Tuesday, killing two dock workers, regional officials said.\n\n' +
    'Ukrainian forces said they shot down most of the drones over the Black Sea.',
  published: '2026-03-04',
  source: 'Example Wire',
  url: 'https://example.org/odesa',
};
const LATER = { published: '2026-05-21', url: 'https://example.org/odesa-corrected' };

let store: MemoryStore;
withMemoryStoreEnv();
beforeEach(async () => {
  process.env.ATLAS_ADMIN_TOKEN = TOKEN;
  resetRateLimits();
  store = await freshStore([]);
});
afterEach(() => {
  delete process.env.ATLAS_ADMIN_TOKEN;
});

const postJson = (body: unknown, query = '') => post(`/api/articles${query}`, JSON.stringify(body), { ...AUTH, 'content-type': 'application/json' });
const postPlain = (query: string) =>
  post(`/api/articles${query}`, `${ARTICLE.title}\n${ARTICLE.text}`, { ...AUTH, 'content-type': 'text/plain; charset=utf-8' });
const idOf = () => articleFromText(ARTICLE).id;
const expectedEvents = (published: string | null) => ConflictEvent.array().parse(processArticle(articleFromText({ ...ARTICLE, published })).events);

async function stored() {
  const doc = await store.getArticle(idOf());
  if (!doc) throw new Error('article not stored');
  return doc;
}

describe('re-posting stored content with other metadata', () => {
  beforeEach(async () => {
    expect((await ingest(postJson(ARTICLE))).status).toBe(201);
  });

  it('the same metadata again: 200 as before, nothing read again', async () => {
    await store.replaceExtraction(idOf(), [], [], 'older');
    const res = await ingest(postJson(ARTICLE));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: idOf(), created: false, events: 0, mentions: 0 });
    expect((await stored()).pipelineVersion).toBe('older');
  });

  it('another published/url: 409 naming the stored and posted values field by field; nothing changes', async () => {
    const before = await stored();
    const res = await ingest(postJson({ ...ARTICLE, ...LATER }));
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = ApiError.parse(await res.json());
    expect(body.error).toMatch(new RegExp(`article "${idOf()}" is already stored with other published, url`));
    expect(body.error).toMatch(/\?update=1/);
    expect(body.issues).toEqual([
      { path: 'published', message: 'stored "2026-03-04", posted "2026-05-21"' },
      { path: 'url', message: 'stored "https://example.org/odesa", posted "https://example.org/odesa-corrected"' },
    ]);
    expect(await stored()).toEqual(before);
  });

  it('a field left out where one is stored is a change too (stored value, posted null)', async () => {
    const res = await ingest(postJson({ title: ARTICLE.title, text: ARTICLE.text, published: ARTICLE.published, url: ARTICLE.url }));
    expect(res.status).toBe(409);
    expect(ApiError.parse(await res.json()).issues).toEqual([{ path: 'source', message: 'stored "Example Wire", posted null' }]);
  });

  it('?update=1 (JSON): replaces the metadata and reads the article again; 200 {updated: true}', async () => {
    await store.replaceExtraction(idOf(), [], [], 'older');
    const res = await ingest(postJson({ ...ARTICLE, ...LATER }, '?update=1'));
    expect(res.status).toBe(200);
    const events = expectedEvents(LATER.published);
    const raw = await res.json();
    expect(raw).toEqual({ id: idOf(), created: false, updated: true, events: events.length, mentions: expect.any(Number) });
    expect(IngestResponse.parse(raw).updated).toBe(true);
    const doc = await stored();
    expect(doc.article).toMatchObject({ published: LATER.published, url: LATER.url, source: ARTICLE.source, title: ARTICLE.title });
    expect(doc.pipelineVersion).toBe(PIPELINE_VERSION);
    expect(doc.events).toEqual(events);
    // "on Tuesday" now resolves against the new date
    expect(events.map((e) => e.date.value)).not.toEqual(expectedEvents(ARTICLE.published).map((e) => e.date.value));
    const fc = EventCollection.parse(await (await listEvents(get(`/api/events?article=${idOf()}&includeBackground=true`))).json());
    expect(fc.features.map((f) => f.properties.date.value).sort()).toEqual(events.map((e) => e.date.value).sort());
    expect((await store.listArticles()).map((a) => [a.id, a.published, a.url])).toEqual([[idOf(), LATER.published, LATER.url]]);
  });

  it('?update=true (text/plain, metadata in the query): the same', async () => {
    const res = await ingest(postPlain(`?published=${LATER.published}&source=Other%20Wire&update=true`));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: idOf(), created: false, updated: true });
    expect((await stored()).article).toMatchObject({ published: LATER.published, source: 'Other Wire', url: null });
  });

  it('text/plain without ?update: 409', async () => {
    const res = await ingest(postPlain(`?published=${LATER.published}&source=Example%20Wire&url=${encodeURIComponent(ARTICLE.url)}`));
    expect(res.status).toBe(409);
    expect(ApiError.parse(await res.json()).issues.map((i) => i.path)).toEqual(['published']);
  });

  it('?update=1 with the same metadata: 200 as a plain repeat (nothing to update)', async () => {
    const res = await ingest(postJson(ARTICLE, '?update=1'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: idOf(), created: false });
  });

  it.each(['?update=0', '?update=yes', '?update=on', '?update=2', '?update=TRUE'])('%s is a 400 naming update', async (query) => {
    const res = await ingest(postJson({ ...ARTICLE, ...LATER }, query));
    expect(res.status).toBe(400);
    expect(ApiError.parse(await res.json()).issues.map((i) => i.path)).toContain('update');
    expect((await stored()).article.published).toBe(ARTICLE.published);
  });

  it('JSON still refuses every other query parameter', async () => {
    const res = await ingest(postJson(ARTICLE, '?published=2026-01-01'));
    expect(res.status).toBe(400);
  });
});

describe('?update=1 for an article not stored yet', () => {
  it('stores it as new: 201 {created: true}', async () => {
    const res = await ingest(postJson(ARTICLE, '?update=1'));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ id: idOf(), created: true });
  });
});
