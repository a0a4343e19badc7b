/**
 * OverlayPlace: a place an analyst added because the bundled gazetteer lacks it (issue 12, "add a missing place
 * once"). Stored by lib/store (table place_overlay), read into the gazetteer by lib/gazetteer/overlay.ts, so the
 * geoparser resolves the name from then on. AddPlaceRequest is the body of POST /api/places.
 * In: an analyst's form (name, point, kind, source). Out: the stored row with who/when.
 */
import { z } from 'zod';
import { PlaceKind } from './gazetteer';

export const OverlayPlace = z.object({
  /** "ov:<slug>-<n>" */
  id: z.string().regex(/^ov:[a-z0-9-]+$/, 'overlay ids look like ov:<slug>-<n>'),
  name: z.string().trim().min(1).max(200),
  alt: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  kind: PlaceKind,
  /** ISO 3166-1 alpha-2; derived from the point when the analyst gives none (null when nothing is near) */
  country: z.string().length(2).nullable(),
  admin1: z.string().nullable().default(null),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  radiusKm: z.number().nonnegative().max(500),
  /** who added it: the token's label, or "analyst" */
  createdBy: z.string().min(1).max(100),
  /** ISO timestamp */
  createdAt: z.string().min(1),
  /** where the analyst found it: "analyst", a URL, a map's name… */
  source: z.string().min(1).max(500),
  note: z.string().max(2000).nullable().default(null),
});
export type OverlayPlace = z.infer<typeof OverlayPlace>;

/** Default uncertainty radius by kind when the analyst gives none (a village is small, a region is not). */
export const OVERLAY_DEFAULT_RADIUS_KM: Partial<Record<PlaceKind, number>> = {
  village: 2, neighbourhood: 1, facility: 0.5, base: 1, airport: 2, town: 4, city: 10, feature: 2, region: 30, admin2: 25,
};

// a range check, not a size limit: refine keeps it a 400 (lib/api answers a body whose only problems are too_big with 413)
const lat = z.number({ error: 'lat is required, a number in degrees' }).refine((v) => v >= -90 && v <= 90, 'lat must be between -90 and 90');
const lon = z.number({ error: 'lon is required, a number in degrees' }).refine((v) => v >= -180 && v <= 180, 'lon must be between -180 and 180');

/** Body of POST /api/places. */
export const AddPlaceRequest = z.strictObject({
  name: z.string({ error: 'name is required (the place name as written)' }).trim().min(1, 'name must not be empty').max(200),
  lat,
  lon,
  kind: PlaceKind.refine((k) => k !== 'country' && k !== 'continent' && k !== 'sea', 'kind must be a place an analyst can add (village, town, neighbourhood …), not a country, sea or continent'),
  country: z.string().regex(/^[A-Za-z]{2}$/, 'country must be an ISO 3166-1 alpha-2 code such as SY').transform((c) => c.toUpperCase()).optional(),
  alt: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
  radiusKm: z.number().positive('radiusKm must be positive').max(500).optional(),
  source: z.string().trim().min(1).max(500).optional(),
  note: z.string().trim().max(2000).optional(),
  /** the unresolved mention the analyst started from (its article is reprocessed whatever its text says) */
  mention: z.strictObject({ articleId: z.string().min(1).max(200), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).optional(),
});
export type AddPlaceRequest = z.infer<typeof AddPlaceRequest>;

/** One name the geoparser could not place (GET /api/places/missing), with where it was seen. */
export const MissingPlace = z.object({
  name: z.string(),
  count: z.number().int().positive(),
  /** unresolved: no place at all; unlisted: placed at a known parent (inGazetteer false) */
  status: z.enum(['unresolved', 'unlisted']),
  parent: z.object({ id: z.string(), name: z.string(), lat: z.number(), lon: z.number() }).nullable(),
  articles: z.array(z.object({ id: z.string(), title: z.string(), start: z.number().int(), end: z.number().int() })),
});
export type MissingPlace = z.infer<typeof MissingPlace>;
