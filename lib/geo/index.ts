/**
 * lib/geo: the one great-circle distance every stage uses, and the sphere it is measured on. Pure math.
 * In: latitudes and longitudes in decimal degrees (WGS84). Out: kilometres along the sphere's surface.
 * The gazetteer, the geoparser, the extractor, the evaluation and every event store (memory, SQLite and
 * PostGIS) measure with this one radius, so a "within 30 km" means the same thing wherever it is asked.
 */

/**
 * Mean Earth radius in km: 6371.0087714, the mean radius R1 = (2a + b) / 3 of the WGS84 ellipsoid, which is the
 * sphere PostGIS measures geography on when use_spheroid is false (ST_Distance(a, b, false), ST_DWithin).
 * Using it here makes the memory store, SQLite (which calls distanceKm) and PostGIS agree on every
 * distance filter to the metre.
 */
export const EARTH_RADIUS_KM = 6371.0087714;

/** Radians per degree. */
const RAD = Math.PI / 180;

/**
 * km per degree of latitude on that sphere (≈ 111.195): the great-circle distance between two points is
 * never less than their latitude difference times this, which makes it a safe pre-filter bound.
 */
export const KM_PER_DEGREE_LATITUDE = EARTH_RADIUS_KM * RAD;

/** Great-circle distance in km between (lat1, lon1) and (lat2, lon2), by the haversine formula. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
