/**
 * autocannon (a dev dependency without types) behind a typed call, for the HTTP load benches.
 * In: a base URL, the request paths to cycle through, connections, seconds. Out: req/s, latency percentiles (ms),
 * errors, timeouts, non-2xx answers and status counts.
 */
import { createRequire } from 'node:module';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; p97_5: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats?: Record<string, { count: number }>;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;

const autocannon = createRequire(__filename)('autocannon') as Autocannon;

export interface LoadResult {
  rps: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statuses: string;
}

export async function load(base: string, paths: string[], connections: number, seconds: number): Promise<LoadResult> {
  const r = await autocannon({
    url: base,
    connections,
    duration: seconds,
    timeout: 10,
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  return {
    rps: Math.round(r.requests.average * 10) / 10,
    requests: r.requests.total,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    statuses: Object.entries(r.statusCodeStats ?? {})
      .map(([k, v]) => `${k}:${v.count}`)
      .join(' '),
  };
}
