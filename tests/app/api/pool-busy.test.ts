/**
 * The write routes answer for the worker pool (issue 14): a full queue is 503 with Retry-After, a job over its
 * time 504, a dead worker 500 — each a JSON body — and nothing is stored when the reader did not finish.
 * The shared pool is replaced by one whose every job fails the given way.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/schemas';
import { PoolBusyError, PoolCrashError, PoolTimeoutError, type PipelinePool } from '@/lib/pipeline/pool';
import { post } from '../../lib/api/support';

let failWith: Error | null = null;
vi.mock('@/lib/pipeline/pool', async (orig) => {
  const mod = await orig<typeof import('@/lib/pipeline/pool')>();
  const fake = { run: () => Promise.reject(failWith) } as unknown as PipelinePool;
  return { ...mod, sharedPool: () => (failWith ? fake : null) };
});

const TOKEN = 'pool-busy-test-token';
beforeAll(() => {
  process.env.DATABASE_URL = 'memory:';
  process.env.ATLAS_SEED = '0';
  process.env.ATLAS_ADMIN_TOKEN = TOKEN;
});
afterEach(() => {
  failWith = null;
});

const TEXT = 'Shelling hit Idlib on Monday, killing 3 people.';

describe('worker pool errors through the routes', () => {
  it('POST /api/extract: 503 with Retry-After when the queue is full, 504 on timeout, 500 on a crash', async () => {
    const { POST } = await import('@/app/api/extract/route');
    const call = () => POST(post('/api/extract', JSON.stringify({ text: TEXT }), { 'content-type': 'application/json' }));
    failWith = new PoolBusyError(7);
    let res = await call();
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(ApiError.parse(await res.json()).error).toMatch(/busy/);
    failWith = new PoolTimeoutError(120_000);
    res = await call();
    expect(res.status).toBe(504);
    expect(ApiError.parse(await res.json()).error).toMatch(/longer than 120 s/);
    failWith = new PoolCrashError('exited with code 1');
    res = await call();
    expect(res.status).toBe(500);
    expect(ApiError.parse(await res.json()).error).toMatch(/replaced/);
    failWith = null;
    expect((await call()).status).toBe(200);
  });

  it('POST /api/articles: 503 with Retry-After and nothing stored', async () => {
    const { POST, GET } = await import('@/app/api/articles/route');
    failWith = new PoolBusyError(3);
    const res = await POST(post('/api/articles', JSON.stringify({ title: 'Idlib shelling', text: TEXT }), { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('3');
    failWith = null;
    const list = (await (await GET(new Request('http://localhost/api/articles'))).json()) as { articles: { title: string }[] };
    expect(list.articles.map((a) => a.title)).not.toContain('Idlib shelling');
  });
});
