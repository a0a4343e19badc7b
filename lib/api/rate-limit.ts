/**
 * A token-bucket rate limiter per key (pure TS, no timers, no I/O).
 * In: `limit` requests per `windowMs` (a bucket holds `limit` tokens and refills at limit/windowMs; limit 0 turns
 * the limiter off), an optional clock (`now`, ms; tests inject one so they never sleep) and a key cap.
 * Out: per call, a Decision `{ok, remaining, retryAfterMs}` — `take` spends a token when one is there,
 * `peek` only looks, `spend` spends one even when the bucket is empty (counting failures after the fact).
 * Memory is bounded: one small record per key; a key idle for a whole window holds a full bucket, which is the same
 * as no record, so a sweep once per window drops it; a new key beyond `maxKeys` makes a sweep drop the least
 * recently used keys down to 90% of the cap. Records are updated in place (no Map delete/insert per call: V8 Maps
 * slow down under that churn), so a call is O(1) and the sweeps' O(keys) is spread over many calls.
 */

export interface RateLimitOptions {
  /** requests allowed per window (the bucket size); 0 = no limit */
  limit: number;
  /** the window in ms: an empty bucket is full again after this long */
  windowMs: number;
  /** most keys remembered at once (default 10,000); the least recently used go first */
  maxKeys?: number;
  /** the clock in ms (default Date.now) */
  now?: () => number;
}

export interface Decision {
  ok: boolean;
  /** whole tokens left after this call */
  remaining: number;
  /** 0 when ok; else ms until one token is back */
  retryAfterMs: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export const DEFAULT_MAX_KEYS = 10_000;

export class RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  readonly maxKeys: number;
  private readonly now: () => number;
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = -Infinity;

  constructor(opts: RateLimitOptions) {
    if (!Number.isInteger(opts.limit) || opts.limit < 0) throw new RangeError(`rate limit must be a whole number >= 0, got ${opts.limit}`);
    if (!Number.isFinite(opts.windowMs) || opts.windowMs <= 0) throw new RangeError(`rate-limit window must be > 0 ms, got ${opts.windowMs}`);
    const maxKeys = opts.maxKeys ?? DEFAULT_MAX_KEYS;
    if (!Number.isInteger(maxKeys) || maxKeys < 1) throw new RangeError(`rate-limit key cap must be a whole number >= 1, got ${maxKeys}`);
    this.limit = opts.limit;
    this.windowMs = opts.windowMs;
    this.maxKeys = maxKeys;
    this.now = opts.now ?? Date.now;
  }

  /** false when limit is 0: every call is allowed and nothing is remembered */
  get enabled(): boolean {
    return this.limit > 0;
  }

  /** keys currently remembered */
  get size(): number {
    return this.buckets.size;
  }

  /** Spends a token when there is one. */
  take(key: string): Decision {
    return this.apply(key, 'take');
  }

  /** Would `take` pass now? Spends nothing. */
  peek(key: string): Decision {
    return this.apply(key, 'peek');
  }

  /** Spends a token even from an empty bucket (never below 0): for counting failures once they are known. */
  spend(key: string): Decision {
    return this.apply(key, 'spend');
  }

  /** Forgets every key. */
  clear(): void {
    this.buckets.clear();
  }

  private apply(key: string, mode: 'take' | 'peek' | 'spend'): Decision {
    if (!this.enabled) return { ok: true, remaining: Infinity, retryAfterMs: 0 };
    const now = this.now();
    if (now - this.lastSweep >= this.windowMs) this.sweep(now, this.maxKeys);
    const rate = this.limit / this.windowMs; // tokens per ms
    const b = this.buckets.get(key);
    const tokens = b ? Math.min(this.limit, b.tokens + Math.max(0, now - b.at) * rate) : this.limit;
    const ok = tokens >= 1;
    const left = mode === 'peek' || (mode === 'take' && !ok) ? tokens : Math.max(0, tokens - 1);
    if (mode !== 'peek') {
      if (b) {
        b.tokens = left; // updated in place: no Map churn on the hot path
        b.at = now;
      } else {
        this.buckets.set(key, { tokens: left, at: now });
        if (this.buckets.size > this.maxKeys) this.sweep(now, Math.floor(this.maxKeys * 0.9));
      }
    }
    return { ok, remaining: Math.floor(left), retryAfterMs: ok ? 0 : Math.ceil((1 - tokens) / rate) };
  }

  /**
   * Drops the keys untouched for a whole window (their buckets are full again); then, while more than `keep` are
   * left, the least recently used. Runs once per window and whenever a new key passes the cap (then down to 90% of
   * it), so its O(keys) cost is spread over many calls.
   */
  private sweep(now: number, keep: number): void {
    this.lastSweep = now;
    for (const [key, b] of this.buckets) if (now - b.at >= this.windowMs) this.buckets.delete(key);
    const excess = this.buckets.size - keep;
    if (excess <= 0) return;
    const cutoff = [...this.buckets.values()].map((b) => b.at).sort((x, y) => x - y)[excess - 1]!;
    let drop = excess;
    for (const [key, b] of this.buckets) {
      if (drop === 0) break;
      if (b.at <= cutoff) {
        this.buckets.delete(key);
        drop--;
      }
    }
  }
}
