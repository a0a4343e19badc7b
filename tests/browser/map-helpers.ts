/**
 * Map-specific helpers for the browser tests: wait for markers, count the events the markers
 * stand for (clusters count their members), read the Events list.
 */
import type { Page } from 'playwright-core';

export const MARKERS = '.atlas-marker, .atlas-cluster';

export async function waitForMarkers(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForSelector(MARKERS, { timeout });
}

/** Events drawn on the map: single markers + the size of every cluster. */
export async function eventsOnMap(page: Page): Promise<number> {
  return page.locator(MARKERS).evaluateAll((els) =>
    els.reduce((n, el) => n + (el.classList.contains('atlas-cluster') ? Number(el.getAttribute('data-count') ?? 0) : 1), 0),
  );
}

export async function markerLabels(page: Page): Promise<string[]> {
  return page.locator(MARKERS).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? '').sort());
}

export async function listItems(page: Page): Promise<number> {
  return page.locator('ul[aria-label="Events"] > li').count();
}

/** Wait until a predicate on the page URL holds (client-side navigation, pushState). */
export async function waitForUrl(page: Page, test: (u: URL) => boolean, timeout = 15_000): Promise<URL> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const u = new URL(page.url());
    if (test(u)) return u;
    if (Date.now() > deadline) throw new Error(`URL never matched; last: ${u}`);
    await page.waitForTimeout(100);
  }
}
