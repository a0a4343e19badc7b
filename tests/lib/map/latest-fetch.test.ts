import { describe, expect, it } from 'vitest';
import { LatestFetch, type FetchLike } from '@/lib/map/latest-fetch';

/** A fake fetch whose answers the test releases by hand; records each request and whether it was aborted. */
function manualFetch() {
  const calls: { url: string; signal: AbortSignal; answer: (body: unknown, status?: number) => void }[] = [];
  const fetchFn: FetchLike = (url, init) =>
    new Promise((resolve, reject) => {
      init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      calls.push({ url, signal: init.signal, answer: (body, status = 200) => resolve({ ok: status < 400, status, json: async () => body }) });
    });
  return { calls, fetchFn };
}

describe('LatestFetch', () => {
  it('delivers the answer of the latest key and aborts the stale one', async () => {
    const { calls, fetchFn } = manualFetch();
    const f = new LatestFetch((b) => b as { n: number }, fetchFn);
    const first = f.get('/a');
    const second = f.get('/b');
    expect(calls.map((c) => c.url)).toEqual(['/a', '/b']);
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(await first).toBeNull();
    calls[1]!.answer({ n: 2 });
    expect(await second).toEqual({ n: 2 });
  });
  it('asks nothing for the key in flight or the key last answered', async () => {
    const { calls, fetchFn } = manualFetch();
    const f = new LatestFetch((b) => b, fetchFn);
    const a = f.get('/a');
    expect(await f.get('/a')).toBeNull();
    calls[0]!.answer(1);
    expect(await a).toBe(1);
    expect(await f.get('/a')).toBeNull();
    expect(calls).toHaveLength(1);
    f.reset();
    void f.get('/a');
    expect(calls).toHaveLength(2);
  });
  it('never delivers an answer that arrives after a newer request started', async () => {
    const { calls, fetchFn } = manualFetch();
    // a fetch that ignores abort: the stale answer still arrives, and must be dropped
    const deaf: FetchLike = (url, init) => fetchFn(url, { ...init, signal: new AbortController().signal });
    const f = new LatestFetch((b) => b, deaf);
    const a = f.get('/a');
    const b = f.get('/b');
    calls[0]!.answer('stale');
    calls[1]!.answer('fresh');
    expect(await a).toBeNull();
    expect(await b).toBe('fresh');
  });
  it('rejects on an HTTP error or a parse error, and asks again next time', async () => {
    const { calls, fetchFn } = manualFetch();
    const f = new LatestFetch((b) => {
      if (b === 'bad') throw new Error('unreadable');
      return b;
    }, fetchFn);
    const a = f.get('/a');
    calls[0]!.answer({ error: 'x' }, 500);
    await expect(a).rejects.toThrow(/500/);
    const again = f.get('/a');
    calls[1]!.answer('bad');
    await expect(again).rejects.toThrow(/unreadable/);
    expect(calls).toHaveLength(2);
  });
});
