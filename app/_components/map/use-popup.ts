/**
 * The map's one popup, whose content is React: an empty container node that AtlasMap portals its
 * popup children into — never bindPopup with an HTML string. Closing it (close button, Escape, a click
 * on the map) calls onPopupClose while a popup is shown; tearing the map down does not.
 * In: the L.Map, the latest popup prop and onPopupClose. Out: the L.Popup and its container node.
 */
import L from 'leaflet';
import { useEffect, useState, type RefObject } from 'react';

export interface PopupCallbacks {
  popup?: unknown;
  onPopupClose?: () => void;
}

export interface MapPopup {
  popup: L.Popup;
  container: HTMLElement;
}

function createPopup(): MapPopup {
  const container = document.createElement('div');
  container.className = 'popup-root';
  const popup = L.popup({ maxWidth: 360, minWidth: 240, autoPanPadding: [24, 24], closeButton: true }).setContent(container);
  return { popup, container };
}

export function usePopup(map: L.Map | null, latest: RefObject<PopupCallbacks>): MapPopup {
  const [state] = useState(createPopup);
  useEffect(() => {
    if (!map) return;
    const onRemove = () => {
      if (latest.current.popup) latest.current.onPopupClose?.();
    };
    state.popup.on('remove', onRemove);
    // tearing the map down (it fires 'unload' before removing its layers) is not the user closing the popup
    const detach = () => state.popup.off('remove', onRemove);
    map.on('unload', detach);
    return () => {
      detach();
      map.off('unload', detach);
    };
  }, [map, state, latest]);
  return state;
}
