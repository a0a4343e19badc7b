/**
 * Queries of the gazetteer routes: /api/geocode (name → places), /api/geocode/reverse (point → places nearby)
 * and /api/places/[id] (one place). In: query-string objects (empty params already dropped). Out: typed queries,
 * or a zod error naming the bad parameter.
 */
import { z } from 'zod';
import { PlaceKind } from './gazetteer';
import { decimal, whole } from './numbers';

const limit = (max: number, dflt: number) =>
  whole('limit must be a whole number').pipe(z.number().min(1, 'limit must be at least 1').max(max, `limit must be at most ${max}`)).default(dflt);

const kinds = z
  .string()
  .transform((s) => s.split(',').map((k) => k.trim()).filter(Boolean))
  .pipe(z.array(PlaceKind))
  .optional();

export const GeocodeQuery = z.strictObject({
  q: z.string({ error: 'q is required (the place name to look up)' }).trim().min(1, 'q must not be blank').max(200),
  limit: limit(50, 10),
  country: z.string().regex(/^[A-Za-z]{2}$/, 'country must be an ISO 3166-1 alpha-2 code such as SY').transform((c) => c.toUpperCase()).optional(),
  kinds,
});
export type GeocodeQuery = z.infer<typeof GeocodeQuery>;

export const ReverseQuery = z.strictObject({
  lat: decimal('lat is required, a number in degrees').pipe(z.number().min(-90, 'lat must be between -90 and 90').max(90, 'lat must be between -90 and 90')),
  lon: decimal('lon is required, a number in degrees').pipe(z.number().min(-180, 'lon must be between -180 and 180').max(180, 'lon must be between -180 and 180')),
  limit: limit(50, 5),
  maxKm: decimal('maxKm must be a number of kilometres').pipe(z.number().positive('maxKm must be positive').max(20_000)).optional(),
  kinds,
});
export type ReverseQuery = z.infer<typeof ReverseQuery>;

export const PlaceId = z.string().min(3).max(100).regex(/^[a-z0-9-]+:[A-Za-z0-9_.-]+$/, 'id looks like gn:170063, cu:<slug>, iso:SY');
