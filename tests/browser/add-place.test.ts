/**
 * Issue 12: an analyst adds a missing place from the article reader. An article names a village no gazetteer
 * holds ("Zarqolia", invented); its event is placed at the province around it. The analyst opens the article,
 * sees the name marked "not in the gazetteer", clicks "Add this place", clicks the map, saves — and after the
 * reprocessing the event is at the new place (reader, API and map popup agree).
 * Writes, so it runs its own server and database (like ingest.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminToken, launch, openPage as openOn } from './support';
import { startServer, type RunningServer } from './server';

let browser: Browser;
let server: RunningServer;
let tmp: string;
const base = () => server.baseUrl;
const openPage = (b: Browser, pathname: string) => openOn(b, pathname, { base: base() });

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-add-place-'));
  [browser, server] = await Promise.all([launch(), startServer(path.join(tmp, 'atlas.db'))]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface Doc {
  mentions: { text: string; nonLocation: string | null; inGazetteer?: boolean; place: { id: string } | null }[];
  events: { id: string; place: { id: string; name: string; lat: number; lon: number; inGazetteer?: boolean } | null }[];
}
const readArticle = async (id: string): Promise<Doc> => (await (await fetch(`${base()}/api/articles/${id}`)).json()) as Doc;

describe('an analyst adds a missing place', () => {
  it('from an unresolved mention in the reader, by clicking the map; the event moves there after reprocessing', async () => {
    const res = await fetch(`${base()}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken()}` },
      body: JSON.stringify({
        title: 'Shelling in the Idlib countryside',
        text: 'Government forces shelled Zarqolia village in Idlib province on Monday, killing three civilians, activists said.',
        published: '2026-05-04',
      }),
    });
    const { id } = (await res.json()) as { id: string };
    expect(res.status).toBe(201);
    const before = await readArticle(id);
    // a name in no gazetteer, kept and placed at its written parent (Idlib province) until an analyst adds it
    expect(before.mentions.find((m) => m.text.startsWith('Zarqolia'))?.inGazetteer).toBe(false);
    const eventId = before.events[0]!.id;
    expect(before.events[0]!.place?.id).not.toMatch(/^ov:/);

    const { page, context, consoleErrors } = await openPage(browser, `/articles/${id}`);
    // the token holder enters the token where it is needed: kept in this page's memory only
    await page.getByLabel('Admin token (ATLAS_ADMIN_TOKEN)').fill(adminToken());
    await page.getByRole('button', { name: 'Use token' }).click();
    const marked = page.locator('.article-body .hl-unknown', { hasText: 'Zarqolia village' });
    expect(await marked.getAttribute('title')).toMatch(/^not in the gazetteer: placed at Idlib/);

    await page.getByRole('button', { name: 'Add this place' }).click();
    const form = page.getByRole('form', { name: 'Add the place Zarqolia' });
    await form.getByLabel('Name').fill('Zarqolia');
    const map = form.locator('.atlas-map[data-ready="true"]');
    await map.waitFor();
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.4);
    await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('.add-place-form input[inputmode="decimal"]')?.value ?? '') !== '');
    await page.locator('.atlas-picked-point').waitFor();
    const lat = Number(await form.getByLabel('Latitude').inputValue());
    const lon = Number(await form.getByLabel('Longitude').inputValue());
    expect(lat).toBeGreaterThan(34);
    expect(lat).toBeLessThan(37);
    await form.getByLabel('Kind').selectOption('village');
    await form.getByLabel(/^Source/).fill('browser test');
    await form.getByRole('button', { name: 'Save place' }).click();

    const status = page.getByRole('status').filter({ hasText: 'Added' });
    await status.waitFor({ timeout: 30_000 });
    expect(await status.textContent()).toMatch(/Added Zarqolia \(village, ov:zarqolia-1\)\..*Read again with it: 1 article/);

    // reprocessed: the event is at the new place, and the reader now links the name to the map
    const after = await readArticle(id);
    const moved = after.events.find((e) => e.id === eventId) ?? after.events[0]!;
    expect(moved.place).toMatchObject({ id: 'ov:zarqolia-1', name: 'Zarqolia' });
    expect(moved.place!.lat).toBeCloseTo(lat, 4);
    expect(moved.place!.lon).toBeCloseTo(lon, 4);
    await page.reload();
    await page.locator('.article-body a.hl-place', { hasText: 'Zarqolia village' }).waitFor();
    expect(await page.locator('.article-body .hl-unknown').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();

    // the map: the event's popup names the new place; the missing list no longer has it
    const m = await openPage(browser, `/event/${encodeURIComponent(moved.id)}`);
    await m.page.locator('.leaflet-popup .event-popup').waitFor({ timeout: 30_000 });
    expect(await m.page.locator('.leaflet-popup .popup-quote').textContent()).toContain('Zarqolia');
    await m.context.close();
    const missing = (await (await fetch(`${base()}/api/places/missing`)).json()) as { places: { name: string }[] };
    expect(missing.places.map((p) => p.name)).not.toContain('Zarqolia');
  });

  it('the place search offers "Can\'t find it? Add a missing place" to a token holder', async () => {
    // entered once on Add article, the token stays in memory while the header links navigate client-side
    const { page, context } = await openPage(browser, '/add');
    await page.getByLabel('Admin token (ATLAS_ADMIN_TOKEN)').fill(adminToken());
    await page.getByRole('button', { name: 'Use token' }).click();
    await page.getByText(/Token kept in this page’s memory only/).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Map' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    await page.getByLabel('Find a place').fill('Qaryat Nowhere');
    await page.getByLabel('Find a place').press('Enter');
    const link = page.getByRole('link', { name: 'Can’t find it? Add a missing place' });
    await link.waitFor();
    await link.click();
    await page.getByRole('heading', { name: 'Places we could not find' }).waitFor();
    await page.getByRole('form', { name: 'Add the place Qaryat Nowhere' }).waitFor();
    await context.close();
  });

  it('the admin token is never written to web storage or a cookie (issue 14)', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '/add');
    await page.getByLabel('Admin token (ATLAS_ADMIN_TOKEN)').fill(adminToken());
    await page.waitForFunction(() => document.querySelector('#add-token-status')?.textContent === 'Token accepted.', null, { timeout: 10_000 });
    await page.getByRole('button', { name: 'Use token' }).click();
    await page.getByLabel('Title').fill('Storage check');
    await page.getByLabel('Text').fill('Government forces shelled Saraqib in Idlib province on Monday, killing two civilians, activists said.');
    await page.getByLabel('Published date (YYYY-MM-DD)').fill('2026-05-05');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: /Saved|Already stored/ }).waitFor({ timeout: 30_000 });
    const kept = await page.evaluate(() => {
      const all = (s: Storage) => Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`).join('\n');
      return { session: all(sessionStorage), local: all(localStorage), cookie: document.cookie };
    });
    for (const where of [kept.session, kept.local, kept.cookie]) expect(where).not.toContain(adminToken());
    const cookies = await context.cookies();
    expect(cookies.map((c) => c.value).join(' ')).not.toContain(adminToken());
    // a reload forgets it: enter it again
    await page.reload();
    await page.getByLabel('Admin token (ATLAS_ADMIN_TOKEN)').waitFor();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
