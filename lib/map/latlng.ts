/**
 * The last inch of the coordinate pipeline: GeoJSON order [lng, lat] → Leaflet order [lat, lng].
 * In: a GeoJSON position or a {lat, lon} place. Out: a new [lat, lng] tuple (inputs never mutated).
 * Everything upstream of the final Leaflet call stays in GeoJSON order.
 */

/** A GeoJSON position: longitude first. */
export type LngLat = readonly [number, number] | readonly number[];
/** A Leaflet position: latitude first. */
export type LatLngTuple = [number, number];

export function toLatLng(position: LngLat): LatLngTuple {
  const lng = position[0];
  const lat = position[1];
  if (typeof lng !== 'number' || typeof lat !== 'number' || !Number.isFinite(lng) || !Number.isFinite(lat)) {
    throw new Error(`toLatLng: expected a GeoJSON [lng, lat] position, got ${JSON.stringify(position)}`);
  }
  if (lat < -90 || lat > 90) {
    throw new Error(`toLatLng: latitude ${lat} out of range; is the position in [lng, lat] order?`);
  }
  return [lat, lng];
}

/** Place-like objects ({lat, lon}) → GeoJSON [lng, lat]. */
export function placeToLngLat(p: { lat: number; lon: number }): [number, number] {
  return [p.lon, p.lat];
}

/** Bounds of positions as Leaflet [[south, west], [north, east]], or null for none. */
export function latLngBounds(positions: readonly LngLat[]): [LatLngTuple, LatLngTuple] | null {
  if (positions.length === 0) return null;
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const p of positions) {
    const [lat, lng] = toLatLng(p);
    if (lng < w) w = lng;
    if (lng > e) e = lng;
    if (lat < s) s = lat;
    if (lat > n) n = lat;
  }
  return [[s, w], [n, e]];
}
