/**
 * The place-overlay half of the store contract (migration 005), run on every backend: analysts' places are
 * stored, listed and read back as given; a reused id is a conflict and a bad place a StoreInputError; the
 * unplaced mentions (unresolved, or placed at a parent because no gazetteer holds them) are found; and the text
 * search that picks the articles to reprocess matches case-insensitively.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mention, OverlayPlace } from '@/lib/schemas';
import { StoreConflictError, StoreInputError } from '@/lib/store/errors';
import type { EventStore, StoredArticle } from '@/lib/store/types';
import type { StoreFactory } from './behaviour';
import { A, B, C, loadFixtureDocs } from './fixtures';

export const place = (over: Partial<OverlayPlace> = {}): OverlayPlace => ({
  id: 'ov:qarat-zimmo-1', name: 'Qarat Zimmo', alt: ['Qaret Zimmo'], kind: 'village', country: 'SY', admin1: 'Idlib',
  lat: 35.7, lon: 36.55, radiusKm: 2, createdBy: 'analyst', createdAt: '2026-05-01T10:00:00.000Z', source: 'https://example.org/map', note: null,
  ...over,
});

const mention = (text: string, start: number, over: Partial<Mention>): Mention => ({
  text, start, end: start + text.length, isLocation: false, place: null, precision: null, radiusKm: null, point: null, qualifier: null,
  nonLocation: null, why: ['test'], candidates: [], ...over,
});

/** fixture article A with three extra mentions written past its body's words: unresolved, unlisted, and a known place */
function withUnplaced(doc: StoredArticle): StoredArticle {
  const parent = { id: 'ne1:SY-ID', name: 'Idlib', kind: 'admin1' as const, country: 'SY', lat: 35.8, lon: 36.6 };
  return {
    ...doc,
    mentions: [
      ...doc.mentions,
      mention('Qarat Zimmo village', 0, { nonLocation: 'unresolved' }),
      mention('Tell Wirdan', 5, {
        isLocation: true, inGazetteer: false, parent, precision: 'region', radiusKm: 40,
        place: { id: 'unk:ne1:SY-ID:tell-wirdan', name: 'Tell Wirdan', kind: 'village', country: 'SY', lat: 35.8, lon: 36.6 },
      }),
    ],
  };
}

export function describeOverlayBehaviour(label: string, factory: StoreFactory): void {
  describe(`EventStore place overlay: ${label}`, () => {
    let store: EventStore;
    beforeEach(async () => {
      store = await factory.open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores, lists (oldest first) and reads back analysts\' places as given', async () => {
      const later = place({ id: 'ov:kafr-umm-1', name: 'Kafr Umm', alt: [], createdAt: '2026-05-02T08:00:00.000Z', note: 'from a field report', country: null, admin1: null });
      expect(await store.addOverlayPlace(later)).toEqual(later);
      expect(await store.addOverlayPlace(place())).toEqual(place());
      expect(await store.listOverlayPlaces()).toEqual([place(), later]);
      expect(await store.getOverlayPlace('ov:kafr-umm-1')).toEqual(later);
      expect(await store.getOverlayPlace('ov:none-1')).toBeNull();
    });

    it('refuses a reused id (conflict) and a bad place (input error), storing nothing', async () => {
      await store.addOverlayPlace(place());
      await expect(store.addOverlayPlace(place({ name: 'Other' }))).rejects.toBeInstanceOf(StoreConflictError);
      await expect(store.addOverlayPlace(place({ id: 'ov:x-1', lat: 95 }))).rejects.toBeInstanceOf(StoreInputError);
      await expect(store.addOverlayPlace(place({ id: 'gn:123' }))).rejects.toBeInstanceOf(StoreInputError);
      await expect(store.addOverlayPlace({ ...place({ id: 'ov:y-1' }), kind: 'hamlet' } as unknown as OverlayPlace)).rejects.toBeInstanceOf(StoreInputError);
      expect((await store.listOverlayPlaces()).map((p) => p.id)).toEqual(['ov:qarat-zimmo-1']);
    });

    it('finds the unplaced mentions: unresolved, and placed at a parent because no gazetteer holds them', async () => {
      const docs = loadFixtureDocs();
      const before = docs.reduce((n, d) => n + d.mentions.filter((m) => m.nonLocation === 'unresolved' || m.inGazetteer === false).length, 0);
      for (const d of docs) await store.putArticle(d.article.id === A ? withUnplaced(d) : d);
      const found = await store.unplacedMentions();
      expect(found).toHaveLength(before + 2);
      const mine = found.filter((u) => u.articleId === A).map((u) => u.mention.text);
      expect(mine).toEqual(expect.arrayContaining(['Qarat Zimmo village', 'Tell Wirdan']));
      const unlisted = found.find((u) => u.mention.text === 'Tell Wirdan')!;
      expect(unlisted.title).toBe(docs.find((d) => d.article.id === A)!.article.title);
      expect(unlisted.mention.parent?.id).toBe('ne1:SY-ID');
      // known places are never listed
      expect(found.every((u) => u.mention.nonLocation === 'unresolved' || u.mention.inGazetteer === false)).toBe(true);
    });

    it('finds the articles whose title or body holds a name, case-insensitively', async () => {
      const docs = loadFixtureDocs();
      for (const d of docs) await store.putArticle(d);
      const body = docs.find((d) => d.article.id === B)!.article.body;
      const word = /[A-Z][a-z]{4,}/.exec(body)![0];
      const expected = docs.filter((d) => `${d.article.title}\n${d.article.body}`.toLowerCase().includes(word.toLowerCase())).map((d) => d.article.id).sort();
      expect(await store.articleIdsContaining([word.toUpperCase()])).toEqual(expected);
      expect(await store.articleIdsContaining(['zzqx-no-such-name', '  '])).toEqual([]);
      expect(await store.articleIdsContaining([])).toEqual([]);
      const title = docs.find((d) => d.article.id === C)!.article.title;
      expect(await store.articleIdsContaining([title.toLowerCase(), word])).toEqual([...new Set([...expected, C])].sort());
    });
  });
}
