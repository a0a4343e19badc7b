/**
 * The quality floor: bounds come from a report minus a margin (plus it when lower is better), and a score that
 * crosses its bound — or is no longer reported — is flagged; a score at or above its bound is not.
 */
import { describe, expect, it } from 'vitest';
import type { QualityDevset, QualityReport, QualityScore } from '@/lib/schemas';
import { checkFloor, floorFrom, formatViolations } from '@/lib/eval/floor';

const score = (key: string, value: number | null, better: 'higher' | 'lower' = 'higher'): QualityScore => ({ key, label: `the ${key}`, value, better });
const devset = (file: string, headline: QualityScore[], source: 'devset' | 'project' = 'devset'): QualityDevset => ({
  kind: 'geo', name: file, file, source, rows: 1, seconds: 0, headline, places: 1, predicted: 1, meanKm: 0, medianKm: 0,
  errors: { missed: 0, spurious: 0, wrongEntry: 0, wrongKind: 0, metonymyMapped: 0 }, events: null,
});
const report = (devsets: QualityDevset[]): QualityReport => ({ measuredAt: '2031-01-02T03:04:05.000Z', commit: 'abc1234', dirty: false, pipelineVersion: '1', devsets, missing: [] });

describe('floorFrom', () => {
  it('moves each score by the margin the safe way, rounded outward to 3 decimals, for every dev set', () => {
    const f = floorFrom(report([devset('a.json', [score('f1', 0.8167), score('auc', 0.2121, 'lower'), score('none', null)]), devset('seed.json', [score('f1', 1)], 'project')]), 0.015);
    expect(f.devsets['a.json']).toEqual({ f1: { bound: 0.801, better: 'higher' }, auc: { bound: 0.228, better: 'lower' } });
    expect(f.devsets['seed.json']).toEqual({ f1: { bound: 0.985, better: 'higher' } });
    expect(f.from).toEqual({ measuredAt: '2031-01-02T03:04:05.000Z', commit: 'abc1234', pipelineVersion: '1' });
  });
  it('keeps bounds within 0–1', () => {
    const f = floorFrom(report([devset('a.json', [score('low', 0.005), score('rare', 0.995, 'lower')])]), 0.02);
    expect(f.devsets['a.json']).toEqual({ low: { bound: 0, better: 'higher' }, rare: { bound: 1, better: 'lower' } });
  });
});

describe('checkFloor', () => {
  const floor = floorFrom(report([devset('a.json', [score('f1', 0.8), score('auc', 0.2, 'lower')])]), 0.01);
  it('passes the report it came from and scores at the bound', () => {
    expect(checkFloor(devset('a.json', [score('f1', 0.8), score('auc', 0.2, 'lower')]), floor)).toEqual([]);
    expect(checkFloor(devset('a.json', [score('f1', 0.79), score('auc', 0.21, 'lower')]), floor)).toEqual([]);
  });
  it('flags a score below its floor, and one above its ceiling when lower is better', () => {
    const v = checkFloor(devset('a.json', [score('f1', 0.75), score('auc', 0.25, 'lower')]), floor);
    expect(v).toEqual([
      { file: 'a.json', key: 'f1', label: 'the f1', value: 0.75, bound: 0.79, better: 'higher' },
      { file: 'a.json', key: 'auc', label: 'the auc', value: 0.25, bound: 0.21, better: 'lower' },
    ]);
    expect(formatViolations(v)).toMatch(/a\.json: the f1 \(f1\) is 0\.750, the floor is ≥ 0\.79\n.*auc.*≤ 0\.21\nFix the regression.*npm run quality -- --floor/);
  });
  it('flags a score the floor names but the dev set no longer reports or cannot count', () => {
    expect(checkFloor(devset('a.json', [score('auc', 0.2, 'lower')]), floor).map((x) => [x.key, x.value])).toEqual([['f1', null]]);
    expect(checkFloor(devset('a.json', [score('f1', null), score('auc', 0.2, 'lower')]), floor).map((x) => x.key)).toEqual(['f1']);
  });
  it('does not check a dev set the floor does not name', () => {
    expect(checkFloor(devset('b.json', [score('f1', 0)]), floor)).toEqual([]);
  });
});
