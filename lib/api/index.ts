/**
 * lib/api: what route handlers in app/api share, so each handler stays "parse, delegate, map errors".
 * In: Requests (headers, query strings, bodies) and the EventStore.
 * Out: Responses — JSON (`handle`, `json`, errors as `{error, issues}`), GeoJSON (geojson.ts),
 * ACLED CSV (events.ts → lib/export). Highlight spans: lib/map/highlight.ts. Writes go through lib/pipeline.
 * Shapes of requests and responses: lib/schemas/api.ts. Auth for writes: auth.ts.
 */
export { HttpError, badInput, errorResponse, errorToResponse, handle, json, notFound } from './http';
export { MAX_BODY_BYTES, mediaType, parseBody, parseJson, readJsonBody, readText, requireContentType } from './body';
export { INGESTION_DISABLED, requireAdmin, tokensEqual } from './auth';
export { parseSearchParams, rejectSearchParams } from './query';
export { eventCollection, eventFeature } from './geojson';
export { adminResolver } from './admin';
export { articleRefs, eventPage, eventsCsv, DEFAULT_EVENT_LIMIT } from './events';
export { ClusterCache, clusterCacheFor, clusterFilters, filterKey, type ClusterCacheOptions } from './clusters';
export { splitPlainText } from './plain-text';
export { actorList } from './actors';
export { cachedActorList, eventsGeojson, type EventsBody } from './cached';
export { groupMissing, missingPlaces, readGazetteer } from './places';
export { searchOptions, variantsIn } from './search';
export { datelineAgency, publisherOf, publishersOf, safeHttpUrl, type PublisherInput } from './publisher';
