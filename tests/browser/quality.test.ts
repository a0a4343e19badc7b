/**
 * Issue 11: /quality is reachable from the header, server-renders the committed measurements (every dev set, the
 * ACLED tables and example errors, when and on what commit), makes no request off the host and logs no errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, externalRequests, launch, openPage } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('/quality', () => {
  it('is linked from the header and shows the measurements without JavaScript', async () => {
    const res = await fetch(baseUrl() + '/quality');
    expect(res.status).toBe(200);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl() + '/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quality' }).click();
    await page.waitForURL(/\/quality$/);
    expect(await page.locator('h1').textContent()).toBe('Quality');
    expect(await page.locator('.quality-measured').textContent()).toMatch(/^Measured .* UTC on commit /);
    expect(await page.locator('section.quality-devset').count()).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  it('makes no request off the host and logs no console errors', async () => {
    const { page, context, requests, consoleErrors } = await openPage(browser, '/quality');
    await page.waitForLoadState('networkidle');
    expect(externalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
