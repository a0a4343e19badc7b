/**
 * Issue 13, items 6–7: a timeline you can drive (brush a range over adaptive bins — the URL and the
 * list follow; arrow keys step the window; play advances it, pause stops it; the bars line up with
 * the brush) and a map you can use from the keyboard (a skip link reaches the first marker in a few
 * Tab presses; Enter opens a marker's popup, Escape closes it and gives focus back; Enter on a
 * cluster expands it). Desktop 1280×800 and phone 390×844.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { externalRequests, launch, openPage } from './support';
import { PHONE_VIEWPORT, LAYOUTS } from './pages';
import { listItems, waitForMarkers, waitForUrl } from './map-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const layouts = LAYOUTS;

/** Open the home page with the timeline on screen (the phone keeps it in the drawer). */
async function openTimeline(name: string, opts: (typeof layouts)[number]['opts']) {
  const opened = await openPage(browser, '/', opts);
  const { page } = opened;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await waitForMarkers(page);
  if (name === 'phone') {
    await page.locator('button.drawer-toggle').click();
    await page.locator('button.drawer-toggle[aria-expanded="true"]').waitFor();
  }
  await page.locator('.timeline-track').scrollIntoViewIfNeeded();
  await page.locator('.timeline-track').waitFor({ state: 'visible' });
  return opened;
}

interface Bar { i: number; count: number; left: number; right: number }

/** The bars (one per bin) with their event counts (from their titles) and x-extent on screen. */
async function bars(page: Page): Promise<Bar[]> {
  return page.locator('.histogram rect').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const count = Number(/: (\d+)/.exec(el.querySelector('title')?.textContent ?? '')?.[1] ?? 0);
      return { i: Number(el.getAttribute('data-i')), count, left: r.left, right: r.right };
    }),
  );
}

const windowBox = (page: Page) => page.locator('.timeline-window').evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { left: r.left, right: r.right, text: el.getAttribute('aria-valuetext') ?? '' };
});

const listCount = (page: Page) => page.locator('#events-title .count').evaluate((el) => Number(/\d+/.exec(el.textContent ?? '')?.[0]));

/** from/to the window's label stands for ("A to B"), open at the timeline's ends */
async function expectedQuery(page: Page): Promise<{ from: string | null; to: string | null }> {
  const { text } = await windowBox(page);
  const [a, b] = text.replace(/^all dates \(|\)$/g, '').split(' to ');
  const all = await bars(page);
  const titles = await page.locator('.histogram rect title').allTextContents();
  const first = titles[0]!.slice(0, 10);
  const last = titles[all.length - 1]!.slice(13, 23);
  return { from: a === first ? null : a!, to: b === last ? null : b! };
}

describe.each(layouts)('timeline ($name)', ({ name, opts }) => {
  it('brushing a range over the bars writes from/to into the URL, shrinks the list, and the bars line up with the brush', async () => {
    const { page, context, consoleErrors, requests } = await openTimeline(name, opts);
    const all = await bars(page);
    // adaptive bins: the data spreads over the axis rather than crowding its first tenth
    const unit = await page.locator('.timeline').getAttribute('data-unit');
    expect(['day', 'week', 'month']).toContain(unit);
    const withData = all.filter((b) => b.count > 0);
    expect(withData[withData.length - 1]!.i).toBeGreaterThan(all.length * 0.5);
    expect(all.length).toBeLessThanOrEqual(120);
    const before = await listCount(page);
    // brush from a bar with events to the next one with events, away from the ends (where the handles are)
    const inner = withData.filter((x) => x.i >= 2 && x.i <= all.length - 3);
    const [a, b] = [inner[0]!, inner[1]!];
    const y = (await page.locator('.timeline-track').boundingBox())!;
    await page.mouse.move((a.left + a.right) / 2, y.y + y.height / 2);
    await page.mouse.down();
    await page.mouse.move((a.left + b.right) / 2, y.y + y.height / 2, { steps: 4 });
    await page.mouse.move((b.left + b.right) / 2, y.y + y.height / 2, { steps: 4 });
    await page.mouse.up();
    const url = await waitForUrl(page, (u) => u.searchParams.has('to'));
    const want = await expectedQuery(page);
    expect(url.searchParams.get('to')).toBe(want.to);
    expect(url.searchParams.get('from')).toBe(want.from);
    await page.waitForFunction((n) => Number(/\d+/.exec(document.querySelector('#events-title .count')?.textContent ?? '')?.[0]) !== n, before, { timeout: 15_000 });
    const after = await listCount(page);
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThan(0);
    expect(await listItems(page)).toBe(after);
    // exactly bars a..b are in the range, and their x-extent is the brush's (±2 px)
    const inRange = await page.locator('.histogram rect.in').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-i'))));
    expect(inRange[0]).toBe(a.i);
    expect(inRange[inRange.length - 1]).toBe(b.i);
    const w = await windowBox(page);
    const now = await bars(page);
    expect(Math.abs(now[a.i]!.left - w.left)).toBeLessThanOrEqual(2);
    expect(Math.abs(now[b.i]!.right - w.right)).toBeLessThanOrEqual(2);
    // the URL is a permalink: reloading it shows the same range
    await page.reload({ waitUntil: 'load' });
    await page.locator('.timeline-window').waitFor({ state: 'attached' });
    expect((await windowBox(page)).text).toBe(w.text);
    expect(consoleErrors).toEqual([]);
    expect(externalRequests(requests)).toEqual([]);
    await context.close();
  });

  it('arrow keys step the window by one bin; play advances it and pause stops it', async () => {
    const { page, context, consoleErrors } = await openTimeline(name, opts);
    const all = await bars(page);
    // a two-bin window at the start, from the keyboard: End handle to its start, then one step right
    const end = page.getByRole('slider', { name: 'End of date range' });
    await end.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    let url = await waitForUrl(page, (u) => u.searchParams.has('to') && !u.searchParams.has('from'));
    expect(await page.locator('.histogram rect.in').count()).toBe(2);
    const win = page.getByRole('slider', { name: 'Date range', exact: true });
    await win.focus();
    const label0 = await win.getAttribute('aria-valuetext');
    await page.keyboard.press('ArrowRight');
    url = await waitForUrl(page, (u) => u.searchParams.has('from'));
    const inRange = await page.locator('.histogram rect.in').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-i'))));
    expect(inRange).toEqual([1, 2]);
    const want = await expectedQuery(page);
    expect(url.searchParams.get('from')).toBe(want.from);
    expect(url.searchParams.get('to')).toBe(want.to);
    expect(await win.getAttribute('aria-valuetext')).not.toBe(label0);
    expect(await win.getAttribute('aria-valuenow')).toBe('1');
    // play: the window moves on by itself
    await page.getByRole('button', { name: 'Play' }).click();
    const from0 = url.searchParams.get('from');
    url = await waitForUrl(page, (u) => !!u.searchParams.get('from') && u.searchParams.get('from')! > from0!, 10_000);
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await page.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed')).toBe('false');
    await page.waitForTimeout(500);
    const paused = page.url();
    const lo = await win.getAttribute('aria-valuenow');
    expect(Number(lo)).toBeGreaterThan(1);
    expect(Number(lo)).toBeLessThan(all.length);
    await page.waitForTimeout(2500);
    expect(page.url()).toBe(paused);
    expect(await win.getAttribute('aria-valuenow')).toBe(lo);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

/** The focused element: a marker (event or cluster), a skip link, or something else. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      marker: !!el?.matches('.atlas-marker, .atlas-cluster'),
      cluster: !!el?.matches('.atlas-cluster'),
      id: el?.getAttribute('data-event-id') ?? null,
      text: el?.textContent ?? '',
    };
  });

describe.each(layouts)('keyboard ($name)', ({ opts }) => {
  it('the first marker is ≤ 5 Tab presses from load; Enter opens its popup, Escape closes it and focus returns', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '/', opts);
    await waitForMarkers(page);
    let tabs = 0;
    let at = await focused(page);
    while (!at.marker && tabs < 5) {
      await page.keyboard.press('Tab');
      tabs++;
      at = await focused(page);
      if (at.text === 'Skip to map') {
        expect(await page.locator('.skip-map').isVisible()).toBe(true);
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('map');
      }
    }
    expect(at.marker).toBe(true);
    expect(tabs).toBeLessThanOrEqual(5);
    // on to an event marker (expanding clusters with Enter on the way), then open it with Enter
    for (let i = 0; i < 40 && !at.id; i++) {
      if (at.cluster) {
        await page.keyboard.press('Enter');
        await page.waitForTimeout(900);
      } else await page.keyboard.press('Tab');
      at = await focused(page);
    }
    expect(at.id).toBeTruthy();
    const id = at.id!;
    await page.keyboard.press('Enter');
    await waitForUrl(page, (u) => u.searchParams.get('event') === id);
    await page.locator(`.leaflet-popup .event-popup[data-event-id="${id}"]`).waitFor();
    // let the fly-to and the popup's pan into view finish (closing mid-pan races the URL sync of the move)
    await page.waitForTimeout(1200);
    await page.keyboard.press('Escape');
    await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
    await waitForUrl(page, (u) => !u.searchParams.has('event'));
    expect((await focused(page)).id).toBe(id);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('Enter on a cluster zooms into it (or spreads it) and focus lands on a marker', async () => {
    const { page, context } = await openPage(browser, '/', opts);
    await waitForMarkers(page);
    const cluster = page.locator('.atlas-cluster').first();
    expect(await cluster.count()).toBe(1);
    const before = { z: Number(await page.evaluate(() => new URL(location.href).searchParams.get('z') ?? 0)), events: await page.locator('.atlas-marker[data-event-id]').count() };
    await cluster.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (b) => Number(new URL(location.href).searchParams.get('z') ?? 0) > b.z || document.querySelectorAll('.atlas-marker[data-event-id]').length > b.events,
      before,
      { timeout: 10_000 },
    );
    await page.waitForFunction(() => document.activeElement?.matches('.atlas-marker, .atlas-cluster'), null, { timeout: 5_000 });
    await context.close();
  });
});

describe('keyboard (desktop list)', () => {
  it('Escape closes a popup opened from the list and gives focus back to the list item; the skip link reaches the list', async () => {
    const { page, context } = await openPage(browser, '/');
    await waitForMarkers(page);
    const link = page.locator('ul[aria-label="Events"] > li a').first();
    const id = await link.evaluate((a) => a.closest('li')!.getAttribute('data-event-id'));
    await link.focus();
    await page.keyboard.press('Enter');
    await page.locator(`.leaflet-popup .event-popup[data-event-id="${id}"]`).waitFor();
    await page.waitForTimeout(700);
    await page.keyboard.press('Escape');
    await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
    await waitForUrl(page, (u) => !u.searchParams.has('event'));
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-event-id'))).toBe(id);
    // Skip to event list: focus lands on the list section, the next Tab on its first event
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.locator('.skip-list').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'event-list', null, { timeout: 5_000 });
    // the desktop sidebar is always shown: its (phone) drawer is left closed
    expect(await page.locator('button.drawer-toggle').getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('ul[aria-label="Events"] > li'))).toBe(true);
    await context.close();
  });
});

describe('keyboard (phone list)', () => {
  it('Skip to event list opens the drawer and focuses the list', async () => {
    const { page, context } = await openPage(browser, '/', { viewport: PHONE_VIEWPORT, isMobile: true });
    await waitForMarkers(page);
    await page.locator('.skip-list').focus();
    await page.keyboard.press('Enter');
    await page.locator('button.drawer-toggle[aria-expanded="true"]').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'event-list', null, { timeout: 5_000 });
    expect(await page.getByRole('list', { name: 'Events' }).isVisible()).toBe(true);
    await context.close();
  });
});
