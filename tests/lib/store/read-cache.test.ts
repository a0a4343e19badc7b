/** The read cache (lib/store/read-cache.ts): hits, invalidation by the store's change version, bounds, sharing. */
import { describe, expect, it } from 'vitest';
import { cacheKey, ReadCache, storeCache } from '@/lib/store/read-cache';
import { StoreChanges } from '@/lib/store/changes';
import { MemoryStore } from '@/lib/store';

function counted() {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    fn: (v: string) => async () => {
      calls++;
      return { v, n: calls };
    },
  };
}

describe('ReadCache', () => {
  it('answers a repeated key from the cache with equal data, computing once', async () => {
    const c = new ReadCache<{ v: string; n: number }>(new StoreChanges());
    const f = counted();
    const a = await c.get({ bbox: [1, 2, 3, 4], limit: 5 }, f.fn('a'));
    const b = await c.get({ limit: 5, bbox: [1, 2, 3, 4] }, f.fn('a')); // same query, other key order
    expect(b).toEqual(a);
    expect(f.calls).toBe(1);
    expect(c.hits).toBe(1);
    expect(await c.get({ bbox: [1, 2, 3, 5], limit: 5 }, f.fn('b'))).toEqual({ v: 'b', n: 2 });
  });

  it('recomputes after a write: a new store version never sees the old value', async () => {
    const changes = new StoreChanges();
    const c = new ReadCache<{ v: string; n: number }>(changes);
    const f = counted();
    expect((await c.get('q', f.fn('x'))).n).toBe(1);
    changes.bump();
    expect((await c.get('q', f.fn('x'))).n).toBe(2);
    expect((await c.get('q', f.fn('x'))).n).toBe(2);
    expect(c.size).toBe(1);
  });

  it('does not keep a value computed while a write landed', async () => {
    const changes = new StoreChanges();
    const c = new ReadCache<number>(changes);
    let n = 0;
    const v = await c.get('q', async () => {
      changes.bump(); // a write commits while the query runs
      return ++n;
    });
    expect(v).toBe(1);
    expect(await c.get('q', async () => ++n)).toBe(2);
  });

  it('shares one computation between concurrent callers of a key', async () => {
    const c = new ReadCache<number>(new StoreChanges());
    let n = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const compute = async () => {
      n++;
      await gate;
      return 42;
    };
    const all = Promise.all(Array.from({ length: 20 }, () => c.get('same', compute)));
    release();
    expect(await all).toEqual(Array(20).fill(42));
    expect(n).toBe(1);
  });

  it('keeps at most maxEntries, least recently used evicted first', async () => {
    const c = new ReadCache<string>(new StoreChanges(), { maxEntries: 3 });
    for (const k of ['a', 'b', 'c']) await c.get(k, () => k);
    await c.get('a', () => 'recomputed'); // a is now the most recent
    await c.get('d', () => 'd');
    expect(c.size).toBe(3);
    expect(await c.get('a', () => 'recomputed')).toBe('a');
    expect(await c.get('b', () => 'recomputed')).toBe('recomputed');
  });

  it('keeps at most maxBytes and does not keep a value larger than the bound', async () => {
    const c = new ReadCache<string>(new StoreChanges(), { maxBytes: 1000, sizeOf: (s) => s.length });
    for (let i = 0; i < 10; i++) await c.get(`k${i}`, () => 'x'.repeat(300));
    expect(c.bytes).toBeLessThanOrEqual(1000);
    expect(c.size).toBe(3);
    const big = 'y'.repeat(5000);
    expect(await c.get('big', () => big)).toBe(big);
    expect(c.bytes).toBeLessThanOrEqual(1000);
    expect(await c.get('big', () => 'again')).toBe('again');
  });

  it('expires an entry after ttlMs even without a write', async () => {
    let now = 0;
    const c = new ReadCache<number>(new StoreChanges(), { ttlMs: 100, now: () => now });
    let n = 0;
    await c.get('q', () => ++n);
    now = 50;
    expect(await c.get('q', () => ++n)).toBe(1);
    now = 200;
    expect(await c.get('q', () => ++n)).toBe(2);
  });

  it('cacheKey sorts object keys, keeps array order', () => {
    expect(cacheKey({ b: 1, a: { d: 2, c: [3, 1] } })).toBe('{"a":{"c":[3,1],"d":2},"b":1}');
    expect(cacheKey({ types: ['a', 'b'] })).not.toBe(cacheKey({ types: ['b', 'a'] }));
  });

  it('storeCache: one cache per store and name, keyed on that store’s writes', async () => {
    const s1 = new MemoryStore();
    const s2 = new MemoryStore();
    expect(storeCache(s1, 'x')).toBe(storeCache(s1, 'x'));
    expect(storeCache(s1, 'x')).not.toBe(storeCache(s2, 'x'));
    expect(storeCache(s1, 'x')).not.toBe(storeCache(s1, 'y'));
  });
});
