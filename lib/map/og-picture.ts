/**
 * The small map picture of a share page's preview (og:image), as an SVG string: the basemap's land around
 * a place, projected to the image (equirectangular, x scaled by cos(latitude) so shapes keep their aspect),
 * and the event/place markers. Pure: no DOM, no network; the route renders it to PNG with next/og.
 * In: land polygons (GeoJSON, [lng, lat]), markers ([lng, lat]), the centre, image size and span.
 * Out: an SVG document string and the markers' pixel positions.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

export interface PictureOptions {
  width: number;
  height: number;
  /** degrees of latitude from the image's top to its bottom */
  spanLat?: number;
}

export interface Picture {
  svg: string;
  markers: { x: number; y: number }[];
}

const SEA = '#b9d3e6', LAND = '#efe9dc', COAST = '#9a9080', MARK = '#c0392b';

function rings(g: Geometry | null): Position[][] {
  if (!g) return [];
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(rings);
  return [];
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export function mapPicture(land: FeatureCollection, center: readonly [number, number], markers: readonly (readonly [number, number])[], opts: PictureOptions): Picture {
  const { width, height } = opts;
  const spanLat = opts.spanLat ?? 4;
  const [cx, cy] = center;
  const k = Math.max(0.2, Math.cos((cy * Math.PI) / 180));
  const scale = height / spanLat; // px per degree of latitude
  const spanLng = width / (scale * k);
  const x = (lng: number) => width / 2 + (lng - cx) * k * scale;
  const y = (lat: number) => height / 2 - (lat - cy) * scale;
  const [w, e, s, n] = [cx - spanLng, cx + spanLng, cy - spanLat, cy + spanLat]; // generous: a ring may enter the frame

  const paths: string[] = [];
  for (const f of land.features as Feature[]) {
    for (const ring of rings(f.geometry)) {
      let inView = false;
      for (const p of ring) if (p[0]! >= w && p[0]! <= e && p[1]! >= s && p[1]! <= n) { inView = true; break; }
      if (!inView) continue;
      paths.push('M' + ring.map((p) => `${r1(x(p[0]!))},${r1(y(p[1]!))}`).join('L') + 'Z');
    }
  }
  const pts = markers.map(([lng, lat]) => ({ x: r1(x(lng)), y: r1(y(lat)) }));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="${SEA}"/>` +
    (paths.length ? `<path d="${paths.join('')}" fill="${LAND}" stroke="${COAST}" stroke-width="1" fill-rule="evenodd"/>` : '') +
    pts.map((p) => `<circle cx="${p.x}" cy="${p.y}" r="9" fill="${MARK}" stroke="#fff" stroke-width="3"/>`).join('') +
    '</svg>';
  return { svg, markers: pts };
}
