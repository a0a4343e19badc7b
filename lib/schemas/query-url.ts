/**
 * EventQuery → URL parameters, without zod: safe for client bundles (the map writes URLs with it).
 * In: a parsed EventQuery. Out: URLSearchParams in a stable order; `EventQuery.parse` of the result
 * (after paramsToObject) gives the query back.
 */
import type { EventQuery } from './query';

export function serializeEventQuery(q: EventQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.actors?.length) p.set('actors', q.actors.join(','));
  if (q.role) p.set('role', q.role);
  if (q.types?.length) p.set('types', q.types.join(','));
  if (q.eventTypes?.length) p.set('eventTypes', q.eventTypes.join(','));
  if (q.subEventTypes?.length) p.set('subEventTypes', q.subEventTypes.join(','));
  if (q.from) p.set('from', q.from);
  if (q.to) p.set('to', q.to);
  if (q.bbox) p.set('bbox', q.bbox.join(','));
  if (q.place) p.set('place', q.place);
  if (q.q) p.set('q', q.q);
  if (q.article) p.set('article', q.article);
  if (q.includeBackground !== undefined) p.set('includeBackground', String(q.includeBackground));
  if (q.format) p.set('format', q.format);
  if (q.limit !== undefined) p.set('limit', String(q.limit));
  return p;
}
