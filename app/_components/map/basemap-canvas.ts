/**
 * The basemap's vector layers (land, outlines and borders, major rivers) are drawn on one canvas per pane instead of as
 * SVG paths: at a zoom's end the SVG renderer rewrote the `d` of every path in view (~1,500 paths after
 * ./fast-projection.ts's split) and the browser parsed and rasterised them again in that frame; a canvas redraw is one
 * pass of moveTo/lineTo over the same clipped, simplified points (docs/PERFORMANCE.md "Map at 100k events", fifth round).
 * In: the pane's name. Out: a Leaflet canvas renderer to pass as the layers' `renderer`.
 */
import L from 'leaflet';

/**
 * The canvas renderer of a basemap pane: the view padded by Leaflet's default (0.1 per side, as the SVG renderer had),
 * taking no pointer events (the basemap is not interactive: a press goes to the map itself, for drags and picks).
 */
export function basemapCanvas(pane: string): L.Canvas {
  const renderer = L.canvas({ pane, padding: 0.1 });
  renderer.once('add', () => {
    const el = (renderer as unknown as { _container?: HTMLElement })._container;
    if (el) {
      el.style.pointerEvents = 'none';
      el.classList.add('basemap-canvas');
      el.setAttribute('aria-hidden', 'true');
    }
  });
  return renderer;
}

/** GeoJSON layer options drawn by `renderer` (L.geoJSON passes its options to each path it makes; its typings omit `renderer`). */
export function onCanvas(renderer: L.Canvas, options: L.GeoJSONOptions & L.PathOptions): L.GeoJSONOptions {
  const o: L.GeoJSONOptions & L.PathOptions = { ...options, renderer };
  return o;
}
