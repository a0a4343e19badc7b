/**
 * Phone width: the map fills the screen, filters and list live in a drawer toggled by a button.
 * Saves docs/screenshots/map-desktop.png, map-phone.png and article.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { launch, openPage, screenshot } from './support';

/** Seed article ids (file names in data/articles): screenshots show seed data, not test ingests. */
const SEED_IDS = readdirSync(path.resolve(__dirname, '../../data/articles'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3));
import { waitForMarkers } from './map-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('layouts', () => {
  it('phone: map full screen, drawer toggles', async () => {
    const viewport = { width: 390, height: 844 };
    const { page, context, consoleErrors } = await openPage(browser, '/', { viewport, isMobile: true });
    await waitForMarkers(page);
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
    await waitForMarkers(page);
    const ids = await page.locator('ul[aria-label="Events"] > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id') ?? ''));
    const seedEvent = ids.find((id) => SEED_IDS.some((s) => id.startsWith(`${s}-e`)));
    expect(seedEvent).toBeDefined();
    await page.locator(`ul[aria-label="Events"] > li[data-event-id="${seedEvent}"] a`).click();
    await page.locator('.leaflet-popup .event-popup').waitFor();
    await page.waitForTimeout(500);
    await screenshot(page, 'map-desktop.png');
    const href = await page.locator('.leaflet-popup .popup-links a').first().getAttribute('href');
    await page.goto(new URL(href!, page.url()).toString());
    await page.locator('.article-body').waitFor();
    expect(await page.locator('.article-body .hl-place').count()).toBeGreaterThan(0);
    await screenshot(page, 'article.png');
    await context.close();
  });
});
