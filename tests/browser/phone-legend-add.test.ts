/**
 * Issue 13, items 8–10 (phone, legend and sources, Add page), in real Chromium on its own server (it
 * writes one article): at 390×844 and 360×740 every popup lies inside the screen and off every control,
 * no two controls overlap (desktop too, drawer open or closed, "Show map" never over the search's Go);
 * the legend is on the map without scrolling and opens/closes from the keyboard; an article with a URL
 * shows its publisher as a link; a summary whose first sentence has "U.S." is not cut there; on /add a
 * wrong token shows beside its field before Save, a bad date is a sentence naming the field, and every
 * button stays readable (contrast ≥ 4.5:1) at rest, hovered and focused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminToken, externalRequests, launch, openPage as openOn } from './support';
import { waitForMarkers } from './map-helpers';
import { PHONE_VIEWPORT } from './pages';
import { startServer, type RunningServer } from './server';

let browser: Browser;
let server: RunningServer;
let tmp: string;
const openPage = (pathname: string, viewport?: { width: number; height: number }) =>
  openOn(browser, pathname, { base: server.baseUrl, viewport, isMobile: viewport ? viewport.width < 720 : undefined });

const PHONES = [PHONE_VIEWPORT, { width: 360, height: 740 }];
const DESKTOP = { width: 1280, height: 800 };
const MARK = `Wqzt${Date.now().toString(36)}`;
const URL_OF_ARTICLE = `https://www.reuters.com/world/middle-east/${MARK.toLowerCase()}`;
const FIRST = `U.S. Secretary of State ${MARK} said on Tuesday that Syrian government forces shelled rebel positions in Idlib, killing at least 12 people.`;
let article: { id: string; events: number };
let eventIds: string[] = [];

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-phone-legend-'));
  [browser, server] = await Promise.all([launch(), startServer(path.join(tmp, 'atlas.db'))]);
  const res = await fetch(`${server.baseUrl}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken()}` },
    body: JSON.stringify({
      title: `Shelling in Idlib ${MARK}`,
      text: `${FIRST} Residents said the shelling continued overnight in Idlib.\n\nThe monitor said government forces shelled Saraqib on Wednesday.`,
      published: '2024-03-05',
      source: null,
      url: URL_OF_ARTICLE,
    }),
  });
  article = (await res.json()) as { id: string; events: number };
  expect(res.status, JSON.stringify(article)).toBeLessThan(300);
  const all = (await (await fetch(`${server.baseUrl}/api/events`)).json()) as { features: { id?: string; properties: { id?: string }; geometry: unknown }[] };
  eventIds = all.features.filter((f) => f.geometry).map((f) => String(f.properties.id ?? f.id));
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

type Rect = { left: number; top: number; right: number; bottom: number; name: string };

/**
 * The interactive controls a person can see and reach: links, buttons, inputs, selects (not map markers,
 * not inside a popup, not nested in another control), visible, inside the viewport. `scope`: a CSS selector
 * the controls must be inside (the open drawer), else all of the page.
 */
async function controls(page: Page, scope?: string): Promise<Rect[]> {
  return page.evaluate((scope) => {
    const root = scope ? document.querySelector(scope)! : document;
    const sel = 'a[href], button, input:not([type=hidden]), select, textarea, [role=button]';
    const out: Rect[] = [];
    for (const el of root.querySelectorAll<HTMLElement>(sel)) {
      if (el.closest('.leaflet-marker-pane, .leaflet-popup, .visually-hidden, .skip-link')) continue;
      if (el.parentElement?.closest(sel)) continue;
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      // the fragments of inline links (a link wrapping over two lines is two boxes)
      for (const r of el.getClientRects()) {
        if (r.width < 1 || r.height < 1) continue;
        if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) continue;
        const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}”`;
        out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, name });
      }
    }
    return out;
  }, scope);
}

const overlap = (a: Rect, b: Rect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

function overlaps(list: Rect[]): string[] {
  const bad: string[] = [];
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (overlap(list[i]!, list[j]!)) bad.push(`${list[i]!.name} × ${list[j]!.name}`);
  return bad;
}

/** The open popup's box once the map has stopped moving (autoPan is animated). */
async function settledPopup(page: Page): Promise<Rect> {
  await page.locator('.leaflet-popup .event-popup').waitFor({ timeout: 15_000 });
  let last = '';
  for (let i = 0; i < 40; i++) {
    const r = await page.locator('.leaflet-popup').evaluate((el) => {
      const b = el.getBoundingClientRect();
      return { left: b.left, top: b.top, right: b.right, bottom: b.bottom, name: 'popup' };
    });
    const key = JSON.stringify(r);
    if (key === last) return r;
    last = key;
    await page.waitForTimeout(250);
  }
  throw new Error('the popup kept moving');
}

describe('phone and desktop: no control covers another', () => {
  for (const viewport of [...PHONES, DESKTOP]) {
    it(`${viewport.width}×${viewport.height}: map controls apart; with the drawer open its controls are apart and "Show map" covers nothing`, async () => {
      const { page, context, requests, consoleErrors } = await openPage('/', viewport);
      await waitForMarkers(page);
      const onMap = await controls(page);
      expect(onMap.length).toBeGreaterThan(3);
      expect(overlaps(onMap)).toEqual([]);
      if (viewport.width < 720) {
        await page.locator('button.drawer-toggle').click();
        await page.locator('button.drawer-toggle[aria-expanded="true"]').waitFor();
        await page.waitForTimeout(400); // the drawer slides in
        const inDrawer = [...(await controls(page, '#sidebar')), ...(await controls(page, '.atlas > .drawer-toggle').catch(() => []))];
        const toggle = await page.locator('button.drawer-toggle').evaluate((el) => {
          const b = el.getBoundingClientRect();
          return { left: b.left, top: b.top, right: b.right, bottom: b.bottom, name: 'Show map' };
        });
        expect(overlaps([...inDrawer, toggle])).toEqual([]);
        // the place search's Go button is the element under its own centre
        const go = page.locator('.place-search button', { hasText: 'Go' }).first();
        const hit = await go.evaluate((el) => {
          const b = el.getBoundingClientRect();
          return document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2) === el;
        });
        expect(hit).toBe(true);
      }
      expect(externalRequests(requests, server.baseUrl)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }
});

describe('phone: popups inside the screen and off the controls', () => {
  for (const viewport of PHONES) {
    it(`${viewport.width}×${viewport.height}: each event popup (share page and list) is wholly visible and covers no control`, async () => {
      const ids = [...new Set([...eventIds.slice(0, 5), ...eventIds.slice(-2)])];
      expect(ids.length).toBeGreaterThan(2);
      for (const id of ids) {
        const { page, context } = await openPage(`/event/${encodeURIComponent(id)}`, viewport);
        const popup = await settledPopup(page);
        expect(popup.left, id).toBeGreaterThanOrEqual(0);
        expect(popup.top, id).toBeGreaterThanOrEqual(0);
        expect(popup.right, id).toBeLessThanOrEqual(viewport.width);
        expect(popup.bottom, id).toBeLessThanOrEqual(viewport.height);
        const covered = (await controls(page)).filter((c) => overlap(c, popup)).map((c) => c.name);
        expect(covered, id).toEqual([]);
        await context.close();
      }
      // opened from the list in the drawer, at the map's current view
      const { page, context } = await openPage('/', viewport);
      await waitForMarkers(page);
      await page.locator('button.drawer-toggle').click();
      await page.locator('ul[aria-label="Events"] > li a').first().click();
      const popup = await settledPopup(page);
      expect(popup.left).toBeGreaterThanOrEqual(0);
      expect(popup.right).toBeLessThanOrEqual(viewport.width);
      expect(popup.top).toBeGreaterThanOrEqual(0);
      expect(popup.bottom).toBeLessThanOrEqual(viewport.height);
      expect((await controls(page)).filter((c) => overlap(c, popup)).map((c) => c.name)).toEqual([]);
      await context.close();
    });
  }
});

describe('the legend is on the map', () => {
  for (const [label, viewport, expanded] of [['desktop', DESKTOP, true], ['phone', PHONE_VIEWPORT, false]] as const) {
    it(`${label}: visible without scrolling, ${expanded ? 'expanded' : 'collapsed'} at first, toggled from the keyboard and remembered`, async () => {
      const { page, context } = await openPage('/', viewport);
      await waitForMarkers(page);
      const toggle = page.locator('.map-legend-toggle');
      await toggle.waitFor();
      const map = (await page.locator('.atlas-map').boundingBox())!;
      const box = (await toggle.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(map.y);
      expect(box.y + box.height).toBeLessThanOrEqual(Math.min(map.y + map.height, viewport.height));
      expect(box.x).toBeGreaterThanOrEqual(map.x);
      expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
      expect(await toggle.getAttribute('aria-expanded')).toBe(String(expanded));
      const body = page.locator('#map-legend-body');
      expect(await body.isVisible()).toBe(expanded);
      // keyboard: focus the toggle, Enter flips it, Space flips it back
      await toggle.focus();
      await page.keyboard.press('Enter');
      expect(await toggle.getAttribute('aria-expanded')).toBe(String(!expanded));
      expect(await body.isVisible()).toBe(!expanded);
      if (!expanded) {
        // opened: the icons of the event types, inside the viewport
        const item = page.locator('#map-legend-body li[data-type="airstrike"] svg').first();
        const r = (await item.boundingBox())!;
        expect(r.y + r.height).toBeLessThanOrEqual(viewport.height);
        expect(await page.locator('#map-legend-body li[data-type]').count()).toBeGreaterThan(8);
      }
      await page.keyboard.press('Space');
      expect(await toggle.getAttribute('aria-expanded')).toBe(String(expanded));
      await page.keyboard.press('Enter');
      await page.reload({ waitUntil: 'load' });
      await page.locator('.map-legend-toggle').waitFor();
      await page.waitForFunction((want) => document.querySelector('.map-legend-toggle')?.getAttribute('aria-expanded') === want, String(!expanded));
      // the sidebar no longer carries it
      expect(await page.locator('#sidebar .legend').count()).toBe(0);
      await context.close();
    });
  }
});

describe('sources and summaries', () => {
  it('an article with a URL shows its publisher as a link (popup, reader, list); the "U.S." summary is whole', async () => {
    const ids = eventIds.filter((id) => id.startsWith(article.id));
    expect(ids.length).toBeGreaterThan(0);
    for (const viewport of [DESKTOP, PHONE_VIEWPORT]) {
      const { page, context } = await openPage(`/event/${encodeURIComponent(ids[0]!)}`, viewport);
      await settledPopup(page);
      const link = page.locator('.leaflet-popup .popup-source a');
      expect(await link.textContent()).toBe('Reuters');
      expect(await link.getAttribute('href')).toBe(URL_OF_ARTICLE);
      await context.close();
    }
    const { page, context } = await openPage(`/articles/${encodeURIComponent(article.id)}`);
    const meta = page.locator('.reader .article-meta').first();
    expect(await meta.locator('a.publisher').textContent()).toBe('Reuters');
    expect(await meta.locator('a.publisher').getAttribute('href')).toBe(URL_OF_ARTICLE);
    await page.goto(`${server.baseUrl}/articles`);
    const item = page.locator('ul[aria-label="Articles"] > li', { hasText: MARK });
    expect(await item.locator('.article-lede').textContent()).toBe(FIRST);
    expect(await item.locator('a.publisher').getAttribute('href')).toBe(URL_OF_ARTICLE);
    // a bundled article has no URL: its import file in words, no link, never a bare file name
    const seed = page.locator('ul[aria-label="Articles"] > li').filter({ hasNotText: MARK }).first();
    const name = (await seed.locator('.publisher').textContent())!;
    expect(name).toMatch(/^Imported from the file \S+\.txt \(article \d+ of \d+\)$/);
    expect(await seed.locator('a.publisher').count()).toBe(0);
    // a seed whose first sentence opens with "U.S." is not cut there
    const us = page.locator('.article-lede', { hasText: /^U\.S\. / });
    for (const t of await us.allTextContents()) expect(t.length).toBeGreaterThan(20);
    await context.close();
  });
});

/** WCAG contrast of the computed text colour on the computed background of an element (backgrounds composited over white). */
async function contrastOf(page: Page, selector: string, index: number): Promise<{ ratio: number; color: string; background: string }> {
  return page.locator(selector).nth(index).evaluate((el) => {
    const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const s = getComputedStyle(el);
    const [r, g, b, a = 1] = parse(s.backgroundColor);
    const bg = [r! * a + 255 * (1 - a), g! * a + 255 * (1 - a), b! * a + 255 * (1 - a)];
    const [cr, cg, cb, ca = 1] = parse(s.color);
    const fg = [cr! * ca + bg[0]! * (1 - ca), cg! * ca + bg[1]! * (1 - ca), cb! * ca + bg[2]! * (1 - ca)];
    const [l1, l2] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    return { ratio: (l1! + 0.05) / (l2! + 0.05), color: s.color, background: s.backgroundColor };
  });
}

describe('/add', () => {
  for (const viewport of [DESKTOP, PHONE_VIEWPORT]) {
    it(`${viewport.width}px: a wrong token shows beside its field before Save; a bad date is a sentence naming the field; buttons readable in every state`, async () => {
      const { page, context, requests } = await openPage('/add', viewport);
      const token = page.getByLabel('Admin token (ATLAS_ADMIN_TOKEN)');
      await token.fill('not-the-token');
      const status = page.locator('#add-token-status');
      await page.waitForFunction(() => /not valid/.test(document.querySelector('#add-token-status')?.textContent ?? ''), null, { timeout: 10_000 });
      expect(await token.getAttribute('aria-invalid')).toBe('true');
      expect(await token.getAttribute('aria-describedby')).toBe('add-token-status');
      // beside the field: right below it
      const tb = (await token.boundingBox())!;
      const sb = (await status.boundingBox())!;
      expect(sb.y).toBeGreaterThanOrEqual(tb.y + tb.height - 1);
      expect(sb.y - (tb.y + tb.height)).toBeLessThan(30);
      expect(requests.some((u) => u.endsWith('/api/articles'))).toBe(false);
      expect(requests.some((u) => u.includes('/api/auth/check'))).toBe(true);

      // a bad date, on Preview: the sentence beside the field, no JSON
      await page.getByLabel('Text').fill('Syrian government forces shelled rebel positions in Idlib on Tuesday.');
      const date = page.getByLabel('Published date (YYYY-MM-DD)');
      await date.fill('05/03/2024');
      await page.getByRole('button', { name: 'Preview' }).click();
      const err = page.locator('#add-published-error');
      await err.waitFor({ timeout: 10_000 });
      expect(await err.textContent()).toBe('Published date: must be an ISO date YYYY-MM-DD.');
      expect(await date.getAttribute('aria-invalid')).toBe('true');
      expect(await date.getAttribute('aria-describedby')).toBe('add-published-error');
      expect(await page.locator('main').textContent()).not.toMatch(/"issues"|\{"error"/);

      // the right token: accepted, Save enabled
      await token.fill(adminToken());
      await page.waitForFunction(() => document.querySelector('#add-token-status')?.textContent === 'Token accepted.', null, { timeout: 10_000 });
      await page.getByRole('button', { name: 'Use token' }).click();
      await page.getByLabel('Title').fill('A title');
      await date.fill('2024-03-05');
      const save = page.getByRole('button', { name: 'Save' });
      await page.waitForFunction(() => !(document.querySelector('button.btn-primary') as HTMLButtonElement | null)?.disabled);

      // every button: at rest, hovered, focused — text readable on its background
      const n = await page.locator('main .btn').count();
      expect(n).toBeGreaterThanOrEqual(3);
      for (let i = 0; i < n; i++) {
        const b = page.locator('main .btn').nth(i);
        if (!(await b.isVisible())) continue;
        const name = (await b.textContent())!.trim();
        const rest = await contrastOf(page, 'main .btn', i);
        expect(rest.ratio, `${name} at rest ${JSON.stringify(rest)}`).toBeGreaterThanOrEqual(4.5);
        await b.hover();
        const hover = await contrastOf(page, 'main .btn', i);
        expect(hover.ratio, `${name} hovered ${JSON.stringify(hover)}`).toBeGreaterThanOrEqual(4.5);
        await b.focus();
        const focus = await contrastOf(page, 'main .btn', i);
        expect(focus.ratio, `${name} focused ${JSON.stringify(focus)}`).toBeGreaterThanOrEqual(4.5);
        await page.mouse.move(0, 0);
      }
      // the primary button keeps its own background on hover (not the white of a plain button)
      await save.hover();
      expect((await contrastOf(page, 'main .btn-primary', 0)).background).not.toBe('rgb(255, 255, 255)');
      expect(externalRequests(requests, server.baseUrl)).toEqual([]);
      await context.close();
    });
  }
});
