/**
 * Issue 13 item 1: the basemap where the events are, and correct land and sea everywhere, in real
 * Chromium (desktop 1280×800 and phone 390×844). The map is opened at a URL view (lat, lon, z); pixels
 * are read from a screenshot (decoded on a blank page's canvas) with the markers, labels and outlines
 * hidden, and compared with the land and sea colours; a lat/lon's pixel is the Web Mercator offset from
 * the view's centre. No request may leave the host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { externalRequests, launch, openPage } from './support';
import { LAYOUTS } from './pages';
import { MARKERS, waitForMarkers } from './map-helpers';

const LAND: RGB = [0xf3, 0xef, 0xe3];
const SEA: RGB = [0xb9, 0xd3, 0xe3];
type RGB = [number, number, number];
const dist = (a: RGB, b: RGB) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));

const VIEWS = LAYOUTS;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Web Mercator pixel of (lat, lon) relative to the centre at zoom z. */
function offset(lat: number, lon: number, c: { lat: number; lon: number }, z: number): [number, number] {
  const size = 256 * 2 ** z;
  const x = (l: number) => ((l + 180) / 360) * size;
  const y = (p: number) => {
    const s = Math.sin((p * Math.PI) / 180);
    return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * size;
  };
  return [x(lon) - x(c.lon), y(lat) - y(c.lat)];
}

/** Waits until the map has drawn the low-zoom land (and the detail when asked), settled. */
async function settle(page: Page, detail = false): Promise<void> {
  await page.locator('.leaflet-basemap-pane canvas').first().waitFor({ state: 'attached', timeout: 15_000 });
  if (detail) await page.locator('.leaflet-basemap-detail-pane path').first().waitFor({ state: 'attached', timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
}

/** The colours at the given page pixels of a screenshot with markers, labels and outlines hidden. */
async function colours(context: BrowserContext, page: Page, pts: [number, number][]): Promise<RGB[]> {
  await page.addStyleTag({ content: '.leaflet-marker-pane, .leaflet-labels-pane, .leaflet-basemap-lines-pane, .leaflet-overlay-pane, .leaflet-control-container, .leaflet-tooltip-pane, .leaflet-popup-pane, .leaflet-density-pane, .map-legend, .density-toggle, .zoom-selection, [data-map-control] { visibility: hidden !important; }' });
  await page.waitForTimeout(100);
  const png = (await page.screenshot()).toString('base64');
  const blank = await context.newPage();
  const out = await blank.evaluate(async ({ png, pts }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    return pts.map(([x, y]) => Array.from(g.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3)));
  }, { png, pts });
  await blank.close();
  return out as RGB[];
}

async function mapCentre(page: Page): Promise<[number, number]> {
  const box = (await page.locator('.atlas-map').boundingBox())!;
  return [box.x + box.width / 2, box.y + box.height / 2];
}

/** Open the map at (lat, lon, z) and read the colour at each point. */
async function sample(opts: object, view: { lat: number; lon: number; z: number }, points: { lat: number; lon: number }[]): Promise<RGB[]> {
  const { page, context, requests } = await openPage(browser, `/?lat=${view.lat}&lon=${view.lon}&z=${view.z}`, opts);
  await settle(page);
  const [cx, cy] = await mapCentre(page);
  const px = points.map((p) => {
    const [dx, dy] = offset(p.lat, p.lon, view, view.z);
    return [cx + dx, cy + dy] as [number, number];
  });
  const got = await colours(context, page, px);
  expect(externalRequests(requests)).toEqual([]);
  await context.close();
  return got;
}

describe.each(VIEWS)('basemap land and sea ($name)', ({ opts }) => {
  it('Moscow and Novosibirsk are land, the Black Sea is sea (z3)', async () => {
    const [moscow, novosibirsk, blackSea] = await sample(opts, { lat: 50, lon: 60, z: 3 }, [
      { lat: 55.75, lon: 37.62 }, { lat: 55.0, lon: 82.9 }, { lat: 43.0, lon: 34.0 },
    ]);
    expect(dist(moscow!, LAND)).toBeLessThan(12);
    expect(dist(novosibirsk!, LAND)).toBeLessThan(12);
    expect(dist(blackSea!, SEA)).toBeLessThan(12);
  });
  it('Moscow is land at city zoom too (z7)', async () => {
    const [c] = await sample(opts, { lat: 55.75, lon: 37.62, z: 7 }, [{ lat: 55.75, lon: 37.62 }]);
    expect(dist(c!, LAND)).toBeLessThan(12);
  });
  it('Fiji (Viti Levu) is land and the Pacific on both sides of the antimeridian is sea', async () => {
    const [vitiLevu, westOf, eastOf] = await sample(opts, { lat: -17.8, lon: 178.0, z: 6 }, [
      { lat: -17.8, lon: 178.0 }, { lat: -16.0, lon: 175.5 }, { lat: -19.5, lon: 179.6 },
    ]);
    expect(dist(vitiLevu!, LAND)).toBeLessThan(12);
    expect(dist(westOf!, SEA)).toBeLessThan(12);
    expect(dist(eastOf!, SEA)).toBeLessThan(12);
  });
  it('inland Antarctica is land; the mid-Pacific near the antimeridian is sea', async () => {
    const [ant] = await sample(opts, { lat: -78, lon: 30, z: 3 }, [{ lat: -80, lon: 30 }]);
    expect(dist(ant!, LAND)).toBeLessThan(12);
    const [pac] = await sample(opts, { lat: 5, lon: -179.5, z: 4 }, [{ lat: 5, lon: -179.5 }]);
    expect(dist(pac!, SEA)).toBeLessThan(12);
  });
  it('at city zoom the coast is the detailed one: Latakia land, the sea just off it sea (z11)', async () => {
    const [town, offshore] = await sample(opts, { lat: 35.53, lon: 35.8, z: 11 }, [
      { lat: 35.53, lon: 35.82 }, { lat: 35.53, lon: 35.72 },
    ]);
    expect(dist(town!, LAND)).toBeLessThan(12);
    expect(dist(offshore!, SEA)).toBeLessThan(12);
  });
  it('at city zoom the Gulf of İskenderun is sea where the 1:50m coast paints land (z11)', async () => {
    const [bay, town] = await sample(opts, { lat: 36.6, lon: 36.16, z: 11 }, [
      { lat: 36.62, lon: 36.17 }, { lat: 36.57, lon: 36.2 },
    ]);
    expect(dist(bay!, SEA)).toBeLessThan(12);
    expect(dist(town!, LAND)).toBeLessThan(12);
  });
});

describe.each(VIEWS)('basemap detail around Aleppo ($name)', ({ opts }) => {
  it('z12: district and town labels, loaded from the detail tiles only, none taking a marker click', async () => {
    const { page, context, requests, consoleErrors } = await openPage(browser, '/?lat=36.2&lon=37.16&z=12', opts);
    await settle(page, true);
    const districts = page.locator('.leaflet-labels-pane .basemap-label-district');
    const towns = page.locator('.leaflet-labels-pane .basemap-label-town, .leaflet-labels-pane .basemap-label-village, .leaflet-labels-pane .basemap-label-city, .leaflet-labels-pane .city-label');
    expect(await districts.count()).toBeGreaterThanOrEqual(8);
    expect(await towns.count()).toBeGreaterThanOrEqual(1);
    // labels actually on screen, in the map
    const box = (await page.locator('.atlas-map').boundingBox())!;
    const inView = await districts.evaluateAll((els, b) => els.filter((e) => {
      const r = e.getBoundingClientRect();
      return r.x >= b.x && r.x <= b.x + b.width && r.y >= b.y && r.y <= b.y + b.height;
    }).length, box);
    expect(inView).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.leaflet-labels-pane').evaluate((e) => getComputedStyle(e).pointerEvents)).toBe('none');
    const detail = requests.filter((u) => u.includes('/basemap/detail/'));
    expect(detail.some((u) => u.endsWith('/basemap/detail/37_36.json'))).toBe(true);
    expect(detail.length).toBeLessThanOrEqual(10);
    expect(externalRequests(requests)).toEqual([]);
    // a marker under the labels still gets the click
    await waitForMarkers(page);
    const hit = await page.locator(MARKERS).first().evaluate((m) => {
      const r = m.getBoundingClientRect();
      const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return !!top && (top === m || m.contains(top));
    });
    expect(hit).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('z10 east of Aleppo: the Euphrates and Lake Assad drawn as river and water, in blue', async () => {
    const { page, context, requests } = await openPage(browser, '/?lat=36.0&lon=38.1&z=10', opts);
    await settle(page, true);
    const drawn = (sel: string) => page.locator(`.leaflet-basemap-detail-pane path.${sel}`).evaluateAll((ps) => ps.filter((p) => (p.getAttribute('d') ?? '').length > 10).length);
    expect(await drawn('basemap-river')).toBeGreaterThanOrEqual(1);
    expect(await drawn('basemap-water')).toBeGreaterThanOrEqual(1);
    // the lake's pixels: Lake Assad's middle (Tabqa) is water-coloured
    const [cx, cy] = await mapCentre(page);
    const [dx, dy] = offset(35.93, 38.35, { lat: 36.0, lon: 38.1 }, 10);
    const [lake] = await colours(context, page, [[cx + dx, cy + dy]]);
    expect(dist(lake!, [0x9f, 0xc4, 0xdc])).toBeLessThan(16);
    expect(externalRequests(requests)).toEqual([]);
    await context.close();
  });
});

describe('basemap drawing (issue 14: a zoom\'s end redraws no SVG paths)', () => {
  it('land, outlines, borders and the major rivers are drawn on canvases that take no pointer events', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '/?lat=36.2&lon=37.16&z=7', LAYOUTS[0]!.opts);
    await settle(page);
    // the major rivers (zoom 6 until the detail tiles) come after the land
    await page.locator('.leaflet-basemap-detail-pane canvas').first().waitFor({ state: 'attached', timeout: 15_000 });
    const panes = await page.evaluate(() =>
      ['basemap', 'basemap-lines', 'basemap-detail'].map((name) => {
        const pane = document.querySelector(`.leaflet-${name}-pane`)!;
        const canvas = pane.querySelector<HTMLCanvasElement>('canvas.basemap-canvas');
        // a canvas with something drawn on it: some pixel is not transparent
        const g = canvas?.getContext('2d');
        const data = g && canvas!.width > 0 ? g.getImageData(0, 0, canvas!.width, canvas!.height).data : null;
        let drawn = false;
        for (let i = 3; data && i < data.length; i += 4) if (data[i]) { drawn = true; break; }
        return { name, canvas: !!canvas, drawn, pointerEvents: canvas ? getComputedStyle(canvas).pointerEvents : null, paths: pane.querySelectorAll('path').length };
      }),
    );
    for (const p of panes) expect(p, p.name).toEqual({ name: p.name, canvas: true, drawn: true, pointerEvents: 'none', paths: 0 });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
