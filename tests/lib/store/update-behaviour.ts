/**
 * The re-post half of the store contract (`updateArticle`, issue 14 "no silent drops"), run on every backend: the
 * stored article's published/source/url and its extraction are replaced together; an unknown id, other content,
 * or an event id another article holds change nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventQuery } from '@/lib/schemas';
import { StoreConflictError, StoreNotFoundError } from '@/lib/store/errors';
import type { EventStore, StoredArticle } from '@/lib/store/types';
import type { StoreFactory } from './behaviour';
import { A, B, ev, loadFixtureDocs } from './fixtures';

export function describeUpdateBehaviour(label: string, factory: StoreFactory): void {
  describe(`EventStore updateArticle: ${label}`, () => {
    let store: EventStore;
    let docs: StoredArticle[];
    let a: StoredArticle;
    const eventIds = async (article: string) =>
      (await store.queryEvents(EventQuery.parse({ article, includeBackground: 'true' }))).map((e) => e.id).sort();

    /** article A with new metadata and a smaller extraction */
    const reposted = (): StoredArticle => ({
      article: { ...a.article, published: '2025-01-02', source: 'Other Wire', url: 'https://example.org/corrected' },
      mentions: a.mentions.slice(0, 1),
      events: a.events.slice(1, 3).map((e) => ({ ...e, date: { ...e.date, value: '2025-01-01' } })),
      pipelineVersion: 'v-updated',
    });

    beforeEach(async () => {
      docs = loadFixtureDocs();
      a = docs[0]!;
      store = await factory.open();
      for (const d of docs) await store.putArticle(d);
    });
    afterEach(async () => {
      await store.close();
    });

    it('replaces published, source, url and the extraction in one call', async () => {
      const version = store.changes.version;
      const doc = reposted();
      await store.updateArticle(doc);
      expect(store.changes.version).toBeGreaterThan(version);
      expect(await store.getArticle(A)).toEqual(doc);
      expect(await store.articleRefs([A])).toEqual([{ id: A, title: a.article.title, published: '2025-01-02', source: 'Other Wire', url: 'https://example.org/corrected' }]);
      const listed = (await store.listArticles()).find((x) => x.id === A);
      expect(listed).toMatchObject({ published: '2025-01-02', source: 'Other Wire', url: 'https://example.org/corrected', eventCount: 2 });
      expect(await eventIds(A)).toEqual([ev(A, 1), ev(A, 2)]);
      expect(await store.getEvent(ev(A, 0))).toBeNull();
      expect((await store.getEvent(ev(A, 1)))?.date.value).toBe('2025-01-01');
      expect((await store.getArticle(B))).toEqual(docs[1]); // others untouched
    });

    it('an unknown id is StoreNotFoundError; nothing is stored', async () => {
      const doc = { ...reposted(), article: { ...reposted().article, id: 'no-such-article-00000000' }, events: [] };
      await expect(store.updateArticle(doc)).rejects.toBeInstanceOf(StoreNotFoundError);
      expect(await store.getArticle('no-such-article-00000000')).toBeNull();
    });

    it('other content under the id is StoreConflictError; nothing changes', async () => {
      const doc = reposted();
      doc.article.title = 'A different title';
      await expect(store.updateArticle(doc)).rejects.toBeInstanceOf(StoreConflictError);
      expect(await store.getArticle(A)).toEqual(a);
    });

    it('an event id another article holds is StoreConflictError; nothing changes (one transaction)', async () => {
      const doc = reposted();
      doc.events[1] = { ...doc.events[1]!, id: ev(B, 0) };
      await expect(store.updateArticle(doc)).rejects.toBeInstanceOf(StoreConflictError);
      expect(await store.getArticle(A)).toEqual(a);
      expect(await store.getArticle(B)).toEqual(docs[1]);
    });
  });
}
