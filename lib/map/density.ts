/**
 * Density of events for low zooms: positions binned into square screen cells of Web Mercator (the
 * map's own projection, 256 px tiles), so a cell is `cellPx` pixels wide on screen at zoom `z`.
 * In: GeoJSON [lng, lat] positions (never mutated), a zoom, a cell size, optionally a weight per position (how many
 * events it stands for: a server cluster's count, lib/map/server-clusters.ts). Out: the non-empty cells
 * (column, row, count, and their pixel box at that zoom), the largest count; `pilesUp` — the rule for
 * showing the density layer; `densityClass` — a cell's class on the sequential colour scale.
 * Rule: the layer is drawn at zoom ≤ DENSITY_MAX_ZOOM when some cell holds ≥ PILE_UP points (markers
 * there would sit on top of each other). A brute-force cross-check in tests/lib/map/density.test.ts.
 */
import type { LngLat } from './latlng';

/** The deepest zoom the density layer is drawn at (country scale; beyond it the markers spread out). */
export const DENSITY_MAX_ZOOM = 8;
/** Screen cell width in CSS pixels (about one marker and a half). */
export const DENSITY_CELL_PX = 32;
/** Points in one cell from which markers are said to pile up. */
export const PILE_UP = 3;
/** Sequential scale, light to dark (ColorBrewer YlOrRd, 5 classes). */
export const DENSITY_COLORS = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'] as const;

const TILE = 256;
const MAX_LAT = 85.0511287798;

/** [lng, lat] → Web Mercator world pixel [x, y] at zoom z (the same numbers as Leaflet's map.project). */
export function project(p: LngLat, z: number): [number, number] {
  const scale = TILE * 2 ** z;
  const lat = Math.max(-MAX_LAT, Math.min(MAX_LAT, p[1]!));
  const s = Math.sin((lat * Math.PI) / 180);
  const x = ((p[0]! + 180) / 360) * scale;
  const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale;
  return [x, y];
}

export interface DensityCell {
  col: number;
  row: number;
  count: number;
  /** the cell's box in world pixels at the zoom: [minX, minY, maxX, maxY] */
  px: [number, number, number, number];
}

export interface DensityGrid {
  zoom: number;
  cellPx: number;
  cells: DensityCell[];
  max: number;
  /** events binned (invalid positions are skipped): positions, or the sum of their weights */
  total: number;
}

const valid = (p: LngLat) => Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[1]!) <= 90 && Math.abs(p[0]!) <= 180;

/**
 * Bins positions into cells of `cellPx` screen pixels at zoom `z`; cells sorted by row, then column. `weights[i]`
 * (default 1) is how many events position i stands for; non-positive or non-finite weights are skipped.
 */
export function densityGrid(positions: readonly LngLat[], z: number, cellPx = DENSITY_CELL_PX, weights?: readonly number[]): DensityGrid {
  const counts = new Map<string, DensityCell>();
  let total = 0;
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    const n = weights ? weights[i] ?? 0 : 1;
    if (!valid(p) || !(n > 0) || !Number.isFinite(n)) continue;
    total += n;
    const [x, y] = project(p, z);
    const col = Math.floor(x / cellPx), row = Math.floor(y / cellPx);
    const key = `${col}/${row}`;
    const cell = counts.get(key);
    if (cell) cell.count += n;
    else counts.set(key, { col, row, count: n, px: [col * cellPx, row * cellPx, (col + 1) * cellPx, (row + 1) * cellPx] });
  }
  const cells = [...counts.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  return { zoom: z, cellPx, cells, max: cells.reduce((m, c) => Math.max(m, c.count), 0), total };
}

/** The density layer's rule: a low zoom, and some cell where markers would pile up. */
export function pilesUp(grid: Pick<DensityGrid, 'zoom' | 'max'>, maxZoom = DENSITY_MAX_ZOOM, pileUp = PILE_UP): boolean {
  return grid.zoom <= maxZoom && grid.max >= pileUp;
}

/** A count's class 0..classes-1 on a log scale from 1 to `max` (counts vary over orders of magnitude). */
export function densityClass(count: number, max: number, classes = DENSITY_COLORS.length): number {
  if (count <= 1 || max <= 1) return 0;
  const t = Math.log(count) / Math.log(max);
  return Math.min(classes - 1, Math.max(0, Math.ceil(t * classes) - 1));
}
