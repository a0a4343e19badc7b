/**
 * Acceptance of cross-article resolution on the hand-written fixtures (tests/lib/resolve/fixtures): every report
 * group (one happening told 2–5 ways) ends in one resolved event — merge recall ≥ 0.9 over all group pairs — and
 * near-miss pairs (same place and day, another happening) stay apart — false merges ≤ 0.05. On failure the
 * failing pairs are printed with their texts, readings, pairwise evidence and `why`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveReports } from '@/lib/resolve';
import { formatFailures, scoreFixtures, type FixtureScore } from '@/lib/eval/resolve';
import { loadFixtures, type LoadedFixtures } from './fixtures/load';

let fx: LoadedFixtures;
let score: FixtureScore;

beforeAll(() => {
  fx = loadFixtures();
  score = scoreFixtures(fx.groups, fx.nearMisses, resolveReports(fx.refs));
}, 120_000);

describe('resolution fixtures', () => {
  it('has ≥ 40 report groups and ≥ 40 near-miss pairs, every article read with a located event', () => {
    expect(fx.unread, fx.unread.join('\n')).toEqual([]);
    expect(fx.groups.length).toBeGreaterThanOrEqual(40);
    expect(fx.nearMisses.length).toBeGreaterThanOrEqual(40);
    for (const g of fx.groups) expect(g.reports.length, g.id).toBeGreaterThanOrEqual(2);
  });

  it('near-miss pairs are the same place (within their radii) and the same or adjacent day', () => {
    for (const n of fx.nearMisses) {
      const [a, b] = [n.a.ref.event, n.b.ref.event];
      const days = Math.abs(Date.parse(a.date.value!) - Date.parse(b.date.value!)) / 86_400_000;
      expect(days, `${n.id} dates ${a.date.value} / ${b.date.value}`).toBeLessThanOrEqual(1);
    }
  });

  it('merge recall ≥ 0.9 and false merges ≤ 0.05', () => {
    const line = `recall ${score.mergedGroupPairs}/${score.groupPairs} = ${score.recall.toFixed(3)} (${score.wholeGroups}/${score.groups} groups whole); false merges ${score.falseMerges}/${score.nearMisses} = ${score.falseMergeRate.toFixed(3)}`;
    const detail = `${line}\n${formatFailures(score.failures)}`;
    if (process.env.RESOLVE_FIXTURES_VERBOSE) console.log(detail);
    expect(score.recall, detail).toBeGreaterThanOrEqual(0.9);
    expect(score.falseMergeRate, detail).toBeLessThanOrEqual(0.05);
  });
});
