import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { MemoryStore, setStore } from '@/lib/store';
import { articleFromText } from '@/lib/corpus';
import { processArticle } from '@/lib/pipeline';
import ArticlePage, { generateMetadata } from '@/app/articles/[id]/page';
import PlacePage, { generateMetadata as placeMetadata } from '@/app/place/[id]/page';

const title = '<img src=x onerror=alert(1)> Shelling near the border';
const text = 'Syrian government forces shelled rebel positions in Idlib on Tuesday, killing at least 12 people. <script>alert(2)</script> Residents fled.';
let id = '';
let placeId = '';
let atPlace = 0;

beforeAll(async () => {
  const store = new MemoryStore();
  const doc = processArticle(articleFromText({ title, text, published: '2024-03-05' }));
  id = (await store.putArticle(doc)).id;
  placeId = doc.events.find((e) => e.place)?.place?.id ?? '';
  atPlace = doc.events.filter((e) => e.place?.id === placeId && !e.background).length;
  setStore(store);
});
afterAll(() => setStore(null));

const params = (v: string) => ({ params: Promise.resolve({ id: v }), searchParams: Promise.resolve({}) });

describe('/articles/[id]', () => {
  it('renders title and body as text, with places linked to the map and events listed', async () => {
    render(await ArticlePage(params(id)));
    expect(document.querySelector('h1')!.textContent).toBe(title);
    expect(document.querySelector('img, script')).toBeNull();
    expect(document.querySelector('.article-body')!.textContent).toContain('<script>alert(2)</script>');
    const place = document.querySelector('.article-body a.hl-place');
    expect(place?.getAttribute('href')).toMatch(/^\/\?place=[^&]+&lat=[-\d.]+&lon=[-\d.]+&z=10$/);
    expect(document.querySelectorAll('.reader-events li[id]').length).toBeGreaterThan(0);
  });
  it('has a server-rendered title and 404s unknown ids', async () => {
    expect((await generateMetadata(params(id))).title).toBe(`${title} — Conflict Atlas`);
    await expect(ArticlePage(params('no-such-article-00000000'))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });
});

describe('/place/[id] metadata', () => {
  it('summarises the events at the place for titles and Open Graph', async () => {
    expect(placeId).not.toBe('');
    const meta = await placeMetadata(params(placeId));
    expect(String(meta.description)).toMatch(new RegExp(` — ${atPlace} events?: .*shelling`));
    expect((meta.openGraph as { description?: string }).description).toBe(meta.description);
    await expect(PlacePage(params('gn:0'))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });
});
