import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { POST as ingest } from '@/app/api/articles/route';
import { GET as getArticle } from '@/app/api/articles/[id]/route';
import { POST as reprocess } from '@/app/api/articles/[id]/reprocess/route';
import { GET as listEvents } from '@/app/api/events/route';
import { IngestResponse, ReprocessResponse, EventCollection } from '@/lib/schemas';
import { ApiError, ConflictEvent } from '@/lib/schemas';
import { articleFromText } from '@/lib/corpus';
import { PIPELINE_VERSION, processArticle } from '@/lib/pipeline';
import type { MemoryStore } from '@/lib/store';
import { fixture, freshStore, get, params, post } from '../../lib/api/support';

const TOKEN = 'test-admin-token-0123456789';
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

let store: MemoryStore;
beforeAll(() => {
  process.env.DATABASE_URL = 'memory:';
  process.env.ATLAS_SEED = '0';
});
beforeEach(async () => {
  process.env.ATLAS_ADMIN_TOKEN = TOKEN;
  store = await freshStore();
});
afterEach(() => {
  delete process.env.ATLAS_ADMIN_TOKEN;
});

const postJson = (body: unknown, headers: Record<string, string> = AUTH, query = '') =>
  post(`/api/articles${query}`, typeof body === 'string' ? body : JSON.stringify(body), { 'content-type': 'application/json', ...headers });

async function errorOf(res: Response, status: number) {
  expect(res.status).toBe(status);
  return ApiError.parse(await res.json());
}

describe('POST /api/articles (JSON)', () => {
  it('201 for a new article, stored with its events and mentions', async () => {
    const res = await ingest(postJson(ARTICLE));
    expect(res.status).toBe(201);
    const body = IngestResponse.parse(await res.json());
    const expected = processArticle(articleFromText(ARTICLE));
    expect(body).toEqual({ id: expected.article.id, created: true, events: expected.events.length, mentions: expected.mentions.length });
    const stored = await store.getArticle(body.id);
    expect(stored?.article).toMatchObject({ title: ARTICLE.title, published: '2026-03-04', source: 'Example Wire', url: ARTICLE.url });
    expect(stored?.events).toHaveLength(body.events);
    const read = await getArticle(get(`/api/articles/${body.id}`), params(body.id));
    expect(read.status).toBe(200);
    const fc = EventCollection.parse(await (await listEvents(get(`/api/events?article=${body.id}&includeBackground=true`))).json());
    expect(fc.meta.count).toBe(body.events);
  });
  it('200 with the existing id when the same content comes again', async () => {
    const first = IngestResponse.parse(await (await ingest(postJson(ARTICLE))).json());
    const res = await ingest(postJson(ARTICLE));
    expect(res.status).toBe(200);
    expect(IngestResponse.parse(await res.json())).toEqual({ ...first, created: false });
    expect((await store.listArticles()).filter((x) => x.id === first.id)).toHaveLength(1);
  });
  it('a repeat reports what is stored and leaves the stored extraction alone', async () => {
    const first = IngestResponse.parse(await (await ingest(postJson(ARTICLE))).json());
    await store.replaceExtraction(first.id, [], [], 'older');
    const again = await ingest(postJson(ARTICLE));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id: first.id, created: false, events: 0, mentions: 0 });
    expect((await store.getArticle(first.id))?.pipelineVersion).toBe('older');
  });
  it.each([
    [{ ...ARTICLE, title: '' }, 'title'],
    [{ ...ARTICLE, text: '' }, 'text'],
    [{ ...ARTICLE, published: '4 March 2026' }, 'published'],
    [{ ...ARTICLE, url: 'javascript:alert(1)' }, 'url'],
    [{ ...ARTICLE, author: 'x' }, ''],
    [{ title: 'Only a title' }, 'text'],
  ])('400 for %j', async (body, path) => {
    const err = await errorOf(await ingest(postJson(body)), 400);
    if (path) expect(err.issues.map((i) => i.path)).toContain(path);
    expect(await store.listArticles()).toHaveLength(2);
  });
  it('400 on invalid JSON', async () => {
    expect((await errorOf(await ingest(postJson('{"title":')), 400)).error).toMatch(/invalid JSON/);
  });
  it('413 over the body limit, by header or by stream', async () => {
    await errorOf(await ingest(postJson(ARTICLE, { ...AUTH, 'content-length': '2000000' })), 413);
    await errorOf(await ingest(postJson({ ...ARTICLE, text: 'word '.repeat(250_000) })), 413);
    expect(await store.listArticles()).toHaveLength(2);
  });
  it('415 for other content types', async () => {
    await errorOf(await ingest(post('/api/articles', '<a/>', { ...AUTH, 'content-type': 'application/xml' })), 415);
  });
});

describe('POST /api/articles (text/plain)', () => {
  const plain = (body: string, query = '') => post(`/api/articles${query}`, body, { ...AUTH, 'content-type': 'text/plain; charset=utf-8' });
  it('first line is the title, ?published= sets the date', async () => {
    const res = await ingest(plain(`${ARTICLE.title}\n${ARTICLE.text}`, '?published=2026-03-04&source=Example%20Wire'));
    expect(res.status).toBe(201);
    const { id } = IngestResponse.parse(await res.json());
    expect((await store.getArticle(id))?.article).toMatchObject({ title: ARTICLE.title, published: '2026-03-04', source: 'Example Wire' });
  });
  it('400 for a bad query parameter or a title without text', async () => {
    await errorOf(await ingest(plain(`T\n${ARTICLE.text}`, '?published=soon')), 400);
    await errorOf(await ingest(plain(`T\n${ARTICLE.text}`, '?lang=en')), 400);
    await errorOf(await ingest(plain('Just a title')), 400);
  });
});

describe('write auth', () => {
  it('401 with WWW-Authenticate when the header is missing', async () => {
    const res = await ingest(postJson(ARTICLE, {}));
    await errorOf(res, 401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });
  it('403 for a wrong token, before the body is looked at', async () => {
    await errorOf(await ingest(postJson(ARTICLE, { authorization: 'Bearer nope' })), 403);
    await errorOf(await ingest(post('/api/articles', 'x', { authorization: 'Bearer nope', 'content-type': 'text/html' })), 403);
  });
  it('503 when ATLAS_ADMIN_TOKEN is unset on the server', async () => {
    delete process.env.ATLAS_ADMIN_TOKEN;
    expect((await errorOf(await ingest(postJson(ARTICLE)), 503)).error).toBe('ingestion disabled: set ATLAS_ADMIN_TOKEN');
    expect(await store.listArticles()).toHaveLength(2);
  });
});

describe('POST /api/articles/[id]/reprocess', () => {
  const a = fixture('article-a');
  const call = (id: string, headers: Record<string, string> = AUTH) => reprocess(post(`/api/articles/${id}/reprocess`, null, headers), params(id));

  it('re-runs the pipeline and replaces the stored extraction', async () => {
    const res = await call(a.article.id);
    expect(res.status).toBe(200);
    const body = ReprocessResponse.parse(await res.json());
    const expected = processArticle(a.article);
    expect(body).toEqual({ id: a.article.id, events: expected.events.length, mentions: expected.mentions.length, pipelineVersion: PIPELINE_VERSION });
    const stored = await store.getArticle(a.article.id);
    expect(stored?.pipelineVersion).toBe(PIPELINE_VERSION);
    expect(stored?.events).toEqual(ConflictEvent.array().parse(expected.events));
    expect(stored?.article).toEqual(a.article);
  });
  it('404 for an unknown article', async () => {
    await errorOf(await call('missing-00000000'), 404);
  });
  it('needs the admin token', async () => {
    await errorOf(await call(a.article.id, {}), 401);
    await errorOf(await call(a.article.id, { authorization: 'Bearer wrong' }), 403);
    expect((await store.getArticle(a.article.id))?.pipelineVersion).toBe('fixture');
  });
});
