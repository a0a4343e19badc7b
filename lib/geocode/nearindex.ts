/**
 * A static index of points for "the nearest of them that qualifies" queries, whatever the density.
 * In: items with a latitude and longitude (all added before the first query). Out: `nearest` calls a visitor on
 * the items of a box around the query point that grows from startKm, doubling, up to maxKm, and stops as soon as
 * the caller's best distance so far lies within the radius the box is sure to cover: every item under that
 * radius has then been visited, so the caller's choice is the one a scan of every item within maxKm makes (an
 * item may be visited more than once; callers keep the better of equals by their own rule, so repeats are
 * harmless). In a crowded area the box stays small: a query looks at the few items around its nearest one
 * instead of at every item within maxKm (the cost of an article grows with its number of names, not its square).
 * A box is a superset of its circle (margins as in lib/geo/grid.ts); it widens in longitude towards the poles
 * (all longitudes when the circle reaches a pole) and is split at the antimeridian.
 */
import KDBush from 'kdbush';
import { EARTH_RADIUS_KM, KM_PER_DEGREE_LATITUDE } from '../geo';

const DEG = Math.PI / 180;

export class NearIndex<T> {
  private readonly items: T[] = [];
  private readonly lats: number[] = [];
  private readonly lons: number[] = [];
  private tree: KDBush | null = null;

  add(lat: number, lon: number, item: T): void {
    if (this.tree) throw new Error('NearIndex: add() after the first query');
    this.items.push(item);
    this.lats.push(lat);
    this.lons.push(lon);
  }

  get size(): number {
    return this.items.length;
  }

  private built(): KDBush {
    if (this.tree) return this.tree;
    const t = new KDBush(Math.max(1, this.items.length));
    for (let i = 0; i < this.items.length; i++) t.add(this.lons[i]!, this.lats[i]!);
    // an empty index still answers (nothing): one point far outside any query box is never returned as an item
    if (this.items.length === 0) t.add(1e9, 1e9);
    t.finish();
    return (this.tree = t);
  }

  /**
   * Visits the items of growing boxes around (lat, lon): radius startKm, doubling, up to maxKm. After each box,
   * `bestKm()` (the distance of the caller's best item so far, Infinity when none) under the box's radius ends
   * the search. Returns the number of boxes asked.
   */
  nearest(lat: number, lon: number, startKm: number, maxKm: number, visit: (item: T) => void, bestKm: () => number): number {
    if (this.items.length === 0) return 0;
    const tree = this.built();
    let boxes = 0;
    for (let km = Math.min(startKm, maxKm); ; km = Math.min(maxKm, km * 2)) {
      boxes++;
      this.box(tree, lat, lon, km, visit);
      if (bestKm() <= km || km >= maxKm) return boxes;
    }
  }

  /** Every item of the box holding the circle of `km` around (lat, lon). */
  private box(tree: KDBush, lat: number, lon: number, km: number, visit: (item: T) => void): void {
    const dLat = (km / KM_PER_DEGREE_LATITUDE) * 1.001 + 1e-9;
    const lat0 = Math.max(-90, lat - dLat), lat1 = Math.min(90, lat + dLat);
    // a point under km lies within dLon of the longitude: sin(d/2R) ≥ cos(maxLat)·sin(dLon/2) for latitudes
    // within ±maxLat; a margin covers rounding
    const maxLat = Math.max(Math.abs(lat0), Math.abs(lat1));
    const s = Math.sin(km / (2 * EARTH_RADIUS_KM)) / Math.cos(maxLat * DEG);
    const ranges: [number, number][] = [];
    if (!(s < 0.999)) ranges.push([-180, 180]);
    else {
      const dLon = (2 * Math.asin(s)) / DEG * 1.001 + 1e-6;
      const w = lon - dLon, e = lon + dLon;
      if (e - w >= 360) ranges.push([-180, 180]);
      else {
        ranges.push([Math.max(-180, w), Math.min(180, e)]);
        if (w < -180) ranges.push([w + 360, 180]);
        if (e > 180) ranges.push([-180, e - 360]);
      }
    }
    for (const [w, e] of ranges) for (const id of tree.range(w, lat0, e, lat1)) visit(this.items[id]!);
  }
}
