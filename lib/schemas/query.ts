/**
 * EventQuery: the one shape of "which events", shared by the URL, the API and the store.
 * In: URLSearchParams (server pages, route handlers) or client state.
 * Out: a validated query; `serializeEventQuery` writes it back so parse(serialize(q)) equals q.
 */
import { z } from 'zod';
import { IsoDate } from './article';
import { EventType } from './event';
import { AcledEventType, AcledSubEventType } from './acled-taxonomy';
import { DECIMAL, whole } from './numbers';

const csv = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(item));

export const Bbox = z
  .string()
  .refine((s) => {
    const parts = s.split(',');
    return parts.length === 4 && parts.every((x) => DECIMAL.test(x.trim()));
  }, 'bbox is four decimal numbers: west,south,east,north')
  .transform((s) => s.split(',').map((x) => Number(x.trim())))
  .pipe(
    z
      .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(-90).max(90)])
      .refine(([, s, , n]) => s <= n, 'bbox south must be <= north (order: west,south,east,north)'),
  );

/** Which role the `actors` filter matches: 'actor' (default) — carried out by; 'any' — involved in any role. */
export const ActorRoleFilter = z.enum(['actor', 'any']);
export type ActorRoleFilter = z.infer<typeof ActorRoleFilter>;

export const EventQuery = z
  .object({
    actors: csv(z.string().regex(/^(?:[a-z]+:)?[a-z0-9-]+$/, 'actor ids are lowercase-hyphenated, open-world ones prefixed by their kind (rebel:zuran)')).optional(),
    /**
     * which role the `actors` filter matches (docs/API.md): 'actor' (default when absent) — the actors that carried
     * the event out (ACLED actor1's side); 'any' — any role (target, ally, mediator, speaker, mentioned too)
     */
    role: ActorRoleFilter.optional(),
    types: csv(EventType).optional(),
    /** ACLED event types, exact codebook strings ("Protests,Riots") */
    eventTypes: csv(AcledEventType).optional(),
    /** ACLED sub-event types, exact codebook strings ("Peaceful protest") */
    subEventTypes: csv(AcledSubEventType).optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    bbox: Bbox.optional(),
    place: z.string().min(1).max(200).optional(),
    /** free text: folded (case, accents, punctuation ignored) substring of quote, title or place name; needs a letter or digit */
    q: z.string().min(1).max(200).refine((s) => /[\p{L}\p{N}]/u.test(s), 'q needs at least one letter or digit').optional(),
    article: z.string().min(1).max(200).optional(),
    includeBackground: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    format: z.enum(['geojson', 'csv']).optional(),
    limit: whole('limit must be a whole number in decimal digits').pipe(z.number().min(1, 'limit must be at least 1').max(100000, 'limit must be at most 100000')).optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must be on or before to', path: ['from'] });
export type EventQuery = z.infer<typeof EventQuery>;

/** URLSearchParams → plain object, dropping empty values (z.coerce would turn "" into 0). */
export function paramsToObject(params: URLSearchParams, keep?: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) {
    if (v === '' || (keep && !keep.includes(k))) continue;
    out[k] = v;
  }
  return out;
}

export { serializeEventQuery } from './query-url';
