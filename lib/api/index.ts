/**
 * lib/api: what route handlers in app/api share, so each handler stays "parse, delegate, map errors".
 * In: Requests (headers, query strings, bodies) and the EventStore.
 * Out: Responses — JSON (`handle`, `json`, errors as `{error, issues}`), GeoJSON (geojson.ts),
 * ACLED CSV (events.ts → lib/export), ingestion results (ingest.ts). Highlight spans: lib/map/highlight.ts.
 * Shapes of requests and responses: schemas.ts. Auth for writes: auth.ts.
 */
export { HttpError, badInput, errorResponse, errorToResponse, handle, json, notFound } from './http';
export { MAX_BODY_BYTES, mediaType, parseBody, parseJson, readJsonBody, readText, requireContentType } from './body';
export { INGESTION_DISABLED, requireAdmin, tokensEqual } from './auth';
export { parseSearchParams, rejectSearchParams } from './query';
export { eventCollection, eventFeature, eventPoint, placeMention, type ArticleFacts } from './geojson';
export { adminResolver } from './admin';
export { articleFacts, eventsCsv } from './events';
export { ingestArticle, reprocessArticle, type IngestResult } from './ingest';
export { splitPlainText } from './plain-text';
export * from './schemas';
