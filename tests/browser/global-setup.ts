/**
 * Browser-test global setup: make sure a production build exists, start `next start` on a free
 * port against a throwaway SQLite database, and hand the base URL to the tests via inject().
 * Tests that write (ingestion) start their own server (./server.ts) so that the shared one keeps
 * showing the bundled corpus only.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ESM helper without types
import { ensureChromium } from '../../scripts/ensure-chromium.mjs';
import { ADMIN_TOKEN, ensureBuild, startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    adminToken: string;
    /** where tests save screenshots: inside this run's temp folder, removed at teardown */
    screenshotDir: string;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath: string = ensureChromium();
  ensureBuild((msg) => console.error(`[browser tests] ${msg}`));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-browser-'));
  const server = await startServer(path.join(tmp, 'atlas.db'));
  project.provide('baseUrl', server.baseUrl);
  project.provide('chromiumPath', chromiumPath);
  project.provide('adminToken', ADMIN_TOKEN);
  const shots = path.join(tmp, 'screenshots');
  mkdirSync(shots);
  project.provide('screenshotDir', shots);
  return async () => {
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
  };
}
