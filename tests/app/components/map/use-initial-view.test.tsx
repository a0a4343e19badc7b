import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import type L from 'leaflet';
import { DEFAULT_CENTER, DEFAULT_ZOOM, URL_VIEW_ZOOM, useInitialView, type InitialViewInput } from '@/app/_components/map/use-initial-view';
import { useLatest } from '@/app/_components/map/use-latest';
import { toLatLng } from '@/lib/map/latlng';
import { fixturePoints, useProbeMap, withLayoutSize } from './harness';

withLayoutSize();

function Probe({ input, onMap }: { input: InitialViewInput; onMap: (m: L.Map) => void }) {
  const latest = useLatest(input);
  const { ref, map } = useProbeMap({ onMap });
  useInitialView(map, latest);
  return <div ref={ref} />;
}

function mapFor(input: InitialViewInput): L.Map {
  let map: L.Map | null = null;
  render(<Probe input={input} onMap={(m) => (map = m)} />);
  return map!;
}

describe('useInitialView', () => {
  it('opens on the URL view (zoom 8 when the URL has none)', () => {
    const m = mapFor({ view: { lat: 36.2, lon: 37.15, z: 10 }, points: fixturePoints() });
    expect(m.getCenter().lat).toBeCloseTo(36.2, 4);
    expect(m.getCenter().lng).toBeCloseTo(37.15, 4);
    expect(m.getZoom()).toBe(10);
    expect(mapFor({ view: { lat: 36.2, lon: 37.15 }, points: [] }).getZoom()).toBe(URL_VIEW_ZOOM);
  });
  it('frames the events when the URL has no view', () => {
    const points = fixturePoints();
    const m = mapFor({ points });
    for (const p of points) expect(m.getBounds().contains(toLatLng(p.geometry.coordinates))).toBe(true);
    expect(m.getZoom()).toBeLessThanOrEqual(9);
  });
  it('falls back to the default centre without events', () => {
    const m = mapFor({ points: [] });
    expect([m.getCenter().lat, m.getCenter().lng]).toEqual(DEFAULT_CENTER);
    expect(m.getZoom()).toBe(DEFAULT_ZOOM);
  });
});
