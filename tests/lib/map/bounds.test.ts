import { describe, expect, it } from 'vitest';
import { bboxToLatLngBounds, inBBox, robustBounds } from '@/lib/map/bounds';

/** a deterministic scatter of n points around [lng, lat] within ±spread degrees */
function scatter(n: number, [lng, lat]: [number, number], spread: number): [number, number][] {
  return Array.from({ length: n }, (_, i) => [lng + spread * Math.sin(i * 12.9898), lat + spread * Math.cos(i * 78.233)] as [number, number]);
}

const syria = scatter(40, [37.5, 35.5], 2.5);
const venues: [number, number][] = [[6.14, 46.2], [16.37, 48.21], [11.58, 48.14], [6.14, 46.2]]; // Geneva, Vienna, Munich, Geneva

describe('robustBounds', () => {
  it('frames Syria, not Europe, when talks venues lie far away', () => {
    const r = robustBounds([...syria, ...venues])!;
    const [w, s, e, n] = r.bbox;
    expect(w).toBeGreaterThan(34);
    expect(e).toBeLessThan(41);
    expect(s).toBeGreaterThan(32);
    expect(n).toBeLessThan(38.5);
    // every Syrian point is in, none of the venues
    expect(syria.every((p) => inBBox(p, r.bbox))).toBe(true);
    expect(venues.some((p) => inBBox(p, r.bbox))).toBe(false);
    expect(r.kept).toBe(40);
    expect(r.total).toBe(44);
  });

  it('always keeps at least 80% of the points', () => {
    // two far groups of 7 and 3: the minority is still within the box (it is 30% of the points)
    const pts = [...scatter(7, [37, 36], 0.5), ...scatter(3, [10, 47], 0.5)];
    const r = robustBounds(pts)!;
    expect(r.kept / r.total).toBeGreaterThanOrEqual(0.8);
    const spread = scatter(25, [30, 40], 20);
    const r2 = robustBounds(spread)!;
    expect(r2.kept / r2.total).toBeGreaterThanOrEqual(0.8);
  });

  it('widens a box of events all in one city to the minimum span', () => {
    const aleppo = scatter(12, [37.16, 36.2], 0.02);
    const r = robustBounds(aleppo, { minSpan: 0.5 })!;
    const [w, s, e, n] = r.bbox;
    expect(e - w).toBeCloseTo(0.5, 6);
    expect(n - s).toBeCloseTo(0.5, 6);
    expect(inBBox([37.16, 36.2], r.bbox)).toBe(true);
    expect(r.kept).toBe(12);
  });

  it('handles one point, no point and junk', () => {
    expect(robustBounds([])).toBeNull();
    expect(robustBounds([[NaN, 3], [1, 200]])).toBeNull();
    const one = robustBounds([[37, 36]])!;
    expect(one.bbox).toEqual([36.75, 35.75, 37.25, 36.25]);
  });

  it('does not mutate its input', () => {
    const pts = [...syria, ...venues];
    const copy = JSON.parse(JSON.stringify(pts));
    robustBounds(pts);
    expect(pts).toEqual(copy);
  });

  it('converts a GeoJSON bbox to Leaflet order only at the last inch', () => {
    expect(bboxToLatLngBounds([36, 35, 38, 37])).toEqual([[35, 36], [37, 38]]);
  });
});
