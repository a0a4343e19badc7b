/**
 * Map moves write the view to the address bar without a router update (app/_components/atlas-view.tsx): the list's
 * links still carry the current view, and Back after a selection returns the map to the view that entry holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './support';
import { waitForMarkers, waitForUrl } from './map-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const viewOf = (u: URL) => ({ lat: Number(u.searchParams.get('lat')), lon: Number(u.searchParams.get('lon')), z: Number(u.searchParams.get('z')) });

async function drag(page: Page, dx: number, dy: number): Promise<void> {
  const box = (await page.locator('#map').boundingBox())!;
  const x = box.x + box.width / 2, y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 8 });
  await page.mouse.up();
}

describe('view history', () => {
  it('after a drag, a list link carries the new view; Back after a selection and a drag restores the dragged-to view', async () => {
    const { page, context } = await openPage(browser, '/?lat=36.2&lon=37.1&z=7');
    await waitForMarkers(page);
    await drag(page, -200, 60);
    await waitForUrl(page, (u) => Math.abs(viewOf(u).lon - 37.1) > 0.1);
    const dragged = viewOf(new URL(page.url()));
    const link = page.locator('ul[aria-label="Events"] > li a').first();
    await link.hover();
    const href = new URL((await link.getAttribute('href'))!, page.url());
    expect(viewOf(href).lon).toBeCloseTo(dragged.lon, 3);
    expect(viewOf(href).z).toBe(dragged.z);
    // select (a new history entry), move away, then Back: the map returns to where the first entry was
    await link.click();
    await waitForUrl(page, (u) => u.searchParams.has('event'));
    await page.waitForTimeout(1200); // the map may fly to the event
    await drag(page, 250, -80);
    await page.waitForTimeout(600);
    await page.goBack();
    await waitForUrl(page, (u) => !u.searchParams.has('event'));
    await page.waitForFunction(
      (v) => {
        const u = new URL(location.href);
        return Math.abs(Number(u.searchParams.get('lon')) - v.lon) < 1e-3 && Number(u.searchParams.get('z')) === v.z;
      },
      dragged,
      { timeout: 5000 },
    );
    await page.waitForTimeout(600);
    // the map itself is there: a keyboard zoom (about the map's centre) writes the map's own centre again
    await page.locator('#map').focus();
    await page.keyboard.press('Equal');
    const after = viewOf(await waitForUrl(page, (u) => viewOf(u).z === dragged.z + 1));
    expect(after.lon).toBeCloseTo(dragged.lon, 3);
    expect(after.lat).toBeCloseTo(dragged.lat, 3);
    await context.close();
  }, 60_000);
});
