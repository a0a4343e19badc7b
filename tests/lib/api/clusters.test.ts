/**
 * The cluster cache (lib/api/clusters.ts): one index per normalised filter set, invalidated by the store's change
 * version and rebuilt in the background after a write; concurrent requests share one build; bounded LRU.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ClustersQuery, EventQuery } from '@/lib/schemas';
import { ClusterCache, clusterFilters, filterKey } from '@/lib/api/clusters';
import { MemoryStore } from '@/lib/store';
import type { StoredArticle } from '@/lib/store/types';
import { syntheticDocs } from '../store/synthetic';

const cq = (p: Record<string, string>) => ClustersQuery.parse({ bbox: '-180,-85,180,85', z: '3', ...p });
const drawn = (fc: { features: { properties: { cluster: boolean; count?: number } }[] }) =>
  fc.features.reduce((n, f) => n + (f.properties.cluster ? f.properties.count! : 1), 0);

const caches: ClusterCache[] = [];
async function setup(docs: StoredArticle[] = syntheticDocs(40, { seed: 3, eventsPerArticle: 5 }), opts = {}) {
  const store = new MemoryStore();
  for (const d of docs) await store.putArticle(d);
  const cache = new ClusterCache(store, { refreshDelayMs: 1, ...opts });
  caches.push(cache);
  return { store, cache, docs };
}
afterEach(() => {
  for (const c of caches.splice(0)) c.dispose();
});
const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(cond()).toBe(true);
};

describe('clusterFilters / filterKey', () => {
  it('ignores bbox, z, limit, format, list order and defaults', () => {
    const a = clusterFilters(cq({ types: 'clash,airstrike', limit: '5', includeBackground: 'false' }));
    const b = clusterFilters(cq({ types: 'airstrike,clash', bbox: '1,2,3,4', z: '9', format: 'csv' }));
    expect(filterKey(a)).toBe(filterKey(b));
    expect(filterKey(clusterFilters(EventQuery.parse({ actors: 'isis', role: 'actor' })))).toBe(filterKey(clusterFilters(EventQuery.parse({ actors: 'isis' }))));
    expect(filterKey(clusterFilters(EventQuery.parse({ actors: 'isis', role: 'any' })))).not.toBe(filterKey(clusterFilters(EventQuery.parse({ actors: 'isis' }))));
  });
});

describe('ClusterCache', () => {
  it('total counts every matching event; the drawn counts add up to the placed ones', async () => {
    const { store, cache } = await setup();
    for (const p of [{}, { types: 'clash,airstrike' }, { actors: 'isis', role: 'any' }, { includeBackground: 'true' }] as Record<string, string>[]) {
      const fc = await cache.clusters(cq(p));
      const events = await store.queryEvents(EventQuery.parse(p));
      expect(fc.total).toBe(events.length);
      expect(drawn(fc)).toBe(events.filter((e) => e.place).length);
      expect(fc.version).toBe(store.changes.version);
    }
  });

  it('concurrent requests for one filter set share one build', async () => {
    const { cache } = await setup();
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => cache.clusters(cq({ types: 'clash', z: String(i) }))));
    expect(cache.builds).toBe(1);
    expect(new Set(results.map((r) => r.total)).size).toBe(1);
    await cache.clusters(cq({ types: 'clash', z: '9', bbox: '30,30,40,40' }));
    expect(cache.builds).toBe(1);
  });

  it('after putArticle: rebuilt in the background at the new version, with the new counts', async () => {
    const { store, cache } = await setup();
    const before = await cache.clusters(cq({}));
    const extra = syntheticDocs(5, { seed: 99, eventsPerArticle: 4 }).map((d, i) => ({
      ...d,
      article: { ...d.article, id: `extra-${i}` },
      events: d.events.map((e, k) => ({ ...e, id: `extra-${i}-e${k}`, articleId: `extra-${i}` })),
    }));
    for (const d of extra) await store.putArticle(d);
    const added = extra.flatMap((d) => d.events).filter((e) => !e.background).length;
    // the recently used filter set is rebuilt without a request
    await until(() => cache.builds === 2 && cache.stats().entries === 1);
    await until(() => !(cache as unknown as { building: Map<string, unknown> }).building.size);
    const after = await cache.clusters(cq({}));
    expect(cache.builds).toBe(2);
    expect(after.version).toBe(store.changes.version);
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.total).toBe(before.total + added);
  });

  it('a request during the rebuild awaits that build rather than starting another', async () => {
    const { store, cache, docs } = await setup();
    await cache.clusters(cq({}));
    await store.putArticle({ ...docs[0]!, article: { ...docs[0]!.article, id: 'again', title: 'Another title' }, events: [] , mentions: [] });
    await until(() => cache.builds === 2);
    const fc = await cache.clusters(cq({}));
    expect(cache.builds).toBe(2);
    expect(fc.version).toBe(store.changes.version);
  });

  it('keeps at most maxEntries filter sets, least recently used dropped first', async () => {
    const { cache } = await setup(undefined, { maxEntries: 2 });
    await cache.clusters(cq({ types: 'clash' }));
    await cache.clusters(cq({ types: 'airstrike' }));
    await cache.clusters(cq({ types: 'clash' }));
    await cache.clusters(cq({ types: 'shelling' }));
    const { entries, keys } = cache.stats();
    expect(entries).toBe(2);
    expect(keys.some((k) => k.includes('airstrike'))).toBe(false);
    expect(keys.some((k) => k.includes('clash'))).toBe(true);
  });

  it('keeps at most maxPoints points over all entries (the newest always kept)', async () => {
    const { cache } = await setup(undefined, { maxPoints: 60 });
    await cache.clusters(cq({ types: 'clash' }));
    await cache.clusters(cq({ types: 'airstrike' }));
    await cache.clusters(cq({}));
    const s = cache.stats();
    expect(s.entries).toBe(1);
    expect(s.keys[0]).toBe(filterKey(clusterFilters(cq({}))));
  });
});

describe('ClusterCache.clustersJson', () => {
  it('serialises the same answer as clusters(), and a write never serves an old body', async () => {
    const { store, cache, docs } = await setup();
    const q = cq({ z: '2' });
    const first = await cache.clustersJson(q);
    expect(JSON.parse(first)).toEqual(await cache.clusters(q));
    expect(await cache.clustersJson(q)).toBe(first);
    const d = docs[0]!;
    await store.putArticle({ ...d, article: { ...d.article, id: 'more', title: 'More' }, events: d.events.map((e, k) => ({ ...e, id: `more-e${k}`, articleId: 'more' })) });
    const after = JSON.parse(await cache.clustersJson(q));
    expect(after.version).toBe(store.changes.version);
    expect(after.total).toBeGreaterThan(JSON.parse(first).total);
  });
});
