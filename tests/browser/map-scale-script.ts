/**
 * The map's scale script, shared by tests/browser/scale.test.ts and bench/map-scale.bench.ts (vitest-free):
 * probes installed in the page (the largest number of marker elements ever in the DOM, watched by a
 * MutationObserver; requestAnimationFrame deltas while recording), a database of synthetic events (bench/synthetic.ts,
 * cached per size),
 * and a scripted pan/zoom sequence driven like a user: mouse drags to pan, the keyboard's +/- to zoom (animated, as
 * Leaflet does), each step settled when the server clusters of the new view are drawn.
 * In: a playwright Page on the map. Out: per-step marker counts, frame deltas (ms), the marker maximum.
 */
import { copyFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { syntheticSqliteDb } from '../../bench/synthetic';
import { PIPELINE_VERSION } from '../../lib/pipeline/process';

export const MARKER_SELECTOR = '.atlas-marker, .atlas-cluster';

/**
 * A fresh copy of bench/synthetic.ts's cached database of `events` synthetic events (built on first use under the
 * OS temp dir), placed at `dest`; stamped with the current pipeline version, so the server's seeding step
 * (scripts/seed.ts) only adds the bundled corpus and reprocesses nothing.
 */
export async function scaleDbCopy(events: number, dest: string, log: (m: string) => void = () => {}): Promise<string> {
  const r = await syntheticSqliteDb({ events, pipelineVersion: PIPELINE_VERSION, log });
  log(r.cached ? `synthetic db ${r.file} (cached)` : `built ${r.events} synthetic events in ${Math.round(r.seconds)} s`);
  copyFileSync(r.file, dest);
  return dest;
}

declare global {
  interface Window {
    __scale?: { maxMarkers: number; frames: number[]; recording: boolean; last: number };
  }
}

/** Install the probes before the page's scripts run (call before goto). */
export async function installProbes(page: Page, selector = MARKER_SELECTOR): Promise<void> {
  // a string, not a function: a transpiled function may call helpers (esbuild's __name) the page does not have
  await page.addInitScript(`(() => {
    const sel = ${JSON.stringify(selector)};
    const s = { maxMarkers: 0, frames: [], recording: false, last: 0 };
    window.__scale = s;
    // the marker elements in the DOM, kept by the mutations themselves: each batch looks only at the nodes it added
    // or removed (and their subtrees), not the whole document — a document-wide querySelectorAll per batch ran on the
    // page's main thread inside the frames the bench records (~17,000 elements, ~0.3 s over the script). A node is
    // kept while it is connected when its batch is seen (a Set: a node reported twice counts once)
    const live = new Set();
    const visit = (node) => {
      if (node.nodeType !== 1) return;
      const els = node.matches(sel) ? [node, ...node.querySelectorAll(sel)] : node.querySelectorAll(sel);
      for (const el of els) {
        if (el.isConnected) live.add(el);
        else live.delete(el);
      }
    };
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.removedNodes) visit(n);
        for (const n of r.addedNodes) visit(n);
      }
      if (live.size > s.maxMarkers) s.maxMarkers = live.size;
    }).observe(document, { childList: true, subtree: true });
    const tick = (t) => {
      if (s.recording && s.last) s.frames.push(t - s.last);
      s.last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();`);
}

/**
 * Marker elements in the DOM now: one native querySelectorAll. (Not page.locator().count(): Playwright's selector
 * engine walks the DOM in script, ~100 ms on the page's main thread at a few hundred markers — inside the frames
 * the bench records.)
 */
export async function markerCount(page: Page, selector = MARKER_SELECTOR): Promise<number> {
  return page.evaluate((sel) => document.querySelectorAll(sel).length, selector);
}

export async function maxMarkers(page: Page): Promise<number> {
  return page.evaluate(() => window.__scale?.maxMarkers ?? -1);
}

/** Start (clearing) or stop recording frame deltas; stop returns them (ms). */
export async function recordFrames(page: Page, on: boolean): Promise<number[]> {
  return page.evaluate((rec) => {
    const s = window.__scale!;
    if (rec) {
      s.frames = [];
      s.last = 0;
    }
    s.recording = rec;
    return rec ? [] : s.frames.slice();
  }, on);
}

/** Wait until the map's server clusters for the current view are drawn (#map[data-server-clusters="ready"]). */
export async function waitForClusters(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const el = document.getElementById('map');
      return el?.dataset.serverClusters === 'ready';
    },
    undefined,
    { timeout, polling: 50 },
  );
}

/** The zoom the URL says the map is at (view sync writes z after each move). */
export async function urlZoom(page: Page): Promise<number> {
  return Number(new URL(page.url()).searchParams.get('z') ?? NaN);
}

type Step = { kind: 'drag'; dx: number; dy: number } | { kind: 'zoom'; by: number };

/** The sequence: pans and zooms from the first view (z ≈ 6) down to street level and back out. */
export const SCRIPT: readonly Step[] = [
  { kind: 'drag', dx: -250, dy: 80 },
  { kind: 'zoom', by: 1 },
  { kind: 'drag', dx: 300, dy: -120 },
  { kind: 'zoom', by: 2 },
  { kind: 'drag', dx: -200, dy: -150 },
  { kind: 'zoom', by: 2 },
  { kind: 'drag', dx: 350, dy: 200 },
  { kind: 'zoom', by: 2 },
  { kind: 'drag', dx: -300, dy: 0 },
  { kind: 'zoom', by: -4 },
  { kind: 'drag', dx: 400, dy: 250 },
  { kind: 'zoom', by: -3 },
  { kind: 'drag', dx: -500, dy: -100 },
  { kind: 'zoom', by: 1 },
];

/** Drag the map by (dx, dy) pixels from its centre, in small mouse moves (one per frame or so). */
async function drag(page: Page, dx: number, dy: number): Promise<void> {
  // a native getBoundingClientRect, not locator().boundingBox(): Playwright's selector engine walks the whole DOM in
  // script (it pierces shadow roots), ~10 ms on the page's main thread inside the recorded frames
  const box = await page.evaluate(() => {
    const r = document.getElementById('map')!.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  const x = box.x + box.width / 2, y = box.y + box.height / 2;
  // start off any marker: a press on a marker is a click on it, not a drag
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 20 });
  await page.mouse.up();
}

/**
 * Zoom by whole levels with the keyboard, one animated zoom at a time (as a user pressing the key again after it
 * lands). A press can be lost (Leaflet drops a zoom asked for while one is still settling): pressed again, up to
 * ZOOM_TRIES times, until the URL shows the level — so every run visits the same zooms.
 */
const ZOOM_TRIES = 3;
async function zoom(page: Page, by: number): Promise<void> {
  // natively, as drag() measures the map (no selector engine in the page)
  await page.evaluate(() => document.getElementById('map')!.focus());
  const sign = Math.sign(by);
  for (let i = 0; i < Math.abs(by); i++) {
    const want = (await urlZoom(page)) + sign;
    for (let t = 0; t < ZOOM_TRIES; t++) {
      await page.keyboard.press(by > 0 ? 'Equal' : 'Minus');
      const landed = await page
        .waitForFunction(([z, s]) => s * (Number(new URL(location.href).searchParams.get('z')) - z) >= -0.01, [want, sign] as const, { timeout: 5000 })
        .then(() => true, () => false);
      if (landed) break;
    }
  }
}

/**
 * Run the script; after each step wait for the new view's clusters and call `onStep` with the step's index, the
 * marker elements in the DOM and the zoom.
 */
export async function runScript(page: Page, onStep: (i: number, markers: number, z: number) => void | Promise<void> = () => {}, script: readonly Step[] = SCRIPT): Promise<void> {
  for (const [i, step] of script.entries()) {
    if (step.kind === 'drag') await drag(page, step.dx, step.dy);
    else await zoom(page, step.by);
    // the debounced request goes out after moveend; then wait for it to be drawn
    await page.waitForTimeout(250);
    await waitForClusters(page);
    await onStep(i, await markerCount(page), await urlZoom(page));
  }
}

/** The p-th percentile (0–100) of numbers, nearest rank. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}
