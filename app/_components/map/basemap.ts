/**
 * The offline basemap: land, country borders, governorate outlines and city labels, fetched as
 * static GeoJSON/JSON from /basemap (built by scripts/basemap-build.ts), never bundled into JS.
 * Raster tiles only when NEXT_PUBLIC_TILE_URL is set. City labels appear by zoom (big cities first), only around the
 * view (updated after each move), as flat markers (./flat-marker.ts: no compositing layer each, hidden while a zoom animates).
 * The city-zoom detail (coast, water, rivers, towns and districts) is ./basemap-detail.ts. Panes, bottom up:
 * The vector layers reproject through ./fast-projection.ts (each point's mercator kept across zooms; a path projected only
 * when in view; multi-part features split into one path per part) and are drawn on a canvas per pane (basemapCanvas), not
 * as SVG paths: at a zoom's end ~1,500 SVG paths had their `d` rewritten and were rasterised again in the zoom's last
 * frame (docs/PERFORMANCE.md "Map at 100k events", fifth round). Nothing here takes pointer events.
 * basemap (land) < basemap-detail < basemap-lines (admin-1 outlines, borders) < labels < markers.
 */
import L from 'leaflet';
import type { CityLabel } from '@/lib/schemas';
import { afterPaint, cancelAfterPaint } from './after-paint';
import { basemapCanvas, onCanvas } from './basemap-canvas';
import { addBasemapDetail } from './basemap-detail';
import { splitParts, withFastProjection } from './fast-projection';
import { flatMarker } from './flat-marker';

/** city labels are kept in the DOM only within the view padded by this fraction on each side */
const LABEL_PAD = 0.5;

async function getJson<T>(url: string): Promise<T | null> {
  try {
    const res = await fetch(url);
    if (!res.ok) return null;
    return (await res.json()) as T;
  } catch {
    return null;
  }
}

function labelIcon(name: string): L.DivIcon {
  const span = document.createElement('span');
  span.textContent = name;
  return L.divIcon({ html: span, className: 'city-label', iconSize: undefined, iconAnchor: [-4, 8] });
}

/** Adds the basemap panes and layers; returns a cleanup function. */
export function addBasemap(map: L.Map, tiles?: { url: string; attribution: string }): () => void {
  map.createPane('basemap').style.zIndex = '200';
  map.createPane('labels').style.zIndex = '350';
  map.getPane('labels')!.style.pointerEvents = 'none';
  map.createPane('basemap-lines').style.zIndex = '210';
  map.getPane('basemap-lines')!.style.pointerEvents = 'none';
  const layers: L.Layer[] = [];
  let cancelled = false;
  if (tiles) {
    layers.push(L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 18 }).addTo(map));
  } else {
    map.attributionControl.addAttribution('Natural Earth, GSHHG/DCW, GeoNames; water © OpenStreetMap contributors');
  }
  const removeDetail = tiles ? () => {} : addBasemapDetail(map);
  const cities = L.layerGroup();
  const byZoom: { marker: L.Marker; minZoom: number }[] = [];
  const updateLabels = () => {
    const z = map.getZoom();
    const around = map.getBounds().pad(LABEL_PAD);
    for (const c of byZoom) {
      const show = z >= c.minZoom && around.contains(c.marker.getLatLng());
      if (show && !cities.hasLayer(c.marker)) cities.addLayer(c.marker);
      if (!show && cities.hasLayer(c.marker)) cities.removeLayer(c.marker);
    }
  };
  void (async () => {
    if (!tiles) {
      const [land, borders, admin1] = await Promise.all([
        getJson<GeoJSON.GeoJsonObject>('/basemap/land.json'),
        getJson<GeoJSON.GeoJsonObject>('/basemap/borders.json'),
        getJson<GeoJSON.GeoJsonObject>('/basemap/admin1.json'),
      ]);
      if (cancelled) return;
      const landRenderer = basemapCanvas('basemap');
      const linesRenderer = basemapCanvas('basemap-lines');
      if (land) layers.push(withFastProjection(L.geoJSON(splitParts(land), onCanvas(landRenderer, { pane: 'basemap', interactive: false, style: { stroke: false, fillColor: '#f3efe3', fillOpacity: 1 } }))).addTo(map));
      if (admin1) layers.push(withFastProjection(L.geoJSON(splitParts(admin1), onCanvas(linesRenderer, { pane: 'basemap-lines', interactive: false, style: { color: '#b3a98f', weight: 0.8, dashArray: '3 3', fill: false } }))).addTo(map));
      if (borders) layers.push(withFastProjection(L.geoJSON(splitParts(borders), onCanvas(linesRenderer, { pane: 'basemap-lines', interactive: false, style: { color: '#8a7f66', weight: 1.2, fill: false } }))).addTo(map));
      // the renderers go after their paths (Leaflet adds a renderer with its first path, and keeps it)
      layers.push(landRenderer, linesRenderer);
    }
    const list = await getJson<CityLabel[]>('/basemap/cities.json');
    if (cancelled || !list) return;
    for (const c of list) {
      byZoom.push({ marker: flatMarker([c.lat, c.lon], { icon: labelIcon(c.name), pane: 'labels', interactive: false, keyboard: false }), minZoom: c.minZoom });
    }
    cities.addTo(map);
    updateLabels();
  })();
  // after a move, in a later frame than the move's end (./after-paint.ts)
  const queueLabels = () => afterPaint(map, 'city-labels', updateLabels);
  map.on('moveend', queueLabels);
  return () => {
    cancelled = true;
    removeDetail();
    map.off('moveend', queueLabels);
    cancelAfterPaint(map, 'city-labels');
    for (const l of layers) l.remove();
    cities.remove();
  };
}
