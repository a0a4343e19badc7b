/**
 * The city-zoom basemap (built by scripts/basemap/detail.ts into public/basemap/detail/): from
 * index.json's minZoom on, the 1° tiles the view touches are fetched (each once) and drawn — sea and
 * high-resolution land where a tile has coast, lakes and river areas, rivers and canals, and town,
 * village, district and admin-2 labels that appear by rank as the map zooms in. Below that zoom only the
 * region's major rivers (rivers.json, from zoom 6). Labels are placed by rank, skipping any that would
 * overlap one already placed; labels are flat markers (./flat-marker.ts); the major rivers reproject through
 * ./fast-projection.ts. Panes: 'basemap-detail' (under the outlines and the
 * markers) and 'labels' (no pointer events), so nothing here takes a marker's click.
 */
import L from 'leaflet';
import { afterPaint, cancelAfterPaint } from './after-paint';
import { basemapCanvas, onCanvas } from './basemap-canvas';
import { splitParts, withFastProjection } from './fast-projection';
import { flatMarker } from './flat-marker';
import { tileBbox, tilesIn, type Bbox, type DetailIndex, type DetailTile } from '@/lib/map/basemap-tiles';

const SEA = '#b9d3e3';
const LAND = '#f3efe3';
const WATER = '#9fc4dc';
const RIVER = '#6fa3c8';
const RIVERS_FROM_ZOOM = 6;
/** admin-2 names are for the in-between zooms; towns and districts take over after */
const ADMIN2_UNTIL_ZOOM = 11;

async function getJson<T>(url: string): Promise<T | null> {
  try {
    const res = await fetch(url);
    return res.ok ? ((await res.json()) as T) : null;
  } catch {
    return null;
  }
}

function label(name: string, kind: string): L.DivIcon {
  const span = document.createElement('span');
  span.textContent = name;
  return L.divIcon({ html: span, className: `basemap-label basemap-label-${kind}`, iconSize: undefined, iconAnchor: kind === 'admin2' ? [0, 8] : [-4, 8] });
}

const riverStyle = (l: number): L.PathOptions =>
  l >= 8 ? { color: RIVER, weight: 1, opacity: 0.8 } // canals
    : l >= 5 ? { color: RIVER, weight: 1, opacity: 0.8, dashArray: '4 3' } // intermittent
      : { color: RIVER, weight: l <= 1 ? 2.2 : l === 2 ? 1.8 : 1.3 };

interface Drawn {
  shapes: L.Layer[];
  labels: { marker: L.Marker; z: number; k: string; name: string }[];
}

function drawTile(key: string, tile: DetailTile, deg: number, renderer: L.Renderer): Drawn {
  const shapes: L.Layer[] = [];
  const opts = { pane: 'basemap-detail', interactive: false, renderer } as const;
  const ll = (p: [number, number]) => L.latLng(p[1], p[0]);
  if (tile.land) {
    const [w, s, e, n] = tileBbox(key, deg) as Bbox;
    shapes.push(L.rectangle([[s, w], [n, e]], { ...opts, stroke: false, fillColor: SEA, fillOpacity: 1, className: 'basemap-sea' }));
    if (tile.land.length) shapes.push(L.polygon(tile.land.map((r) => r.map(ll)), { ...opts, color: LAND, weight: 1, fillColor: LAND, fillOpacity: 1, className: 'basemap-land' }));
  }
  for (const rings of tile.water ?? []) {
    if (rings.length) shapes.push(L.polygon(rings.map((r) => r.map(ll)), { ...opts, stroke: false, fillColor: WATER, fillOpacity: 1, className: 'basemap-water' }));
  }
  const byLevel = new Map<number, L.LatLng[][]>();
  for (const r of tile.rivers ?? []) {
    const cls = r.l >= 8 ? 8 : r.l >= 5 ? 5 : Math.max(1, r.l);
    byLevel.set(cls, [...(byLevel.get(cls) ?? []), r.c.map(ll)]);
  }
  for (const [l, lines] of byLevel) shapes.push(L.polyline(lines, { ...opts, ...riverStyle(l), className: 'basemap-river' }));
  const labels = (tile.labels ?? []).map((x) => ({
    marker: flatMarker([x.p[1], x.p[0]], { icon: label(x.n, x.k), pane: 'labels', interactive: false, keyboard: false }),
    z: x.z,
    k: x.k,
    name: x.n,
  }));
  return { shapes, labels };
}

/** Adds the detail layers to `map`; returns a cleanup function. */
export function addBasemapDetail(map: L.Map): () => void {
  if (!map.getPane('basemap-detail')) map.createPane('basemap-detail').style.zIndex = '205';
  const renderer = L.svg({ pane: 'basemap-detail' });
  // the region's major rivers (zooms 6 to the detail's minZoom) on a canvas, as the low-zoom basemap (./basemap-canvas.ts)
  const riverRenderer = basemapCanvas('basemap-detail');
  const group = L.layerGroup().addTo(map);
  const labelGroup = L.layerGroup().addTo(map);
  const drawn = new Map<string, Drawn>();
  const pending = new Set<string>();
  let index: DetailIndex | null = null;
  let have = new Set<string>();
  let indexRequested = false;
  let rivers: L.Layer | null = null;
  let riversRequested = false;
  let cancelled = false;

  const sync = () => {
    if (cancelled) return;
    const z = map.getZoom();
    if (z >= RIVERS_FROM_ZOOM && !riversRequested) {
      riversRequested = true;
      void getJson<GeoJSON.GeoJsonObject>('/basemap/rivers.json').then((g) => {
        if (cancelled || !g) return;
        rivers = withFastProjection(L.geoJSON(splitParts(g), onCanvas(riverRenderer, { pane: 'basemap-detail', interactive: false, style: { color: RIVER, weight: 1.4, className: 'basemap-river-major' } })));
        sync();
      });
    }
    if (!indexRequested && z >= RIVERS_FROM_ZOOM) {
      indexRequested = true;
      void getJson<DetailIndex>('/basemap/detail/index.json').then((i) => {
        if (cancelled || !i) return;
        index = i;
        have = new Set(i.tiles);
        sync();
      });
    }
    const detail = index !== null && z >= index.minZoom;
    if (rivers) {
      const show = z >= RIVERS_FROM_ZOOM && !detail;
      if (show && !group.hasLayer(rivers)) group.addLayer(rivers);
      if (!show && group.hasLayer(rivers)) group.removeLayer(rivers);
    }
    const wanted = new Set<string>();
    if (detail && index) {
      const b = map.getBounds();
      const pad = index.tileDeg / 4;
      for (const k of tilesIn([b.getWest() - pad, b.getSouth() - pad, b.getEast() + pad, b.getNorth() + pad], index.tileDeg, have)) {
        wanted.add(k);
        if (drawn.has(k) || pending.has(k)) continue;
        pending.add(k);
        const deg = index.tileDeg;
        void getJson<DetailTile>(`/basemap/detail/${k}.json`).then((t) => {
          pending.delete(k);
          if (cancelled || !t) return;
          drawn.set(k, drawTile(k, t, deg, renderer));
          sync();
        });
      }
    }
    const candidates: Drawn['labels'] = [];
    for (const [k, d] of drawn) {
      const on = wanted.has(k);
      for (const s of d.shapes) {
        if (on && !group.hasLayer(s)) group.addLayer(s);
        if (!on && group.hasLayer(s)) group.removeLayer(s);
      }
      for (const l of d.labels) {
        if (on && z >= l.z && (l.k !== 'admin2' || z < ADMIN2_UNTIL_ZOOM)) candidates.push(l);
        else if (labelGroup.hasLayer(l.marker)) labelGroup.removeLayer(l.marker);
      }
    }
    // by rank, each label only where it overlaps no label already placed (estimated text boxes)
    candidates.sort((a, b) => a.z - b.z);
    const placed: [number, number, number, number][] = [];
    const size = map.getSize();
    for (const l of candidates) {
      const p = map.latLngToContainerPoint(l.marker.getLatLng());
      const w = l.name.length * 6.2 + 6;
      const box: [number, number, number, number] = [p.x + 2, p.y - 8, p.x + 2 + w, p.y + 8];
      const inView = box[2] > 0 && box[0] < size.x && box[3] > 0 && box[1] < size.y;
      const free = inView && !placed.some((o) => box[0] < o[2] && box[2] > o[0] && box[1] < o[3] && box[3] > o[1]);
      if (free) placed.push(box);
      if (free && !labelGroup.hasLayer(l.marker)) labelGroup.addLayer(l.marker);
      if (!free && labelGroup.hasLayer(l.marker)) labelGroup.removeLayer(l.marker);
    }
  };
  // after a move, in a later frame than the move's end (./after-paint.ts): adding a tile's shapes and labels is the
  // heaviest listener of a zoom's end at city zooms
  const queueSync = () => afterPaint(map, 'basemap-detail', sync);
  map.on('moveend', queueSync);
  sync();
  return () => {
    cancelled = true;
    map.off('moveend', queueSync);
    cancelAfterPaint(map, 'basemap-detail');
    group.remove();
    labelGroup.remove();
    riverRenderer.remove();
  };
}
