/**
 * Dashed uncertainty circles around approximate events: always for region-precision events; for
 * country-precision ones only while hovered or selected (a country-sized circle on every such event
 * would bury the map). One layer group per map, redrawn when the points, hover or selection change.
 * In: the L.Map, points ([lng, lat]) with precision and radius, hovered and selected ids. Out: L.Circle layers.
 */
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import type { EventPoint } from '@/lib/schemas';
import { toLatLng } from '@/lib/map/latlng';

export interface CirclesInput {
  points: readonly EventPoint[];
  hoveredId?: string | null;
  selectedId?: string;
}

/** Replace the circles in `group` with those of the points, given which event is hovered and which selected. */
export function drawUncertaintyCircles(group: L.LayerGroup, points: readonly EventPoint[], hovered: string | null, selected: string | null): void {
  group.clearLayers();
  for (const p of points) {
    const { hollow, precision, id } = p.properties;
    if (!hollow) continue;
    if (precision === 'country' && id !== hovered && id !== selected) continue;
    L.circle(toLatLng(p.geometry.coordinates), {
      radius: Math.max(1, p.properties.radiusKm) * 1000,
      color: p.properties.color,
      weight: 1.5,
      opacity: 0.7,
      dashArray: '6 6',
      fillOpacity: precision === 'country' ? 0 : 0.05,
      interactive: false,
      className: `uncertainty uncertainty-${precision}`,
    }).addTo(group);
  }
}

export function useUncertaintyCircles(map: L.Map | null, { points, hoveredId, selectedId }: CirclesInput): void {
  const group = useRef<L.LayerGroup | null>(null);
  // added before the marker layer's groups (AtlasMap calls this hook first), as the circles lie under the spider legs
  useEffect(() => {
    if (!map) return;
    const g = L.layerGroup().addTo(map);
    group.current = g;
    return () => {
      g.remove();
      group.current = null;
    };
  }, [map]);

  useEffect(() => {
    if (group.current) drawUncertaintyCircles(group.current, points, hoveredId ?? null, selectedId ?? null);
  }, [map, points, hoveredId, selectedId]);
}
