/**
 * A grid of points on the sphere for "everything within km of here" queries, filled as points arrive.
 * In: items with a latitude and longitude, a cell size in km. Out: the items of the cells that can hold a point
 * under the asked distance (a superset: callers check the exact distance), nearest cells not first.
 * Cells are cellKm of latitude high and as many degrees wide; a query widens in longitude towards the poles
 * (all longitudes when the circle reaches a pole) and wraps across the antimeridian.
 */
import { EARTH_RADIUS_KM, KM_PER_DEGREE_LATITUDE } from './sphere';

const DEG = Math.PI / 180;

export class CellGrid<T> {
  private readonly cells = new Map<number, T[]>();
  private readonly deg: number;
  private readonly lonCells: number;

  constructor(cellKm: number) {
    this.deg = Math.max(cellKm / KM_PER_DEGREE_LATITUDE, 0.01);
    this.lonCells = Math.ceil(360 / this.deg);
  }

  get empty(): boolean {
    return this.cells.size === 0;
  }

  private latCell(lat: number): number {
    return Math.floor((lat + 90) / this.deg);
  }

  add(lat: number, lon: number, item: T): void {
    const j = Math.floor((lon + 180) / this.deg) % this.lonCells;
    const c = this.latCell(lat) * this.lonCells + (j < 0 ? j + this.lonCells : j);
    const list = this.cells.get(c);
    if (list) list.push(item);
    else this.cells.set(c, [item]);
  }

  /**
   * Calls `visit` on every item of every cell that may hold a point under `km` from (lat, lon), until it returns
   * true; returns whether it did.
   */
  some(lat: number, lon: number, km: number, visit: (item: T) => boolean): boolean {
    if (this.cells.size === 0) return false;
    const dLat = (km / KM_PER_DEGREE_LATITUDE) * 1.001 + 1e-9;
    const lat0 = Math.max(-90, lat - dLat), lat1 = Math.min(90, lat + dLat);
    // a point under km lies within dLon of the longitude: sin(d/2R) ≥ cos(maxLat)·sin(dLon/2) for latitudes
    // within ±maxLat; a margin covers rounding
    const maxLat = Math.max(Math.abs(lat0), Math.abs(lat1));
    const s = Math.sin(km / (2 * EARTH_RADIUS_KM)) / Math.cos(maxLat * DEG);
    const allLon = !(s < 0.999);
    const dLon = allLon ? 180 : (2 * Math.asin(s)) / DEG * 1.001 + 1e-6;
    const i0 = this.latCell(lat0), i1 = this.latCell(lat1);
    const j0 = allLon ? 0 : Math.floor((lon - dLon + 180) / this.deg);
    const j1 = allLon ? this.lonCells - 1 : Math.min(j0 + this.lonCells - 1, Math.floor((lon + dLon + 180) / this.deg));
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const list = this.cells.get(i * this.lonCells + (((j % this.lonCells) + this.lonCells) % this.lonCells));
        if (!list) continue;
        for (const item of list) if (visit(item)) return true;
      }
    }
    return false;
  }
}
