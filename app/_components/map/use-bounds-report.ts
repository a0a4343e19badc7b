/**
 * Reports the map's visible box (GeoJSON bbox [west, south, east, north]) when the map is ready and
 * after each move, for "Only what's in view" in the list.
 * In: the L.Map, the latest onBounds. Out: onBounds calls.
 */
import type L from 'leaflet';
import { useEffect, type RefObject } from 'react';
import type { BBox } from '@/lib/map/bounds';

export function mapBBox(m: L.Map): BBox {
  const b = m.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
}

export function useBoundsReport(map: L.Map | null, latest: RefObject<{ onBounds?: (b: BBox) => void }>): void {
  useEffect(() => {
    if (!map) return;
    const report = () => latest.current.onBounds?.(mapBBox(map));
    report();
    map.on('moveend', report);
    return () => {
      map.off('moveend', report);
    };
  }, [map, latest]);
}
