/**
 * Place search over /api/geocode flies the map to the place; co-located events spread out
 * (spiderfy); the Add-article page previews events and shows API errors as JSON text; the map page
 * does not shift its layout while loading.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { adminToken, launch, openPage } from './support';
import { waitForMarkers, waitForUrl } from './map-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('place search', () => {
  it('"Tartus" flies the map there and selects the place', async () => {
    const { page, context } = await openPage(browser, '/');
    await waitForMarkers(page);
    await page.getByLabel('Find a place').fill('Tartus');
    await page.getByLabel('Find a place').press('Enter');
    const u = await waitForUrl(page, (x) => x.searchParams.has('place'), 30_000);
    expect(Number(u.searchParams.get('lat'))).toBeCloseTo(34.9, 0);
    expect(Number(u.searchParams.get('lon'))).toBeCloseTo(35.9, 0);
    expect(await page.locator('.leaflet-popup .popup-title').textContent()).toMatch(/^[ŢT]ar[ţt][ūu]s/i);
    await context.close();
  });
});

describe('co-located events', () => {
  it('a cluster whose events share one point spreads them out when opened', async () => {
    const { page, context } = await openPage(browser, '/?z=14&lat=0&lon=0');
    // find a place with several events and go there at max zoom
    const res = await fetch(new URL('/api/events', page.url()));
    const { features } = (await res.json()) as { features: { geometry: { coordinates: [number, number] } | null }[] };
    const byPoint = new Map<string, number>();
    for (const f of features) if (f.geometry) byPoint.set(f.geometry.coordinates.join(','), (byPoint.get(f.geometry.coordinates.join(',')) ?? 0) + 1);
    const [point, n] = [...byPoint.entries()].sort((a, b) => b[1] - a[1])[0]!;
    expect(n).toBeGreaterThan(1);
    const [lon, lat] = point.split(',').map(Number) as [number, number];
    await page.goto(new URL(`/?lat=${lat}&lon=${lon}&z=15`, page.url()).toString());
    const cluster = page.locator(`.atlas-cluster[data-count="${n}"]`);
    await cluster.waitFor();
    await cluster.click();
    await page.waitForFunction((k) => document.querySelectorAll('.atlas-marker[data-event-id]').length >= k, n);
    const boxes = await page.locator('.atlas-marker[data-event-id]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.x, r.y]));
    const distinct = new Set(boxes.map(([x, y]) => `${Math.round(x!)},${Math.round(y!)}`));
    expect(distinct.size).toBe(boxes.length);
    await context.close();
  });
});

describe('add article page', () => {
  it('previews extracted events on a map and list; a wrong token is refused beside its field before Save', async () => {
    const { page, context } = await openPage(browser, '/add');
    await page.getByLabel('Title').fill('Preview only');
    await page.getByLabel('Text').fill('Syrian government forces shelled rebel positions in Idlib on Tuesday, killing at least 12 people.');
    await page.getByLabel('Published date (YYYY-MM-DD)').fill('2024-03-05');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.locator('#preview-title').waitFor();
    expect(await page.locator('.preview ul[aria-label="Events"] > li').count()).toBeGreaterThan(0);
    await page.locator('.preview .atlas-marker, .preview .atlas-cluster').first().waitFor();
    // a wrong token: checked as it is typed (GET /api/auth/check), refused beside the field, Save stays off
    await page.getByLabel('Admin token (ATLAS_ADMIN_TOKEN)').fill(`${adminToken()}-wrong`);
    await page.waitForFunction(() => /not valid/.test(document.querySelector('#add-token-status')?.textContent ?? ''), null, { timeout: 10_000 });
    expect(await page.getByRole('button', { name: 'Use token' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    await context.close();
  });
});

describe('layout stability', () => {
  it('the map page does not shift while loading (CLS < 0.1)', async () => {
    const { page, context } = await openPage(browser, '/');
    await page.evaluate(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await waitForMarkers(page);
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(0.1);
    await context.close();
  });
});
