import { describe, expect, it } from 'vitest';
import { densityGrid } from '@/lib/map/density';

describe('densityGrid with weights (density from server clusters)', () => {
  it('equals the grid of the positions repeated weight times (brute-force cross-check)', () => {
    let s = 3;
    const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    const positions = Array.from({ length: 300 }, () => [30 + rnd() * 15, 28 + rnd() * 12] as [number, number]);
    const weights = positions.map(() => 1 + Math.floor(rnd() * 20));
    for (const z of [3, 5, 8]) {
      const weighted = densityGrid(positions, z, undefined, weights);
      const repeated = densityGrid(positions.flatMap((p, i) => Array.from({ length: weights[i]! }, () => p)), z);
      expect(weighted).toEqual(repeated);
    }
  });
  it('skips non-positive and non-finite weights, and invalid positions', () => {
    const g = densityGrid([[37, 36], [37, 36], [37, 36], [999, 0]], 5, undefined, [5, 0, Number.NaN, 3]);
    expect(g.total).toBe(5);
    expect(g.max).toBe(5);
    expect(g.cells).toHaveLength(1);
  });
  it('without weights, each position counts one (unchanged)', () => {
    expect(densityGrid([[37, 36], [37, 36]], 5).max).toBe(2);
  });
});
