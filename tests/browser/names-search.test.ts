/**
 * Issue 13 items 4–5, in real Chromium at desktop (1280×800) and phone (390×844) size:
 * - the actor role toggle ("Carried out by" / "Any role") changes the list and the URL (role=any), and a reload
 *   keeps both;
 * - a place popup shows the conventional English name with the gazetteer's original beside it;
 * - searching a place name in different spellings gives the same, non-empty list.
 * The place is looked up through the gazetteer (its id is data, not hard-coded).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { getGazetteer } from '@/lib/gazetteer';
import { displayPlaceName } from '@/lib/geo';
import { externalRequests, launch, openPage } from './support';
import { LAYOUTS } from './pages';
import { waitForUrl } from './map-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const LIST = 'ul[aria-label="Events"] > li[data-event-id]';
const layouts = LAYOUTS;

async function listIds(page: Page): Promise<string[]> {
  return page.locator(LIST).evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id') ?? ''));
}

/** Wait until the list differs from `before` (a server re-render after a filter change) and settles. */
async function listChangedFrom(page: Page, before: readonly string[], timeout = 20_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const now = await listIds(page);
    if (now.join('|') !== before.join('|')) {
      await page.waitForTimeout(300);
      return listIds(page);
    }
    if (Date.now() > deadline) throw new Error('the list never changed');
    await page.waitForTimeout(150);
  }
}

/** On the phone the filters and list live in the drawer: open it. */
async function openDrawer(page: Page, phone: boolean): Promise<void> {
  if (!phone) return;
  const toggle = page.locator('button.drawer-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.locator('button.drawer-toggle[aria-expanded="true"]').waitFor();
}

/** The gazetteer place the issue names: its id, its gazetteer name and the name it is shown under. */
function tartus() {
  const hit = getGazetteer().search('Tartus', { limit: 1, country: 'SY' })[0]!;
  const entry = getGazetteer().byId(hit.id)!;
  return { id: entry.id, original: entry.name, display: displayPlaceName(entry) };
}

describe.each(layouts)('names, search and the actor role ($name)', ({ name, opts }) => {
  const phone = name === 'phone';

  it('the role toggle changes the list and the URL, and survives a reload', async () => {
    const { page, context, requests, consoleErrors } = await openPage(browser, '/?actors=russia', opts);
    await openDrawer(page, phone);
    await page.locator(LIST).first().waitFor({ state: 'attached' });
    const group = page.getByRole('radiogroup', { name: 'Actor role' });
    expect(await group.getByRole('radio', { name: 'Carried out by' }).isChecked()).toBe(true);
    const chipCount = async () => Number(await page.locator('label[data-actor="russia"] .count').textContent());
    const acting = await listIds(page);
    const actingCount = await chipCount();
    expect(acting.length).toBeGreaterThan(0);
    await group.getByRole('radio', { name: 'Any role' }).check();
    const url = await waitForUrl(page, (u) => u.searchParams.get('role') === 'any');
    expect(url.searchParams.get('actors')).toBe('russia');
    const any = await listChangedFrom(page, acting);
    // every event Russia carried out is among those naming it in any role, and there are more of those
    expect(any.length).toBeGreaterThan(acting.length);
    expect(acting.every((id) => any.includes(id))).toBe(true);
    expect(await chipCount()).toBeGreaterThan(actingCount);
    await page.reload({ waitUntil: 'load' });
    await openDrawer(page, phone);
    await page.locator(LIST).first().waitFor({ state: 'attached' });
    expect(new URL(page.url()).searchParams.get('role')).toBe('any');
    expect(await page.getByRole('radiogroup', { name: 'Actor role' }).getByRole('radio', { name: 'Any role' }).isChecked()).toBe(true);
    expect(await listIds(page)).toEqual(any);
    // and back: the default drops role from the URL
    await page.getByRole('radiogroup', { name: 'Actor role' }).getByRole('radio', { name: 'Carried out by' }).check();
    await waitForUrl(page, (u) => !u.searchParams.has('role') && u.searchParams.get('actors') === 'russia');
    expect(await listChangedFrom(page, any)).toEqual(acting);
    expect(externalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('a place popup shows the English name with the original', async () => {
    const place = tartus();
    expect(place.display).not.toBe(place.original);
    const { page, context } = await openPage(browser, `/place/${encodeURIComponent(place.id)}`, opts);
    const popup = page.locator(`.leaflet-popup .place-popup[data-place-id="${place.id}"]`);
    await popup.waitFor({ timeout: 20_000 });
    expect((await popup.locator('.popup-title').textContent())?.trim()).toBe(place.display);
    expect((await popup.locator('.place-original-name').textContent())?.trim()).toBe(place.original);
    // the whole popup is on screen
    const box = (await popup.boundingBox())!;
    const vp = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(vp.width + 1);
    // the list names the place the same way
    await openDrawer(page, phone);
    const labels = await page.locator(`${LIST} a`).allTextContents();
    expect(labels.some((l) => l.includes(place.display))).toBe(true);
    expect(labels.some((l) => l.includes(place.original))).toBe(false);
    expect((await page.title()).startsWith(place.display)).toBe(true);
    await context.close();
  });

  it('searching a place in different spellings gives the same non-empty list', async () => {
    const results: string[][] = [];
    for (const spelling of ['Tartus', 'Tartous', tartus().original]) {
      // a fresh page each time, searched from the box: the list must change from the unfiltered one
      const { page, context } = await openPage(browser, '/', opts);
      await openDrawer(page, phone);
      await page.locator(LIST).first().waitFor({ state: 'attached' });
      const all = await listIds(page);
      const box = page.getByLabel('Search events');
      await box.fill(spelling);
      await box.press('Enter');
      await waitForUrl(page, (u) => u.searchParams.get('q') === spelling);
      results.push(await listChangedFrom(page, all));
      await context.close();
    }
    expect(results[0]!.length).toBeGreaterThan(0);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });
});
