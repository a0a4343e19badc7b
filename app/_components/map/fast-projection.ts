/**
 * Quicker reprojection for the basemap's big vector layers (land, borders, admin-1 outlines, rivers: ~60,000 points).
 * At each zoom's end Leaflet reprojects every point of every path (latLngToLayerPoint: a spherical-mercator sine and
 * log, and five objects, per point) — the largest script cost of a zoom in the map-scale profile (docs/PERFORMANCE.md
 * "Frame work, profiled"). The mercator part does not depend on the zoom: here it is computed once per point and kept,
 * and each zoom only scales, rounds and shifts it — the same numbers latLngToLayerPoint gives (EPSG:3857, the map's CRS).
 * In: a vector layer or a group of them (L.geoJSON). Out: the same layers, their _projectLatlngs replaced.
 */
import L from 'leaflet';

type Mercator = L.LatLng & { _merc?: L.Point };
type PathInternals = L.Polyline & { _map: L.Map; _projectLatlngs: (latlngs: unknown[], result: L.Point[][], bounds: L.Bounds) => void };

const crs = L.CRS.EPSG3857;
// Leaflet's typings do not declare the CRS's projection and transformation
const mercator = (crs as unknown as { projection: L.Projection }).projection;
const t = (crs as unknown as { transformation: { _a: number; _b: number; _c: number; _d: number } }).transformation;
const leafletProject = (L.Polyline.prototype as unknown as PathInternals)._projectLatlngs;

function projectLatlngs(this: PathInternals, latlngs: unknown[], result: L.Point[][], bounds: L.Bounds): void {
  const map = this._map;
  if (map.options.crs !== crs) {
    leafletProject.call(this, latlngs, result, bounds);
    return;
  }
  if (latlngs[0] instanceof L.LatLng) {
    const scale = crs.scale(map.getZoom());
    const origin = map.getPixelOrigin();
    const ring: L.Point[] = new Array(latlngs.length);
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let i = 0; i < latlngs.length; i++) {
      const ll = latlngs[i] as Mercator;
      const m = (ll._merc ??= mercator.project(ll));
      // as map.latLngToLayerPoint: transform, round, minus the pixel origin
      const x = Math.round(scale * (t._a * m.x + t._b)) - origin.x;
      const y = Math.round(scale * (t._c * m.y + t._d)) - origin.y;
      ring[i] = new L.Point(x, y);
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    if (ring.length) {
      bounds.extend(new L.Point(minX, minY));
      bounds.extend(new L.Point(maxX, maxY));
    }
    result.push(ring);
  } else {
    for (const sub of latlngs) this._projectLatlngs(sub as unknown[], result, bounds);
  }
}

/** Give `layer` (a path, or every path of a group) the cached projection; returns it. */
export function withFastProjection<T extends L.Layer>(layer: T): T {
  if (layer instanceof L.Polyline) (layer as unknown as PathInternals)._projectLatlngs = projectLatlngs;
  else if (layer instanceof L.LayerGroup) layer.eachLayer((l) => void withFastProjection(l));
  return layer;
}
