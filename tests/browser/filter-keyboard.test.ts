/**
 * Issue 5: filtering by an actor changes the markers, the list and the URL; a keyboard-only user can
 * filter and open an event.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './support';
import { eventsOnMap, listItems, markerLabels, waitForMarkers, waitForUrl } from './map-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The actor chip with the fewest (but some) events, so filtering by it must shrink the view. */
async function smallestActor(page: import('playwright-core').Page): Promise<{ id: string; count: number }> {
  const chips = await page.locator('.filters label[data-actor]').evaluateAll((els) =>
    els.map((el) => ({ id: el.getAttribute('data-actor') ?? '', count: Number(el.querySelector('.count')?.textContent ?? 0) })),
  );
  const pick = chips.filter((c) => c.count > 0).sort((a, b) => a.count - b.count)[0];
  if (!pick) throw new Error('no actor chip with events');
  return pick;
}

describe('filters', () => {
  it('filtering by an actor changes markers, list and URL; Back restores', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '/');
    await waitForMarkers(page);
    const before = { list: await listItems(page), map: await eventsOnMap(page), labels: await markerLabels(page) };
    const actor = await smallestActor(page);
    await page.locator(`.filters label[data-actor="${actor.id}"] input`).click();
    await waitForUrl(page, (u) => u.searchParams.get('actors') === actor.id);
    await page.waitForFunction((n) => document.querySelectorAll('ul[aria-label="Events"] > li').length !== n, before.list);
    await page.waitForTimeout(300);
    const after = { list: await listItems(page), map: await eventsOnMap(page), labels: await markerLabels(page) };
    expect(after.list).toBeLessThan(before.list);
    expect(after.list).toBeGreaterThan(0);
    expect(after.map).toBeLessThan(before.map);
    expect(after.labels).not.toEqual(before.labels);
    expect(await page.locator(`.filters label[data-actor="${actor.id}"] input`).isChecked()).toBe(true);
    await page.goBack();
    await waitForUrl(page, (u) => !u.searchParams.has('actors'));
    await page.waitForFunction((n) => document.querySelectorAll('ul[aria-label="Events"] > li').length === n, before.list);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('a keyboard-only user can filter and open an event', async () => {
    const { page, context } = await openPage(browser, '/');
    await waitForMarkers(page);
    const actor = await smallestActor(page);
    // Tab until the actor checkbox has focus
    let found = false;
    for (let i = 0; i < 80 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate((id) => document.activeElement?.closest('label')?.getAttribute('data-actor') === id, actor.id);
    }
    expect(found).toBe(true);
    await page.keyboard.press('Space');
    await waitForUrl(page, (u) => u.searchParams.get('actors') === actor.id);
    await page.waitForFunction((n) => document.querySelectorAll('ul[aria-label="Events"] > li').length === n, actor.count, { timeout: 15_000 }).catch(() => {});
    // Tab on to the first event in the list, open it with Enter
    let onEvent = false;
    for (let i = 0; i < 120 && !onEvent; i++) {
      await page.keyboard.press('Tab');
      onEvent = await page.evaluate(() => !!document.activeElement?.closest('ul[aria-label="Events"] > li'));
    }
    expect(onEvent).toBe(true);
    const id = await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-event-id'));
    await page.keyboard.press('Enter');
    const url = await waitForUrl(page, (u) => u.searchParams.get('event') === id);
    expect(url.searchParams.get('actors')).toBe(actor.id);
    await page.waitForSelector(`.leaflet-popup .event-popup[data-event-id="${id}"]`);
    await context.close();
  });

  it('hovering a list item highlights its marker, hovering a marker highlights its list item', async () => {
    const { page, context } = await openPage(browser, '/');
    await waitForMarkers(page);
    for (let i = 0; i < 8 && (await page.locator('.atlas-marker[data-event-id]').count()) === 0; i++) {
      await page.locator('.atlas-cluster').first().click();
      await page.waitForTimeout(800);
    }
    const id = await page.locator('.atlas-marker[data-event-id]').first().getAttribute('data-event-id');
    await page.locator(`ul[aria-label="Events"] > li[data-event-id="${id}"] a`).hover();
    await page.locator(`.atlas-marker[data-event-id="${id}"][data-highlighted="true"]`).waitFor();
    await page.mouse.move(5, 400);
    await page.locator(`.atlas-marker[data-event-id="${id}"][data-highlighted="false"]`).waitFor();
    await page.locator(`.atlas-marker[data-event-id="${id}"]`).hover();
    await page.locator(`ul[aria-label="Events"] > li.hovered[data-event-id="${id}"]`).waitFor();
    await context.close();
  });
});
