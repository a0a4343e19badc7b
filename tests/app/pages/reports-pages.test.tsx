/**
 * Issue 15 on the server-rendered pages, on the resolving MemoryStore: two outlets tell one drone strike (my own
 * sentences). The reader of each links to the other's sentence ("Also reported by"); the share page of the report
 * that is not the event's primary redirects to the event's own page, its query kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { MemoryStore, setStore } from '@/lib/store';
import { articleFromText } from '@/lib/corpus';
import { processArticle } from '@/lib/pipeline';
import ArticlePage from '@/app/articles/[id]/page';
import EventPage from '@/app/event/[id]/page';

const ONE = { title: 'Drones hit Bilopillia overnight', text: 'Russian drones struck the town of Bilopillia on 17 November 2026, killing 12 civilians, regional officials said. Emergency crews worked through the night.', published: '2026-11-18', source: 'Northern Courier' };
const TWO = { title: 'Deadly drone strike in Bilopillia', text: 'A Russian drone strike hit Bilopillia on 17 November 2026, killing at least 15 people, according to emergency services. Several homes were destroyed.', published: '2026-11-18', source: 'Eastern Ledger' };
const ids: string[] = [];
const events: string[] = [];
let store: MemoryStore;

beforeAll(async () => {
  store = new MemoryStore();
  for (const a of [ONE, TWO]) {
    const doc = processArticle(articleFromText(a));
    ids.push((await store.putArticle(doc)).id);
    events.push(doc.events[0]!.id);
  }
  setStore(store);
});
afterAll(() => setStore(null));

const params = (v: string, search: Record<string, string> = {}) => ({ params: Promise.resolve({ id: v }), searchParams: Promise.resolve(search) });

describe('one strike, two articles', () => {
  it('the store serves one event with both reports', async () => {
    const [e] = await store.queryEvents({ from: '2026-11-17', to: '2026-11-17' });
    expect(e!.reports?.map((r) => r.eventId).sort()).toEqual([...events].sort());
  });
  it('each reader links to the other article at its sentence', async () => {
    for (const [me, other] of [[0, 1], [1, 0]] as const) {
      const { unmount } = render(await ArticlePage(params(ids[me]!)));
      const links = [...document.querySelectorAll('.also-reported a')].map((a) => [a.textContent, a.getAttribute('href')]);
      expect(links).toEqual([[[ONE, TWO][other]!.source, `/articles/${ids[other]}#${events[other]}`]]);
      unmount();
    }
  });
  it('the share page of the report that is not primary redirects to the event, its query kept', async () => {
    const [e] = await store.queryEvents({ from: '2026-11-17', to: '2026-11-17' });
    const other = events.find((id) => id !== e!.id)!;
    const err = await EventPage(params(other, { z: '9' })).then(() => null, (x: unknown) => x as Error & { digest?: string });
    expect(err?.digest ?? '').toContain(`/event/${encodeURIComponent(e!.id)}?z=9`);
    await expect(EventPage(params('no-such-event-e0'))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });
});
