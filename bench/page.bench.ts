/**
 * Map page budgets (issue 13): first-load JS within +15% of the issue-13 baseline (190 KB gzipped with the
 * map chunk → ≤ 218 KB; the entry chunks alone 141 → ≤ 162 KB), and the first view's markers painted ≤ 1 s
 * after navigation.
 *  - initialJsGzKb: the `/` route's entry chunks from the production build (.next: app-build-manifest.json
 *    for webpack builds, else server/app/page_client-reference-manifest.js for Turbopack) + rootMainFiles,
 *    each gzipped (level 9). Needs `next build` first (the lead builds before benches run).
 *  - firstLoadJsGzKb / paintMs: with ATLAS_BENCH_URL set to a running server (e.g. http://127.0.0.1:3000),
 *    Chromium (playwright-core) loads `/`; every JS response until the markers are painted is gzipped and
 *    summed (this includes the lazily loaded Leaflet map chunk), and paintMs is the time from navigation
 *    start until the markers on the map account for every placed event inside the first view's box
 *    (lib/map/bounds.ts robustBounds of the placed events, what the map frames: far venues are off screen).
 *    Without ATLAS_BENCH_URL it starts the production build itself (tests/browser/server.ts).
 * Usage: npm run bench -- page   (after `npm run build`)
 *
 * Last numbers: see bench/results.json (written by bench/run.ts); budgets are checked in `budgetOk`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { inBBox, robustBounds } from '../lib/map/bounds';

type Metrics = Record<string, number | string>;

const ROOT = path.resolve(__dirname, '..');
const NEXT = path.join(ROOT, '.next');
const BUDGET_JS_KB = 218;
const BUDGET_INITIAL_JS_KB = 162;
const BUDGET_PAINT_MS = 1000;
const ROUTE = '/page';

const gzKb = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length / 1024;
const round1 = (n: number) => Math.round(n * 10) / 10;

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
}

/** The `/` route's entry JS files (paths relative to .next/), from whichever manifest the build wrote. */
export function routeChunks(nextDir = NEXT): { files: string[]; source: string } {
  const build = readJson<{ rootMainFiles?: string[]; polyfillFiles?: string[] }>(path.join(nextDir, 'build-manifest.json'));
  const root = build?.rootMainFiles ?? [];
  const appBuild = readJson<{ pages: Record<string, string[]> }>(path.join(nextDir, 'app-build-manifest.json'));
  if (appBuild?.pages[ROUTE]) {
    const files = [...root, ...appBuild.pages[ROUTE], ...(appBuild.pages['/layout'] ?? [])];
    return { files: [...new Set(files)].filter((f) => f.endsWith('.js')), source: 'app-build-manifest.json' };
  }
  const crm = path.join(nextDir, 'server/app/page_client-reference-manifest.js');
  if (existsSync(crm)) {
    const sandbox = { globalThis: {} as Record<string, unknown>, self: {} };
    sandbox.globalThis = sandbox as unknown as Record<string, unknown>;
    vm.runInNewContext(readFileSync(crm, 'utf8'), sandbox);
    const manifests = (sandbox as unknown as { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> }).__RSC_MANIFEST ?? {};
    const m = manifests[ROUTE] ?? Object.values(manifests)[0];
    const entry = Object.values(m?.entryJSFiles ?? {}).flat();
    const files = [...root, ...entry].map((f) => f.replace(/^\/?_next\//, '').replace(/^\//, ''));
    return { files: [...new Set(files)].filter((f) => f.endsWith('.js')), source: 'page_client-reference-manifest.js' };
  }
  throw new Error('no route manifest in .next: run `next build` first (npm run build)');
}

function initialJs(): Metrics {
  if (!existsSync(path.join(NEXT, 'BUILD_ID'))) return { initialJs: 'skipped: no production build in .next (run npm run build)' };
  let chunks: { files: string[]; source: string };
  try {
    chunks = routeChunks();
  } catch (err) {
    return { initialJs: `skipped: ${(err as Error).message}` };
  }
  const { files, source } = chunks;
  let kb = 0;
  let missing = 0;
  for (const f of files) {
    const file = path.join(NEXT, f);
    if (!existsSync(file)) {
      missing++;
      continue;
    }
    kb += gzKb(readFileSync(file));
  }
  return { initialJsGzKb: round1(kb), initialJsFiles: files.length, initialJsMissing: missing, manifest: source };
}

async function placedEventCount(base: string): Promise<number> {
  const res = await fetch(`${base}/api/events`);
  if (!res.ok) throw new Error(`GET /api/events → ${res.status}`);
  const body = (await res.json()) as { features: { geometry: { coordinates: [number, number] } | null }[] };
  const placed = body.features.flatMap((f) => (f.geometry ? [f.geometry.coordinates] : []));
  const box = robustBounds(placed);
  return box ? placed.filter((p) => inBBox(p, box.bbox)).length : 0;
}

async function paint(base: string): Promise<Metrics> {
  const { chromium } = await import('playwright-core');
  // @ts-expect-error plain ESM helper without types
  const { ensureChromium } = (await import('../scripts/ensure-chromium.mjs')) as { ensureChromium: () => string };
  const expected = await placedEventCount(base);
  const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-sync', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'] });
  try {
    const runs: { paintMs: number; jsKb: number; jsFiles: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const js: Promise<number>[] = [];
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script' || r.url().endsWith('.js')) js.push(r.body().then((b) => gzKb(b)).catch(() => 0));
      });
      // record when the markers first stand for every placed event (clusters count their members)
      // (a string, not a function: tsx's keepNames helpers do not exist in the page)
      await page.addInitScript(`(() => {
        const want = ${expected};
        const count = () => Array.from(document.querySelectorAll('.atlas-marker, .atlas-cluster'))
          .reduce((n, el) => n + (el.classList.contains('atlas-cluster') ? Number(el.getAttribute('data-count') || 0) : 1), 0);
        new MutationObserver(() => {
          if (window.__paintAt === undefined && count() >= want) window.__paintAt = performance.now();
        }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-count'] });
      })();`);
      await page.goto(`${base}/`, { waitUntil: 'load' });
      await page.waitForFunction(() => (window as unknown as { __paintAt?: number }).__paintAt !== undefined, undefined, { timeout: 20_000 });
      const paintMs = await page.evaluate(() => (window as unknown as { __paintAt: number }).__paintAt);
      const sizes = await Promise.all(js);
      runs.push({ paintMs, jsKb: sizes.reduce((a, b) => a + b, 0), jsFiles: sizes.length });
      await context.close();
    }
    const paints = runs.map((r) => r.paintMs).sort((a, b) => a - b);
    return {
      eventsInFirstView: expected,
      paintMsMedian: Math.round(paints[1]!),
      paintMsFirst: Math.round(runs[0]!.paintMs),
      firstLoadJsGzKb: round1(runs[0]!.jsKb),
      firstLoadJsFiles: runs[0]!.jsFiles,
    };
  } finally {
    await browser.close();
  }
}

export async function run(): Promise<Metrics> {
  const out: Metrics = { budgetJsKb: BUDGET_JS_KB, budgetInitialJsKb: BUDGET_INITIAL_JS_KB, budgetPaintMs: BUDGET_PAINT_MS, ...initialJs() };
  let base = process.env.ATLAS_BENCH_URL?.replace(/\/$/, '');
  let own: { stop(): Promise<void> } | null = null;
  let tmp: string | null = null;
  if (!base && existsSync(path.join(NEXT, 'BUILD_ID'))) {
    // no server given: start the production build on a free port against a fresh seeded database
    const { startServer } = await import('../tests/browser/server');
    tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-page-bench-'));
    const server = await startServer(path.join(tmp, 'atlas.db'));
    own = server;
    base = server.baseUrl;
    await fetch(base + '/api/events'); // seed and warm up before timing
  }
  try {
    if (!base) out.paint = 'skipped: no production build (run next build) and no ATLAS_BENCH_URL';
    else Object.assign(out, await paint(base));
  } finally {
    await own?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
  const js = typeof out.firstLoadJsGzKb === 'number' ? out.firstLoadJsGzKb : out.initialJsGzKb;
  const okInitial = typeof out.initialJsGzKb === 'number' ? out.initialJsGzKb <= BUDGET_INITIAL_JS_KB : null;
  const okJs = typeof js === 'number' ? js <= BUDGET_JS_KB && okInitial !== false : null;
  const okPaint = typeof out.paintMsMedian === 'number' ? out.paintMsMedian <= BUDGET_PAINT_MS : null;
  out.budgetOk = okJs === false || okPaint === false ? 'no' : okJs && okPaint ? 'yes' : 'partial (not everything measured)';
  return out;
}

if (require.main === module) {
  run().then((m) => console.log(JSON.stringify(m, null, 2)), (err) => {
    console.error(err);
    process.exit(1);
  });
}
