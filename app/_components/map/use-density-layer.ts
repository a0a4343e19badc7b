/**
 * The density layer: at low zoom, where markers would pile up (lib/map/density.ts `pilesUp`), a canvas
 * under the markers shades screen cells by how many events they hold (sequential scale, log classes).
 * One canvas in its own pane (above the basemap, below the place labels and markers), redrawn after
 * each move or zoom and when the points or the "Points / Density" choice change; hidden during a zoom.
 * In server-clusters mode the cells are binned from the clusters' counts instead (lib/map/server-clusters.ts weights).
 * In: the L.Map, the points ([lng, lat]) or weighted positions, whether density is wanted. Out: <canvas class="density-layer">
 * with data-cells / data-max (0 and hidden when nothing is drawn).
 */
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useLatest } from './use-latest';
import type { EventPoint } from '@/lib/schemas';
import { DENSITY_COLORS, densityClass, densityGrid, pilesUp } from '@/lib/map/density';
import type { WeightedPosition } from '@/lib/map/server-clusters';

const PANE = 'density';
const OPACITY = 0.6;

function gridOf(points: readonly EventPoint[], weighted: readonly WeightedPosition[] | null, zoom: number) {
  if (!weighted) return densityGrid(points.map((p) => p.geometry.coordinates), zoom);
  return densityGrid(weighted.map((w) => w.at), zoom, undefined, weighted.map((w) => w.n));
}

function draw(map: L.Map, canvas: HTMLCanvasElement, points: readonly EventPoint[], weighted: readonly WeightedPosition[] | null, on: boolean): void {
  const size = map.getSize();
  const zoom = map.getZoom();
  const grid = on ? gridOf(points, weighted, zoom) : null;
  const show = grid !== null && pilesUp(grid);
  canvas.dataset.cells = String(show ? grid.cells.length : 0);
  canvas.dataset.max = String(show ? grid.max : 0);
  canvas.style.display = show ? '' : 'none';
  if (!show) return;
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(size.x * ratio);
  canvas.height = Math.round(size.y * ratio);
  canvas.style.width = `${size.x}px`;
  canvas.style.height = `${size.y}px`;
  L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, size.x, size.y);
  ctx.globalAlpha = OPACITY;
  // world pixels of the container's top-left corner (the same projection as lib/map/density.ts)
  const origin = map.getPixelBounds().min!;
  for (const c of grid.cells) {
    const x = c.px[0] - origin.x, y = c.px[1] - origin.y;
    if (x > size.x || y > size.y || x + grid.cellPx < 0 || y + grid.cellPx < 0) continue;
    ctx.fillStyle = DENSITY_COLORS[densityClass(c.count, grid.max)]!;
    ctx.fillRect(x + 1, y + 1, grid.cellPx - 2, grid.cellPx - 2);
  }
}

export function useDensityLayer(map: L.Map | null, points: readonly EventPoint[], on: boolean, weighted: readonly WeightedPosition[] | null = null): void {
  const latest = useLatest({ points, on, weighted });
  const redraw = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (!map) return;
    const pane = map.getPane(PANE) ?? map.createPane(PANE);
    pane.style.zIndex = '300';
    pane.style.pointerEvents = 'none';
    const canvas = L.DomUtil.create('canvas', 'density-layer', pane) as HTMLCanvasElement;
    canvas.setAttribute('aria-hidden', 'true');
    const update = () => draw(map, canvas, latest.current.points, latest.current.weighted, latest.current.on);
    const hide = () => {
      canvas.style.display = 'none';
    };
    redraw.current = update;
    update();
    map.on('moveend resize viewreset', update);
    map.on('zoomstart', hide);
    return () => {
      map.off('moveend resize viewreset', update);
      map.off('zoomstart', hide);
      canvas.remove();
      redraw.current = null;
    };
  }, [map, latest]);

  useEffect(() => {
    redraw.current?.();
  }, [map, points, on, weighted]);
}
