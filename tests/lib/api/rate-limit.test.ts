/** lib/api/rate-limit.ts: the token bucket per key, on an injected clock (no sleeps). */
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '@/lib/api/rate-limit';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('RateLimiter', () => {
  it('allows `limit` requests per window, then refuses with the wait until a token is back', () => {
    const c = clock();
    const rl = new RateLimiter({ limit: 5, windowMs: 60_000, now: c.now });
    const decisions = Array.from({ length: 8 }, () => rl.take('a'));
    expect(decisions.map((d) => d.ok)).toEqual([true, true, true, true, true, false, false, false]);
    expect(decisions[4]!.remaining).toBe(0);
    expect(decisions[5]!.retryAfterMs).toBe(12_000); // one token every 60 s / 5
    c.advance(11_999);
    expect(rl.take('a').ok).toBe(false);
    c.advance(1);
    expect(rl.take('a')).toMatchObject({ ok: true, remaining: 0 });
    expect(rl.take('a').ok).toBe(false);
  });

  it('refills to the full limit after a whole window, never beyond', () => {
    const c = clock();
    const rl = new RateLimiter({ limit: 3, windowMs: 1_000, now: c.now });
    for (let i = 0; i < 3; i++) rl.take('a');
    c.advance(10_000);
    expect([1, 2, 3, 4].map(() => rl.take('a').ok)).toEqual([true, true, true, false]);
  });

  it('keeps keys apart', () => {
    const c = clock();
    const rl = new RateLimiter({ limit: 2, windowMs: 1_000, now: c.now });
    rl.take('a');
    rl.take('a');
    expect(rl.take('a').ok).toBe(false);
    expect(rl.take('b').ok).toBe(true);
  });

  it('peek spends nothing; spend counts past an empty bucket without going below zero', () => {
    const c = clock();
    const rl = new RateLimiter({ limit: 2, windowMs: 1_000, now: c.now });
    for (let i = 0; i < 10; i++) expect(rl.peek('a').ok).toBe(true);
    rl.spend('a');
    rl.spend('a');
    expect(rl.peek('a')).toMatchObject({ ok: false, retryAfterMs: 500 });
    for (let i = 0; i < 100; i++) rl.spend('a');
    expect(rl.peek('a').retryAfterMs).toBe(500); // a flood does not push the wait beyond one token's refill
    c.advance(500);
    expect(rl.peek('a').ok).toBe(true);
  });

  it('limit 0 turns it off and remembers nothing', () => {
    const rl = new RateLimiter({ limit: 0, windowMs: 1_000 });
    expect(rl.enabled).toBe(false);
    for (let i = 0; i < 1_000; i++) expect(rl.take(`k${i}`).ok).toBe(true);
    expect(rl.size).toBe(0);
  });

  it('forgets keys idle for a whole window (their buckets are full again)', () => {
    const c = clock();
    const rl = new RateLimiter({ limit: 2, windowMs: 1_000, now: c.now });
    for (let i = 0; i < 100; i++) rl.take(`k${i}`);
    expect(rl.size).toBe(100);
    c.advance(500);
    rl.take('late');
    expect(rl.size).toBe(101);
    c.advance(500); // the first 100 are now a window old
    rl.take('late');
    expect(rl.size).toBe(1);
    c.advance(999);
    expect(rl.peek('late').ok).toBe(true);
    expect(rl.size).toBe(1);
  });

  it('caps the number of keys: the least recently used go first', () => {
    const c = clock();
    const rl = new RateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 100, now: c.now });
    rl.take('old');
    for (let i = 0; i < 99; i++) rl.take(`k${i}`);
    rl.take('old'); // touched again: now the most recent
    expect(rl.take('old').ok).toBe(false);
    for (let i = 0; i < 10_000; i++) {
      c.advance(1);
      rl.take(`flood${i}`);
      expect(rl.size).toBeLessThanOrEqual(100);
    }
    expect(rl.peek('old').ok).toBe(true); // evicted: a forgotten key starts with a full bucket
  });

  it('rejects a bad configuration with a clear error', () => {
    expect(() => new RateLimiter({ limit: -1, windowMs: 1_000 })).toThrow(/whole number/);
    expect(() => new RateLimiter({ limit: 1.5, windowMs: 1_000 })).toThrow(/whole number/);
    expect(() => new RateLimiter({ limit: 1, windowMs: NaN })).toThrow(/window/);
    expect(() => new RateLimiter({ limit: 1, windowMs: 1_000, maxKeys: 0 })).toThrow(/key cap/);
  });
});
