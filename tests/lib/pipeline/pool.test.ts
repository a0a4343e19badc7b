/**
 * lib/pipeline/pool.ts: the bounded worker pool the write paths read in (issue 14, "reads never wait on
 * extraction"). The pool's mechanics run against a stand-in worker (tests/support/pool-worker.mjs): a full queue
 * is a 503 with Retry-After, a crash or a timeout fails that job only and the worker is replaced, an entry that
 * cannot start falls back to in-process. The real worker (scripts/pipeline-worker.mjs) gives exactly what
 * processText / processArticle give in-process.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { errorToResponse } from '@/lib/api/http';
import { cleanArticle, processArticle, processText } from '@/lib/pipeline';
import { PipelinePool, PoolBusyError, PoolCrashError, PoolTimeoutError, PoolUnavailableError, type PoolOptions } from '@/lib/pipeline/pool';
import { offload } from '@/lib/pipeline/offload';
import { ServiceError } from '@/lib/schemas';

/** the stand-in worker's jobs */
type PoolJobForTest = { kind: 'echo'; value?: unknown } | { kind: 'spin'; ms: number } | { kind: 'crash' } | { kind: 'throw' };

const ROOT = path.resolve(__dirname, '../../..');
const FAKE = path.join(ROOT, 'tests/support/pool-worker.mjs');
const REAL = path.join(ROOT, 'scripts/pipeline-worker.mjs');

const pools: PipelinePool[] = [];
function pool(opts: Partial<PoolOptions> = {}): PipelinePool {
  const p = new PipelinePool({ size: 1, queueMax: 2, timeoutMs: 5_000, entry: FAKE, log: () => {}, ...opts });
  pools.push(p);
  return p;
}
const job = (j: PoolJobForTest) => j as never;

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close(0)));
  delete process.env.WORKER_FAIL_ON_START;
});

describe('PipelinePool mechanics', () => {
  it('runs jobs and returns their results', async () => {
    const p = pool({ size: 2 });
    const out = await Promise.all([1, 2, 3, 4].map((value) => p.run(job({ kind: 'echo', value }))));
    expect(out).toEqual([1, 2, 3, 4].map((value) => ({ echo: value })));
    expect(p.stats()).toMatchObject({ size: 2, started: 2, running: 0, queued: 0 });
  });

  it('a full queue refuses the next job with a 503 and Retry-After', async () => {
    const p = pool({ size: 1, queueMax: 2 });
    await p.run(job({ kind: 'echo' })); // ready
    const running = p.run(job({ kind: 'spin', ms: 600 }));
    await vi.waitFor(() => expect(p.stats().running).toBe(1));
    const queued = [p.run(job({ kind: 'echo', value: 'a' })), p.run(job({ kind: 'echo', value: 'b' }))];
    const refused = await p.run(job({ kind: 'echo', value: 'c' })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PoolBusyError);
    const res = errorToResponse(refused, 'test');
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await res.json()).error).toMatch(/busy/);
    // the accepted ones still finish
    await expect(running).resolves.toEqual({ echo: null });
    await expect(Promise.all(queued)).resolves.toEqual([{ echo: 'a' }, { echo: 'b' }]);
  });

  it('a worker that dies fails its job only (500) and is replaced', async () => {
    const p = pool({ size: 1 });
    await p.run(job({ kind: 'echo' }));
    const crashed = p.run(job({ kind: 'crash' })).catch((e: unknown) => e);
    const after = p.run(job({ kind: 'echo', value: 'next' })); // queued behind the crash
    const err = await crashed;
    expect(err).toBeInstanceOf(PoolCrashError);
    expect(errorToResponse(err, 'test').status).toBe(500);
    await expect(after).resolves.toEqual({ echo: 'next' });
    const thrown = await p.run(job({ kind: 'throw' })).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(PoolCrashError);
    expect((thrown as Error).message).toMatch(/uncaught in worker/);
    await expect(p.run(job({ kind: 'echo', value: 2 }))).resolves.toEqual({ echo: 2 });
    expect(p.stats().replaced).toBe(2);
  });

  it('a job over its time is stopped (504), the worker replaced, the next job runs', async () => {
    const p = pool({ size: 1, timeoutMs: 2_000 }); // generous: an echo on a loaded host must not time out
    await p.run(job({ kind: 'echo' }));
    const err = await p.run(job({ kind: 'spin', ms: 60_000 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PoolTimeoutError);
    expect(err).toBeInstanceOf(ServiceError);
    expect(errorToResponse(err, 'test').status).toBe(504);
    await expect(p.run(job({ kind: 'echo', value: 'ok' }))).resolves.toEqual({ echo: 'ok' });
    expect(p.stats().replaced).toBe(1);
  });

  it('close() refuses new jobs and ends the workers', async () => {
    const p = pool();
    await p.run(job({ kind: 'echo' }));
    await p.close();
    expect(p.stats().ready).toBe(0);
    expect((await p.run(job({ kind: 'echo' })).catch((e: unknown) => e)) as ServiceError).toMatchObject({ status: 503 });
  });
});

describe('a pool that cannot start falls back to in-process', () => {
  const text = 'Syrian government forces shelled Idlib on Tuesday, killing 4 civilians.';

  it('missing entry: unavailable, and offload() reads in-process with one warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const p = pool({ entry: path.join(ROOT, 'scripts/no-such-worker.mjs') });
    await expect(p.run(job({ kind: 'echo' }))).rejects.toBeInstanceOf(PoolUnavailableError);
    const out = await offload({ kind: 'extract', text, published: '2024-03-05' }, p);
    const local = processText(text, { published: '2024-03-05' });
    expect(out.mentions).toEqual(local.mentions);
    expect(out.events).toEqual(local.events);
    expect(warn.mock.calls.flat().join(' ')).toMatch(/no-such-worker\.mjs.*in-process/);
    warn.mockRestore();
  });

  it('a worker that dies while loading: unavailable, queued jobs fall back', async () => {
    process.env.WORKER_FAIL_ON_START = '1';
    const logs: string[] = [];
    const p = pool({ size: 2, log: (m) => logs.push(m) });
    const out = await offload({ kind: 'extract', text, published: null }, p);
    expect(out.mentions.length).toBeGreaterThan(0);
    expect(logs.join('\n')).toMatch(/failed to start.*cannot load the reader/);
    await expect(p.run(job({ kind: 'echo' }))).rejects.toBeInstanceOf(PoolUnavailableError);
  });
});

describe('the real worker gives what the reader gives in-process', () => {
  const texts = [
    'Syrian government forces shelled rebel positions in Idlib on Tuesday, killing at least 12 people.',
    'An airstrike hit a market in Maarat al-Numan, 30 km south of Idlib, on 3 March; two children were among the dead. Protesters later gathered in Aleppo.',
    'Clashes between Kurdish fighters and Turkish-backed groups near Manbij and Kobani left 7 dead, the monitor said.',
  ];

  it('extract and read jobs; a job that throws fails alone and the worker stays', async () => {
    const p = pool({ size: 1, entry: REAL, timeoutMs: 120_000 });
    for (const t of texts) {
      const got = await p.run({ kind: 'extract', text: t, published: '2024-03-05' });
      const want = processText(t, { published: '2024-03-05' });
      expect(got.mentions).toEqual(want.mentions);
      expect(got.events).toEqual(want.events);
    }
    const article = cleanArticle({ title: 'Idlib', text: texts[0]!, published: '2024-03-05', source: null, url: null });
    expect(await p.run({ kind: 'read', article, overlay: [] })).toEqual(processArticle(article));
    const bad = await p.run({ kind: 'read', article: null as never, overlay: [] }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(Error);
    expect(bad).not.toBeInstanceOf(ServiceError);
    expect((bad as Error).message).toMatch(/in a pipeline worker/);
    expect(p.stats()).toMatchObject({ replaced: 0, ready: 1 });
    expect(p.stats().warmups[0]!.loadMs).toBeGreaterThan(0);
  }, 120_000);
});
