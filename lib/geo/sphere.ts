/**
 * lib/geo/sphere: the sphere every distance is measured on (radius and km per degree of latitude).
 * In: nothing. Out: constants shared by distanceKm (index.ts) and the point grid (grid.ts).
 */

/**
 * Mean Earth radius in km: 6371.0087714, the mean radius R1 = (2a + b) / 3 of the WGS84 ellipsoid, which is the
 * sphere PostGIS measures geography on when use_spheroid is false (ST_Distance(a, b, false), ST_DWithin).
 * Using it here makes the memory store, SQLite (which calls distanceKm) and PostGIS agree on every
 * distance filter to the metre.
 */
export const EARTH_RADIUS_KM = 6371.0087714;

/** Radians per degree. */
export const RAD = Math.PI / 180;

/**
 * km per degree of latitude on that sphere (≈ 111.195): the great-circle distance between two points is
 * never less than their latitude difference times this, which makes it a safe pre-filter bound.
 */
export const KM_PER_DEGREE_LATITUDE = EARTH_RADIUS_KM * RAD;
