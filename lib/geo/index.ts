/**
 * lib/geo: the one great-circle distance every stage uses, and the sphere it is measured on (pure math); and the
 * display name of a place (place-name.ts: "Ţarţūs" → "Tartus"), which the store, the map and the export share.
 * In: latitudes and longitudes in decimal degrees (WGS84). Out: kilometres along the sphere's surface.
 * The gazetteer, the geoparser, the extractor, the evaluation and every event store (memory, SQLite and
 * PostGIS) measure with this one radius, so a "within 30 km" means the same thing wherever it is asked.
 */

import { EARTH_RADIUS_KM as RADIUS, RAD as RAD_PER_DEGREE } from './sphere';

export { EARTH_RADIUS_KM, KM_PER_DEGREE_LATITUDE } from './sphere';
export { CellGrid } from './grid';

/** local copies: the hot distance below reads module constants, not re-exported bindings */
const EARTH_R = RADIUS;
const RAD = RAD_PER_DEGREE;

/** Great-circle distance in km between (lat1, lon1) and (lat2, lon2), by the haversine formula. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_R * Math.asin(Math.min(1, Math.sqrt(a)));
}
export { asciiName, displayPlaceName, normaliseArticles, originalPlaceName, type NamedPlace } from './place-name';

/** Bounding box [west, south, east, north] of a circle, for an index pre-filter before the exact distance test. */
export function circleBbox(lat: number, lon: number, km: number): [number, number, number, number] {
  const dLat = (km / RADIUS) * (180 / Math.PI) * 1.001 + 1e-9;
  const south = Math.max(-90, lat - dLat);
  const north = Math.min(90, lat + dLat);
  const cos = Math.cos((Math.max(Math.abs(south), Math.abs(north)) * Math.PI) / 180);
  if (cos < 1e-6 || dLat / cos >= 180) return [-180, south, 180, north];
  const dLon = dLat / cos;
  let west = lon - dLon;
  let east = lon + dLon;
  if (west < -180) west += 360;
  if (east > 180) east -= 360;
  return [west, south, east, north];
}
