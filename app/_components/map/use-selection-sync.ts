/**
 * The selection on the map: when the selected popup changes, reveal the selected event's marker
 * (spiderfy its group), and open the popup there — at once when the place is well inside the view,
 * else after flying there (a jump when the user prefers reduced motion), sized to the map and panned
 * wholly into view once laid out (popup-fit.ts). No selection closes it.
 * In: the L.Map, the marker layer, the popup, the selection key, the latest popup/selectedId. Out: map moves, popup open/closed.
 */
import type L from 'leaflet';
import { useEffect, type RefObject } from 'react';
import { toLatLng } from '@/lib/map/latlng';
import type { MarkerLayer } from './marker-layer';
import { panPopupIntoView, sizePopupToMap } from './popup-fit';

export interface SelectionInput {
  /** where the popup opens ([lng, lat]); null or absent closes it */
  popup?: { at: [number, number] } | null;
  selectedId?: string;
}

/** zoom the map flies to (at least) for a selection outside the view */
export const SELECTION_ZOOM = 8;

export function useSelectionSync(
  map: L.Map | null,
  layer: RefObject<MarkerLayer | null>,
  popup: L.Popup,
  selectionKey: string | undefined,
  latest: RefObject<SelectionInput>,
): void {
  useEffect(() => {
    if (!map) return;
    const sel = latest.current.popup;
    if (!sel) {
      if (map.hasLayer(popup)) map.closePopup(popup);
      return;
    }
    const at = toLatLng(sel.at);
    let cancelPan = () => {};
    const open = () => {
      // after any zoom (which folds spiderfied groups): give the selected event its own marker
      if (latest.current.selectedId) layer.current?.reveal(latest.current.selectedId);
      popup.setLatLng(at);
      // the portal has already rendered the new content: open (or re-measure) once per selection.
      // Never update() on every render: it re-attaches the content node and swallows clicks in it.
      sizePopupToMap(map, popup);
      if (!map.hasLayer(popup)) popup.openOn(map);
      else popup.update();
      cancelPan = panPopupIntoView(map, popup);
    };
    if (map.getBounds().pad(-0.1).contains(at) && map.getZoom() >= 6) {
      open();
      return () => cancelPan();
    }
    const zoom = Math.max(map.getZoom(), SELECTION_ZOOM);
    if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) {
      map.setView(at, zoom, { animate: false });
      open();
      return () => cancelPan();
    }
    map.once('moveend', open);
    map.flyTo(at, zoom, { duration: 0.6 });
    return () => {
      map.off('moveend', open);
      cancelPan();
    };
  }, [map, layer, popup, selectionKey, latest]);
}
