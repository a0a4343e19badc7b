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

/** at most this many items in the cells around a query are visited directly, without growing boxes */
const FEW = 8;
/** at most this many cells are counted before a search */
const MAX_CELLS = 25;

export class NearIndex<T> {
  private readonly items: T[] = [];
  private readonly lats: number[] = [];
  private readonly lons: number[] = [];
  private tree: KDBush | null = null;
  /** items in cells of about cellKm (as lib/geo/grid.ts lays them out): a sparse area is visited cell by cell */
  private readonly cells = new Map<number, T[]>();
  private readonly deg: number;
  private readonly lonCells: number;

  constructor(cellKm: number) {
    this.deg = Math.max(cellKm / KM_PER_DEGREE_LATITUDE, 0.01);
    this.lonCells = Math.ceil(360 / this.deg);
  }

  add(lat: number, lon: number, item: T): void {
    if (this.tree) throw new Error('NearIndex: add() after the first query');
    this.items.push(item);
    this.lats.push(lat);
    this.lons.push(lon);
    const j = Math.floor((lon + 180) / this.deg) % this.lonCells;
    const c = Math.floor((lat + 90) / this.deg) * this.lonCells + (j < 0 ? j + this.lonCells : j);
    const list = this.cells.get(c);
    if (list) list.push(item);
    else this.cells.set(c, [item]);
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
    // few items in the cells that can hold one under maxKm: visit them all (every item under maxKm is among them)
    const { lat0, lat1, w, e } = bounds(lat, lon, maxKm);
    const i0 = Math.floor((lat0 + 90) / this.deg), i1 = Math.floor((lat1 + 90) / this.deg);
    const j0 = Math.floor((w + 180) / this.deg), j1 = Math.min(j0 + this.lonCells - 1, Math.floor((e + 180) / this.deg));
    if ((i1 - i0 + 1) * (j1 - j0 + 1) <= MAX_CELLS) {
      const lists: T[][] = [];
      let n = 0;
      for (let i = i0; i <= i1 && n <= FEW; i++) {
        for (let j = j0; j <= j1 && n <= FEW; j++) {
          const list = this.cells.get(i * this.lonCells + (((j % this.lonCells) + this.lonCells) % this.lonCells));
          if (list) {
            n += list.length;
            lists.push(list);
          }
        }
      }
      if (n <= FEW) {
        for (const list of lists) for (const item of list) visit(item);
        return 1;
      }
    }
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
    const { lat0, lat1, w, e } = bounds(lat, lon, km);
    if (e - w >= 360) this.range(tree, -180, lat0, 180, lat1, visit);
    else {
      this.range(tree, Math.max(-180, w), lat0, Math.min(180, e), lat1, visit);
      if (w < -180) this.range(tree, w + 360, lat0, 180, lat1, visit);
      if (e > 180) this.range(tree, -180, lat0, e - 360, lat1, visit);
    }
  }

  /** kdbush's range search, calling `visit` on each item instead of collecting ids. */
  private range(tree: KDBush, minX: number, minY: number, maxX: number, maxY: number, visit: (item: T) => void): void {
    const { ids, coords, nodeSize } = tree;
    const stack = STACK;
    stack.length = 0;
    stack.push(0, ids.length - 1, 0);
    while (stack.length > 0) {
      const axis = stack.pop()!;
      const right = stack.pop()!;
      const left = stack.pop()!;
      if (right - left <= nodeSize) {
        for (let i = left; i <= right; i++) {
          const x = coords[2 * i]!, y = coords[2 * i + 1]!;
          if (x >= minX && x <= maxX && y >= minY && y <= maxY) this.visitId(ids[i]!, visit);
        }
        continue;
      }
      const m = (left + right) >> 1;
      const x = coords[2 * m]!, y = coords[2 * m + 1]!;
      if (x >= minX && x <= maxX && y >= minY && y <= maxY) this.visitId(ids[m]!, visit);
      if (axis === 0 ? minX <= x : minY <= y) stack.push(left, m - 1, 1 - axis);
      if (axis === 0 ? maxX >= x : maxY >= y) stack.push(m + 1, right, 1 - axis);
    }
  }

  private visitId(id: number, visit: (item: T) => void): void {
    // the placeholder of an empty index is no item
    if (id < this.items.length) visit(this.items[id]!);
  }
}

const STACK: number[] = [];

/**
 * The box holding every point under `km` from (lat, lon): latitudes lat0..lat1, longitudes w..e (may run past ±180;
 * at least 360 wide when the circle reaches a pole). A point under km lies within dLon of the longitude:
 * sin(d/2R) ≥ cos(maxLat)·sin(dLon/2) for latitudes within ±maxLat; margins cover rounding (as lib/geo/grid.ts).
 */
function bounds(lat: number, lon: number, km: number): { lat0: number; lat1: number; w: number; e: number } {
  const dLat = (km / KM_PER_DEGREE_LATITUDE) * 1.001 + 1e-9;
  const lat0 = Math.max(-90, lat - dLat), lat1 = Math.min(90, lat + dLat);
  const maxLat = Math.max(Math.abs(lat0), Math.abs(lat1));
  const s = Math.sin(km / (2 * EARTH_RADIUS_KM)) / Math.cos(maxLat * DEG);
  if (!(s < 0.999)) return { lat0, lat1, w: -180, e: 180 };
  const dLon = (2 * Math.asin(s)) / DEG * 1.001 + 1e-6;
  return { lat0, lat1, w: lon - dLon, e: lon + dLon };
}
