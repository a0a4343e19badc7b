import { describe, expect, it } from 'vitest';
import { GET as listArticles } from '@/app/api/articles/route';
import { GET as getArticle } from '@/app/api/articles/[id]/route';
import { ArticleListResponse, ArticleResponse } from '@/lib/schemas';
import { ApiError } from '@/lib/schemas';
import { MemoryStore, setStore } from '@/lib/store';
import { fixture, withFixtureStore, get, params } from '../../lib/api/support';

withFixtureStore();

const a = fixture('article-a');
const b = fixture('article-b');

describe('GET /api/articles', () => {
  it('lists summaries newest first with event counts', async () => {
    const res = await listArticles(get('/api/articles'));
    expect(res.status).toBe(200);
    const { articles } = ArticleListResponse.parse(await res.json());
    expect(articles.map((x) => x.id)).toEqual([a.article.id, b.article.id]);
    expect(articles[0]).toMatchObject({ title: a.article.title, published: '2026-03-10', source: 'Example News', eventCount: 5 });
    expect(articles[0]!.lede.length).toBeGreaterThan(0);
    expect(a.article.body.startsWith(articles[0]!.lede.slice(0, 20))).toBe(true);
  });
  it('is empty for an empty store', async () => {
    setStore(new MemoryStore());
    expect(await (await listArticles(get('/api/articles'))).json()).toEqual({ articles: [] });
  });
  it('400 for unknown query parameters', async () => {
    expect((await listArticles(get('/api/articles?page=2'))).status).toBe(400);
  });
});

describe('GET /api/articles/[id]', () => {
  it('returns the article, its mentions, events and sorted highlight spans', async () => {
    const res = await getArticle(get(`/api/articles/${a.article.id}`), params(a.article.id));
    expect(res.status).toBe(200);
    const body = ArticleResponse.parse(await res.json());
    expect(body.article).toEqual(a.article);
    expect(body.mentions).toEqual(a.mentions);
    expect(body.events).toEqual(a.events);
    const kinds = new Set(body.spans.map((s) => s.kind));
    expect(kinds).toEqual(new Set(['event', 'place', 'actor']));
    for (let i = 1; i < body.spans.length; i++) expect(body.spans[i]!.start).toBeGreaterThanOrEqual(body.spans[i - 1]!.start);
    const place = body.spans.find((s) => s.kind === 'place' && s.ref === 'cu:dovhenke')!;
    expect(body.article.body.slice(place.start, place.end)).toBe('Dovhenke');
  });
  it('404 JSON for an unknown id', async () => {
    const res = await getArticle(get('/api/articles/missing-00000000'), params('missing-00000000'));
    expect(res.status).toBe(404);
    expect(ApiError.parse(await res.json()).error).toContain('missing-00000000');
  });
});
