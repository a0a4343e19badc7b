/**
 * GazetteerEntry: one place the geoparser can resolve a name to.
 * In: built by scripts/gazetteer-build.ts from pinned data packages + curated CSVs in data/gazetteer.
 * Out: read by lib/gazetteer (index) and referenced by mentions and events through `PlaceRef`.
 */
import { z } from 'zod';

export const PlaceKind = z.enum([
  'city', 'town', 'village', 'neighbourhood', 'base', 'airport', 'facility',
  'region', 'admin1', 'admin2', 'country', 'sea', 'continent', 'feature',
]);
export type PlaceKind = z.infer<typeof PlaceKind>;

export const GazetteerEntry = z.object({
  /** stable id: "gn:<geonameid>" for GeoNames rows, "cu:<slug>" for curated rows, "iso:<A2>" for countries */
  id: z.string().min(1),
  name: z.string().min(1),
  alt: z.array(z.string()).default([]),
  kind: PlaceKind,
  /** ISO 3166-1 alpha-2, or null for seas, continents and cross-border regions */
  country: z.string().length(2).nullable(),
  admin1: z.string().nullable().default(null),
  parentId: z.string().nullable().default(null),
  /** null means unknown (GeoNames 0), never "small" */
  population: z.number().int().nonnegative().nullable().default(null),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** rough extent of the place, used as uncertainty radius */
  radiusKm: z.number().nonnegative(),
  /** [west, south, east, north] when the entry has an extent */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable().default(null),
  source: z.string().min(1),
});
export type GazetteerEntry = z.infer<typeof GazetteerEntry>;

/** What a mention or event carries about its place: enough to draw it without the gazetteer. */
export const PlaceRef = GazetteerEntry.pick({ id: true, name: true, kind: true, country: true, lat: true, lon: true });
export type PlaceRef = z.infer<typeof PlaceRef>;

export const GeocodeResult = GazetteerEntry.pick({
  id: true, name: true, kind: true, country: true, admin1: true, lat: true, lon: true,
}).extend({ score: z.number() });
export type GeocodeResult = z.infer<typeof GeocodeResult>;
