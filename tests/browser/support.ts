/**
 * Helpers for browser tests: launch Debian's Chromium through playwright-core with the flags this
 * closed network needs, open pages on the test server, and record every request and console error.
 */
import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-sync',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export const SCREENSHOT_DIR = path.resolve(__dirname, '../../docs/screenshots');

export function baseUrl(): string {
  return inject('baseUrl');
}

export function adminToken(): string {
  return inject('adminToken');
}

export async function launch(): Promise<Browser> {
  // playwright creates a fresh, empty user-data-dir for every launch()
  return chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: CHROMIUM_ARGS });
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** every URL the page requested */
  requests: string[];
  consoleErrors: string[];
  dialogs: string[];
}

/** Open `pathname` on the test server in a new context (default desktop 1280×800). */
export async function openPage(
  browser: Browser,
  pathname: string,
  opts: { viewport?: { width: number; height: number }; isMobile?: boolean; permissions?: string[]; base?: string } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    isMobile: opts.isMobile,
    hasTouch: opts.isMobile,
  });
  const base = opts.base ?? baseUrl();
  if (opts.permissions) await context.grantPermissions(opts.permissions, { origin: base });
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto(base + pathname, { waitUntil: 'load' });
  return { page, context, requests, consoleErrors, dialogs };
}

/** Requests that left the test server (anything but its origin, data: and blob:). */
export function externalRequests(requests: string[], base: string = baseUrl()): string[] {
  const origin = new URL(base).origin;
  return requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, name);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
