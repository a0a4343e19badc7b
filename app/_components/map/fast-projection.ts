/**
 * Quicker reprojection for the basemap's big vector layers (land, borders, admin-1 outlines, rivers: ~60,000 points).
 * At each zoom's end Leaflet reprojects every point of every path (latLngToLayerPoint: a spherical-mercator sine and
 * log, and five objects, per point), and after every move it clips and simplifies every path again — the largest
 * script costs of a move in the map-scale profile (docs/PERFORMANCE.md "Frame work, profiled"). Here:
 * - the mercator part does not depend on the zoom: it is computed once per point and kept, and each zoom only scales,
 *   rounds and shifts it — the same numbers latLngToLayerPoint gives (EPSG:3857, the map's CRS);
 * - a path is projected only when it is in the renderer's box (the view and its padding): at a zoom's end its pixel
 *   bounds come from its mercator box (kept too: four numbers, the same bounds its rounded points give) and its points
 *   wait until a move brings those bounds into the box; a path out of the box is drawn empty, as Leaflet's clipping
 *   draws it. Paths are best small for this (basemap.ts splits multi-part features into one path per part).
 * In: a vector layer or a group of them (L.geoJSON). Out: the same layers, their projection replaced.
 */
import L from 'leaflet';

type Mercator = L.LatLng & { _merc?: L.Point };
type PathInternals = L.Polyline & {
  _map: L.Map;
  _renderer: { _bounds?: L.Bounds };
  _rings: L.Point[][];
  _rawPxBounds?: L.Bounds;
  _pxBounds?: L.Bounds;
  _latlngs: unknown[];
  _projectLatlngs: (latlngs: unknown[], result: L.Point[][], bounds: L.Bounds) => void;
  _project: () => void;
  _update: () => void;
  _updateBounds: () => void;
  /** the mercator box of every point [minX, minY, maxX, maxY], once computed */
  _mercBox?: [number, number, number, number] | null;
  /** projected at the zoom and origin of the last _project: false while its points wait */
  _projected?: boolean;
  /** drawn empty (out of the renderer's box) by the last _update */
  _empty?: boolean;
  _parts: L.Point[][];
  _updatePath: () => void;
};

const crs = L.CRS.EPSG3857;
// Leaflet's typings do not declare the CRS's projection and transformation
const mercator = (crs as unknown as { projection: L.Projection }).projection;
const t = (crs as unknown as { transformation: { _a: number; _b: number; _c: number; _d: number } }).transformation;
const proto = L.Polyline.prototype as unknown as PathInternals;
const leafletProjectLatlngs = proto._projectLatlngs;
const leafletProject = proto._project;
const leafletUpdate = proto._update;

const merc = (ll: Mercator) => (ll._merc ??= mercator.project(ll));

function projectLatlngs(this: PathInternals, latlngs: unknown[], result: L.Point[][], bounds: L.Bounds): void {
  const map = this._map;
  if (map.options.crs !== crs) {
    leafletProjectLatlngs.call(this, latlngs, result, bounds);
    return;
  }
  if (latlngs[0] instanceof L.LatLng) {
    const scale = crs.scale(map.getZoom());
    const origin = map.getPixelOrigin();
    const ring: L.Point[] = new Array(latlngs.length);
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let i = 0; i < latlngs.length; i++) {
      const m = merc(latlngs[i] as Mercator);
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

/** The mercator box of every point of nested latlngs (null: no points). */
function mercBox(latlngs: unknown[]): [number, number, number, number] | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const walk = (ls: unknown[]) => {
    for (const l of ls) {
      if (l instanceof L.LatLng) {
        const m = merc(l);
        if (m.x < minX) minX = m.x;
        if (m.x > maxX) maxX = m.x;
        if (m.y < minY) minY = m.y;
        if (m.y > maxY) maxY = m.y;
      } else walk(l as unknown[]);
    }
  };
  walk(latlngs);
  return minX <= maxX ? [minX, minY, maxX, maxY] : null;
}

/** At a zoom's end (or a view reset): the pixel bounds from the kept mercator box; the points wait for _update. */
function project(this: PathInternals): void {
  if (this._map.options.crs !== crs) {
    leafletProject.call(this);
    this._projected = true;
    return;
  }
  if (this._mercBox === undefined) this._mercBox = mercBox(this._latlngs);
  this._rings = [];
  this._projected = false;
  const box = this._mercBox;
  if (!box) return;
  const scale = crs.scale(this._map.getZoom());
  const origin = this._map.getPixelOrigin();
  // the transformation is monotonic (its y factor negative): the box's corners give the rounded points' extremes
  const xs = [Math.round(scale * (t._a * box[0] + t._b)) - origin.x, Math.round(scale * (t._a * box[2] + t._b)) - origin.x];
  const ys = [Math.round(scale * (t._c * box[1] + t._d)) - origin.y, Math.round(scale * (t._c * box[3] + t._d)) - origin.y];
  this._rawPxBounds = new L.Bounds(new L.Point(Math.min(...xs), Math.min(...ys)), new L.Point(Math.max(...xs), Math.max(...ys)));
  this._updateBounds();
}

/**
 * After each move: a path out of the renderer's box is drawn empty (as Leaflet's clipping draws it) — once, not again
 * at every move (thousands of paths' `d` rewritten per move otherwise); one in the box is projected now if it has not
 * been since the zoom's end, then clipped and drawn as Leaflet does.
 */
function update(this: PathInternals): void {
  if (!this._map) return;
  const box = this._renderer._bounds;
  if (!(this._pxBounds && box && this._pxBounds.intersects(box))) {
    if (this._empty) return;
    this._parts = [];
    this._updatePath();
    this._empty = true;
    return;
  }
  this._empty = false;
  if (!this._projected) {
    leafletProject.call(this);
    this._projected = true;
  }
  leafletUpdate.call(this);
}

/** Give `layer` (a path, or every path of a group) the cached, in-view projection; returns it. */
export function withFastProjection<T extends L.Layer>(layer: T): T {
  if (layer instanceof L.Polyline) {
    const p = layer as unknown as PathInternals;
    p._projectLatlngs = projectLatlngs;
    p._project = project;
    p._update = update;
  } else if (layer instanceof L.LayerGroup) layer.eachLayer((l) => void withFastProjection(l));
  return layer;
}

/**
 * One feature per part of each multi-part geometry (MultiPolygon, MultiLineString), properties kept: each part becomes
 * its own path, so a zoom projects and a move clips only the parts in view, not a whole country's or border set's.
 */
export function splitParts<T extends GeoJSON.GeoJsonObject>(g: T): T | GeoJSON.FeatureCollection {
  if (g.type !== 'FeatureCollection') return g;
  const fc = g as unknown as GeoJSON.FeatureCollection;
  const features = fc.features.flatMap((f): GeoJSON.Feature[] => {
    const geom = f.geometry;
    if (geom?.type === 'MultiPolygon') return geom.coordinates.map((coordinates) => ({ ...f, geometry: { type: 'Polygon', coordinates } }));
    if (geom?.type === 'MultiLineString') return geom.coordinates.map((coordinates) => ({ ...f, geometry: { type: 'LineString', coordinates } }));
    return [f];
  });
  return { ...fc, features };
}
