/**
 * Issue 14, "beyond one machine": two production servers on ONE PostGIS database. An article posted through
 * instance A is served by instance B's /api/events within a second, and B's cached answers from before the post
 * are not served after it (cache invalidation through the database: lib/store notify.ts, NOTIFY atlas_changes).
 * Runs against a throwaway PostgreSQL cluster (or TEST_DATABASE_URL); skipped, the reason in its name, without one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ADMIN_TOKEN, startServer, type RunningServer } from './server';
import { pgUnavailableReason, startPgCluster, type PgCluster } from '../lib/store/pg-cluster';

const reason = pgUnavailableReason();

const MARK = `Vqzk${Date.now().toString(36)}`;
const text = [
  `Syrian government forces shelled rebel positions in Idlib on Tuesday, killing at least 12 people, the ${MARK} monitor said.`,
  'Residents said the shelling continued overnight in Idlib.',
].join('\n\n');

async function count(base: string, query: string): Promise<number> {
  const res = await fetch(`${base}/api/events${query}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { meta: { count: number } }).meta.count;
}

describe.skipIf(reason !== null)(`two instances on one PostGIS${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let cluster: PgCluster;
  let a: RunningServer;
  let b: RunningServer;
  let tmp: string;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-instances-'));
    cluster = await startPgCluster('atlas_instances');
    // one after the other: the first seeds, the second finds the seed mark
    a = await startServer(path.join(tmp, 'unused-a.db'), { databaseUrl: cluster.url });
    b = await startServer(path.join(tmp, 'unused-b.db'), { databaseUrl: cluster.url });
  }, 300_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await cluster?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('an article posted through A is served by B within a second; B drops what it cached before', async () => {
    const all = await count(b.baseUrl, '');
    expect(all).toBeGreaterThan(0);
    expect(await count(b.baseUrl, `?q=${MARK}`)).toBe(0); // now cached by B
    expect(await count(b.baseUrl, '')).toBe(all);
    const res = await fetch(`${a.baseUrl}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ title: `Shelling report ${MARK}`, text, published: '2024-03-05', source: 'instances test' }),
    });
    const posted = (await res.json()) as { events: number };
    expect(res.status, JSON.stringify(posted)).toBe(201);
    expect(posted.events).toBeGreaterThan(0);
    const t0 = Date.now();
    let seen = 0;
    while (Date.now() - t0 < 3000 && (seen = await count(b.baseUrl, `?q=${MARK}`)) === 0) await new Promise((r) => setTimeout(r, 25));
    const ms = Date.now() - t0;
    console.info(`[instances] B served the article posted through A ${ms} ms after A answered`);
    expect(seen).toBe(posted.events);
    expect(ms, `B served the new article after ${ms} ms`).toBeLessThan(1000);
    expect(await count(b.baseUrl, '')).toBe(all + posted.events); // B's cached count from before is not served
  });
});
