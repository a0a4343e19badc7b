/**
 * Issue 2: the home page lists every article, sends the security headers, paints the map without
 * leaving the host or logging errors. Takes the README's home view (into a temp folder; the README's
 * copy comes from `npm run screenshots`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { baseUrl, externalRequests, launch, openPage, screenshot } from './support';
import { listItems, waitForMarkers } from './map-helpers';
import { showHome } from './pages';

const ARTICLES_DIR = path.resolve(__dirname, '../../data/articles');
const titles = readdirSync(ARTICLES_DIR)
  .filter((f) => f.endsWith('.md'))
  .map((f) => String(matter(readFileSync(path.join(ARTICLES_DIR, f), 'utf8')).data.title));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('home page', () => {
  it('has the 12 seed articles to check against', () => {
    expect(titles).toHaveLength(12);
  });

  it('lists every article title and sends CSP and nosniff headers', async () => {
    const res = await fetch(baseUrl() + '/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const { page, context } = await openPage(browser, '/');
    const list = page.getByRole('list', { name: 'Articles' });
    for (const t of titles) await expect(list.getByRole('link', { name: t, exact: true }).isVisible()).resolves.toBe(true);
    await showHome(page);
    await screenshot(page, 'home.png');
    await context.close();
  });

  it('server-renders the sidebar: articles and the event list exist without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl() + '/');
    expect(await page.locator('.article-list > li').count()).toBeGreaterThanOrEqual(12); // other tests may ingest more
    expect(await listItems(page)).toBeGreaterThan(0);
    await context.close();
  });

  it('makes no request off the host and logs no console errors', async () => {
    const { page, context, requests, consoleErrors } = await openPage(browser, '/');
    await waitForMarkers(page);
    await page.waitForLoadState('networkidle');
    expect(externalRequests(requests)).toEqual([]);
    expect(requests.some((u) => u.includes('/basemap/land.json'))).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
