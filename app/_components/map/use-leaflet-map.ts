/**
 * The L.Map of a container element, react-leaflet's MapContainer without its components: a ref
 * callback creates the map when the <div> mounts (and removes it when the <div> goes), and the map
 * lives in React state, so the hooks that add parts to it run once it exists.
 * In: nothing (attach `ref` to the map's <div>). Out: the ref callback and the L.Map (null until mounted).
 */
import L from 'leaflet';
import { useCallback, useState } from 'react';

export const MAP_OPTIONS: L.MapOptions = { zoomSnap: 0.25, worldCopyJump: false, minZoom: 2, maxZoom: 16 };

export function useLeafletMap(): { ref: (node: HTMLDivElement | null) => (() => void) | undefined; map: L.Map | null } {
  const [map, setMap] = useState<L.Map | null>(null);
  const ref = useCallback((node: HTMLDivElement | null) => {
    if (!node) return undefined;
    const m = L.map(node, MAP_OPTIONS);
    setMap(m);
    return () => {
      // a zoom animation still running when the map goes (a zoom, then a click to another page) ends in Leaflet 1.9
      // on the removed map pane ("reading '_leaflet_pos'" from _onZoomTransitionEnd's timer): mark it ended first,
      // which that timer checks before it moves anything
      (m as unknown as { _animatingZoom?: boolean })._animatingZoom = false;
      m.remove();
      setMap(null);
    };
  }, []);
  return { ref, map };
}
