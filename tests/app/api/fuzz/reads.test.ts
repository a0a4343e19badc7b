/**
 * Issue 14, in-process fuzzing (harness.ts): the public GET routes, FUZZ_RUNS (2,000) requests each from their
 * zod query schemas — 2xx/4xx only, every 4xx a JSON {error, issues}. Also: every route under app/api has a spec.
 */
import { describe, expect, it } from 'vitest';
import { ROUTE_SPECS } from '../../../support/fuzz-routes';
import { RUNS, fuzz, routeList, routeMethods, withFuzzStore } from './harness';

withFuzzStore();
const reads = (await routeMethods()).filter((m) => !m.refusal && !m.admin && m.method === 'GET');

describe('every route has a fuzz spec', () => {
  it('finds the routes and a spec for each (add one to tests/support/fuzz-routes.ts ROUTE_SPECS)', () => {
    expect(routeList().length).toBeGreaterThanOrEqual(13);
    expect(routeList().filter((r) => !ROUTE_SPECS[r])).toEqual([]);
  });
  it("each spec lists the methods its route answers", async () => {
    const answered = (await routeMethods()).filter((m) => !m.refusal);
    for (const route of routeList()) expect(ROUTE_SPECS[route]?.methods.slice().sort(), route).toEqual(answered.filter((m) => m.route === route).map((m) => m.method).sort());
  });
});

describe('fuzz the public reads', () => {
  it.each(reads)(`$method $route: ${RUNS} requests, 2xx/4xx only, JSON errors`, async (rm) => {
    const served = await fuzz(rm, 'none');
    if (RUNS >= 200) expect(served, 'some requests get past the checks').toBeGreaterThan(0);
  }, 600_000);
});
