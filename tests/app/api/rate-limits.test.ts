/**
 * Rate limits on the routes (lib/api/limits.ts): wrong admin tokens, CPU-heavy public routes, writes — per client
 * (`x-atlas-client`), 429 + Retry-After + a JSON body naming the limit; on an injected clock (no sleeps).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as check } from '@/app/api/auth/check/route';
import { POST as ingest } from '@/app/api/articles/route';
import { POST as reprocess } from '@/app/api/articles/[id]/reprocess/route';
import { POST as extract } from '@/app/api/extract/route';
import { GET as geocode } from '@/app/api/geocode/route';
import { POST as addPlace } from '@/app/api/places/route';
import { ApiError } from '@/lib/schemas';
import { rateLimitConfig, resetRateLimits, RateLimitConfigError } from '@/lib/api/limits';
import { tokenCheckResult } from '@/app/_components/use-token-check';
import { fixture, freshStore, get, params, post, withMemoryStoreEnv } from '../../lib/api/support';

const TOKEN = 'rate-limit-test-token';
const RATE_VARS = [
  'ATLAS_RATE_ADMIN_FAILURES',
  'ATLAS_RATE_ADMIN_WINDOW',
  'ATLAS_RATE_CPU',
  'ATLAS_RATE_CPU_WINDOW',
  'ATLAS_RATE_WRITES',
  'ATLAS_RATE_WRITES_WINDOW',
  'ATLAS_RATE_MAX_CLIENTS',
];

let t = 0;
const advance = (seconds: number) => (t += seconds * 1000);

withMemoryStoreEnv();
beforeEach(async () => {
  process.env.ATLAS_ADMIN_TOKEN = TOKEN;
  for (const v of RATE_VARS) delete process.env[v];
  t = 1_700_000_000_000;
  resetRateLimits({ now: () => t });
  await freshStore();
});
afterEach(() => {
  delete process.env.ATLAS_ADMIN_TOKEN;
  for (const v of RATE_VARS) delete process.env[v];
  resetRateLimits();
});

const auth = (client: string, token = TOKEN) => ({ authorization: `Bearer ${token}`, 'x-atlas-client': client });
const checkAs = (client: string, token?: string) => check(get('/api/auth/check', auth(client, token)));

async function expect429(res: Response, variable: string): Promise<number> {
  expect(res.status).toBe(429);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  const retry = res.headers.get('retry-after');
  expect(retry).toMatch(/^[1-9]\d*$/);
  const body = ApiError.parse(await res.json());
  expect(body.error).toMatch(/too many .* retry in \d+ s/);
  expect(body.issues[0]?.path).toBe(variable);
  expect(body.issues[0]?.message).toMatch(new RegExp(`retry after ${retry} s`));
  return Number(retry);
}

describe('wrong admin tokens', () => {
  it('3,000 guesses are not all answered 403: after 5, 429 with Retry-After, even for the right token', async () => {
    const statuses = new Map<number, number>();
    let firstRetry: Response | null = null;
    for (let i = 0; i < 3000; i++) {
      const res = await checkAs('10.0.0.66', `guess-${i}`);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status === 429 && !firstRetry) firstRetry = res;
      else await res.body?.cancel();
    }
    expect(Object.fromEntries(statuses)).toEqual({ 403: 5, 429: 2995 });
    expect(await expect429(firstRetry!, 'ATLAS_RATE_ADMIN_FAILURES')).toBe(180); // 900 s / 5 tries
    await expect429(await checkAs('10.0.0.66'), 'ATLAS_RATE_ADMIN_FAILURES');
    // every admin route refuses that client, before the body is looked at
    await expect429(await ingest(post('/api/articles', '{}', { ...auth('10.0.0.66'), 'content-type': 'application/json' })), 'ATLAS_RATE_ADMIN_FAILURES');
    await expect429(await addPlace(post('/api/places', '{}', { ...auth('10.0.0.66'), 'content-type': 'application/json' })), 'ATLAS_RATE_ADMIN_FAILURES');
    const id = fixture('article-a').article.id;
    await expect429(await reprocess(post(`/api/articles/${id}/reprocess`, null, auth('10.0.0.66')), params(id)), 'ATLAS_RATE_ADMIN_FAILURES');
    await expect429(await check(get('/api/auth/check', { 'x-atlas-client': '10.0.0.66' })), 'ATLAS_RATE_ADMIN_FAILURES'); // no header either
  });

  it('another client is unaffected, and a success there does not reset the locked one', async () => {
    for (let i = 0; i < 6; i++) await checkAs('a', 'wrong');
    expect((await checkAs('b')).status).toBe(204);
    expect((await checkAs('b', 'wrong')).status).toBe(403);
    await expect429(await checkAs('a'), 'ATLAS_RATE_ADMIN_FAILURES');
  });

  it('a try comes back after window / limit; the whole window restores all of them', async () => {
    for (let i = 0; i < 5; i++) expect((await checkAs('a', 'wrong')).status).toBe(403);
    const wait = await expect429(await checkAs('a'), 'ATLAS_RATE_ADMIN_FAILURES');
    advance(wait - 1);
    await expect429(await checkAs('a'), 'ATLAS_RATE_ADMIN_FAILURES');
    advance(1);
    expect((await checkAs('a', 'wrong')).status).toBe(403);
    await expect429(await checkAs('a'), 'ATLAS_RATE_ADMIN_FAILURES');
    advance(900);
    expect((await checkAs('a')).status).toBe(204);
    for (let i = 0; i < 5; i++) expect((await checkAs('a', 'wrong')).status).toBe(403);
    await expect429(await checkAs('a', 'wrong'), 'ATLAS_RATE_ADMIN_FAILURES');
  });

  it('requests without x-atlas-client share the key "local"; a missing token is not a failed guess', async () => {
    for (let i = 0; i < 20; i++) expect((await check(get('/api/auth/check'))).status).toBe(401);
    for (let i = 0; i < 5; i++) expect((await check(get('/api/auth/check', { authorization: 'Bearer x' }))).status).toBe(403);
    await expect429(await check(get('/api/auth/check', { authorization: `Bearer ${TOKEN}` })), 'ATLAS_RATE_ADMIN_FAILURES');
    expect((await checkAs('elsewhere')).status).toBe(204);
  });

  it('the Add page tells a locked-out user to wait, not that the server failed', () => {
    expect(tokenCheckResult(429).message).toMatch(/too many wrong tokens.*wait/);
  });

  it('ATLAS_RATE_ADMIN_FAILURES=0 turns the lockout off', async () => {
    process.env.ATLAS_RATE_ADMIN_FAILURES = '0';
    resetRateLimits({ now: () => t });
    for (let i = 0; i < 50; i++) expect((await checkAs('a', 'wrong')).status).toBe(403);
    expect((await checkAs('a')).status).toBe(204);
  });
});

describe('CPU-heavy public routes', () => {
  const extractAs = (client: string) =>
    extract(post('/api/extract', JSON.stringify({ text: 'Nothing happened here.' }), { 'content-type': 'application/json', 'x-atlas-client': client }));

  it('POST /api/extract: 60 per minute by default, then 429; recovers; other clients unaffected', async () => {
    for (let i = 0; i < 60; i++) expect((await extractAs('a')).status).toBe(200);
    expect(await expect429(await extractAs('a'), 'ATLAS_RATE_CPU')).toBe(1);
    expect((await extractAs('b')).status).toBe(200);
    advance(1);
    expect((await extractAs('a')).status).toBe(200);
    await expect429(await extractAs('a'), 'ATLAS_RATE_CPU');
  });

  it('GET /api/geocode counts against the same limit; the env sets it', async () => {
    process.env.ATLAS_RATE_CPU = '3';
    process.env.ATLAS_RATE_CPU_WINDOW = '30';
    resetRateLimits({ now: () => t });
    const geocodeAs = (client: string) => geocode(get('/api/geocode?q=Odesa', { 'x-atlas-client': client }));
    expect((await geocodeAs('a')).status).toBe(200);
    expect((await extractAs('a')).status).toBe(200);
    expect((await geocodeAs('a')).status).toBe(200);
    expect(await expect429(await geocodeAs('a'), 'ATLAS_RATE_CPU')).toBe(10);
    await expect429(await extractAs('a'), 'ATLAS_RATE_CPU');
    expect((await geocodeAs('b')).status).toBe(200);
    advance(10);
    expect((await geocodeAs('a')).status).toBe(200);
  });
});

describe('writes', () => {
  it('authorised writes per client: over ATLAS_RATE_WRITES is a 429; recovers; another client is unaffected', async () => {
    process.env.ATLAS_RATE_WRITES = '2';
    resetRateLimits({ now: () => t });
    const id = fixture('article-a').article.id;
    const reprocessAs = (client: string) => reprocess(post(`/api/articles/${id}/reprocess`, null, auth(client)), params(id));
    const ingestAs = (client: string, n: number) =>
      ingest(post('/api/articles', JSON.stringify({ title: `Report ${n}`, text: `Shelling hit Kharkiv on Monday, report ${n} said.` }), {
        ...auth(client),
        'content-type': 'application/json',
      }));
    expect((await reprocessAs('a')).status).toBe(200);
    expect((await ingestAs('a', 1)).status).toBe(201);
    expect(await expect429(await ingestAs('a', 2), 'ATLAS_RATE_WRITES')).toBe(30);
    await expect429(await reprocessAs('a'), 'ATLAS_RATE_WRITES');
    expect((await ingestAs('b', 3)).status).toBe(201);
    advance(30);
    expect((await ingestAs('a', 2)).status).toBe(201);
  });

  it('requests refused by auth do not use up the write budget', async () => {
    process.env.ATLAS_RATE_WRITES = '1';
    resetRateLimits({ now: () => t });
    for (let i = 0; i < 10; i++) expect((await ingest(post('/api/articles', '{}', { 'x-atlas-client': 'a' }))).status).toBe(401);
    const id = fixture('article-a').article.id;
    expect((await reprocess(post(`/api/articles/${id}/reprocess`, null, auth('a')), params(id))).status).toBe(200);
  });
});

describe('configuration', () => {
  it('defaults: 5 failures per 900 s, 60 CPU requests and 120 writes per 60 s, 10,000 clients', () => {
    expect(rateLimitConfig({})).toEqual({
      admin: { limit: 5, windowSeconds: 900 },
      cpu: { limit: 60, windowSeconds: 60 },
      writes: { limit: 120, windowSeconds: 60 },
      maxClients: 10_000,
    });
  });
  it.each([
    ['ATLAS_RATE_CPU', 'abc'],
    ['ATLAS_RATE_CPU', '-1'],
    ['ATLAS_RATE_WRITES', '1.5'],
    ['ATLAS_RATE_ADMIN_FAILURES', '0x10'],
    ['ATLAS_RATE_ADMIN_FAILURES', '1e3'],
    ['ATLAS_RATE_CPU_WINDOW', '0'],
    ['ATLAS_RATE_WRITES_WINDOW', 'NaN'],
    ['ATLAS_RATE_MAX_CLIENTS', '0'],
  ])('%s=%s is a clear error naming the variable', (name, value) => {
    expect(() => rateLimitConfig({ [name]: value })).toThrow(RateLimitConfigError);
    expect(() => rateLimitConfig({ [name]: value })).toThrow(new RegExp(`${name} must be a whole number >= [01] written in digits, got "${value}"`));
  });
  it('a bad value fails the first request that needs it with a JSON 500 (and a logged reason), not NaN limits', async () => {
    process.env.ATLAS_RATE_CPU = 'lots';
    resetRateLimits();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await extract(post('/api/extract', JSON.stringify({ text: 'x' }), { 'content-type': 'application/json' }));
    expect(res.status).toBe(500);
    expect(ApiError.parse(await res.json()).error).toMatch(/internal error/);
    expect(String(logged.mock.calls[0]?.[1])).toMatch(/ATLAS_RATE_CPU must be a whole number/);
    logged.mockRestore();
  });
});
