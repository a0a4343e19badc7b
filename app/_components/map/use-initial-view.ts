/**
 * Where the map first opens: the view from the URL when it has one, else framed on where most events
 * are (lib/map/bounds.ts robustBounds: far venues do not pull the view), else a default centre over the
 * region. Runs once per map. `fitEvents` is shared with "Zoom to selection" (use-fit-selection.ts).
 * In: the L.Map, the latest view (from the URL) and points ([lng, lat]). Out: the map's first view.
 */
import type L from 'leaflet';
import { useEffect, type RefObject } from 'react';
import type { EventPoint, MapView } from '@/lib/schemas';
import { bboxToLatLngBounds, robustBounds } from '@/lib/map/bounds';

export const DEFAULT_CENTER: [number, number] = [35.0, 38.5];
export const DEFAULT_ZOOM = 6;
/** zoom of a URL view that gives lat and lon but no z */
export const URL_VIEW_ZOOM = 8;
/** the closest a fit to events zooms in */
export const FIT_MAX_ZOOM = 9;

export interface InitialViewInput {
  view?: Partial<MapView>;
  points: readonly EventPoint[];
}

export function useInitialView(map: L.Map | null, latest: RefObject<InitialViewInput>): void {
  useEffect(() => {
    if (!map) return;
    const { view, points } = latest.current;
    if (view?.lat !== undefined && view.lon !== undefined) map.setView([view.lat, view.lon], view.z ?? URL_VIEW_ZOOM);
    else if (!fitEvents(map, points, false)) map.setView(DEFAULT_CENTER, DEFAULT_ZOOM);
  }, [map, latest]);
}

/** Fit the map to the robust bounds of the points; false (map untouched) when there is none. */
export function fitEvents(map: L.Map, points: readonly EventPoint[], animate: boolean): boolean {
  const r = robustBounds(points.map((p) => p.geometry.coordinates));
  if (!r) return false;
  map.fitBounds(bboxToLatLngBounds(r.bbox), { padding: [40, 40], maxZoom: FIT_MAX_ZOOM, animate });
  return true;
}
