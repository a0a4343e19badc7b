/**
 * Rate limiter cost (lib/api/rate-limit.ts): µs per `take` when clients repeat (1,000 keys, all remembered) and
 * when every call is a new client past the key cap (65,536 keys, cap 10,000: the eviction sweeps run), each
 * against a bare `Map.set` of the same keys on the same machine, and the heap held by 10,000 remembered clients.
 * Size: ATLAS_BENCH_RL_OPS calls per case (default 1,000,000; e.g. 100000 for a quick run). Last numbers:
 * docs/PERFORMANCE.md "Rate limits".
 */
import { RateLimiter } from '../lib/api/rate-limit';

const ipKeys = (n: number) => Array.from({ length: n }, (_, i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);

function perCall(ops: number, fn: (i: number) => void): number {
  for (let i = 0; i < Math.min(ops, 10_000); i++) fn(i); // warm up
  const t = performance.now();
  for (let i = 0; i < ops; i++) fn(i);
  return ((performance.now() - t) * 1000) / ops;
}

export async function run(): Promise<Record<string, number | string>> {
  const ops = Number(process.env.ATLAS_BENCH_RL_OPS || 1_000_000);
  const out: Record<string, number | string> = { ops };
  for (const [name, n] of [['repeat1k', 1_000], ['churn65k', 65_536]] as const) {
    const keys = ipKeys(n);
    const rl = new RateLimiter({ limit: 60, windowMs: 60_000, maxKeys: 10_000 });
    const map = new Map<string, number>();
    const usTake = perCall(ops, (i) => rl.take(keys[i % n]!));
    const usMap = perCall(ops, (i) => map.set(keys[i % n]!, i));
    out[`${name}UsPerTake`] = +usTake.toFixed(3);
    out[`${name}UsPerMapSet`] = +usMap.toFixed(3);
    out[`${name}Ratio`] = +(usTake / usMap).toFixed(2);
    out[`${name}KeysKept`] = rl.size;
  }
  const keys = ipKeys(10_000);
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const rl = new RateLimiter({ limit: 60, windowMs: 60_000, maxKeys: 10_000 });
  for (const k of keys) rl.take(k);
  global.gc?.();
  out.heapKBPer10kClients = Math.round((process.memoryUsage().heapUsed - before) / 1024);
  return out;
}
