/**
 * The event markers of a map (./marker-layer.ts), created once per map and updated by diff when
 * the points or the hovered event change.
 * In: the L.Map, points ([lng, lat]), the hovered id, the latest onSelect/onHover.
 * Out: a ref to the MarkerLayer (null until the map exists); destroyed on unmount.
 */
import type L from 'leaflet';
import { useEffect, useRef, type RefObject } from 'react';
import type { EventPoint } from '@/lib/schemas';
import { MarkerLayer } from './marker-layer';

export interface MarkerLayerInput {
  points: EventPoint[];
  hoveredId?: string | null;
}

export interface MarkerCallbacks {
  onSelect?: (id: string) => void;
  onHover?: (id: string | null) => void;
}

export function useMarkerLayer(
  map: L.Map | null,
  { points, hoveredId }: MarkerLayerInput,
  latest: RefObject<MarkerCallbacks>,
): RefObject<MarkerLayer | null> {
  const layer = useRef<MarkerLayer | null>(null);
  // created before the data effects below, so on the map's first commit they find it
  useEffect(() => {
    if (!map) return;
    const l = new MarkerLayer(map, {
      onSelect: (id) => latest.current.onSelect?.(id),
      onHover: (id) => latest.current.onHover?.(id),
    });
    layer.current = l;
    return () => {
      l.destroy();
      layer.current = null;
    };
  }, [map, latest]);

  useEffect(() => {
    layer.current?.setPoints(points);
  }, [map, points]);

  useEffect(() => {
    layer.current?.setHighlighted(hoveredId ?? null);
  }, [map, hoveredId]);

  return layer;
}
