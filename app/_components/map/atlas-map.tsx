'use client';
/**
 * The Leaflet map, created once and updated by diff in react-leaflet's style, one hook per concern:
 * the L.Map lives in React state (never rebuilt), and each hook adds its part to it — basemap, first
 * view, uncertainty circles, event markers, the popup, view ↔ URL sync, the selection. Popups are React children portalled
 * into a Leaflet popup container — never bindPopup with an HTML string.
 * In: EventPoint features ([lng, lat]), the view from the URL, the selection. Out: onMove / onSelect.
 */
import 'leaflet/dist/leaflet.css';
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { EventPoint, EventQuery, MapView } from '@/lib/schemas';
import type { WeightedPosition } from '@/lib/map/server-clusters';
import type { BBox } from '@/lib/map/bounds';
import { useBoundsReport } from './use-bounds-report';
import { useDensityLayer } from './use-density-layer';
import { useFitSelection } from './use-fit-selection';
import { useBasemap } from './use-basemap';
import { useInitialView } from './use-initial-view';
import { useLatest } from './use-latest';
import { useLeafletMap } from './use-leaflet-map';
import { useMarkerLayer } from './use-marker-layer';
import { usePointPick } from './use-point-pick';
import { usePopup } from './use-popup';
import { useSelectionSync } from './use-selection-sync';
import { useServerClusters } from './use-server-clusters';
import { useUncertaintyCircles } from './use-uncertainty-circles';
import { useViewSync } from './use-view-sync';

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
  /** a picked point to mark ([lng, lat]), e.g. where an analyst puts a missing place */
  pick?: [number, number] | null;
  /** when given, a click on the map picks a point ([lng, lat]) */
  onPick?: (at: [number, number]) => void;
  /** each new value fits the map to where most of `points` are ("Zoom to selection") */
  fitKey?: number;
  /** the visible box [west, south, east, north], when ready and after each move */
  onBounds?: (b: BBox) => void;
  /** draw the density layer under the markers at low zoom when they pile up ("Points / Density") */
  density?: boolean;
  /** server-clusters mode (lib/map/server-clusters.ts): the filters to ask /api/clusters with; `points` is then empty */
  serverFilters?: EventQuery | null;
  /** each server-clusters answer: events matching the filters anywhere */
  onClusters?: (c: { total: number; version: number }) => void;
}

export default function AtlasMap(props: AtlasMapProps) {
  // callbacks registered once on Leaflet read the latest props through this ref
  const latest = useLatest(props);
  const { ref, map } = useLeafletMap();
  useBasemap(map);
  useInitialView(map, latest);
  useUncertaintyCircles(map, props);
  const [weights, setWeights] = useState<WeightedPosition[] | null>(null);
  useDensityLayer(map, props.points, props.density ?? false, props.serverFilters ? weights : null);
  const layer = useMarkerLayer(map, props, latest);
  useServerClusters(map, layer, props.serverFilters, latest, setWeights);
  const popup = usePopup(map, latest);
  useViewSync(map, props.view, latest);
  useBoundsReport(map, latest);
  useFitSelection(map, props.fitKey, latest);
  usePointPick(map, props.pick, props.onPick !== undefined, latest);
  useSelectionSync(map, layer, popup.popup, props.popup?.key, latest);
  useEffect(() => {
    map?.getContainer().setAttribute('data-ready', 'true');
  }, [map]);

  return (
    <>
      <div ref={ref} id="map" className="atlas-map" role="region" aria-label={props.label ?? 'Map of events'} />
      {map && props.popup ? createPortal(props.popup.content, popup.container) : null}
    </>
  );
}
