/**
 * Issue 14, CSP with nonces in real Chromium against the production server: every page renders with no CSP
 * violation (securitypolicyviolation events, console errors), the map is interactive, the policy has a per-request
 * nonce and no 'unsafe-inline' for scripts, and an inline script without the nonce does not run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch } from './support';
import { waitForMarkers } from './map-helpers';

declare global {
  interface Window { __cspViolations: string[] }
}

let browser: Browser;
let eventId: string;
let placeId: string;
let articleId: string;
beforeAll(async () => {
  browser = await launch();
  const events = (await (await fetch(`${baseUrl()}/api/events?limit=1`)).json()) as {
    features: { id: string; properties: { articleId: string; place: { id: string } | null } }[];
  };
  const f = events.features.find((x) => x.properties.place)!;
  eventId = f.id;
  placeId = f.properties.place!.id;
  articleId = f.properties.articleId;
});
afterAll(async () => {
  await browser?.close();
});

/** Open a page recording CSP violations from before the first script runs. */
async function open(pathname: string): Promise<{ page: Page; errors: string[]; violations: () => Promise<string[]>; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(baseUrl() + pathname, { waitUntil: 'load' });
  return { page, errors, violations: () => page.evaluate(() => window.__cspViolations), close: () => context.close() };
}

/** the page hydrated: a client-side header link navigates without a reload */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('nav[aria-label="Main"] a') !== null);
  await page.waitForLoadState('networkidle');
}

describe('CSP with nonces', () => {
  it('the response policy has a nonce, strict-dynamic, no unsafe-inline for scripts, and a fresh nonce each time', async () => {
    const a = (await fetch(baseUrl() + '/')).headers.get('content-security-policy')!;
    const b = (await fetch(baseUrl() + '/')).headers.get('content-security-policy')!;
    const scriptSrc = (p: string) => p.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '))!;
    expect(scriptSrc(a)).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'$/);
    expect(scriptSrc(a)).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(a).toMatch(/object-src 'none'/);
    expect(a).toMatch(/base-uri 'none'/);
    const nonce = (p: string) => /'nonce-([^']+)'/.exec(p)![1];
    expect(nonce(a)).not.toBe(nonce(b));
    // the HTML's scripts carry this response's nonce
    const res = await fetch(baseUrl() + '/');
    const html = await res.text();
    const n = nonce(res.headers.get('content-security-policy')!);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s).toContain(`nonce="${n}"`);
  });

  it.each(['/', '/add', '/articles', '/quality', '/places/missing', '/no-such-page'])('%s renders with no CSP violation', async (pathname) => {
    const { page, errors, violations, close } = await open(pathname);
    await hydrated(page);
    expect(await violations()).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    await close();
  });

  it('event, place and article pages render with no CSP violation', async () => {
    for (const pathname of [`/event/${encodeURIComponent(eventId)}`, `/place/${encodeURIComponent(placeId)}`, `/articles/${encodeURIComponent(articleId)}`]) {
      const { page, errors, violations, close } = await open(pathname);
      await hydrated(page);
      expect(await violations(), pathname).toEqual([]);
      expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e)), pathname).toEqual([]);
      await close();
    }
  });

  it('the map renders and is interactive under the policy', async () => {
    const { page, errors, violations, close } = await open('/');
    await waitForMarkers(page);
    const zoom = () => page.evaluate(() => document.querySelector('.leaflet-proxy')?.getAttribute('style') ?? '');
    const before = await zoom();
    await page.locator('.leaflet-control-zoom-in').click();
    await page.waitForFunction((b) => (document.querySelector('.leaflet-proxy')?.getAttribute('style') ?? '') !== b, before);
    // a client-side navigation (scripts loaded by the nonced runtime: strict-dynamic) works too
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
    await page.waitForURL(/\/articles$/);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('an injected inline script without the nonce does not run, and is reported', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    // what an HTML injection would add to the page; the response (and its policy) is otherwise the server's
    await page.route(`${baseUrl()}/`, async (route) => {
      const res = await route.fetch();
      const nonce = /'nonce-([^']+)'/.exec(res.headers()['content-security-policy'] ?? '')?.[1];
      const injected =
        '<script>window.__injected = true</script><img src="data:," onerror="window.__handler = true">' +
        `<script nonce="${nonce}">window.__nonced = true</script>`;
      await route.fulfill({ response: res, body: (await res.text()).replace('</body>', `${injected}</body>`) });
    });
    await page.goto(baseUrl() + '/', { waitUntil: 'load' });
    await hydrated(page);
    const flags = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { injected: w.__injected, handler: w.__handler, nonced: w.__nonced };
    });
    // the same injection with this response's nonce runs: only the nonce separates them
    expect(flags).toEqual({ injected: undefined, handler: undefined, nonced: true });
    expect((await page.evaluate(() => window.__cspViolations)).filter((v) => v.startsWith('script-src')).length).toBeGreaterThanOrEqual(2);
    await context.close();
  });
});
