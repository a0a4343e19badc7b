/**
 * Geometry for qualified places: the part of a region a direction names, a border zone, the countryside
 * of a city, a point just outside a place. Pure functions over [west, south, east, north] boxes.
 * In: a gazetteer entry (bbox or centre + radius). Out: { lat, lon, radiusKm }.
 */
import type { GazetteerEntry } from '../schemas';
import type { Direction } from './lexicon';
import { distanceKm } from '../geo';
import { THRESHOLDS } from './data';

export type BBox = [number, number, number, number];
export interface Area {
  lat: number;
  lon: number;
  radiusKm: number;
}

/** km per degree of longitude at the equator (40 075 km / 360): sizes boxes around a point */
const KM_PER_DEG = 111.32;
const G = THRESHOLDS.geometry;

/** The entry's extent, or a square of side 2·radiusKm around its point. */
export function boxOf(e: Pick<GazetteerEntry, 'lat' | 'lon' | 'radiusKm' | 'bbox'>, radiusKm = e.radiusKm): BBox {
  // a box far wider than the place (overseas territories, antimeridian) says nothing about its shape
  if (e.bbox && radiusKm === e.radiusKm && areaOfBox(e.bbox as BBox).radiusKm <= G.boxMaxRadii * Math.max(e.radiusKm, G.boxMinRadiusKm) && e.bbox[0] <= e.bbox[2]) {
    return [...e.bbox] as BBox;
  }
  const dLat = radiusKm / KM_PER_DEG;
  const dLon = radiusKm / (KM_PER_DEG * Math.max(0.1, Math.cos((e.lat * Math.PI) / 180)));
  return [e.lon - dLon, e.lat - dLat, e.lon + dLon, e.lat + dLat];
}

/** km from a point to the nearest edge of an entry's extent (0 inside). */
export function kmToExtent(lat: number, lon: number, area: GazetteerEntry): number {
  const [w, so, e, n] = boxOf(area);
  return distanceKm(lat, lon, Math.min(n, Math.max(so, lat)), Math.min(e, Math.max(w, lon)));
}

/** Centre of a box and the radius (km) of a circle covering it. */
export function areaOfBox(b: BBox): Area {
  const lat = (b[1] + b[3]) / 2;
  const lon = (b[0] + b[2]) / 2;
  return { lat, lon, radiusKm: Math.round(distanceKm(lat, lon, b[3], b[2])) };
}

/** The part of a box a direction names: the northern third, the south-eastern corner ninth, the central ninth. */
export function directionalPart(b: BBox, d: Direction): Area {
  const [w, s, e, n] = b;
  const third = (lo: number, hi: number, k: 0 | 1 | 2) => [lo + ((hi - lo) * k) / 3, lo + ((hi - lo) * (k + 1)) / 3] as const;
  const lat = d.includes('N') ? third(s, n, 2) : d.includes('S') ? third(s, n, 0) : d === 'C' ? third(s, n, 1) : ([s, n] as const);
  const lon = d.includes('E') ? third(w, e, 2) : d.includes('W') ? third(w, e, 0) : d === 'C' ? third(w, e, 1) : ([w, e] as const);
  return areaOfBox([lon[0], lat[0], lon[1], lat[1]]);
}

/** The zone where two countries' boxes meet; the midpoint of their points when the boxes do not touch. */
export function borderZone(a: GazetteerEntry, b: GazetteerEntry, capKm = G.borderCapKm): Area {
  const A = boxOf(a);
  const B = boxOf(b);
  const pad = G.borderPadDeg;
  const w = Math.max(A[0], B[0]) - pad;
  const s = Math.max(A[1], B[1]) - pad;
  const e = Math.min(A[2], B[2]) + pad;
  const n = Math.min(A[3], B[3]) + pad;
  if (w < e && s < n) {
    const area = areaOfBox([w, s, e, n]);
    return { ...area, radiusKm: Math.min(capKm, area.radiusKm) };
  }
  const lat = (a.lat + b.lat) / 2;
  const lon = (a.lon + b.lon) / 2;
  return { lat, lon, radiusKm: Math.min(capKm, Math.round(distanceKm(a.lat, a.lon, b.lat, b.lon) / 2)) };
}

/** A point just outside a place in a direction ("north of X"): one radius plus offsetExtraKm away. */
export function offsetFrom(e: Pick<GazetteerEntry, 'lat' | 'lon' | 'radiusKm'>, d: Direction): Area {
  const km = e.radiusKm + G.offsetExtraKm;
  const dy = d.includes('N') ? 1 : d.includes('S') ? -1 : 0;
  const dx = d.includes('E') ? 1 : d.includes('W') ? -1 : 0;
  const norm = Math.hypot(dx, dy) || 1;
  const lat = e.lat + (dy / norm) * (km / KM_PER_DEG);
  const lon = e.lon + (dx / norm) * (km / (KM_PER_DEG * Math.max(0.1, Math.cos((e.lat * Math.PI) / 180))));
  return { lat, lon, radiusKm: Math.round(km / 2 + G.offsetExtraRadiusKm) };
}
