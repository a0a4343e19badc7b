/**
 * Ingest order does not change resolution (issue 15): the fixture reports (tests/lib/resolve/fixtures, every
 * event of every article) resolved in any shuffled order give the same partition (groups as sets of report keys)
 * and the same resolved event ids, the same primary and the same report counts. The pure `resolveReports` takes
 * all reports at once; incremental ingest in several calls is the stores' (tests/lib/resolve/driver.test.ts and
 * the store tests).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reportKey, resolveReports, type ReportRef, type ResolutionResult } from '@/lib/resolve';
import { loadFixtures } from './fixtures/load';

let refs: ReportRef[];

/** group id → sorted report keys, and per group its primary, count and the resolved event's report order */
function shape(refsIn: readonly ReportRef[], result: ResolutionResult) {
  const keyOf = new Map(refsIn.map((r) => [r.event.id, reportKey(r.event)]));
  const groups = new Map<string, string[]>();
  for (const a of result.assignments) {
    const g = groups.get(a.group) ?? [];
    g.push(keyOf.get(a.eventId)!);
    groups.set(a.group, g);
  }
  const partition = [...groups].map(([id, keys]) => `${id}: ${keys.sort().join(' ')}`).sort();
  const primaries = result.assignments
    .filter((a) => a.primary)
    .map((a) => `${a.group} ${a.eventId} ×${a.reportCount} [${(a.resolved?.reports ?? []).map((r) => r.eventId).join(' ')}] f=${a.resolved?.fatalities?.count ?? '-'}`)
    .sort();
  return { partition, primaries, assignments: result.assignments.map((a) => a.eventId) };
}

beforeAll(() => {
  refs = loadFixtures().refs;
}, 120_000);

describe('resolution order', () => {
  it('any shuffled order of the fixture reports gives the same groups and resolved event ids', () => {
    const base = shape(refs, resolveReports(refs));
    expect(base.partition.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.shuffledSubarray(refs, { minLength: refs.length, maxLength: refs.length }), (shuffled) => {
        const got = shape(shuffled, resolveReports(shuffled));
        expect(got.partition).toEqual(base.partition);
        expect(got.primaries).toEqual(base.primaries);
        // assignments come back in event id order whatever the input order (types.ts)
        expect(got.assignments).toEqual(base.assignments);
      }),
      { numRuns: Number(process.env.RESOLVE_ORDER_RUNS ?? 25) },
    );
  }, 120_000);

  it('reversing the input changes nothing either', () => {
    expect(shape(refs, resolveReports([...refs].reverse()))).toEqual(shape(refs, resolveReports(refs)));
  });
});
