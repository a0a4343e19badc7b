// `npm test`: every suite in one vitest run — unit, API, component and browser (real Chromium).
// Finds or installs Chromium, builds the app for the browser tests, then ends with a plain
// summary line "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);

ensureChromium();

if (process.env.ATLAS_SKIP_BUILD !== '1') {
  console.log('> next build (for the browser tests)');
  const b = spawnSync(process.execPath, [bin('next', 'dist/bin/next'), 'build'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) {
    console.log('0 passed, 1 failed (next build failed)');
    process.exit(b.status ?? 1);
  }
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-test-'));
const jsonFile = path.join(tmp, 'results.json');
const args = [bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`, ...process.argv.slice(2)];
const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: process.env.FORCE_COLOR ? process.env : { ...process.env, NO_COLOR: '1' } });

let summary = null;
try {
  const res = JSON.parse(readFileSync(jsonFile, 'utf8'));
  const skipped = (res.numPendingTests ?? 0) + (res.numTodoTests ?? 0);
  summary = { passed: res.numPassedTests, failed: res.numFailedTests, skipped, suitesFailed: res.numFailedTestSuites ?? 0 };
} catch {
  /* vitest crashed before writing results */
}
rmSync(tmp, { recursive: true, force: true });
if (!summary) {
  console.log('0 passed, 1 failed (vitest wrote no results)');
  process.exit(r.status || 1);
}
const failed = summary.failed + (summary.failed === 0 && r.status !== 0 ? Math.max(summary.suitesFailed, 1) : 0);
console.log(`${summary.passed} passed, ${failed} failed, ${summary.skipped} skipped`);
process.exit(failed > 0 ? 1 : (r.status ?? 0));
