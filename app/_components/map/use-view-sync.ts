/**
 * The map view ↔ the URL. Map → URL: the first view goes to onReady, later moves to onMove (writing
 * history while the router hydrates makes Next treat the entry as foreign). URL → map (back/forward,
 * shared links): move only if the URL view differs from where the map is and from what it last reported, and
 * not when the prop merely lags behind the address bar (the router applies a replaced URL in a transition: by then
 * the map may have moved on, and moving it back would be a jump and a second full move). The router may also write that
 * stale URL back to the address bar as it catches up (two quick zooms: the second one was undone), so a URL view the map
 * has already reported and left since the last back/forward is never moved to: the map's own view is written again.
 * Back/forward move the map to the address bar's view at once (the prop may not change: see onPopState).
 * Reports go out in a React transition, so the re-render they cause yields to the map's frames.
 * In: the L.Map, the view from the URL, the latest onReady/onMove. Out: map moves and callbacks.
 */
import type L from 'leaflet';
import { startTransition, useEffect, useRef, type RefObject } from 'react';
import type { MapView } from '@/lib/schemas';

export interface ViewCallbacks {
  onMove?: (v: MapView) => void;
  onReady?: (v: MapView) => void;
}

/** how many left-behind views are remembered */
const LEFT_KEPT = 8;
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
  /** views the map reported and has left since, newest last (emptied by back/forward, which may name one of them) */
  const left = useRef<MapView[]>([]);

  useEffect(() => {
    if (!map) return;
    reported.current = where(map);
    latest.current.onReady?.(reported.current);
    const onMoveEnd = () => {
      const v = where(map);
      if (reported.current && !sameView(reported.current, v)) left.current = [...left.current.slice(1 - LEFT_KEPT), reported.current];
      reported.current = v;
      startTransition(() => latest.current.onMove?.(v));
    };
    const onPopState = () => {
      left.current = [];
      // back/forward: show the view the address bar names. Map moves rewrite the address bar without a router update
      // (atlas-view.tsx), so the URL prop may not change at all (it can already hold this entry's view): follow the
      // address bar itself, now; the prop, when it catches up, then names where the map is
      const bar = addressView();
      if (bar && !sameView(where(map), bar)) map.setView([bar.lat, bar.lon], bar.z, { animate: false });
    };
    map.on('moveend', onMoveEnd);
    window.addEventListener('popstate', onPopState);
    return () => {
      map.off('moveend', onMoveEnd);
      window.removeEventListener('popstate', onPopState);
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
    // the router catching up with a view the map has since left (and maybe writing it to the address bar): stay, and
    // write the map's own view again
    if (reported.current && left.current.some((v) => sameView(v, target))) {
      const own = reported.current;
      if (!bar || !sameView(bar, own)) startTransition(() => latest.current.onMove?.(own));
      return;
    }
    map.setView([lat, lon], target.z, { animate: false });
  }, [map, lat, lon, z, latest]);
}
