/**
 * Keep the open popup wholly inside the map and off the controls drawn over it, on desktop and phone.
 * Before opening, its width is capped to the map's width less the padding. Once the browser has laid it
 * out (the next frame: the map is sized, the portalled content measured), the controls over the map
 * (Leaflet's, anything placed in the map pane beside the map, and any element marked `data-map-control`,
 * e.g. the phone's drawer button) are measured; each becomes an inset on the side it is anchored to —
 * the narrower of its horizontal and vertical insets that still leaves the popup room — and the popup
 * is re-placed with those as Leaflet's autoPan padding and a maxHeight that fits between them (its
 * content scrolls beyond). Share pages open the popup at the map's first view, before layout settles;
 * a pan computed then left the popup's top cut off.
 * In: the L.Map and its popup. Out: popup options set; a cancel function for the pending frame.
 */
import type L from 'leaflet';

/** the popup's widest on a large screen (px) */
export const POPUP_MAX_WIDTH = 360;
export const POPUP_MIN_WIDTH = 240;
/** room kept between the popup and the map's edges (px) */
export const POPUP_PADDING: [number, number] = [12, 12];
/** room kept between the popup and a control (px) */
export const CONTROL_GAP = 8;
/** Leaflet's content margins and close button, beside the content's width (px) */
const POPUP_CHROME_X = 40;
/** the tip below the popup and its margin (px) */
const POPUP_TIP = 30;
/** a popup shorter than this scrolls too much: insets that leave less room are taken from the sides */
export const POPUP_MIN_HEIGHT = 160;
/** what counts as a control drawn over the map */
export const CONTROL_SELECTOR = '.leaflet-control, [data-map-control], .map-pane > :not(.atlas-map):not(.atlas-map-loading)';

export interface Box { left: number; top: number; right: number; bottom: number }
export interface Insets { top: number; right: number; bottom: number; left: number }

/**
 * Insets (px from each map edge) that keep a popup of `popup` size clear of every control box.
 * Each control is anchored to the nearer horizontal and vertical edge; the smaller inset of the two is
 * taken when the popup still fits beside or between the insets, else the other. Pure: tested alone.
 */
export function controlInsets(map: Box, popup: { width: number; height: number }, controls: readonly Box[]): Insets {
  const W = map.right - map.left;
  const H = map.bottom - map.top;
  const ins: Insets = { top: POPUP_PADDING[1], right: POPUP_PADDING[0], bottom: POPUP_PADDING[1], left: POPUP_PADDING[0] };
  const visible = controls.filter((c) => c.right > map.left && c.left < map.right && c.bottom > map.top && c.top < map.bottom && c.right > c.left && c.bottom > c.top);
  const options = visible.map((c) => {
    const atLeft = (c.left + c.right) / 2 < (map.left + map.right) / 2;
    const atTop = (c.top + c.bottom) / 2 < (map.top + map.bottom) / 2;
    const h = { side: (atLeft ? 'left' : 'right') as keyof Insets, size: (atLeft ? c.right - map.left : map.right - c.left) + CONTROL_GAP };
    const v = { side: (atTop ? 'top' : 'bottom') as keyof Insets, size: (atTop ? c.bottom - map.top : map.bottom - c.top) + CONTROL_GAP };
    return h.size <= v.size ? [h, v] : [v, h];
  });
  // the controls that need the least room first
  options.sort((a, b) => a[0]!.size - b[0]!.size);
  const fits = (side: keyof Insets, size: number): boolean => {
    const next = { ...ins, [side]: Math.max(ins[side], size) };
    return side === 'left' || side === 'right' ? W - next.left - next.right >= popup.width : H - next.top - next.bottom >= Math.min(popup.height, POPUP_MIN_HEIGHT);
  };
  for (const [first, second] of options) {
    const pick = fits(first!.side, first!.size) ? first! : fits(second!.side, second!.size) ? second! : first!.side === 'top' || first!.side === 'bottom' ? first! : second!;
    ins[pick.side] = Math.max(ins[pick.side], pick.size);
  }
  return ins;
}

/**
 * Before opening: the popup's width fits the map. It opens without panning: the one pan comes once it
 * is laid out (fitPopupAroundControls); two pans in a row, the first cut short, left the view where
 * the first one stopped (its moveend reaches the URL after the second's).
 */
export function sizePopupToMap(map: L.Map, popup: L.Popup): void {
  const room = map.getSize().x - 2 * POPUP_PADDING[0] - POPUP_CHROME_X;
  popup.options.maxWidth = Math.max(160, Math.min(POPUP_MAX_WIDTH, room));
  popup.options.minWidth = Math.min(POPUP_MIN_WIDTH, popup.options.maxWidth);
  popup.options.autoPan = false;
  popup.options.autoPanPadding = POPUP_PADDING;
  popup.options.maxHeight = undefined;
}

function boxOf(el: Element): Box | null {
  if (!(el instanceof HTMLElement) || el.closest('.leaflet-popup')) return null;
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') return null;
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** The boxes of the controls over this map (page coordinates). */
function controlBoxes(map: L.Map): Box[] {
  const container = map.getContainer();
  const pane = container.parentElement;
  const els = new Set<Element>([...container.querySelectorAll('.leaflet-control'), ...document.querySelectorAll('[data-map-control]')]);
  if (pane) for (const el of pane.querySelectorAll(CONTROL_SELECTOR)) if (el.parentElement === pane) els.add(el);
  return [...els].map(boxOf).filter((b): b is Box => b !== null);
}

/** Place the popup clear of the controls: padding and maxHeight from the measured insets, then re-pan. */
export function fitPopupAroundControls(map: L.Map, popup: L.Popup): Insets | null {
  const el = popup.getElement();
  if (!el) return null;
  const r = map.getContainer().getBoundingClientRect();
  const content = el.querySelector('.leaflet-popup-content') as HTMLElement | null;
  const natural = content ? content.scrollHeight + 20 : el.offsetHeight;
  const ins = controlInsets({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }, { width: el.offsetWidth, height: natural + POPUP_TIP }, controlBoxes(map));
  popup.options.autoPanPaddingTopLeft = [ins.left, ins.top];
  popup.options.autoPanPaddingBottomRight = [ins.right, ins.bottom];
  popup.options.maxHeight = Math.max(POPUP_MIN_HEIGHT / 2, r.height - ins.top - ins.bottom - POPUP_TIP);
  popup.options.autoPan = true;
  popup.update();
  return ins;
}

/** How far (px) the map must pan for the popup to sit inside the insets; [0, 0] when it does. */
export function panNeeded(map: Box, popup: Box, ins: Insets): [number, number] {
  let dx = 0;
  let dy = 0;
  if (popup.right + ins.right > map.right) dx = popup.right + ins.right - map.right;
  if (popup.left - dx - ins.left < map.left) dx = popup.left - ins.left - map.left;
  if (popup.bottom + ins.bottom > map.bottom) dy = popup.bottom + ins.bottom - map.bottom;
  if (popup.top - dy - ins.top < map.top) dy = popup.top - ins.top - map.top;
  return [Math.round(dx), Math.round(dy)];
}

/** a move that lands within this long after opening (a late echo of an earlier view) is corrected (ms) */
const SETTLE_MS = 2000;

/** After opening: on the next frame, re-measure and pan the popup into view, clear of the controls (once per selection). */
export function panPopupIntoView(map: L.Map, popup: L.Popup): () => void {
  let ins: Insets | null = null;
  const until = performance.now() + SETTLE_MS;
  // a move that ends soon after (the URL echoing a view from before the pan) must not leave the popup cut off
  const recheck = () => {
    const el = popup.getElement();
    if (performance.now() > until || !map.hasLayer(popup) || !el || !ins) return void map.off('moveend', recheck);
    const [dx, dy] = panNeeded(map.getContainer().getBoundingClientRect(), el.getBoundingClientRect(), ins);
    if (dx || dy) map.panBy([dx, dy]);
  };
  const frame = requestAnimationFrame(() => {
    if (!map.hasLayer(popup)) return;
    map.invalidateSize({ pan: false });
    ins = fitPopupAroundControls(map, popup);
    map.on('moveend', recheck);
  });
  return () => {
    cancelAnimationFrame(frame);
    map.off('moveend', recheck);
  };
}
