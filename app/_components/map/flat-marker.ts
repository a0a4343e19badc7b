/**
 * A flat marker: placed with left/top instead of Leaflet's translate3d, and hidden during a zoom animation instead of
 * animated with it (placed again once the zoom lands), so hundreds of them make no compositing layers
 * (docs/PERFORMANCE.md "Frame work, profiled": every layer is re-layerised at each drag and zoom frame). Used for the
 * proxies of markers drawn on the marker canvas (./icon-canvas.ts: an empty, transparent element with the marker's
 * size, classes, title, aria-label and data attributes, which takes clicks, hover, focus and keys; the focus ring is
 * drawn on it) and for the basemap's place labels.
 * In: the options of L.marker. Out: an L.Marker.
 */
import L from 'leaflet';

type MarkerInternals = L.Marker & { _zoomAnimated: boolean; _icon: HTMLElement | null; _zIndex: number; _resetZIndex(): void };

const FlatMarkerClass = L.Marker.extend({
  onAdd(this: MarkerInternals, map: L.Map) {
    // not animated with the zoom: Leaflet gives the element leaflet-zoom-hide (hidden while the zoom animates)
    // and places it once the zoom lands
    this._zoomAnimated = false;
    L.Marker.prototype.onAdd.call(this, map);
  },
  _setPos(this: MarkerInternals, pos: L.Point) {
    const el = this._icon;
    if (el) {
      el.style.left = `${pos.x}px`;
      el.style.top = `${pos.y}px`;
      (el as HTMLElement & { _leaflet_pos?: L.Point })._leaflet_pos = pos;
    }
    this._zIndex = pos.y + (this.options.zIndexOffset ?? 0);
    this._resetZIndex();
  },
}) as unknown as new (at: L.LatLngExpression, options: L.MarkerOptions) => L.Marker;

export function flatMarker(at: L.LatLngExpression, options: L.MarkerOptions): L.Marker {
  return new FlatMarkerClass(at, options);
}

/** The empty icon of a proxy marker: `className` and a `size` px square centred on the point. */
export function proxyIcon(className: string, size: number): L.DivIcon {
  return L.divIcon({ html: '', className, iconSize: [size, size], iconAnchor: [size / 2, size / 2], popupAnchor: [0, -size / 2] });
}
