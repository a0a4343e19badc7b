/**
 * The basemap's cached projection (app/_components/map/fast-projection.ts) gives exactly the pixels Leaflet's own
 * projection gives: a brute-force cross-check over random multi-ring polygons and lines at several zooms and views,
 * including a view reset (new pixel origin) and latitudes beyond the mercator limit.
 */
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import L from 'leaflet';
import { withFastProjection } from '@/app/_components/map/fast-projection';
import { MapProbe, withLayoutSize } from './harness';

withLayoutSize();

type Projected = L.Polyline & { _rings: L.Point[][]; _pxBounds?: L.Bounds; _projectLatlngs: unknown };

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

const rings = (g: L.GeoJSON) => {
  const out: { rings: number[][][]; bounds: number[] }[] = [];
  g.eachLayer((l) => {
    const p = l as Projected;
    const b = p._pxBounds!;
    out.push({ rings: p._rings.map((r) => r.map((q) => [q.x, q.y])), bounds: [b.min!.x, b.min!.y, b.max!.x, b.max!.y] });
  });
  return out;
};

describe('withFastProjection', () => {
  it('projects every point as Leaflet does, at each zoom and after view resets', () => {
    let map: L.Map | null = null;
    render(<MapProbe start={{ center: [36, 37], zoom: 4 }} onMap={(m) => (map = m)} />);
    const data = geojson(7);
    const plain = L.geoJSON(data).addTo(map!);
    const fast = withFastProjection(L.geoJSON(data)).addTo(map!);
    fast.eachLayer((l) => expect((l as Projected)._projectLatlngs).not.toBe((L.Polyline.prototype as unknown as Projected)._projectLatlngs));
    const views: [[number, number], number][] = [[[36, 37], 4], [[36, 37], 9.25], [[-20, 150], 2], [[60, -10], 13], [[33.3, 44.4], 6]];
    for (const [center, zoom] of views) {
      map!.setView(center, zoom, { animate: false });
      expect(rings(fast)).toEqual(rings(plain));
    }
  });
});
