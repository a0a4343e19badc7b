/**
 * Vitest-free browser helpers, shared by the browser tests (through ./support) and by
 * scripts/screenshots.ts: launch Debian's Chromium through playwright-core with the flags this
 * closed network needs, open a page on a server while recording its requests and console errors,
 * bring the page to each README view, and save a screenshot into a given folder.
 * In: a Browser, a server base URL, a folder. Out: pages at the README views, PNG files.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { waitForMarkers } from './map-helpers';

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

/** The viewport of the phone layout (and its screenshot). */
export const PHONE_VIEWPORT = { width: 390, height: 844 };

/** The two layouts every browser test of issue 13 runs in: desktop (1280×800) and phone (390×844, touch). */
export const LAYOUTS = [
  { name: 'desktop', opts: {} },
  { name: 'phone', opts: { viewport: PHONE_VIEWPORT, isMobile: true } },
] as const;

/** Seed article ids (file names in data/articles): screenshots show seed data, not test ingests. */
export const SEED_IDS = readdirSync(path.resolve(__dirname, '../../data/articles'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3));

export async function launchChromium(executablePath: string): Promise<Browser> {
  // playwright creates a fresh, empty user-data-dir for every launch()
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** every URL the page requested */
  requests: string[];
  consoleErrors: string[];
  dialogs: string[];
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  isMobile?: boolean;
  permissions?: string[];
}

/** Open `base + pathname` in a new context (default desktop 1280×800). */
export async function openPageAt(browser: Browser, base: string, pathname: string, opts: OpenOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    isMobile: opts.isMobile,
    hasTouch: opts.isMobile,
  });
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

/** home.png: the home page with its markers painted. */
export async function showHome(page: Page): Promise<void> {
  await waitForMarkers(page);
  await page.waitForTimeout(500);
}

/** map-phone.png: the home page at phone width (open it with PHONE_VIEWPORT, isMobile), markers painted. */
export async function showPhoneMap(page: Page): Promise<void> {
  await waitForMarkers(page);
}

/**
 * map-desktop.png: on the home page, select the first listed event of a seed article and wait for its
 * popup. Returns the selected event id (undefined when no seed event is listed).
 */
export async function showEventPopup(page: Page): Promise<string | undefined> {
  await waitForMarkers(page);
  const ids = await page.locator('ul[aria-label="Events"] > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id') ?? ''));
  const seedEvent = ids.find((id) => SEED_IDS.some((s) => id.startsWith(`${s}-e`)));
  if (!seedEvent) return undefined;
  await page.locator(`ul[aria-label="Events"] > li[data-event-id="${seedEvent}"] a`).click();
  await page.locator('.leaflet-popup .event-popup').waitFor();
  await page.waitForTimeout(500);
  return seedEvent;
}

/** article.png: from an open event popup, follow its link to the article reader. */
export async function showArticleFromPopup(page: Page): Promise<void> {
  const href = await page.locator('.leaflet-popup .popup-links a').first().getAttribute('href');
  await page.goto(new URL(href!, page.url()).toString());
  await page.locator('.article-body').waitFor();
}

export async function saveScreenshot(page: Page, dir: string, name: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
