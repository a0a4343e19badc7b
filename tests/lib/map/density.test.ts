import { describe, expect, it } from 'vitest';
import { densityClass, densityGrid, DENSITY_COLORS, DENSITY_MAX_ZOOM, pilesUp, project } from '@/lib/map/density';

/** deterministic pseudo-random positions around a centre */
function cloud(n: number, [lng, lat]: [number, number], spread: number, seed = 1): [number, number][] {
  let s = seed;
  const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647);
  return Array.from({ length: n }, () => [lng + (rnd() - 0.5) * spread, lat + (rnd() - 0.5) * spread]);
}

describe('project (Web Mercator, as Leaflet projects at 256 px tiles)', () => {
  it('puts [0, 0] at the world centre and the corners at the edges', () => {
    expect(project([0, 0], 0)).toEqual([128, 128]);
    const [x, y] = project([-180, 85.0511287798], 1);
    expect(x).toBeCloseTo(0, 6);
    expect(y).toBeCloseTo(0, 3);
    // Leaflet: L.CRS.EPSG3857.latLngToPoint(L.latLng(36.2, 37.1), 6) ≈ (9570.1, 6452.3)
    const [ax, ay] = project([37.1, 36.2], 6);
    expect(ax).toBeCloseTo(((37.1 + 180) / 360) * 256 * 64, 6);
    expect(ay).toBeGreaterThan(6400);
    expect(ay).toBeLessThan(6500);
  });
  it('reads [lng, lat]: a point east of the centre has a larger x, north a smaller y', () => {
    const [x0, y0] = project([37, 36], 5);
    expect(project([38, 36], 5)[0]).toBeGreaterThan(x0);
    expect(project([37, 37], 5)[1]).toBeLessThan(y0);
  });
});

describe('densityGrid', () => {
  const pts = [...cloud(200, [37.1, 36.2], 1.5), ...cloud(30, [36.7, 34.7], 0.3, 7), [6.14, 46.2] as [number, number]];

  it('matches a brute-force count of every cell', () => {
    for (const z of [3, 6, 8]) {
      const grid = densityGrid(pts, z, 32);
      expect(grid.total).toBe(pts.length);
      expect(grid.cells.reduce((s, c) => s + c.count, 0)).toBe(pts.length);
      for (const c of grid.cells) {
        const inside = pts.filter((p) => {
          const [x, y] = project(p, z);
          return x >= c.px[0] && x < c.px[2] && y >= c.px[1] && y < c.px[3];
        });
        expect(inside.length).toBe(c.count);
      }
      expect(grid.max).toBe(Math.max(...grid.cells.map((c) => c.count)));
    }
  });
  it('skips invalid positions and does not mutate its input', () => {
    const input: [number, number][] = [[37, 36], [NaN, 1], [10, 95], [37, 36]];
    const copy = JSON.stringify(input);
    const grid = densityGrid(input, 4);
    expect(grid.total).toBe(2);
    expect(grid.cells).toHaveLength(1);
    expect(grid.cells[0]!.count).toBe(2);
    expect(JSON.stringify(input)).toBe(copy);
  });
  it('has fewer, fuller cells at lower zooms', () => {
    expect(densityGrid(pts, 4).cells.length).toBeLessThan(densityGrid(pts, 8).cells.length);
    expect(densityGrid(pts, 4).max).toBeGreaterThan(densityGrid(pts, 8).max);
  });
});

describe('pilesUp (when the density layer is drawn)', () => {
  it('is on at low zoom when a cell holds several points, off when zoomed in or sparse', () => {
    const dense = cloud(100, [37.1, 36.2], 0.5);
    expect(pilesUp(densityGrid(dense, 5))).toBe(true);
    expect(pilesUp(densityGrid(dense, DENSITY_MAX_ZOOM + 1))).toBe(false);
    expect(pilesUp(densityGrid([[0, 0], [40, 20], [-70, -10]], 3))).toBe(false);
    expect(pilesUp(densityGrid([], 3))).toBe(false);
  });
});

describe('densityClass (log scale)', () => {
  it('maps 1 to the lightest class and max to the darkest, monotonically', () => {
    expect(densityClass(1, 100)).toBe(0);
    expect(densityClass(100, 100)).toBe(DENSITY_COLORS.length - 1);
    let last = 0;
    for (let c = 1; c <= 100; c++) {
      const k = densityClass(c, 100);
      expect(k).toBeGreaterThanOrEqual(last);
      last = k;
    }
    expect(densityClass(5, 1)).toBe(0);
  });
});
