/**
 * Issue 14, in-process fuzzing (harness.ts): the routes that take a body or the admin token — POST /api/extract,
 * and every admin method both with the token (the happy path, on a fresh store per request) and without or with
 * a wrong one. FUZZ_RUNS (2,000) requests each: 2xx/4xx only, every 4xx a JSON {error, issues}.
 */
import { describe, expect, it } from 'vitest';
import { RUNS, fuzz, routeMethods, withFuzzStore } from './harness';

withFuzzStore();
const writes = (await routeMethods()).filter((m) => !m.refusal && (m.admin || m.method !== 'GET'));

describe('fuzz the writes and admin routes', () => {
  it.each(writes)(`$method $route: ${RUNS} requests without the token, 2xx/4xx only, JSON errors`, async (rm) => {
    const served = await fuzz(rm, 'none');
    if (!rm.admin && RUNS >= 200) expect(served, 'some requests get past the checks').toBeGreaterThan(0);
  }, 600_000);

  it.each(writes.filter((m) => m.admin))(`$method $route: ${RUNS} requests with the admin token, 2xx/4xx only, JSON errors`, async (rm) => {
    const served = await fuzz(rm, 'token');
    if (RUNS >= 200) expect(served, 'some requests with the token get past the checks').toBeGreaterThan(0);
  }, 600_000);
});
