/**
 * The map's one popup, whose content is React: an empty container node that AtlasMap portals its
 * popup children into — never bindPopup with an HTML string. Closing it (close button, Escape, a click
 * on the map) calls onPopupClose while a popup is shown; tearing the map down does not. Escape
 * closes it wherever focus is (a list item opened it, or a marker), and focus returns to what had it
 * when the popup opened (if that is gone: the map).
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
    let opener: HTMLElement | null = null;
    const onAdd = () => {
      const active = document.activeElement;
      opener = active instanceof HTMLElement && active !== document.body && !state.container.contains(active) ? active : null;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || !map.hasLayer(state.popup)) return;
      // an open widget (a suggestion list, a drawer toggle) closes itself first
      if (e.target instanceof Element && e.target.closest('[aria-expanded="true"]')) return;
      e.preventDefault();
      const back = opener?.isConnected ? opener : map.getContainer();
      map.closePopup(state.popup);
      back.focus({ preventScroll: true });
    };
    state.popup.on('add', onAdd);
    document.addEventListener('keydown', onKey, true);
    // tearing the map down (it fires 'unload' before removing its layers) is not the user closing the popup
    const detach = () => state.popup.off('remove', onRemove);
    map.on('unload', detach);
    return () => {
      state.popup.off('add', onAdd);
      document.removeEventListener('keydown', onKey, true);
      detach();
      map.off('unload', detach);
    };
  }, [map, state, latest]);
  return state;
}
