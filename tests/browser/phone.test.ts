/**
 * Phone width: the map fills the screen, filters and list live in a drawer toggled by a button.
 * Takes the map-desktop, map-phone and article views of the README (into a temp folder; the README's
 * copies come from `npm run screenshots`, which brings the pages to the same views through ./pages).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshot } from './support';
import { PHONE_VIEWPORT, showArticleFromPopup, showEventPopup, showPhoneMap } from './pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('layouts', () => {
  it('phone: map full screen, drawer toggles', async () => {
    const viewport = PHONE_VIEWPORT;
    const { page, context, consoleErrors } = await openPage(browser, '/', { viewport, isMobile: true });
    await showPhoneMap(page);
    const box = (await page.locator('.atlas-map').boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(viewport.width - 1);
    expect(box.height).toBeGreaterThan(viewport.height * 0.85);
    const list = page.getByRole('list', { name: 'Events' });
    expect(await list.isVisible()).toBe(false);
    const toggle = page.locator('button.drawer-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await screenshot(page, 'map-phone.png');
    await toggle.click();
    await page.locator('button.drawer-toggle[aria-expanded="true"]').waitFor();
    await list.waitFor({ state: 'visible', timeout: 5_000 });
    await toggle.click();
    await page.locator('button.drawer-toggle[aria-expanded="false"]').waitFor();
    await list.waitFor({ state: 'hidden', timeout: 5_000 });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('desktop map with a popup, and the article reader', async () => {
    const { page, context } = await openPage(browser, '/');
    const seedEvent = await showEventPopup(page);
    expect(seedEvent).toBeDefined();
    await screenshot(page, 'map-desktop.png');
    await showArticleFromPopup(page);
    expect(await page.locator('.article-body .hl-place').count()).toBeGreaterThan(0);
    await screenshot(page, 'article.png');
    await context.close();
  });
});
