/**
 * Pick a point on the map (adding a missing place): a click reports [lng, lat] through the latest onPick, and the
 * picked point is drawn as one dashed-ring marker, created once and moved by diff.
 * In: the L.Map, the picked point ([lng, lat] or null), whether picking is on, and the latest props (onPick). Out: nothing; only active
 * when onPick is given (the cursor turns into a crosshair then).
 */
import L from 'leaflet';
import { useEffect, useRef, type RefObject } from 'react';
import { toLatLng } from '@/lib/map/latlng';

export interface PointPickInput {
  pick?: [number, number] | null;
  onPick?: (at: [number, number]) => void;
}

/** `active`: whether clicks pick (the caller passes props.onPick !== undefined); the handler reads latest.onPick. */
export function usePointPick(map: L.Map | null, pick: [number, number] | null | undefined, active: boolean, latest: RefObject<PointPickInput>): void {
  const marker = useRef<L.CircleMarker | null>(null);

  useEffect(() => {
    if (!map || !active) return;
    const onClick = (e: L.LeafletMouseEvent) => {
      const p = e.latlng.wrap();
      latest.current.onPick?.([Math.round(p.lng * 1e5) / 1e5, Math.round(p.lat * 1e5) / 1e5]);
    };
    map.on('click', onClick);
    map.getContainer().classList.add('atlas-map-picking');
    return () => {
      map.off('click', onClick);
      map.getContainer().classList.remove('atlas-map-picking');
    };
  }, [map, active, latest]);

  useEffect(() => {
    if (!map) return;
    if (!pick) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    if (!marker.current) {
      marker.current = L.circleMarker(toLatLng(pick), { radius: 9, color: '#1f2328', weight: 2, dashArray: '3 3', fillColor: '#ffffff', fillOpacity: 0.6, className: 'atlas-picked-point' }).addTo(map);
    } else marker.current.setLatLng(toLatLng(pick));
  }, [map, pick]);

  useEffect(() => () => {
    marker.current?.remove();
    marker.current = null;
  }, []);
}
