/**
 * The basemap's cached projection (app/_components/map/fast-projection.ts) gives exactly the pixels Leaflet's own
 * projection gives: a brute-force cross-check over random multi-ring polygons and lines at several zooms and views,
 * including a view reset (new pixel origin) and latitudes beyond the mercator limit.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import L from 'leaflet';
import { splitParts, withFastProjection } from '@/app/_components/map/fast-projection';
import { MapProbe, withLayoutSize } from './harness';

withLayoutSize();

type Projected = L.Polyline & { _rings: L.Point[][]; _parts: L.Point[][]; _pxBounds?: L.Bounds; _projectLatlngs: unknown };

/** a deterministic pseudo-random sequence */
function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function geojson(seed: number): GeoJSON.FeatureCollection {
  const r = rng(seed);
  const ring = (n: number) => Array.from({ length: n }, () => [-180 + 360 * r(), -89 + 178 * r()]);
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring(50), ring(20)] } },
      { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[ring(30)], [ring(10), ring(5)]] } },
      { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: ring(40) } },
      { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: [ring(7), ring(9)] } },
    ],
  };
}

/** what each path draws (its clipped, simplified parts) and its pixel bounds */
const drawn = (g: L.GeoJSON) => {
  const out: { parts: number[][][]; bounds: number[] }[] = [];
  g.eachLayer((l) => {
    const p = l as Projected;
    const b = p._pxBounds!;
    out.push({ parts: p._parts.map((r) => r.map((q) => [q.x, q.y])), bounds: [b.min!.x, b.min!.y, b.max!.x, b.max!.y] });
  });
  return out;
};

const square = (lon: number, lat: number, d: number): GeoJSON.Feature => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [[[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]] },
});

describe('withFastProjection', () => {
  it('draws every path as Leaflet does, at each zoom and after view resets', () => {
    let map: L.Map | null = null;
    render(<MapProbe start={{ center: [36, 37], zoom: 4 }} onMap={(m) => (map = m)} />);
    const data = geojson(7);
    const plain = L.geoJSON(data).addTo(map!);
    const fast = withFastProjection(L.geoJSON(data)).addTo(map!);
    fast.eachLayer((l) => expect((l as Projected)._projectLatlngs).not.toBe((L.Polyline.prototype as unknown as Projected)._projectLatlngs));
    const views: [[number, number], number][] = [[[36, 37], 4], [[36, 37], 9.25], [[-20, 150], 2], [[60, -10], 13], [[33.3, 44.4], 6]];
    for (const [center, zoom] of views) {
      map!.setView(center, zoom, { animate: false });
      expect(drawn(fast)).toEqual(drawn(plain));
    }
  });
  it('projects a path only once it is in view, then draws it as Leaflet does', () => {
    let map: L.Map | null = null;
    render(<MapProbe start={{ center: [36, 37], zoom: 8 }} onMap={(m) => (map = m)} />);
    const data: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [square(37, 36, 0.2), square(-60, -30, 0.2)] };
    const plain = L.geoJSON(data).addTo(map!);
    const fast = withFastProjection(L.geoJSON(data)).addTo(map!);
    const [near, far] = fast.getLayers() as Projected[];
    map!.setView([36.1, 37.1], 9, { animate: false });
    expect(near!._rings).toHaveLength(1);
    expect(far!._rings).toHaveLength(0);
    expect(drawn(fast)).toEqual(drawn(plain));
    // a pan (no zoom) brings it into view: projected then
    map!.panTo([-30, -60], { animate: false });
    expect(far!._rings).toHaveLength(1);
    expect(drawn(fast)).toEqual(drawn(plain));
    expect(drawn(fast)[1]!.parts[0]!.length).toBeGreaterThan(2);
  });
  it('draws a path out of view empty once, not again at every move', () => {
    let map: L.Map | null = null;
    render(<MapProbe start={{ center: [36, 37], zoom: 8 }} onMap={(m) => (map = m)} />);
    const fast = withFastProjection(L.geoJSON({ type: 'FeatureCollection', features: [square(37, 36, 0.2), square(-60, -30, 0.2)] } as GeoJSON.FeatureCollection)).addTo(map!);
    const [near, far] = fast.getLayers() as (Projected & { _updatePath: () => void })[];
    const nearDraws = vi.spyOn(near!, '_updatePath');
    const farDraws = vi.spyOn(far!, '_updatePath');
    for (const lon of [37.05, 37.1, 37.15]) map!.panTo([36, lon], { animate: false });
    expect(nearDraws).toHaveBeenCalledTimes(3);
    expect(farDraws).not.toHaveBeenCalled();
    expect(far!._parts).toEqual([]);
  });
  it('splits multi-part features into one feature per part', () => {
    const g = geojson(3);
    const split = splitParts(g) as GeoJSON.FeatureCollection;
    expect(split.features.map((f) => f.geometry.type)).toEqual(['Polygon', 'Polygon', 'Polygon', 'LineString', 'LineString', 'LineString']);
    expect((split.features[2]!.geometry as GeoJSON.Polygon).coordinates).toEqual((g.features[1]!.geometry as GeoJSON.MultiPolygon).coordinates[1]);
  });
});
