/**
 * Issue 6: an article ingested through POST /api/articles (admin token) shows on the map without a
 * restart, and HTML/script in its title and body renders inert in the reader, the list and the popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminToken, launch, openPage as openOn } from './support';
import { waitForMarkers } from './map-helpers';
import { startServer, type RunningServer } from './server';

// This file writes, so it runs its own server and database: the shared server keeps showing the
// bundled corpus only, and this one can be restarted to prove the article is kept.
let browser: Browser;
let server: RunningServer;
let tmp: string;
const dbPath = () => path.join(tmp, 'atlas.db');
const baseUrl = () => server.baseUrl;
const openPage = (b: Browser, pathname: string) => openOn(b, pathname, { base: baseUrl() });

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-ingest-'));
  [browser, server] = await Promise.all([launch(), startServer(dbPath())]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const MARK = `Qzxv${Date.now().toString(36)}`;
const title = `<img src=x onerror="window.__xss='title'"> Shelling report <script>window.__xss='script'</script> ${MARK}`;
const text = [
  `Syrian government forces shelled rebel positions in Idlib on Tuesday, killing at least 12 people, the ${MARK} monitor said <img src=x onerror="window.__xss='body'">.`,
  `<script>window.__xss='body-script'</script> Residents said the shelling continued overnight in Idlib.`,
].join('\n\n');

async function ingest(): Promise<{ id: string; events: number }> {
  const res = await fetch(`${baseUrl()}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken()}` },
    body: JSON.stringify({ title, text, published: '2024-03-05', source: 'browser test', url: null }),
  });
  const body = (await res.json()) as { id: string; events: number };
  expect(res.status, JSON.stringify(body)).toBeLessThan(300);
  return body;
}

describe('ingest', () => {
  let saved: { id: string; events: number };

  it('its events appear on the map and in the list without a restart', async () => {
    const before = await openPage(browser, `/?q=${MARK}`);
    expect(await before.page.locator('ul[aria-label="Events"] > li').count()).toBe(0);
    await before.context.close();
    saved = await ingest();
    expect(saved.events).toBeGreaterThan(0);
    const { page, context } = await openPage(browser, `/?q=${MARK}`);
    expect(await page.locator('ul[aria-label="Events"] > li').count()).toBeGreaterThan(0);
    await waitForMarkers(page);
    const articles = page.getByRole('list', { name: 'Articles' });
    expect(await articles.locator(`a[href="/articles/${saved.id}"]`).textContent()).toBe(title);
    await context.close();
  });

  it('renders HTML in title and body inert in the reader, list and popup', async () => {
    const reader = await openPage(browser, `/articles/${saved.id}`);
    expect(await reader.page.locator('h1').textContent()).toBe(title);
    expect(await reader.page.locator('main img, main script').count()).toBe(0);
    expect(await reader.page.locator('.article-body').textContent()).toContain(`<img src=x onerror="window.__xss='body'">`);
    expect(await reader.page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(reader.dialogs).toEqual([]);
    expect(await reader.page.title()).toContain('<img');
    await reader.context.close();

    const map = await openPage(browser, `/?article=${saved.id}`);
    await waitForMarkers(map.page);
    await map.page.locator('ul[aria-label="Events"] > li a').first().click();
    await map.page.locator('.leaflet-popup .event-popup').waitFor();
    expect(await map.page.locator('main img, main script, .leaflet-popup img').count()).toBe(0);
    expect(await map.page.locator('.leaflet-popup .popup-quote').textContent()).toContain('<img');
    expect(await map.page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(map.dialogs).toEqual([]);
    await map.context.close();
  });

  it('is still served after a restart of the server (persisted in the database)', async () => {
    await server.stop();
    server = await startServer(dbPath());
    const res = await fetch(`${baseUrl()}/api/events?q=${MARK}`);
    expect(res.status).toBe(200);
    const fc = (await res.json()) as { features: { properties: { articleId: string } }[] };
    expect(fc.features.length).toBe(saved.events);
    expect(fc.features.every((f) => f.properties.articleId === saved.id)).toBe(true);
    const again = await openPage(browser, `/?q=${MARK}`);
    expect(await again.page.locator('ul[aria-label="Events"] > li').count()).toBeGreaterThan(0);
    await again.context.close();
  });

  it('refuses an ingest without the admin token (401) and writes nothing', async () => {
    const res = await fetch(`${baseUrl()}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: `Unauthorised ${MARK}`, text: 'Shelling hit Idlib on Monday.' }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: string }).error).toMatch(/token|authori/i);
    const list = (await (await fetch(`${baseUrl()}/api/articles`)).json()) as { articles: { title: string }[] };
    expect(list.articles.some((a) => a.title.startsWith('Unauthorised'))).toBe(false);
  });
});
