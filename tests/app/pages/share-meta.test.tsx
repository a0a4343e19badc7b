// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore, setStore } from '@/lib/store';
import { articleFromText } from '@/lib/corpus';
import { processArticle } from '@/lib/pipeline';
import { generateMetadata as eventMetadata } from '@/app/event/[id]/page';
import { generateMetadata as placeMetadata } from '@/app/place/[id]/page';
import EventImage, { contentType as eventType } from '@/app/event/[id]/opengraph-image';
import PlaceImage from '@/app/place/[id]/opengraph-image';
import { metadata as layoutMetadata } from '@/app/layout';
import { metadata as articlesMetadata } from '@/app/articles/page';

const text = 'Syrian government forces shelled rebel positions in Idlib on Tuesday, killing at least 12 people.';
let eventId = '';
let placeId = '';

beforeAll(async () => {
  const store = new MemoryStore();
  const doc = processArticle(articleFromText({ title: 'Shelling in Idlib', text, published: '2024-03-05' }));
  await store.putArticle(doc);
  const e = doc.events.find((x) => x.place)!;
  eventId = e.id;
  placeId = e.place!.id;
  setStore(store);
});
afterAll(() => setStore(null));

const params = (v: string) => ({ params: Promise.resolve({ id: encodeURIComponent(v) }), searchParams: Promise.resolve({}) });
const PNG = [0x89, 0x50, 0x4e, 0x47];

describe('share pages: og:url', () => {
  it('event and place pages carry their absolute canonical URL', async () => {
    expect((await eventMetadata(params(eventId))).openGraph?.url).toBe(`http://localhost:3000/event/${encodeURIComponent(eventId)}`);
    expect((await placeMetadata(params(placeId))).openGraph?.url).toBe(`http://localhost:3000/place/${encodeURIComponent(placeId)}`);
  });
  it('the layout and the other pages have og:url too, on the base URL', () => {
    expect(layoutMetadata.openGraph?.url).toBe('http://localhost:3000/');
    expect(String(layoutMetadata.metadataBase)).toBe('http://localhost:3000/');
    expect(articlesMetadata.openGraph?.url).toBe('http://localhost:3000/articles');
  });
});

describe('share pages: og:image', () => {
  it('renders a PNG map picture of the event offline, with cache headers', async () => {
    expect(eventType).toBe('image/png');
    const res = await EventImage(params(eventId));
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual(PNG);
    expect(bytes.length).toBeGreaterThan(5000);
  }, 30000);
  it('renders the place picture, and a PNG for an unknown place', async () => {
    const res = await PlaceImage(params(placeId));
    expect(res.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await res.arrayBuffer()).slice(0, 4)]).toEqual(PNG);
    const none = await PlaceImage(params('gn:0'));
    expect(none.headers.get('content-type')).toBe('image/png');
  }, 30000);
});
