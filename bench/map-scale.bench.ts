/**
 * The map at 100,000 events (issue 14 item 3, browser): a production server on a SQLite database of synthetic
 * events (bench/synthetic.ts, cached under the OS temp dir), real Chromium
 * (Debian's, tests/browser/pages.ts flags, 1280×800), the scripted pan/zoom of tests/browser/map-scale-script.ts
 * (mouse drags, animated keyboard zooms, z 6 → 13 → 6). Frame times are requestAnimationFrame deltas in the page,
 * recorded during the script (the waits for each view's clusters included: the page must stay smooth while
 * they load and draw).
 * Metrics: frameP95Ms (target ≤ 33: ≥ 95% of frames must be single-vsync frames), frameP50Ms, frameMaxMs, frames;
 * framesOver17Pct (the share of frames longer than one vsync, > LONG_FRAME_MS) and, per step of the script,
 * stepLongFrames / stepFrames / stepP95Ms (which steps make the long frames); maxMarkers (≤ 2,000: a MutationObserver keeps
 * the largest number of marker elements ever in the DOM), firstClustersMs (navigation start → the first view's
 * clusters drawn), htmlMs (of which the page's HTML arrived), events, steps, zooms (the zoom after each step: the
 * same path in every run).
 * Usage: npm run bench -- map-scale   (after a production build; ATLAS_SCALE_EVENTS=20000 for a quick run;
 * ATLAS_BENCH_URL=http://… to use a running server instead of starting one on the synthetic database)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/browser/pages';
import { ensureBuild, startServer } from '../tests/browser/server';
import { installProbes, maxMarkers, percentile, recordFrames, runScript, scaleDbCopy, waitForClusters } from '../tests/browser/map-scale-script';

const FRAME_TARGET_MS = 33;
/** a frame delta above this missed at least one vsync (16.7 ms at 60 Hz; the margin absorbs timer jitter) */
const LONG_FRAME_MS = 20;
const MARKER_BUDGET = 2000;
const round1 = (n: number) => Math.round(n * 10) / 10;

export async function run(): Promise<Record<string, number | string>> {
  const events = Number(process.env.ATLAS_SCALE_EVENTS ?? 100_000);
  const log = (m: string) => console.error(`[map-scale] ${m}`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-map-scale-bench-'));
  let server: { baseUrl: string; stop(): Promise<void> } | null = null;
  // @ts-expect-error plain ESM helper without types
  const { ensureChromium } = (await import('../scripts/ensure-chromium.mjs')) as { ensureChromium: () => string };
  const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    let base = process.env.ATLAS_BENCH_URL;
    if (!base) {
      ensureBuild(log);
      const db = await scaleDbCopy(events, path.join(tmp, 'atlas.db'), log);
      server = await startServer(db);
      base = server.baseUrl;
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await installProbes(page);
    // warm the server's cluster index for the unfiltered set (the bench measures the map, not a cold index)
    await fetch(`${base}/api/clusters?bbox=-180,-85,180,85&z=2`).catch(() => {});
    await page.goto(base + '/', { waitUntil: 'load', timeout: 120_000 });
    await waitForClusters(page, 120_000);
    const firstClustersMs = await page.evaluate(() => performance.now());
    // of which the page's HTML (the server render: app/_lib/map-data.ts)
    const htmlMs = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.responseEnd ?? NaN);
    const total = await page.locator('#map').evaluate((el) => Number((el as HTMLElement).dataset.clustersTotal));
    await recordFrames(page, true);
    let steps = 0;
    const zooms: number[] = [];
    // frames recorded so far at the end of each step: the frames of step i are ends[i-1]..ends[i]
    const ends: number[] = [];
    await runScript(page, async (_i, _m, z) => {
      steps++;
      zooms.push(z);
      ends.push(await page.evaluate(() => window.__scale?.frames.length ?? 0));
    });
    const frames = await recordFrames(page, false);
    const max = await maxMarkers(page);
    await context.close();
    const p95 = percentile(frames, 95);
    const long = (xs: readonly number[]) => xs.filter((f) => f > LONG_FRAME_MS).length;
    const perStep = ends.map((end, i) => frames.slice(i === 0 ? 0 : ends[i - 1], end));
    return {
      events: total,
      steps,
      frames: frames.length,
      frameP50Ms: round1(percentile(frames, 50)),
      frameP95Ms: round1(p95),
      frameMaxMs: round1(Math.max(...frames)),
      framesOver17Pct: round1((100 * long(frames)) / frames.length),
      stepLongFrames: perStep.map(long).join(' '),
      stepFrames: perStep.map((f) => f.length).join(' '),
      stepP95Ms: perStep.map((f) => Math.round(percentile(f, 95))).join(' '),
      frameTargetMs: FRAME_TARGET_MS,
      maxMarkers: max,
      markerBudget: MARKER_BUDGET,
      firstClustersMs: Math.round(firstClustersMs),
      htmlMs: Math.round(htmlMs),
      zooms: zooms.join(' '),
      ok: p95 <= FRAME_TARGET_MS && max <= MARKER_BUDGET ? 'yes' : 'no',
    };
  } finally {
    await browser.close();
    await server?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}
