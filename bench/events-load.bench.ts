/**
 * Reads under load (issue 14, item 3 second bullet and item 4 last bullet), against the PRODUCTION server
 * (tests/browser/server.ts startServer: `next start` on its own SQLite file, seeded like `npm start`):
 *  (a) /api/events — a few realistic filtered queries, ≤ 500 rows each — under 50 connections (autocannon), vs a
 *      bare node:http + better-sqlite3 server running the SAME statements on the same file (bench/bare-events-server.ts).
 *      Targets: req/s ≥ 0.5× bare; p99 loaded ≤ 10× unloaded; 0 errors, 0 timeouts.
 *  (b) 50 connections on the read routes (/api/events, /api/actors, /, /api/places) for 30 s while 500 articles
 *      (the bundled corpus re-titled, never dev-set text) are POSTed to /api/articles with the admin token:
 *      0 errors, 0 timeouts, p99 reported.
 * Needs a production build (in a worktree: `npx next build --webpack`). Usage: `npm run bench -- events-load`;
 * EVENTS_LOAD_QUICK=1 for a short run (5 s loads, 60 articles). Numbers: docs/PERFORMANCE.md "Reads under load".
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allowServerOnly } from '../scripts/server-context';
import { ADMIN_TOKEN, freePort, ROOT, startServer } from '../tests/browser/server';
import { load } from './autocannon';

type Metrics = Record<string, number | string>;

const QUICK = process.env.EVENTS_LOAD_QUICK === '1';
const CONNECTIONS = 50;
const LOAD_S = QUICK ? 5 : 10;
const MIXED_S = QUICK ? 10 : 30;
const INGEST = QUICK ? 60 : 500;
const INGEST_GRACE_S = QUICK ? 10 : 60;

/** the filtered views the bench asks for (each ≤ 500 rows) */
const QUERIES = ['bbox=35,32,43,38&limit=500', 'types=airstrike,shelling,clash&limit=500', 'from=2015-01-01&to=2025-12-31&limit=500', 'bbox=30,25,50,42&includeBackground=true&limit=500'];

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
const r2 = (x: number) => Math.round(x * 100) / 100;

/** sequential requests, one at a time: the unloaded latency */
async function unloaded(base: string, paths: string[], rounds: number): Promise<{ p50: number; p99: number }> {
  const ms: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const p of paths) {
      const t0 = performance.now();
      const res = await fetch(base + p);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${p} answered ${res.status}`);
      ms.push(performance.now() - t0);
    }
  }
  ms.sort((a, b) => a - b);
  return { p50: r2(pct(ms, 50)), p99: r2(pct(ms, 99)) };
}

async function startBare(db: string, queriesFile: string): Promise<{ base: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(__dirname, 'bare-events-server.ts'), db, queriesFile, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

/** POSTs `n` re-titled copies of the bundled articles, two at a time; 429/503 are waited out (Retry-After) */
async function ingest(base: string, n: number, stop: { after: number }): Promise<{ created: number; failed: number; retried: number; ms: number }> {
  const { loadArticles } = await import('../lib/corpus');
  const articles = loadArticles();
  const run = Date.now().toString(36);
  let next = 0;
  let created = 0;
  let failed = 0;
  let retried = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < n && Date.now() < stop.after) {
      const i = next++;
      const a = articles[i % articles.length]!;
      // the id is the title's slug, cut, + a hash of the body: the copy tag goes first to make a new id
      const body = JSON.stringify({ title: `Copy ${run}-${i}: ${a.title}`, text: a.body, published: a.published ?? undefined, source: 'events-load bench' });
      for (;;) {
        const res = await fetch(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` }, body });
        await res.arrayBuffer();
        if (res.status === 429 || res.status === 503) {
          retried++;
          await new Promise((r) => setTimeout(r, 1000 * Number(res.headers.get('retry-after') ?? 1)));
          continue;
        }
        if (res.status === 201 || res.status === 200) created++;
        else if (++failed === 1) console.error(`[events-load] ingest answered ${res.status}`);
        break;
      }
    }
  };
  await Promise.all([worker(), worker()]);
  return { created, failed, retried, ms: Math.round(performance.now() - t0) };
}

export async function run(): Promise<Metrics> {
  allowServerOnly();
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) throw new Error('no production build: run `npx next build --webpack` first');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-events-load-'));
  const db = path.join(tmp, 'atlas.db');
  const server = await startServer(db);
  const out: Metrics = { connections: CONNECTIONS, loadSeconds: LOAD_S, quick: QUICK ? 1 : 0 };
  let bare: Awaited<ReturnType<typeof startBare>> | null = null;
  try {
    // the statements the app runs for each query (limit + 1: the app asks one more to know `truncated`)
    const { SqliteStore } = await import('../lib/store/sqlite');
    const { buildEventQuery } = await import('../lib/store/sqlite-query');
    const { EventQuery } = await import('../lib/schemas');
    const store = await SqliteStore.open(db);
    const statements = QUERIES.map((qs) => {
      const q = EventQuery.parse(Object.fromEntries(new URLSearchParams(qs)));
      const q1 = { ...q, limit: (q.limit ?? 1000) + 1 };
      return buildEventQuery(q1, null, store.choosePlan(q1));
    });
    const rows = statements.map((s) => (store.db.prepare(s.sql).pluck().all(...s.params) as unknown[]).length);
    out.events = (store.db.prepare('SELECT count(*) FROM events').pluck().get() as number) ?? 0;
    out.rowsPerQuery = rows.join(',');
    await store.close();
    const queriesFile = path.join(tmp, 'queries.json');
    writeFileSync(queriesFile, JSON.stringify(statements));
    bare = await startBare(db, queriesFile);

    const appPaths = QUERIES.map((q) => `/api/events?${q}`);
    const barePaths = QUERIES.map((_, i) => `/q/${i}`);
    // (a) unloaded, then 50 connections; app and bare one after the other
    const appQuiet = await unloaded(server.baseUrl, appPaths, QUICK ? 10 : 25);
    const bareQuiet = await unloaded(bare.base, barePaths, QUICK ? 10 : 25);
    const app = await load(server.baseUrl, appPaths, CONNECTIONS, LOAD_S);
    const base = await load(bare.base, barePaths, CONNECTIONS, LOAD_S);
    Object.assign(out, {
      'app unloaded p50Ms': appQuiet.p50,
      'app unloaded p99Ms': appQuiet.p99,
      'bare unloaded p50Ms': bareQuiet.p50,
      'bare unloaded p99Ms': bareQuiet.p99,
      'app rps': app.rps,
      'app p50Ms': app.p50Ms,
      'app p99Ms': app.p99Ms,
      'app errors': app.errors,
      'app timeouts': app.timeouts,
      'app non2xx': app.non2xx,
      'bare rps': base.rps,
      'bare p99Ms': base.p99Ms,
      'bare errors': base.errors + base.timeouts,
      'rps ratio app/bare': r2(app.rps / base.rps),
      'p99 loaded/unloaded': r2(app.p99Ms / Math.max(1, appQuiet.p99)),
    });
    bare.stop();
    bare = null;

    // (b) the read routes under 50 connections while an ingest runs
    const mixed = [...appPaths, '/api/actors', '/', '/api/places', '/api/events?q=Aleppo&limit=500'];
    // the ingest starts with the load and may outlast it; it is cut INGEST_GRACE_S after the load ends (bench wall time)
    const stop = { after: Infinity };
    const ingesting = ingest(server.baseUrl, INGEST, stop);
    const during = await load(server.baseUrl, mixed, CONNECTIONS, MIXED_S);
    stop.after = Date.now() + INGEST_GRACE_S * 1000;
    const ing = await ingesting;
    Object.assign(out, {
      'mixed seconds': MIXED_S,
      'mixed rps': during.rps,
      'mixed p50Ms': during.p50Ms,
      'mixed p99Ms': during.p99Ms,
      'mixed maxMs': during.maxMs,
      'mixed errors': during.errors,
      'mixed timeouts': during.timeouts,
      'mixed non2xx': during.non2xx,
      'mixed statuses': during.statuses,
      'ingest articles': INGEST,
      'ingest created': ing.created,
      'ingest failed': ing.failed,
      'ingest retried (429/503)': ing.retried,
      'ingest ms': ing.ms,
    });
    const missed: string[] = [];
    if (app.rps < 0.5 * base.rps) missed.push(`req/s ${out['rps ratio app/bare']}× bare < 0.5×`);
    if (app.p99Ms > 10 * Math.max(1, appQuiet.p99)) missed.push(`p99 ${out['p99 loaded/unloaded']}× unloaded > 10×`);
    if (app.errors + app.timeouts + app.non2xx) missed.push('errors under load');
    if (during.errors + during.timeouts + during.non2xx) missed.push('errors under load + ingest');
    if (ing.failed) missed.push(`${ing.failed} ingest requests failed`);
    if (ing.created < INGEST) out['ingest note'] = `cut at ${ing.created} of ${INGEST} articles, ${INGEST_GRACE_S} s after the load ended`;
    out.loadAvg1m = r2(os.loadavg()[0]!);
    out.target = missed.length ? `MISSED: ${missed.join('; ')}` : 'met';
    return out;
  } finally {
    bare?.stop();
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().then(
    (m) => console.log(JSON.stringify(m, null, 2)),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
