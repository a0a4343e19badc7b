/**
 * The read path of /api/events, /api/actors and the map page's data (issue 14: cheap reads): identical requests
 * share one query and one serialisation until a write; no request loads an article's text.
 */
import { describe, expect, it, vi } from 'vitest';
import { GET as listEvents } from '@/app/api/events/route';
import { GET as listActors } from '@/app/api/actors/route';
import { loadMapData } from '@/app/_lib/map-data';
import { EventCollection, type ViewState } from '@/lib/schemas';
import { parseViewState } from '@/lib/map/view-state';
import { fixture, freshStore, get, withMemoryStoreEnv } from '../../lib/api/support';

withMemoryStoreEnv();

const a = fixture('article-a');
const b = fixture('article-b');

function spies(store: Awaited<ReturnType<typeof freshStore>>) {
  return {
    query: vi.spyOn(store, 'queryEvents'),
    registry: vi.spyOn(store, 'actorRegistry'),
    getArticle: vi.spyOn(store, 'getArticle'),
    list: vi.spyOn(store, 'listArticles'),
  };
}

describe('GET /api/events: cached per query and store version', () => {
  it('answers a repeated query with the same body, querying the store once', async () => {
    const store = await freshStore([a, b]);
    const s = spies(store);
    const first = await (await listEvents(get('/api/events?bbox=-180,-90,180,90&limit=50'))).text();
    const again = await (await listEvents(get('/api/events?limit=50&bbox=-180,-90,180,90'))).text();
    expect(again).toBe(first);
    expect(s.query).toHaveBeenCalledTimes(1);
    EventCollection.parse(JSON.parse(again));
  });

  it('a write invalidates: the next request sees the new article’s events', async () => {
    const store = await freshStore([a]);
    const before = EventCollection.parse(await (await listEvents(get('/api/events'))).json());
    expect(before.features.some((f) => f.properties.articleId === b.article.id)).toBe(false);
    await store.putArticle(b);
    const after = EventCollection.parse(await (await listEvents(get('/api/events'))).json());
    expect(after.features.some((f) => f.properties.articleId === b.article.id)).toBe(true);
    expect(after.meta.count).toBeGreaterThan(before.meta.count);
  });

  it('never loads an article’s text (no getArticle, no listArticles)', async () => {
    const store = await freshStore([a, b]);
    const s = spies(store);
    for (const q of ['', '?includeBackground=true', '?q=strike', '?format=csv']) expect((await listEvents(get(`/api/events${q}`))).status).toBe(200);
    expect(s.getArticle).not.toHaveBeenCalled();
    expect(s.list).not.toHaveBeenCalled();
  });
});

describe('GET /api/actors: cached per role and store version', () => {
  it('reads the registry once for repeated requests, again after a write', async () => {
    const store = await freshStore([a]);
    const s = spies(store);
    const one = await (await listActors(get('/api/actors'))).text();
    expect(await (await listActors(get('/api/actors'))).text()).toBe(one);
    expect(s.registry).toHaveBeenCalledTimes(1);
    await store.putArticle(b);
    await listActors(get('/api/actors'));
    expect(s.registry).toHaveBeenCalledTimes(2);
  });
});

describe('the map page’s data (app/_lib/map-data.ts)', () => {
  const view = (q: Record<string, string>): ViewState => parseViewState(q).view;

  it('loads once per view and store version, and never an article’s text', async () => {
    const store = await freshStore([a]);
    const s = spies(store);
    const one = await loadMapData(view({}));
    const calls = s.query.mock.calls.length;
    expect(await loadMapData(view({}))).toEqual(one);
    expect(s.query.mock.calls.length).toBe(calls);
    expect(s.getArticle).not.toHaveBeenCalled();
    await store.putArticle(b);
    const two = await loadMapData(view({}));
    expect(two.events.length).toBeGreaterThan(one.events.length);
    expect(s.query.mock.calls.length).toBeGreaterThan(calls);
  });
});
