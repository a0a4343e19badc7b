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

  it('frames the fighting even when far venues are a quarter of the points', () => {
    // 30 events around Aleppo and Idlib; 10 far away: talks in Geneva (6), London (2), statements in Moscow (2)
    const fighting = scatter(30, [37.0, 35.8], 1.5);
    const far: [number, number][] = [...Array(6).fill([6.14, 46.2]), [-0.13, 51.5], [-0.13, 51.5], [37.62, 55.75], [37.62, 55.75]];
    const r = robustBounds([...far, ...fighting])!;
    expect(fighting.every((p) => inBBox(p, r.bbox))).toBe(true);
    expect(far.some((p) => inBBox(p, r.bbox))).toBe(false);
    expect(r.bbox[2] - r.bbox[0]).toBeLessThan(5);
  });

  it('frames the biggest groups until they hold at least half the points', () => {
    // two far groups of 7 and 3: the 3 are left out
    const seven = scatter(7, [37, 36], 0.5), three = scatter(3, [10, 47], 0.5);
    const r = robustBounds([...seven, ...three])!;
    expect(seven.every((p) => inBBox(p, r.bbox))).toBe(true);
    expect(three.some((p) => inBBox(p, r.bbox))).toBe(false);
    // two equal theatres far apart: both are framed
    const east = scatter(10, [37, 36], 0.5), west = scatter(10, [31, 48.5], 0.5);
    const both = robustBounds([...east, ...west])!;
    expect([...east, ...west].every((p) => inBBox(p, both.bbox))).toBe(true);
    // a world-wide spread with no dense group still keeps at least half
    const spread = scatter(25, [30, 40], 40);
    const r2 = robustBounds(spread)!;
    expect(r2.kept / r2.total).toBeGreaterThanOrEqual(0.5);
  });

  it('groups by touching grid squares, so a chain of nearby events stays one group', () => {
    // a line of events every 3 degrees from the Levant to the Caspian is one group and framed whole
    const chain: [number, number][] = Array.from({ length: 6 }, (_, i) => [36 + 3 * i, 35 + 0.5 * i]);
    const r = robustBounds([...chain, [6.14, 46.2]])!;
    expect(chain.every((p) => inBBox(p, r.bbox))).toBe(true);
    expect(inBBox([6.14, 46.2], r.bbox)).toBe(false);
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
