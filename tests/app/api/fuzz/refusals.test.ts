/**
 * Issue 14, in-process fuzzing (harness.ts): every method a route does not answer, FUZZ_RUNS (2,000) requests
 * each — the method itself, lower-cased, or one nobody answers (FOO, PROPFIND, M-SEARCH): a JSON 405 every time.
 */
import { describe, expect, it } from 'vitest';
import { RUNS, fuzz, routeMethods, withFuzzStore } from './harness';

withFuzzStore();
const refusals = (await routeMethods()).filter((m) => m.refusal);

describe('fuzz the refused methods', () => {
  it('finds them', () => expect(refusals.length).toBeGreaterThanOrEqual(40));
  it.each(refusals)(`$method $route: ${RUNS} requests, JSON 405s`, async (rm) => {
    expect(await fuzz(rm, 'none')).toBe(0);
  }, 600_000);
});
