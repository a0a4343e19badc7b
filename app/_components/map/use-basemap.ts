/**
 * The offline basemap on a map (./basemap.ts), or raster tiles when NEXT_PUBLIC_TILE_URL is set.
 * In: the L.Map (null until it exists). Out: basemap panes and layers, removed on unmount.
 */
import type L from 'leaflet';
import { useEffect } from 'react';
import { addBasemap } from './basemap';

export function useBasemap(map: L.Map | null): void {
  useEffect(() => {
    if (!map) return;
    const tileUrl = process.env.NEXT_PUBLIC_TILE_URL;
    return addBasemap(map, tileUrl ? { url: tileUrl, attribution: process.env.NEXT_PUBLIC_TILE_ATTRIBUTION ?? '' } : undefined);
  }, [map]);
}
