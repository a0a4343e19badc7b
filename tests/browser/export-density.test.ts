/**
 * Issue 13, item 10: export, totals and density, desktop and phone. With a filter applied, the Export
 * links download exactly the listed events (CSV with ACLED's columns, GeoJSON with one feature each),
 * named after the filter; the totals line equals the sum over the list's events (computed here from
 * /api/events); at low zoom the density layer paints cells under the markers, and "Points" hides it
 * and writes layer=points into the URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { ACLED_COLUMNS, stableNumber } from '@/lib/export';
import type { EventCollection } from '@/lib/schemas';
import { parseCsv } from '../lib/export/parse-csv';
import { baseUrl, externalRequests, launch, openPage } from './support';
import { listItems, waitForMarkers, waitForUrl } from './map-helpers';
import { LAYOUTS } from './pages';

let browser: Browser;
/** the filter under test: the display type with the most events, short of all of them */
let filter = '';
let expected: EventCollection;

beforeAll(async () => {
  browser = await launch();
  const all = (await (await fetch(`${baseUrl()}/api/events?limit=100000`)).json()) as EventCollection;
  const byType = new Map<string, number>();
  for (const f of all.features) byType.set(f.properties.type, (byType.get(f.properties.type) ?? 0) + 1);
  const [type] = [...byType].filter(([, n]) => n < all.features.length).sort((a, b) => b[1] - a[1])[0]!;
  filter = `types=${type}`;
  expected = (await (await fetch(`${baseUrl()}/api/events?${filter}&limit=100000`)).json()) as EventCollection;
  expect(expected.features.length).toBeGreaterThan(2);
  expect(expected.features.length).toBeLessThan(all.features.length);
});
afterAll(async () => {
  await browser?.close();
});

const layouts = LAYOUTS;

const listIds = (page: Page) => page.locator('ul[aria-label="Events"] > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id') ?? '').sort());

/** fetch a same-origin URL from inside the page, as the browser would download it */
const fetchIn = (page: Page, href: string) =>
  page.evaluate(async (h) => {
    const r = await fetch(h);
    return { status: r.status, disposition: r.headers.get('content-disposition'), text: await r.text() };
  }, href);

async function openDrawer(page: Page, phone: boolean) {
  if (!phone) return;
  await page.locator('button.drawer-toggle').click();
  await page.locator('.export-menu').waitFor({ state: 'visible', timeout: 5_000 });
}

/** non-transparent pixels of the density canvas */
const paintedPixels = (page: Page) =>
  page.locator('canvas.density-layer').evaluate((el) => {
    const c = el as HTMLCanvasElement;
    if (getComputedStyle(c).display === 'none' || c.width === 0) return 0;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  });

describe.each(layouts)('export, totals and density ($name)', ({ name, opts }) => {
  const phone = name === 'phone';

  it('the Export links download exactly the listed events, CSV with ACLED columns and GeoJSON, named after the filter', async () => {
    const { page, context, requests, consoleErrors } = await openPage(browser, `/?${filter}`, opts);
    await waitForMarkers(page);
    const ids = await listIds(page);
    expect(ids).toEqual(expected.features.map((f) => String(f.id)).sort());
    expect(await listItems(page)).toBe(expected.features.length);
    await openDrawer(page, phone);

    const csvLink = page.getByRole('group', { name: 'Export the selection' }).getByRole('link', { name: 'CSV (ACLED)' });
    const csvHref = (await csvLink.getAttribute('href'))!;
    const csvName = (await csvLink.getAttribute('download'))!;
    expect(csvName).toBe(`conflict-atlas_${filter.split('=')[1]}.csv`);
    const csv = await fetchIn(page, csvHref);
    expect(csv.status).toBe(200);
    expect(csv.disposition).toBe(`attachment; filename="${csvName}"`);
    const rows = parseCsv(csv.text);
    expect(rows[0]!.slice(0, ACLED_COLUMNS.length)).toEqual([...ACLED_COLUMNS]);
    expect(rows.length - 1).toBe(ids.length);
    // event_id_cnty = country code + stableNumber(event id): the very same events
    expect(rows.slice(1).map((r) => Number(r[0]!.replace(/^[A-Z]+/, ''))).sort()).toEqual(ids.map((id) => stableNumber(id)).sort());

    const geoLink = page.getByRole('group', { name: 'Export the selection' }).getByRole('link', { name: 'GeoJSON' });
    const geo = await fetchIn(page, (await geoLink.getAttribute('href'))!);
    expect(geo.disposition).toContain(`filename="${await geoLink.getAttribute('download')}"`);
    const collection = JSON.parse(geo.text) as EventCollection;
    expect(collection.features.map((f) => String(f.id)).sort()).toEqual(ids);
    expect(collection.meta.truncated).toBe(false);

    // a real click downloads the file under that name
    const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
    expect(download.suggestedFilename()).toBe(csvName);
    expect(parseCsv(readFileSync((await download.path())!, 'utf8')).length - 1).toBe(ids.length);

    expect(externalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('totals above the list equal the sum over the listed events; unknown fatalities are counted apart', async () => {
    const { page, context } = await openPage(browser, `/?${filter}`, opts);
    await waitForMarkers(page);
    await openDrawer(page, phone);
    const n = expected.features.length;
    const sum = expected.features.reduce((s, f) => s + (f.properties.fatalities?.count ?? 0), 0);
    const unknown = expected.features.filter((f) => f.properties.fatalities === null).length;
    const totals = page.locator('.selection-totals');
    const text = (await totals.textContent())!;
    expect(text).toContain(`${n.toLocaleString('en-US')} event${n === 1 ? '' : 's'} · ${sum.toLocaleString('en-US')} ${sum === 1 ? 'fatality' : 'fatalities'}`);
    if (unknown > 0) expect(text).toContain(`fatalities unknown for ${unknown} event`);
    else expect(text).not.toContain('unknown');
    // above the list
    const totalsBox = (await totals.boundingBox())!;
    const listBox = (await page.getByRole('list', { name: 'Events' }).boundingBox())!;
    expect(totalsBox.y).toBeLessThan(listBox.y);
    await context.close();
  });

  it('"Only what\'s in view": the export carries the visible box and still matches the list', async () => {
    const { page, context } = await openPage(browser, `/?${filter}&lat=36.2&lon=37.1&z=9`, opts);
    await page.locator('.atlas-map[data-ready="true"]').waitFor();
    await openDrawer(page, phone);
    await page.getByRole('checkbox', { name: /Only what.s in view/ }).click();
    await waitForUrl(page, (u) => u.searchParams.get('inview') === '1');
    // the address bar changes first, the export links with the next render: wait for the link, not the URL alone
    const link = page.getByRole('link', { name: 'GeoJSON' });
    const boxOf = async () => new URL((await link.getAttribute('href'))!, baseUrl()).searchParams.get('bbox') ?? '';
    await expect.poll(boxOf, { timeout: 10_000 }).toMatch(/^[-\d.]+,[-\d.]+,[-\d.]+,[-\d.]+$/);
    const href = (await link.getAttribute('href'))!;
    const ids = await listIds(page);
    expect(ids.length).toBeLessThan(expected.features.length);
    const geo = JSON.parse((await fetchIn(page, href)).text) as EventCollection;
    expect(geo.features.map((f) => String(f.id)).sort()).toEqual(ids);
    expect((await page.locator('.selection-totals').textContent())!).toMatch(new RegExp(`^${ids.length} events? · `));
    await context.close();
  });

  it('at low zoom the density layer paints cells under the markers; "Points" hides it and writes the URL', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '/?lat=35&lon=38&z=5', opts);
    await waitForMarkers(page);
    const canvas = page.locator('canvas.density-layer');
    await page.waitForFunction(() => Number(document.querySelector<HTMLCanvasElement>('canvas.density-layer')?.dataset.cells ?? 0) > 0);
    expect(await paintedPixels(page)).toBeGreaterThan(100);
    // under the markers: its pane is below the marker pane
    const z = await canvas.evaluate((c) => [Number(getComputedStyle(c.parentElement!).zIndex), Number(getComputedStyle(document.querySelector('.leaflet-marker-pane')!).zIndex)]);
    expect(z[0]).toBeLessThan(z[1]!);
    await expect(page.locator('.density-legend').isVisible()).resolves.toBe(true);

    await page.getByRole('radio', { name: 'Points' }).check();
    const url = await waitForUrl(page, (u) => u.searchParams.get('layer') === 'points');
    await page.waitForFunction(() => document.querySelector<HTMLCanvasElement>('canvas.density-layer')?.style.display === 'none');
    expect(await paintedPixels(page)).toBe(0);
    await expect(page.locator('.density-legend').count()).resolves.toBe(0);

    // the URL is the state: reopening it keeps Points
    await page.goto(url.toString());
    await waitForMarkers(page);
    await page.locator('.atlas-map[data-ready="true"]').waitFor();
    expect(await page.getByRole('radio', { name: 'Points' }).isChecked()).toBe(true);
    expect(await paintedPixels(page)).toBe(0);

    // and back to Density
    await page.getByRole('radio', { name: 'Density' }).check();
    await waitForUrl(page, (u) => !u.searchParams.has('layer'));
    await page.waitForFunction(() => Number(document.querySelector<HTMLCanvasElement>('canvas.density-layer')?.dataset.cells ?? 0) > 0);
    expect(await paintedPixels(page)).toBeGreaterThan(100);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('zoomed in to city scale, no density is drawn', async () => {
    const { page, context } = await openPage(browser, '/?lat=36.2&lon=37.15&z=11', opts);
    await page.locator('.atlas-map[data-ready="true"]').waitFor();
    await page.waitForTimeout(300);
    expect(await paintedPixels(page)).toBe(0);
    await context.close();
  });
});
