/**
 * Helpers for browser tests: the vitest side of ./pages (server URL, Chromium path and admin token
 * come from global-setup through inject()). Screenshots taken by tests go to the run's temp folder (removed
 * at teardown), never into the repository (README screenshots come from `npm run screenshots`).
 */
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPageAt, saveScreenshot, type OpenOptions, type OpenedPage } from './pages';

export function baseUrl(): string {
  return inject('baseUrl');
}

export function adminToken(): string {
  return inject('adminToken');
}

export async function launch(): Promise<Browser> {
  return launchChromium(inject('chromiumPath'));
}

/** Open `pathname` on the test server in a new context (default desktop 1280×800). */
export async function openPage(browser: Browser, pathname: string, opts: OpenOptions & { base?: string } = {}): Promise<OpenedPage> {
  return openPageAt(browser, opts.base ?? baseUrl(), pathname, opts);
}

/** Requests that left the test server (anything but its origin, data: and blob:). */
export function externalRequests(requests: string[], base: string = baseUrl()): string[] {
  const origin = new URL(base).origin;
  return requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

/** Save a screenshot into this run's temp folder; returns the file path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  return saveScreenshot(page, inject('screenshotDir'), name);
}
