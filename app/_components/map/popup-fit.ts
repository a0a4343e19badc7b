/**
 * Keep the open popup wholly inside the map, on desktop and phone: its width is capped to the map's
 * width less the auto-pan padding, and once the browser has laid it out (the next frame: the map is
 * sized, the portalled content measured) the map is re-measured and the popup re-placed, which runs
 * Leaflet's autoPan with its padding. Share pages open the popup at the map's first view, before layout
 * settles; a pan computed then left the popup's top cut off.
 * In: the L.Map and its popup. Out: popup options set; a cancel function for the pending frame.
 */
import type L from 'leaflet';

/** the popup's widest on a large screen (px) */
export const POPUP_MAX_WIDTH = 360;
export const POPUP_MIN_WIDTH = 240;
/** room kept between the popup and the map's edges (px): the zoom buttons sit top left */
export const POPUP_PADDING: [number, number] = [24, 24];

/** Before opening: the popup's width fits the map. */
export function sizePopupToMap(map: L.Map, popup: L.Popup): void {
  const room = map.getSize().x - 2 * POPUP_PADDING[0] - 40; // 40: Leaflet's content margins and close button
  popup.options.maxWidth = Math.max(160, Math.min(POPUP_MAX_WIDTH, room));
  popup.options.minWidth = Math.min(POPUP_MIN_WIDTH, popup.options.maxWidth);
  popup.options.autoPan = true;
  popup.options.autoPanPadding = POPUP_PADDING;
}

/** After opening: on the next frame, re-measure and pan the popup into view (once per selection). */
export function panPopupIntoView(map: L.Map, popup: L.Popup): () => void {
  const frame = requestAnimationFrame(() => {
    if (!map.hasLayer(popup)) return;
    map.invalidateSize({ pan: false });
    popup.update();
  });
  return () => cancelAnimationFrame(frame);
}
