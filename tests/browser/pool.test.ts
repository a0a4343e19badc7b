/**
 * Issue 14, "reads never wait on extraction": a public POST /api/extract over thousands of place names runs in
 * the worker pool (lib/pipeline/pool.ts), so GET /api/actors and /api/events sent meanwhile answer at once, while
 * the extraction is still running, and the extraction still returns what the reader gives in-process.
 * Before the pool, the extraction ran on the request thread and the first GET waited for all of it.
 * POOL_TEST_NAMES sets how many place names the posted text holds (default 4,000).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from './server';

let server: RunningServer;
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-pool-'));
  server = await startServer(path.join(tmp, 'atlas.db'));
});
afterAll(async () => {
  await server?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A long report: sentences naming two towns each, NAMES names in all. */
function longText(names: number): string {
  const towns = ['Aleppo', 'Homs', 'Hama', 'Idlib', 'Raqqa', 'Mosul', 'Kirkuk', 'Erbil', 'Tikrit', 'Fallujah', 'Ramadi', 'Basra', 'Daraa', 'Latakia', 'Manbij'];
  const out: string[] = [];
  for (let i = 0; i < names; i += 2) {
    out.push(`Shelling hit ${towns[i % towns.length]} and ${towns[(i + 7) % towns.length]} on Monday, killing ${(i % 9) + 2} people.`);
  }
  return out.join(' ');
}

const GET_BOUND_MS = 1500;

describe('worker pool: reads never wait on extraction', () => {
  it('GET /api/actors and /api/events answer while a large extraction runs, and the extraction is right', async () => {
    const base = server.baseUrl;
    // first hits load the read routes: not what is measured
    for (const p of ['/api/actors', '/api/events?limit=5']) expect((await fetch(base + p)).status).toBe(200);

    const text = longText(Number(process.env.POOL_TEST_NAMES ?? 4000));
    const t0 = performance.now();
    let extractDoneAt = Infinity;
    const extract = fetch(`${base}/api/extract`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, published: '2024-03-04' }),
    }).then(async (res) => {
      const body = (await res.json()) as { mentions: unknown[]; events: unknown[] };
      extractDoneAt = performance.now() - t0;
      return { status: res.status, body };
    });

    const gets: { path: string; ms: number; doneAt: number; status: number }[] = [];
    const paths = ['/api/actors', '/api/events?limit=50'];
    let settled = false;
    void extract.finally(() => (settled = true));
    // keep reading until the extraction answers (or two minutes pass)
    while (!settled && performance.now() - t0 < 120_000) {
      const p = paths[gets.length % paths.length]!;
      const t = performance.now();
      const res = await fetch(base + p);
      await res.arrayBuffer();
      gets.push({ path: p, ms: performance.now() - t, doneAt: performance.now() - t0, status: res.status });
      await new Promise((r) => setTimeout(r, 100));
    }
    const { status, body } = await extract;
    const summary = JSON.stringify({ extractMs: Math.round(extractDoneAt), gets: gets.map((g) => [g.path, Math.round(g.ms), Math.round(g.doneAt)]) });
    console.log(`[pool.test] extraction ${Math.round(extractDoneAt)} ms; ${gets.length} reads meanwhile, slowest ${Math.round(Math.max(...gets.map((g) => g.ms)))} ms`);

    expect(status, summary).toBe(200);
    // the reads answered while the extraction was still running, each quickly
    const during = gets.filter((g) => g.doneAt < extractDoneAt);
    expect(during.length, summary).toBeGreaterThanOrEqual(5);
    for (const g of gets.slice(0, -1)) expect(g.doneAt, summary).toBeLessThan(extractDoneAt);
    for (const g of gets) {
      expect(g.status, summary).toBe(200);
      expect(g.ms, summary).toBeLessThan(GET_BOUND_MS);
    }

    // and the pool gives what the reader gives in-process
    const { processText } = await import('../../lib/pipeline');
    const local = processText(text, { published: '2024-03-04' });
    expect(body.mentions.length).toBe(local.mentions.length);
    expect(body).toEqual(JSON.parse(JSON.stringify({ mentions: local.mentions, events: local.events })));
  }, 300_000);
});
