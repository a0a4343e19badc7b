/**
 * Issue 13, items 2–3 in real Chromium, desktop and phone: the first view frames where most events are
 * (not the talks venues far away), "Zoom to selection" brings a filtered selection into view, "Only what's
 * in view" narrows the list to the visible box, and share pages carry og:url and a server-rendered,
 * cached og:image (a PNG made offline).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { LAYOUTS } from './pages';
import { baseUrl, launch, openPage } from './support';
import { MARKERS, listItems, waitForMarkers, waitForUrl } from './map-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface ApiEvent {
  id: string;
  properties: { articleId: string; place: { id: string; lat: number; lon: number } | null; quote: { text: string } };
}

async function placedEvents(): Promise<ApiEvent[]> {
  const res = await fetch(`${baseUrl()}/api/events?limit=500`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { features: ApiEvent[] };
  return body.features.filter((f) => f.properties.place);
}

/** Centres of the markers drawn, as fractions of the map box (0–1 inside it). */
async function markerFractions(page: Page): Promise<Array<{ x: number; y: number }>> {
  return page.evaluate((sel) => {
    const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    return [...document.querySelectorAll(sel)].map((el) => {
      const r = el.getBoundingClientRect();
      return { x: (r.left + r.width / 2 - map.left) / map.width, y: (r.top + r.height / 2 - map.top) / map.height };
    });
  }, MARKERS);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const VIEWPORTS = LAYOUTS;

describe.each(VIEWPORTS)('first view and selection ($name)', ({ opts }) => {
  it('opens on where most events are: the bulk of the markers sits in the middle of the map, not in a corner', async () => {
    const { page, context } = await openPage(browser, '/', opts);
    await waitForMarkers(page);
    await page.waitForTimeout(500);
    const inside = (await markerFractions(page)).filter((p) => p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1);
    expect(inside.length).toBeGreaterThan(0);
    // a frame pulled by far venues leaves the bulk squeezed into one corner (median near 0.85–0.95)
    expect(median(inside.map((p) => p.x))).toBeGreaterThan(0.2);
    expect(median(inside.map((p) => p.x))).toBeLessThan(0.8);
    expect(median(inside.map((p) => p.y))).toBeGreaterThan(0.2);
    expect(median(inside.map((p) => p.y))).toBeLessThan(0.8);
    await context.close();
  });

  it('"Zoom to selection" moves a map that shows somewhere else onto the filtered events', async () => {
    const events = await placedEvents();
    const article = events[0]!.properties.articleId;
    const selection = events.filter((e) => e.properties.articleId === article);
    // the URL's view (mid-Atlantic) wins over the first framing; the filter keeps one article's events
    const { page, context } = await openPage(browser, `/?lat=40&lon=-40&z=5&article=${encodeURIComponent(article)}`, opts);
    await page.locator('.leaflet-container').waitFor();
    await page.waitForTimeout(500);
    expect((await markerFractions(page)).filter((p) => p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1)).toEqual([]);
    await page.locator('button.zoom-selection').click();
    const lats = selection.map((e) => e.properties.place!.lat), lons = selection.map((e) => e.properties.place!.lon);
    await waitForUrl(page, (x) => {
      const lat = Number(x.searchParams.get('lat')), lon = Number(x.searchParams.get('lon'));
      return lat >= Math.min(...lats) - 3 && lat <= Math.max(...lats) + 3 && lon >= Math.min(...lons) - 3 && lon <= Math.max(...lons) + 3;
    });
    await waitForMarkers(page);
    await page.waitForTimeout(500);
    const inside = (await markerFractions(page)).filter((p) => p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1);
    expect(inside.length).toBeGreaterThan(0);
    await context.close();
  });
});

describe('"Only what\'s in view"', () => {
  it('narrows the list to the events inside the visible box, and says so in the URL', async () => {
    const all = await openPage(browser, '/?lat=36.2&lon=37.15&z=11');
    await waitForMarkers(all.page);
    const total = await listItems(all.page);
    await all.context.close();
    const { page, context } = await openPage(browser, '/?lat=36.2&lon=37.15&z=11&inview=1');
    await waitForMarkers(page);
    await page.waitForTimeout(500);
    const inView = await listItems(page);
    expect(inView).toBeGreaterThan(0);
    expect(inView).toBeLessThan(total);
    // every listed event is one the map draws inside its box
    const listed = await page.locator('ul[aria-label="Events"] > li').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
    const events = new Map((await placedEvents()).map((e) => [e.id, e.properties.place!]));
    for (const id of listed) {
      const p = events.get(id!);
      expect(p, `listed event ${id} has a place`).toBeTruthy();
      expect(Math.abs(p!.lat - 36.2)).toBeLessThan(1);
      expect(Math.abs(p!.lon - 37.15)).toBeLessThan(1.5);
    }
    await context.close();
  });
});

describe.each(VIEWPORTS)('share pages ($name)', ({ opts }) => {
  it('an event page names itself in og:url and carries a cached PNG og:image made on the server', async () => {
    const target = (await placedEvents())[0]!;
    const path = `/event/${encodeURIComponent(target.id)}`;
    const { page, context, requests } = await openPage(browser, path, opts);
    await page.locator(`.leaflet-popup .event-popup[data-event-id="${target.id}"]`).waitFor();
    const ogUrl = await page.locator('meta[property="og:url"]').getAttribute('content');
    expect(new URL(ogUrl!).pathname).toBe(path);
    const ogImage = await page.locator('meta[property="og:image"]').first().getAttribute('content');
    const img = await fetch(new URL(new URL(ogImage!).pathname + new URL(ogImage!).search, baseUrl()));
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toContain('image/png');
    expect(img.headers.get('cache-control') ?? '').toMatch(/max-age=\d+/);
    const bytes = new Uint8Array(await img.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(bytes.length).toBeGreaterThan(2_000);
    // the popup is wholly on screen
    const box = await page.locator('.leaflet-popup').boundingBox();
    const vp = page.viewportSize()!;
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(vp.width + 1);
    expect(box!.y + box!.height).toBeLessThanOrEqual(vp.height + 1);
    expect(requests.filter((r) => !r.startsWith(baseUrl()) && !r.startsWith('data:') && !r.startsWith('blob:'))).toEqual([]);
    await context.close();
  });

  it('a place page names itself in og:url and has its own og:image', async () => {
    const target = (await placedEvents())[0]!;
    const path = `/place/${encodeURIComponent(target.properties.place!.id)}`;
    const { page, context } = await openPage(browser, path, opts);
    await page.locator('.leaflet-popup').waitFor();
    expect(new URL((await page.locator('meta[property="og:url"]').getAttribute('content'))!).pathname).toBe(path);
    const ogImage = await page.locator('meta[property="og:image"]').first().getAttribute('content');
    const img = await fetch(new URL(new URL(ogImage!).pathname + new URL(ogImage!).search, baseUrl()));
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toContain('image/png');
    await context.close();
  });
});
