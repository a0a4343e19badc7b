/**
 * The map view ↔ the URL. Map → URL: the first view goes to onReady, later moves to onMove (writing
 * history while the router hydrates makes Next treat the entry as foreign). URL → map (back/forward,
 * shared links): move only if the URL view differs from where the map is and from what it last reported, and
 * not when the prop merely lags behind the address bar (the router applies a replaced URL in a transition: by then
 * the map may have moved on, and moving it back would be a jump and a second full move). Reports go out in a React
 * transition, so the re-render they cause yields to the map's frames.
 * In: the L.Map, the view from the URL, the latest onReady/onMove. Out: map moves and callbacks.
 */
import type L from 'leaflet';
import { startTransition, useEffect, useRef, type RefObject } from 'react';
import type { MapView } from '@/lib/schemas';

export interface ViewCallbacks {
  onMove?: (v: MapView) => void;
  onReady?: (v: MapView) => void;
}

const near = (a: number, b: number, eps: number) => Math.abs(a - b) < eps;
const sameView = (a: { lat: number; lon: number; z: number }, b: MapView) =>
  near(a.lat, b.lat, 1e-4) && near(a.lon, b.lon, 1e-4) && near(a.z, b.z, 0.01);

/** The view the address bar holds now (null when it names none). */
function addressView(): MapView | null {
  if (typeof window === 'undefined') return null;
  const p = new URLSearchParams(window.location.search);
  const lat = Number(p.get('lat') ?? NaN), lon = Number(p.get('lon') ?? NaN), z = Number(p.get('z') ?? NaN);
  return Number.isFinite(lat) && Number.isFinite(lon) && Number.isFinite(z) ? { lat, lon, z } : null;
}

function where(m: L.Map): MapView {
  const c = m.getCenter();
  return { lat: c.lat, lon: c.lng, z: m.getZoom() };
}

export function useViewSync(map: L.Map | null, view: Partial<MapView> | undefined, latest: RefObject<ViewCallbacks>): void {
  const reported = useRef<MapView | null>(null);

  useEffect(() => {
    if (!map) return;
    reported.current = where(map);
    latest.current.onReady?.(reported.current);
    const onMoveEnd = () => {
      const v = where(map);
      reported.current = v;
      startTransition(() => latest.current.onMove?.(v));
    };
    map.on('moveend', onMoveEnd);
    return () => {
      map.off('moveend', onMoveEnd);
    };
  }, [map, latest]);

  const { lat, lon, z } = view ?? {};
  useEffect(() => {
    if (!map || lat === undefined || lon === undefined) return;
    const target = { lat, lon, z: z ?? map.getZoom() };
    if (sameView(where(map), target)) return;
    if (reported.current && sameView(reported.current, target)) return;
    // a stale prop: the address bar already holds the view the map last reported (the router has not caught up)
    const bar = addressView();
    if (bar && reported.current && sameView(reported.current, bar) && !sameView(bar, target)) return;
    map.setView([lat, lon], target.z, { animate: false });
  }, [map, lat, lon, z]);
}
