/**
 * Where the map first opens: the view from the URL when it has one, else framed on the events,
 * else a default centre over the region. Runs once per map.
 * In: the L.Map, the latest view (from the URL) and points ([lng, lat]). Out: the map's first view.
 */
import type L from 'leaflet';
import { useEffect, type RefObject } from 'react';
import type { EventPoint, MapView } from '@/lib/schemas';
import { latLngBounds } from '@/lib/map/latlng';

export const DEFAULT_CENTER: [number, number] = [35.0, 38.5];
export const DEFAULT_ZOOM = 6;
/** zoom of a URL view that gives lat and lon but no z */
export const URL_VIEW_ZOOM = 8;

export interface InitialViewInput {
  view?: Partial<MapView>;
  points: readonly EventPoint[];
}

export function useInitialView(map: L.Map | null, latest: RefObject<InitialViewInput>): void {
  useEffect(() => {
    if (!map) return;
    const { view, points } = latest.current;
    if (view?.lat !== undefined && view.lon !== undefined) map.setView([view.lat, view.lon], view.z ?? URL_VIEW_ZOOM);
    else {
      const b = latLngBounds(points.map((p) => p.geometry.coordinates));
      if (b) map.fitBounds(b, { padding: [40, 40], maxZoom: 9 });
      else map.setView(DEFAULT_CENTER, DEFAULT_ZOOM);
    }
  }, [map, latest]);
}
