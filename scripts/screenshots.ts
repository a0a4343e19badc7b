/**
 * `npm run screenshots`: the README screenshots, on purpose and only here (tests write theirs to a
 * temp folder). Builds the app if there is no production build, starts `next start` on a free port
 * against a throwaway SQLite database seeded with the bundled corpus, and saves
 * docs/screenshots/{home,map-desktop,map-phone,article}.png — the same views the browser tests take
 * (tests/browser/pages.ts brings the pages there).
 * In: the repository (data/articles, the build). Out: four PNG files in docs/screenshots/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error plain ESM helper without types
import { ensureChromium } from './ensure-chromium.mjs';
import { ROOT, ensureBuild, startServer } from '../tests/browser/server';
import {
  PHONE_VIEWPORT,
  launchChromium,
  openPageAt,
  saveScreenshot,
  showArticleFromPopup,
  showEventPopup,
  showHome,
  showPhoneMap,
} from '../tests/browser/pages';

const OUT_DIR = path.join(ROOT, 'docs/screenshots');

async function main(): Promise<void> {
  const chromiumPath: string = ensureChromium();
  ensureBuild((msg) => console.error(`[screenshots] ${msg}`));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-screenshots-'));
  const server = await startServer(path.join(tmp, 'atlas.db'));
  const browser = await launchChromium(chromiumPath);
  const saved: string[] = [];
  try {
    const home = await openPageAt(browser, server.baseUrl, '/');
    await showHome(home.page);
    saved.push(await saveScreenshot(home.page, OUT_DIR, 'home.png'));
    await home.context.close();

    const phone = await openPageAt(browser, server.baseUrl, '/', { viewport: PHONE_VIEWPORT, isMobile: true });
    await showPhoneMap(phone.page);
    saved.push(await saveScreenshot(phone.page, OUT_DIR, 'map-phone.png'));
    await phone.context.close();

    const desktop = await openPageAt(browser, server.baseUrl, '/');
    if (!(await showEventPopup(desktop.page))) throw new Error('no event of a seed article is listed on the home page');
    saved.push(await saveScreenshot(desktop.page, OUT_DIR, 'map-desktop.png'));
    await showArticleFromPopup(desktop.page);
    saved.push(await saveScreenshot(desktop.page, OUT_DIR, 'article.png'));
    await desktop.context.close();
  } finally {
    await browser.close();
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const f of saved) console.log(`wrote ${path.relative(ROOT, f)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
