import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, waitFor } from '@testing-library/react';
import type L from 'leaflet';
import { useBasemap } from '@/app/_components/map/use-basemap';
import { useProbeMap, withLayoutSize } from './harness';

withLayoutSize();

const CITIES = [
  { name: 'Aleppo', lat: 36.2, lon: 37.16, minZoom: 5 },
  { name: 'Manbij', lat: 36.53, lon: 37.95, minZoom: 9 },
];

function stubFetch() {
  const fetch = vi.fn(async (url: string) => {
    if (url === '/basemap/cities.json') return new Response(JSON.stringify(CITIES));
    return new Response(JSON.stringify({ type: 'FeatureCollection', features: [] }));
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

function Probe({ onMap }: { onMap: (m: L.Map) => void }) {
  const { ref, map } = useProbeMap({ start: { center: [36.3, 37.5], zoom: 6 }, onMap });
  useBasemap(map);
  return <div ref={ref} />;
}

describe('useBasemap', () => {
  it('draws the offline basemap and the city labels of the zoom', async () => {
    const fetch = stubFetch();
    let map: L.Map | null = null;
    const { unmount } = render(<Probe onMap={(m) => (map = m)} />);
    expect(map!.getPane('basemap')).toBeDefined();
    expect(map!.attributionControl.getContainer()!.textContent).toContain('Natural Earth');
    await waitFor(() => expect(document.querySelectorAll('.city-label')).toHaveLength(1));
    expect(fetch.mock.calls.map(([u]) => u)).toEqual(['/basemap/land.json', '/basemap/borders.json', '/basemap/admin1.json', '/basemap/cities.json']);
    expect(document.querySelector('.city-label')!.textContent).toBe('Aleppo');
    unmount();
    expect(document.querySelectorAll('.city-label')).toHaveLength(0);
  });
  it('uses raster tiles instead when NEXT_PUBLIC_TILE_URL is set', async () => {
    const fetch = stubFetch();
    vi.stubEnv('NEXT_PUBLIC_TILE_URL', 'https://tiles.example.org/{z}/{x}/{y}.png');
    vi.stubEnv('NEXT_PUBLIC_TILE_ATTRIBUTION', 'Example tiles');
    let map: L.Map | null = null;
    render(<Probe onMap={(m) => (map = m)} />);
    expect(map!.attributionControl.getContainer()!.textContent).toContain('Example tiles');
    await waitFor(() => expect(fetch).toHaveBeenCalledWith('/basemap/cities.json'));
    expect(fetch).not.toHaveBeenCalledWith('/basemap/land.json');
  });
});
