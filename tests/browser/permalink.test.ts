/**
 * Issue 5/6: a popup shows its quote; a copied URL restores the same view and selection in a new
 * page; /place/<id> opens at that place with its popup (id looked up through the gazetteer).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { getGazetteer } from '@/lib/gazetteer';
import { placeName } from '@/lib/map/names';
import { baseUrl, launch, openPage } from './support';
import { waitForMarkers, waitForUrl } from './map-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('popups and permalinks', () => {
  it('clicking a marker opens a popup with the event quote, as stored', async () => {
    const { page, context } = await openPage(browser, '/');
    await waitForMarkers(page);
    // zoom in on clusters until a single-event marker is visible
    for (let i = 0; i < 8 && (await page.locator('.atlas-marker[data-event-id]').count()) === 0; i++) {
      await page.locator('.atlas-cluster').first().click();
      await page.waitForTimeout(800);
    }
    const marker = page.locator('.atlas-marker[data-event-id]').first();
    const id = await marker.getAttribute('data-event-id');
    await marker.click();
    const popup = page.locator(`.leaflet-popup .event-popup[data-event-id="${id}"]`);
    await popup.waitFor();
    const res = await fetch(`${baseUrl()}/api/events/${encodeURIComponent(id!)}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { properties?: { quote: { text: string } }; quote?: { text: string } };
    const quote = (body.properties ?? body).quote!.text;
    expect((await popup.locator('.popup-quote').textContent())?.trim()).toBe(quote.trim());
    await context.close();
  });

  it('Copy link gives the canonical /event/<id> page; the address bar restores the same view and selection', async () => {
    const { page, context } = await openPage(browser, '/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await waitForMarkers(page);
    const first = page.locator('ul[aria-label="Events"] > li').nth(1);
    const id = await first.getAttribute('data-event-id');
    await first.locator('a').click();
    await waitForUrl(page, (u) => u.searchParams.get('event') === id && u.searchParams.has('z'));
    await page.locator('.leaflet-popup button', { hasText: 'Copy link' }).click();
    await page.locator('.leaflet-popup [role="status"]', { hasText: 'Link copied' }).waitFor();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.pathname).toBe(`/event/${encodeURIComponent(id!)}`);
    const shared = await openPage(browser, copied.pathname);
    await shared.page.locator(`.leaflet-popup .event-popup[data-event-id="${id}"]`).waitFor();
    await shared.context.close();
    // the map's own URL (view + selection) is a permalink too
    const viewUrl = new URL(page.url());
    const second = await openPage(browser, viewUrl.pathname + viewUrl.search);
    await second.page.locator(`.leaflet-popup .event-popup[data-event-id="${id}"]`).waitFor();
    expect(await second.page.locator(`ul[aria-label="Events"] > li[data-event-id="${id}"] a`).getAttribute('aria-current')).toBe('true');
    await second.page.waitForTimeout(800);
    const restored = new URL(second.page.url());
    for (const k of ['lat', 'lon', 'z']) expect(Number(restored.searchParams.get(k))).toBeCloseTo(Number(viewUrl.searchParams.get(k)), 3);
    await second.context.close();
    await context.close();
  });

  it('/place/<id> opens at that place with its popup and a server-rendered title', async () => {
    const entry = getGazetteer().lookup('al-Bab').find((e) => e.country === 'SY' && ['city', 'town'].includes(e.kind));
    expect(entry).toBeDefined();
    const html = await (await fetch(`${baseUrl()}/place/${encodeURIComponent(entry!.id)}`)).text();
    expect(html).toMatch(/<title>[^<]*B[aā]b[^<]*<\/title>/);
    expect(html).toMatch(/<meta property="og:description" content="[^"]*\d+ events?/);
    const { page, context } = await openPage(browser, `/place/${encodeURIComponent(entry!.id)}`);
    await page.locator(`.leaflet-popup .place-popup[data-place-id="${entry!.id}"]`).waitFor();
    // the English display name ("al-Bab"), the gazetteer's own form kept as the original
    expect(await page.locator('.leaflet-popup .popup-title').textContent()).toBe(placeName(entry!));
    const center = await page.evaluate(() => new URL(location.href).searchParams);
    void center;
    await page.waitForTimeout(500);
    const u = new URL(page.url());
    if (u.searchParams.has('lat')) {
      expect(Number(u.searchParams.get('lat'))).toBeCloseTo(entry!.lat, 0);
      expect(Number(u.searchParams.get('lon'))).toBeCloseTo(entry!.lon, 0);
    }
    await context.close();
  });

  it('unknown articles, places and events are 404', async () => {
    for (const p of ['/articles/no-such-article-00000000', '/place/gn%3A0', '/event/no-such-event']) {
      expect((await fetch(baseUrl() + p)).status).toBe(404);
    }
  });
});
