/**
 * Reports the map's visible box (GeoJSON bbox [west, south, east, north]) when the map is ready and
 * after each move (in a React transition), for "Only what's in view" in the list.
 * In: the L.Map, the latest onBounds. Out: onBounds calls.
 */
import type L from 'leaflet';
import { startTransition, useEffect, type RefObject } from 'react';
import type { BBox } from '@/lib/map/bounds';

export function mapBBox(m: L.Map): BBox {
  const b = m.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
}

export function useBoundsReport(map: L.Map | null, latest: RefObject<{ onBounds?: (b: BBox) => void }>): void {
  useEffect(() => {
    if (!map) return;
    // a transition: the list's re-render for the new box yields to the map's frames
    const report = () => {
      const b = mapBBox(map);
      startTransition(() => latest.current.onBounds?.(b));
    };
    report();
    map.on('moveend', report);
    return () => {
      map.off('moveend', report);
    };
  }, [map, latest]);
}
