/**
 * The server's three rate limits (lib/api/rate-limit.ts token buckets), keyed by client, configured from the env.
 * In: a Request (its `x-atlas-client` header: the custom server sets it from the socket address, overwriting what
 * the client sent; without it — route tests, `next dev` — every request shares the key 'local') and process.env:
 *   ATLAS_RATE_ADMIN_FAILURES / ATLAS_RATE_ADMIN_WINDOW  wrong admin tokens per client per window (5 per 900 s)
 *   ATLAS_RATE_CPU / ATLAS_RATE_CPU_WINDOW                POST /api/extract, GET /api/geocode (60 per 60 s)
 *   ATLAS_RATE_WRITES / ATLAS_RATE_WRITES_WINDOW          authorised writes that store (120 per 60 s)
 *   ATLAS_RATE_MAX_CLIENTS                                clients remembered per limit (10000, least recent dropped)
 * Counts are whole numbers (0 turns that limit off), windows whole seconds >= 1. A bad value throws
 * RateLimitConfigError naming the variable on first use (the request answers 500 and the log says what to fix).
 * Out: nothing when allowed; otherwise an HttpError 429 with `Retry-After` (seconds) and `{error, issues}` naming
 * the limit and when to retry. `resetRateLimits()` is the test hook (re-reads the env, optional clock).
 */
import { z } from 'zod';
import { WHOLE } from '../schemas';
import { HttpError } from './http';
import { RateLimiter, type Decision } from './rate-limit';

export const CLIENT_HEADER = 'x-atlas-client';
export const LOCAL_CLIENT = 'local';

export type LimitName = 'admin' | 'cpu' | 'writes';

/** per limit: the count and window variables and their defaults, and what the 429 message calls it */
export const RATE_LIMITS = {
  admin: { count: 'ATLAS_RATE_ADMIN_FAILURES', window: 'ATLAS_RATE_ADMIN_WINDOW', defaults: [5, 900], what: 'failed admin-token attempts' },
  cpu: { count: 'ATLAS_RATE_CPU', window: 'ATLAS_RATE_CPU_WINDOW', defaults: [60, 60], what: 'extract/geocode requests' },
  writes: { count: 'ATLAS_RATE_WRITES', window: 'ATLAS_RATE_WRITES_WINDOW', defaults: [120, 60], what: 'writes' },
} as const satisfies Record<LimitName, { count: string; window: string; defaults: readonly [number, number]; what: string }>;
export const MAX_CLIENTS_VAR = 'ATLAS_RATE_MAX_CLIENTS';
const DEFAULT_MAX_CLIENTS = 10_000;

export class RateLimitConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RateLimitConfigError';
  }
}

export interface LimitConfig {
  limit: number;
  windowSeconds: number;
}
export type RateLimitConfig = Record<LimitName, LimitConfig> & { maxClients: number };

function envWhole(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = z.string().trim().regex(WHOLE).transform(Number).pipe(z.number().int().min(min).max(Number.MAX_SAFE_INTEGER)).safeParse(raw);
  if (!n.success) throw new RateLimitConfigError(`${name} must be a whole number >= ${min} written in digits, got "${raw}"`);
  return n.data;
}

/** The limits the env asks for; RateLimitConfigError naming the variable when a value is not a whole number in range. */
export function rateLimitConfig(env: Readonly<Record<string, string | undefined>> = process.env): RateLimitConfig {
  const one = (name: LimitName): LimitConfig => {
    const l = RATE_LIMITS[name];
    return { limit: envWhole(env, l.count, l.defaults[0], 0), windowSeconds: envWhole(env, l.window, l.defaults[1], 1) };
  };
  return { admin: one('admin'), cpu: one('cpu'), writes: one('writes'), maxClients: envWhole(env, MAX_CLIENTS_VAR, DEFAULT_MAX_CLIENTS, 1) };
}

let limiters: Record<LimitName, RateLimiter> | null = null;
let clockOverride: (() => number) | undefined;

function limiter(name: LimitName): RateLimiter {
  if (!limiters) {
    const c = rateLimitConfig();
    const make = (n: LimitName) => new RateLimiter({ limit: c[n].limit, windowMs: c[n].windowSeconds * 1000, maxKeys: c.maxClients, now: clockOverride });
    limiters = { admin: make('admin'), cpu: make('cpu'), writes: make('writes') };
  }
  return limiters[name];
}

/** Test hook: forget every client and re-read the env on next use; `now` replaces the clock (ms). */
export function resetRateLimits(opts: { now?: () => number } = {}): void {
  limiters = null;
  clockOverride = opts.now;
}

/** The client a request counts against: the `x-atlas-client` header (cut to 200 characters), else 'local'. */
export function clientKey(req: Request): string {
  const v = req.headers.get(CLIENT_HEADER)?.trim();
  return v ? v.slice(0, 200) : LOCAL_CLIENT;
}

function tooMany(name: LimitName, d: Decision): HttpError {
  const rl = limiter(name);
  const l = RATE_LIMITS[name];
  const seconds = Math.max(1, Math.ceil(d.retryAfterMs / 1000));
  const rule = `${rl.limit} ${l.what} per ${rl.windowMs / 1000} s per client (${l.count} / ${l.window})`;
  return new HttpError(429, `too many ${l.what} from this client: retry in ${seconds} s`, [{ path: l.count, message: `limit: ${rule}; retry after ${seconds} s` }], {
    'retry-after': String(seconds),
  });
}

/** Counts one request against `cpu` or `writes`; throws the 429 when the client is over that limit. */
export function enforceLimit(req: Request, name: 'cpu' | 'writes'): void {
  const d = limiter(name).take(clientKey(req));
  if (!d.ok) throw tooMany(name, d);
}

/** Before an admin token is compared: a client with no tries left gets the 429, whatever token it sends. */
export function refuseLockedOut(req: Request): void {
  const d = limiter('admin').peek(clientKey(req));
  if (!d.ok) throw tooMany('admin', d);
}

/** After a wrong admin token: counts the failure against the client. */
export function countAdminFailure(req: Request): void {
  limiter('admin').spend(clientKey(req));
}
