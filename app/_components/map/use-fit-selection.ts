/**
 * "Zoom to selection": each new `fitKey` fits the map to where most of the current points are (the
 * same robust bounds as the first view). The first key seen is the mount, not a request: it does nothing.
 * In: the L.Map, a request counter, the latest points ([lng, lat]). Out: a map move (then moveend → URL).
 */
import type L from 'leaflet';
import { useEffect, useRef, type RefObject } from 'react';
import type { EventPoint } from '@/lib/schemas';
import { fitEvents } from './use-initial-view';

export function useFitSelection(map: L.Map | null, fitKey: number | undefined, latest: RefObject<{ points: readonly EventPoint[] }>): void {
  const seen = useRef(fitKey);
  useEffect(() => {
    if (!map || fitKey === undefined || fitKey === seen.current) return;
    seen.current = fitKey;
    fitEvents(map, latest.current.points, false);
  }, [map, fitKey, latest]);
}
