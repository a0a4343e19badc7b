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

const INDEX = { tileDeg: 1, minZoom: 9, tiles: ['37_36'] };
const TILE = {
  land: [[[37, 36], [37.5, 36], [37.5, 37], [37, 37], [37, 36]]],
  water: [[[[37.1, 36.1], [37.2, 36.1], [37.2, 36.2], [37.15, 36.25], [37.1, 36.2], [37.1, 36.1]]]],
  rivers: [{ l: 2, c: [[37.1, 36.3], [37.3, 36.4]] }],
  labels: [
    { n: 'Old City', p: [37.16, 36.2], z: 12, k: 'district' },
    { n: 'Far Town', p: [37.9, 36.9], z: 9, k: 'town' },
    { n: 'Tiny', p: [37.3, 36.3], z: 13, k: 'village' },
  ],
};

function stubFetch() {
  const fetch = vi.fn(async (url: string) => {
    if (url === '/basemap/cities.json') return new Response(JSON.stringify(CITIES));
    if (url === '/basemap/detail/index.json') return new Response(JSON.stringify(INDEX));
    if (url === '/basemap/detail/37_36.json') return new Response(JSON.stringify(TILE));
    return new Response(JSON.stringify({ type: 'FeatureCollection', features: [] }));
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

function Probe({ onMap, zoom = 6 }: { onMap: (m: L.Map) => void; zoom?: number }) {
  const { ref, map } = useProbeMap({ start: { center: [36.2, 37.16], zoom }, onMap });
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
    // at zoom 6: the low-zoom layers, the region's major rivers and the detail index (no tile yet: tiles from zoom 9)
    expect(new Set(fetch.mock.calls.map(([u]) => u))).toEqual(new Set(['/basemap/land.json', '/basemap/borders.json', '/basemap/admin1.json', '/basemap/cities.json', '/basemap/rivers.json', '/basemap/detail/index.json']));
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
  it('at city zoom loads the tile in view and draws coast, water, rivers and the labels of the zoom', async () => {
    const fetch = stubFetch();
    let map: L.Map | null = null;
    const { unmount } = render(<Probe zoom={12} onMap={(m) => (map = m)} />);
    await waitFor(() => expect(document.querySelectorAll('.basemap-label-district')).toHaveLength(1));
    expect(fetch).toHaveBeenCalledWith('/basemap/detail/37_36.json');
    const pane = map!.getPane('basemap-detail')!;
    expect(pane.querySelectorAll('path.basemap-sea, path.basemap-land, path.basemap-water, path.basemap-river')).toHaveLength(4);
    expect(document.querySelector('.basemap-label-district')!.textContent).toBe('Old City');
    expect(document.querySelectorAll('.basemap-label-village')).toHaveLength(0); // z13 label hidden at z12
    expect(getComputedStyle(map!.getPane('labels')!).pointerEvents).toBe('none');
    unmount();
    expect(document.querySelectorAll('.basemap-label')).toHaveLength(0);
  });
});
