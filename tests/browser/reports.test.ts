/**
 * Issue 15 end to end: two outlets tell the same drone strike (same town, same day, same ACLED sub-type; other
 * words and figures — the sentences are mine). On the production server with its own SQLite database: one marker,
 * one list item "2 reports", a popup with both sources' quotes and the lowest figure with the range, GeoJSON with
 * two reports, one CSV row naming both sources, the reader of article 2 linking to article 1 — and after a split
 * through the admin API, two events.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminToken, launch, openPage as openOn } from './support';
import { eventsOnMap, listItems, waitForMarkers } from './map-helpers';
import { startServer, type RunningServer } from './server';

let browser: Browser;
let server: RunningServer;
let tmp: string;
const base = () => server.baseUrl;
const openPage = (b: Browser, pathname: string) => openOn(b, pathname, { base: base() });

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-reports-'));
  [browser, server] = await Promise.all([launch(), startServer(path.join(tmp, 'atlas.db'))]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const DAY = '2026-11-17';
const FILTER = `from=${DAY}&to=${DAY}`;
const ONE = {
  title: 'Drones hit Bilopillia overnight',
  text: 'Russian drones struck the town of Bilopillia on 17 November 2026, killing 12 civilians, regional officials said. Emergency crews worked through the night.',
  published: '2026-11-18', source: 'Northern Courier', url: 'https://example.org/northern/bilopillia',
};
const TWO = {
  title: 'Deadly drone strike in Bilopillia',
  text: 'A Russian drone strike hit Bilopillia on 17 November 2026, killing at least 15 people, according to emergency services. Several homes were destroyed.',
  published: '2026-11-18', source: 'Eastern Ledger', url: 'https://example.org/ledger/bilopillia',
};

interface Feature { id: string; geometry: unknown; properties: { reportCount: number; reports: { eventId: string; articleId: string; source: string | null; fatalities: number | null }[]; fatalities: { count: number } | null; fatalitiesRange?: { min: number; max: number } } }

async function ingest(doc: typeof ONE): Promise<string> {
  const res = await fetch(`${base()}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken()}` }, body: JSON.stringify(doc) });
  const body = (await res.json()) as { id: string; events: number };
  expect(res.status, JSON.stringify(body)).toBeLessThan(300);
  expect(body.events).toBe(1);
  return body.id;
}
const features = async () => ((await (await fetch(`${base()}/api/events?${FILTER}`)).json()) as { features: Feature[]; meta: { count: number; reports: number } });

describe('one strike told by two outlets', () => {
  let id1: string;
  let id2: string;

  it('is one event with two reports in /api/events: the lowest figure, the range, both sources', async () => {
    id1 = await ingest(ONE);
    id2 = await ingest(TWO);
    const fc = await features();
    expect(fc.meta).toMatchObject({ count: 1, reports: 2 });
    const [f] = fc.features;
    expect(f!.properties.reports).toHaveLength(2);
    expect(f!.properties.reports.map((r) => r.source).sort()).toEqual(['Eastern Ledger', 'Northern Courier']);
    expect(f!.properties.fatalities?.count).toBe(12);
    expect(f!.properties.fatalitiesRange).toEqual({ min: 12, max: 15 });
  });

  it('is one CSV row naming both sources', async () => {
    const csv = (await (await fetch(`${base()}/api/events?${FILTER}&format=csv`)).text()).trim().split('\r\n');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toMatch(/Northern Courier; Eastern Ledger|Eastern Ledger; Northern Courier/);
    expect(csv[1]).toContain('2 reports');
  });

  it('is one marker and one list item "2 reports"; the popup quotes both sources with the lowest figure and the range', async () => {
    const { page, context } = await openPage(browser, `/?${FILTER}`);
    await waitForMarkers(page);
    expect(await eventsOnMap(page)).toBe(1);
    expect(await listItems(page)).toBe(1);
    const item = page.locator('ul[aria-label="Events"] > li').first();
    expect(await item.textContent()).toContain('2 reports');
    await item.locator('a').click();
    const popup = page.locator('.leaflet-popup .event-popup');
    await popup.waitFor();
    expect(await popup.locator('.popup-meta').textContent()).toContain('2 reports');
    await popup.locator('.popup-reports summary').click();
    const quotes = await popup.locator('.popup-reports blockquote').allTextContents();
    expect(quotes.some((q) => q.includes('killing 12 civilians'))).toBe(true);
    expect(quotes.some((q) => q.includes('killing at least 15 people'))).toBe(true);
    const sources = await popup.locator('.popup-reports .report-meta a').allTextContents();
    expect(sources.sort()).toEqual(['Eastern Ledger', 'Northern Courier']);
    expect(await popup.locator('.popup-fatalities').textContent()).toMatch(/Fatalities: 12 \(reports: 12–15\)/);
    await context.close();
  });

  it('the reader of article 2 links to article 1 at its sentence', async () => {
    const { page, context } = await openPage(browser, `/articles/${id2}`);
    const link = page.locator(`.also-reported a[href^="/articles/${id1}#"]`);
    expect(await link.count()).toBe(1);
    expect(await link.textContent()).toBe('Northern Courier');
    await context.close();
  });

  it('a split through the admin API gives two events, on the map too', async () => {
    const [f] = (await features()).features;
    const take = f!.properties.reports.find((r) => r.articleId === id2)!.eventId;
    const res = await fetch(`${base()}/api/events/${encodeURIComponent(f!.id)}/split`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken()}` }, body: JSON.stringify({ reports: [take] }) });
    expect(res.status, await res.clone().text()).toBe(200);
    const fc = await features();
    expect(fc.meta).toMatchObject({ count: 2, reports: 2 });
    const { page, context } = await openPage(browser, `/?${FILTER}`);
    await waitForMarkers(page);
    expect(await eventsOnMap(page)).toBe(2);
    expect(await listItems(page)).toBe(2);
    await context.close();
  });
});
