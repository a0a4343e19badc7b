/**
 * Test harness for the map hooks in jsdom: gives elements a layout size (jsdom has none, and Leaflet
 * computes bounds from it), and a probe component that mounts a real L.Map with useLeafletMap and
 * hands it to the test.
 */
import type L from 'leaflet';
import { useEffect } from 'react';
import { afterAll, beforeAll } from 'vitest';
import { useLeafletMap } from '@/app/_components/map/use-leaflet-map';
import type { EventPoint } from '@/lib/schemas';
import { eventPoints } from '@/lib/map/features';
import { fixtureActors, fixtureEvents } from '../fixtures';

export const WIDTH = 800;
export const HEIGHT = 600;

/** Give every element an 800×600 client box for the tests of this file. */
export function withLayoutSize(): void {
  const saved = {
    w: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth'),
    h: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight'),
  };
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => WIDTH });
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => HEIGHT });
  });
  afterAll(() => {
    if (saved.w) Object.defineProperty(HTMLElement.prototype, 'clientWidth', saved.w);
    if (saved.h) Object.defineProperty(HTMLElement.prototype, 'clientHeight', saved.h);
  });
}

export interface ProbeMapOptions {
  /** the first view, set before the hooks under test run (as useInitialView does in AtlasMap) */
  start?: { center: [number, number]; zoom: number };
  onMap?: (map: L.Map) => void;
}

/** A real L.Map for a probe component: attach `ref` to a <div>; the map is reported once it exists. */
export function useProbeMap({ start, onMap }: ProbeMapOptions = {}) {
  const probe = useLeafletMap();
  const { map } = probe;
  const [lat, lng] = start?.center ?? [];
  const zoom = start?.zoom;
  useEffect(() => {
    if (!map) return;
    if (lat !== undefined && lng !== undefined && zoom !== undefined) map.setView([lat, lng], zoom);
    onMap?.(map);
  }, [map, lat, lng, zoom, onMap]);
  return probe;
}

/** Just a map (for useLeafletMap itself). */
export function MapProbe(props: ProbeMapOptions) {
  const { ref } = useProbeMap(props);
  return <div ref={ref} className="atlas-map" />;
}

export const fixturePoints = (): EventPoint[] => eventPoints(fixtureEvents(), fixtureActors()).points;
