/**
 * /api/clusters at scale (issue 14, item 3): our route under `next start` against a synthetic SQLite store
 * (bench/synthetic.ts, cached under the OS temp dir) vs a bare node:http + supercluster server over the same points
 * (bench/bare-clusters-server.mjs), 300 deterministic viewports (1280×800 px, zoom 3–12, centred on events),
 * 10 connections with autocannon, each server in its own process. Targets: p99 ≤ 3× and req/s ≥ 0.33× the bare server.
 * Also: the points query and the index build in this process (time, heap), the server's first (cold) answer and RSS.
 * Env: BENCH_CLUSTER_EVENTS (default 1,000,000), BENCH_CLUSTER_SECONDS per server (default 20).
 * Needs a production build (`npx next build --webpack` in a worktree). Run: npm run bench -- clusters.
 */
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import Module from 'node:module';
import { prng, syntheticSqliteDb } from './synthetic';
import { ensureBuild, freePort, startServer } from '../tests/browser/server';

/** autocannon ships no types: the part of its API used here */
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
const autocannon = Module.createRequire(__filename)('autocannon') as (opts: Record<string, unknown>) => Promise<AutocannonResult>;

const log = (m: string) => process.stderr.write(`[clusters.bench] ${m}\n`);
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const mb = (bytes: number) => Math.round(bytes / 1048576);

/** 300 views of a 1280×800 px map at zoom 3–12, centred on random events (deterministic). */
export function viewports(points: readonly { lng: number | null; lat: number | null }[], n = 300, seed = 42): { bbox: string; z: number }[] {
  const rand = prng(seed);
  const placed = points.filter((p) => p.lng !== null && p.lat !== null);
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const lat = (yy: number) => (Math.atan(Math.exp(yy)) * 360) / Math.PI - 90;
  return Array.from({ length: n }, () => {
    const z = 3 + Math.floor(rand() * 10);
    const c = placed[Math.floor(rand() * placed.length)]!;
    const world = 256 * 2 ** z;
    const halfLon = (640 / world) * 360;
    const halfY = (400 / world) * 2 * Math.PI;
    const cy = y(Math.max(-84, Math.min(84, c.lat!)));
    const south = Math.max(-85, lat(cy - halfY));
    const north = Math.min(85, lat(cy + halfY));
    const wrap = (x: number) => (x > 180 ? x - 360 : x < -180 ? x + 360 : x);
    const [west, east] = halfLon >= 180 ? [-180, 180] : [wrap(c.lng! - halfLon), wrap(c.lng! + halfLon)];
    return { bbox: [west, south, east, north].map((v) => v.toFixed(5)).join(','), z };
  });
}

async function load(baseUrl: string, paths: string[], seconds: number) {
  let i = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: 10,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (req: { path: string }) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
  return {
    reqPerSec: r1(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

function rssMb(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : NaN;
  } catch {
    return NaN;
  }
}

/** The next start server's process is a child of the one we spawned: the largest RSS among them. */
function treeRssMb(pid: number | undefined): number {
  if (!pid) return NaN;
  let best = rssMb(pid);
  for (const d of fs.readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) best = Math.max(best, rssMb(Number(d)));
    } catch {
      /* gone */
    }
  }
  return best;
}

async function startBare(file: string): Promise<{ baseUrl: string; pid: number; points: number; buildMs: number; stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--max-old-space-size=4096', path.join(__dirname, 'bare-clusters-server.mjs'), file, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(out.trim());
    });
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  const [, points, buildMs] = line.split(' ');
  return { baseUrl: `http://127.0.0.1:${port}`, pid: child.pid!, points: Number(points), buildMs: Number(buildMs), stop: () => child.kill('SIGTERM') };
}

export async function run(): Promise<Record<string, number | string>> {
  const events = Number(process.env.BENCH_CLUSTER_EVENTS ?? 1_000_000);
  const seconds = Number(process.env.BENCH_CLUSTER_SECONDS ?? 20);
  const db = await syntheticSqliteDb({ events, log });
  log(`${db.cached ? 'cached' : `generated in ${r1(db.seconds)} s:`} ${db.file}`);

  // in this process: the points query and the index build, as the server does them
  const { SqliteStore } = await import('../lib/store/sqlite');
  const { ClusterIndex } = await import('../lib/map/cluster-index');
  const store = await SqliteStore.open(db.file);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let t = performance.now();
  const rows = await store.queryPoints({});
  const pointsMs = performance.now() - t;
  t = performance.now();
  const index = await ClusterIndex.build(rows, 0);
  const buildMs = performance.now() - t;
  gc?.();
  const heapMb = mb(process.memoryUsage().heapUsed - heap0);
  const views = viewports(rows);
  await store.close();
  log(`points query ${Math.round(pointsMs)} ms (${rows.length} rows), index build ${Math.round(buildMs)} ms, ${index.placed} placed`);
  const paths = views.map((v) => `/api/clusters?bbox=${v.bbox}&z=${v.z}`);

  const bare = await startBare(db.file);
  let bareRun: Awaited<ReturnType<typeof load>>;
  let bareRss: number;
  try {
    for (const p of paths) await fetch(bare.baseUrl + p).then((r) => r.arrayBuffer());
    bareRun = await load(bare.baseUrl, paths, seconds);
    bareRss = rssMb(bare.pid);
  } finally {
    bare.stop();
  }
  log(`bare: ${JSON.stringify(bareRun)}`);

  ensureBuild(log);
  const server = await startServer(db.file, { seed: false, readyPath: '/api/clusters?bbox=0,0,1,1&z=0&types=other&from=2100-01-01' });
  let ours: Awaited<ReturnType<typeof load>>;
  let coldMs: number;
  let oursRss: number;
  let rssBefore: number;
  try {
    rssBefore = treeRssMb(server.pid);
    t = performance.now();
    const first = await fetch(server.baseUrl + paths[0]);
    if (!first.ok) throw new Error(`/api/clusters answered ${first.status}: ${await first.text()}`);
    await first.arrayBuffer();
    coldMs = performance.now() - t;
    for (const p of paths) await fetch(server.baseUrl + p).then((r) => r.arrayBuffer());
    ours = await load(server.baseUrl, paths, seconds);
    oursRss = treeRssMb(server.pid);
  } finally {
    await server.stop();
  }
  log(`ours: ${JSON.stringify(ours)}`);

  return {
    events: db.events,
    placedPoints: index.placed,
    barePoints: bare.points,
    viewports: views.length,
    connections: 10,
    seconds,
    pointsQueryMs: Math.round(pointsMs),
    indexBuildMs: Math.round(buildMs),
    indexHeapMb: heapMb,
    bareBuildMs: bare.buildMs,
    serverColdFirstMs: Math.round(coldMs),
    serverRssBeforeMb: rssBefore,
    serverRssMb: oursRss,
    bareRssMb: bareRss,
    oursReqPerSec: ours.reqPerSec,
    bareReqPerSec: bareRun.reqPerSec,
    reqPerSecRatio: r2(ours.reqPerSec / bareRun.reqPerSec),
    oursP50Ms: ours.p50,
    bareP50Ms: bareRun.p50,
    oursP99Ms: ours.p99,
    bareP99Ms: bareRun.p99,
    p99Ratio: r2(ours.p99 / Math.max(1, bareRun.p99)),
    oursErrors: ours.errors + ours.timeouts + ours.non2xx,
    bareErrors: bareRun.errors + bareRun.timeouts + bareRun.non2xx,
    meetsTargets: String(ours.p99 <= 3 * Math.max(1, bareRun.p99) && ours.reqPerSec >= 0.33 * bareRun.reqPerSec),
  };
}
