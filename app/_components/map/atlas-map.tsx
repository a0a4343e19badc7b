'use client';
/**
 * The Leaflet map, created once and updated by diff (react-leaflet's habit without its components):
 * the L.Map lives in a ref, never in React state. Popups are React children portalled into a Leaflet
 * popup container — never bindPopup with an HTML string.
 * In: EventPoint features ([lng, lat]), the view from the URL, the selection. Out: onMove / onSelect.
 */
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { EventPoint, MapView } from '@/lib/schemas';
import { latLngBounds, toLatLng } from '@/lib/map/latlng';
import { addBasemap } from './basemap';
import { MarkerLayer } from './marker-layer';

export interface AtlasMapProps {
  points: EventPoint[];
  /** from the URL; when absent the map frames the events */
  view?: Partial<MapView>;
  /** where the popup opens ([lng, lat]) and what it shows; null closes it */
  popup?: { at: [number, number]; key: string; content: ReactNode } | null;
  /** event to reveal (spiderfy) and fly to */
  selectedId?: string;
  hoveredId?: string | null;
  /** the user (or a selection) moved the map */
  onMove?: (v: MapView) => void;
  /** where the map first opened (from the URL or framed on the events) */
  onReady?: (v: MapView) => void;
  onSelect?: (id: string) => void;
  /** the pointer is over an event marker (null: it left) */
  onHover?: (id: string | null) => void;
  onPopupClose?: () => void;
  label?: string;
}

const DEFAULT_CENTER: [number, number] = [35.0, 38.5];
const near = (a: number, b: number, eps: number) => Math.abs(a - b) < eps;

export default function AtlasMap(props: AtlasMapProps) {
  const el = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<MarkerLayer | null>(null);
  const popup = useRef<L.Popup | null>(null);
  const latest = useRef(props);
  // callbacks registered once on Leaflet read the latest props through this ref
  useLayoutEffect(() => {
    latest.current = props;
  });
  const reported = useRef<MapView | null>(null);
  const [container, setContainer] = useState<HTMLElement | null>(null);

  // create once
  useEffect(() => {
    if (!el.current || map.current) return;
    const tileUrl = process.env.NEXT_PUBLIC_TILE_URL;
    const m = L.map(el.current, { zoomSnap: 0.25, worldCopyJump: false, minZoom: 2, maxZoom: 16 });
    map.current = m;
    const removeBasemap = addBasemap(m, tileUrl ? { url: tileUrl, attribution: process.env.NEXT_PUBLIC_TILE_ATTRIBUTION ?? '' } : undefined);
    const { view, points } = latest.current;
    if (view?.lat !== undefined && view.lon !== undefined) m.setView([view.lat, view.lon], view.z ?? 8);
    else {
      const b = latLngBounds(points.map((p) => p.geometry.coordinates));
      if (b) m.fitBounds(b, { padding: [40, 40], maxZoom: 9 });
      else m.setView(DEFAULT_CENTER, 6);
    }
    layer.current = new MarkerLayer(m, {
      onSelect: (id) => latest.current.onSelect?.(id),
      onHover: (id) => latest.current.onHover?.(id),
    });
    const div = document.createElement('div');
    div.className = 'popup-root';
    const p = L.popup({ maxWidth: 360, minWidth: 240, autoPanPadding: [24, 24], closeButton: true }).setContent(div);
    p.on('remove', () => {
      if (latest.current.popup) latest.current.onPopupClose?.();
    });
    popup.current = p;
    setContainer(div);
    // only moves after the first framing are reported as URL changes (writing history while the
    // router hydrates makes Next treat the entry as foreign); the first view goes to onReady
    const where = () => {
      const c = m.getCenter();
      return { lat: c.lat, lon: c.lng, z: m.getZoom() };
    };
    reported.current = where();
    latest.current.onReady?.(reported.current);
    m.on('moveend', () => {
      const v = where();
      reported.current = v;
      latest.current.onMove?.(v);
    });
    m.getContainer().setAttribute('data-ready', 'true');
    return () => {
      p.off('remove'); // tearing the map down is not the user closing the popup
      removeBasemap();
      layer.current?.destroy();
      m.remove();
      map.current = null;
      layer.current = null;
    };
  }, []);

  // data: update markers by diff
  useEffect(() => {
    layer.current?.setPoints(props.points);
  }, [props.points]);

  useEffect(() => {
    layer.current?.setHighlighted(props.hoveredId ?? null);
  }, [props.hoveredId]);

  useEffect(() => {
    layer.current?.setSelected(props.selectedId ?? null);
  }, [props.selectedId]);

  // view from the URL (back/forward, shared links): move only if it differs from where we are
  const { lat, lon, z } = props.view ?? {};
  useEffect(() => {
    const m = map.current;
    if (!m || lat === undefined || lon === undefined) return;
    const c = m.getCenter();
    const zoom = z ?? m.getZoom();
    if (near(c.lat, lat, 1e-4) && near(c.lng, lon, 1e-4) && near(m.getZoom(), zoom, 0.01)) return;
    const r = reported.current;
    if (r && near(r.lat, lat, 1e-4) && near(r.lon, lon, 1e-4) && near(r.z, zoom, 0.01)) return;
    m.setView([lat, lon], zoom, { animate: false });
  }, [lat, lon, z]);

  // selection: reveal the marker, open the popup
  const popupKey = props.popup?.key;
  useEffect(() => {
    const m = map.current;
    const p = popup.current;
    if (!m || !p) return;
    const sel = latest.current.popup;
    if (!sel) {
      if (m.hasLayer(p)) m.closePopup(p);
      return;
    }
    const at = toLatLng(sel.at);
    const open = () => {
      // after any zoom (which folds spiderfied groups): give the selected event its own marker
      if (latest.current.selectedId) layer.current?.reveal(latest.current.selectedId);
      p.setLatLng(at);
      // the portal has already rendered the new content: open (or re-measure) once per selection.
      // Never update() on every render: it re-attaches the content node and swallows clicks in it.
      if (!m.hasLayer(p)) p.openOn(m);
      else p.update();
    };
    if (m.getBounds().pad(-0.1).contains(at) && m.getZoom() >= 6) return open();
    // fly there (jump when the user prefers reduced motion), then open
    const zoom = Math.max(m.getZoom(), 8);
    if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) {
      m.setView(at, zoom, { animate: false });
      return open();
    }
    m.once('moveend', open);
    m.flyTo(at, zoom, { duration: 0.6 });
    return () => {
      m.off('moveend', open);
    };
  }, [popupKey]);


  return (
    <>
      <div ref={el} className="atlas-map" role="region" aria-label={props.label ?? 'Map of events'} />
      {container && props.popup ? createPortal(props.popup.content, container) : null}
    </>
  );
}
