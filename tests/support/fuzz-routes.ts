/**
 * The fuzz spec of every app/api route (issue 14): which zod schemas its query and bodies come from, which
 * ids it takes, which methods need the admin token — turned into fast-check arbitraries of whole requests
 * (method, path, raw query string, headers, body bytes) that the in-process fuzz test (tests/app/api/fuzz.test.ts),
 * the real-server test (tests/browser/fuzz-http.test.ts) and bench/fuzz.bench.ts all send.
 * Out: `ROUTE_SPECS` (keyed by route path, e.g. "/api/places/[id]"), `requestArb(route, method, auth)` and
 * `responseProblems(...)`, the contract every answer must meet: 2xx or 4xx only; every 4xx a JSON
 * `{error: string, issues: array}`; (over HTTP) the security headers on every response.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { AddPlaceRequest, ClustersQuery, EventQuery, ExtractRequest, GeocodeQuery, IngestQuery, IngestRequest, IsoDate, MergeEventsBody, ReverseQuery, SplitEventBody, ActorRoleFilter } from '@/lib/schemas';
import { MAX_BODY_BYTES } from '@/lib/api/body';
import { encodeParam, fuzzValue, nastyString, queryStrings, type ZodArbOptions } from './zod-arbitrary';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Auth = 'token' | 'none';

export interface FuzzRequest {
  method: string;
  /** the request target's path, already encoded (it may hold bad percent-encoding on purpose) */
  path: string;
  /** the raw query string without "?" ('' for none) */
  query: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export interface FuzzIds {
  articles: string[];
  events: string[];
  places: string[];
}

interface RouteSpec {
  /** the methods the route answers (the rest are refused with a JSON 405; tests/app/api/fuzz checks this list) */
  methods: Method[];
  /** the query schema of GET (none: the route takes no parameters, and every parameter is a 400) */
  query?: z.ZodType;
  /** a route with an [id] segment */
  id?: (ids: FuzzIds) => fc.Arbitrary<string>;
  /** body arbitraries per method that takes a body */
  body?: Partial<Record<Method, fc.Arbitrary<{ contentType?: string; data: string | Uint8Array; query?: string }>>>;
  /** body arbitraries that need the stored ids (they win over `body` for their method) */
  bodyFor?: (ids: FuzzIds) => Partial<Record<Method, fc.Arbitrary<{ contentType?: string; data: string | Uint8Array; query?: string }>>>;
  /** methods that need `Authorization: Bearer $ATLAS_ADMIN_TOKEN` */
  admin?: Method[];
  /** a route that only ever refuses (the /api catch-all's JSON 404): every answer must be a 4xx */
  neverServes?: boolean;
}

/** Sentences of my own naming real places, so extraction and ingestion get past the schema now and then. */
const sentence = fc
  .tuple(
    fc.constantFrom('Government forces', 'Rebel fighters', 'Protesters', 'Police', 'Unidentified gunmen', 'Drones'),
    fc.constantFrom('shelled', 'attacked', 'marched through', 'struck', 'captured', 'stormed'),
    fc.constantFrom('Aleppo', 'Kharkiv', 'Khartoum', 'Mosul', 'Idlib', 'Odesa', 'Sanaa', 'Zarqolia village'),
    fc.constantFrom(' on Monday', ' on 3 March', '', ' overnight'),
    fc.constantFrom(', killing three civilians', ', officials said', '', ', wounding 12'),
  )
  .map(([a, v, p, d, t]) => `${a} ${v} ${p}${d}${t}.`);
const text = fc.oneof(
  { weight: 3, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 200 }) },
);
const isoDate = fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** latitudes and longitudes in range (the body schemas check them with refinements, which the walker cannot read) */
const degrees = (max: number) => fc.oneof(fc.integer({ min: -max, max }), fc.double({ min: -max, max, noNaN: true }));
export const OPTS: ZodArbOptions = { overrides: new Map([[IsoDate, isoDate]]), paths: { text, lat: degrees(90), lon: degrees(180) } };

/** Request bodies for a JSON schema: mostly JSON of schema-shaped values, plus every way to get a body wrong. */
function jsonBodies(schema: z.ZodType, extra: fc.Arbitrary<{ contentType?: string; data: string | Uint8Array; query?: string }>[] = []) {
  const json = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'Application/JSON', 'application/json;charset=UTF-8');
  const value = fuzzValue(schema, OPTS);
  const body = (contentType: string | undefined, data: string | Uint8Array) => ({ contentType, data });
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(json, value).map(([ct, v]) => body(ct, JSON.stringify(v) ?? '')) },
    // truncated JSON
    { weight: 1, arbitrary: fc.tuple(value, fc.nat()).map(([v, n]) => { const s = JSON.stringify(v) ?? ''; return body('application/json', s.slice(0, n % (s.length + 1))); }) },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.constantFrom('', ' ', 'null', '[]', '{}', '"text"', '0', 'true', '{"text":', '\u0000', '{"text":"a\u0000b"}', '\uFEFF{}', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}', '{"text":"\\ud800"}', '{"text":"a","text":"b"}').map((s) => body('application/json', s)),
        // deep nesting
        fc.integer({ min: 100, max: 200_000 }).map((n) => body('application/json', '['.repeat(n) + ']'.repeat(n))),
        fc.integer({ min: 100, max: 50_000 }).map((n) => body('application/json', '{"a":'.repeat(n) + '1' + '}'.repeat(n))),
        // 1 MB bodies: just under and just over the limit
        fc.constantFrom(MAX_BODY_BYTES - 20, MAX_BODY_BYTES + 1, 2 * MAX_BODY_BYTES).map((n) => body('application/json', `{"text":"${'a'.repeat(n)}"}`)),
        // invalid UTF-8, NUL bytes
        fc.uint8Array({ minLength: 0, maxLength: 64 }).map((b) => body('application/json', b)),
        fc.constant(body('application/json', new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]))),
      ),
    },
    // wrong or missing content type
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(undefined, 'text/html', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp', '*/*', 'json', ';', 'application/json\u00a0'), value).map(([ct, v]) => body(ct, JSON.stringify(v) ?? '')),
    },
    ...extra,
  );
}

/** text/plain ingestion: first line the title, then the text; query parameters from IngestQuery. */
const plainArticles = fc.tuple(fc.oneof(fc.string({ maxLength: 60 }), sentence), text, queryStrings(IngestQuery, OPTS), fc.constantFrom('text/plain', 'text/plain; charset=utf-8', 'TEXT/PLAIN')).map(([title, t, query, ct]) => ({ contentType: ct, data: `${title}\n${t}`, query }));

const ids = (pick: (ids: FuzzIds) => string[]) => (known: FuzzIds) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...pick(known)) },
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: nastyString.filter((s) => s.length < 5_000) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...pick(known)), nastyString.filter((s) => s.length < 100)).map(([a, b]) => a + b) },
  );

/** `{[field]: [stored event ids…]}` — merge and split bodies that name real events, so some get past the checks. */
const storedIdsBody = (field: 'events' | 'reports', known: FuzzIds, min: number) =>
  fc
    .tuple(fc.uniqueArray(fc.constantFrom(...known.events), { minLength: min, maxLength: Math.max(min, Math.min(4, known.events.length)) }), fc.option(fc.string({ maxLength: 40 }), { nil: undefined }))
    .map(([events, note]) => ({ contentType: 'application/json', data: JSON.stringify({ [field]: events, ...(note === undefined ? {} : { note }) }) }));

export const ROUTE_SPECS: Record<string, RouteSpec> = {
  '/api/[...path]': { methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], neverServes: true },
  '/api/actors': { methods: ['GET'], query: z.object({ role: ActorRoleFilter.optional() }).strict() },
  '/api/articles': { methods: ['GET', 'POST'], body: { POST: jsonBodies(IngestRequest, [plainArticles]) }, admin: ['POST'] },
  '/api/articles/[id]': { methods: ['GET'], id: ids((k) => k.articles) },
  '/api/articles/[id]/reprocess': { methods: ['POST'], id: ids((k) => k.articles), admin: ['POST'] },
  '/api/clusters': { methods: ['GET'], query: ClustersQuery },
  '/api/auth/check': { methods: ['GET'], admin: ['GET'] },
  '/api/events': { methods: ['GET'], query: EventQuery },
  '/api/events/[id]': { methods: ['GET'], id: ids((k) => k.events) },
  '/api/events/[id]/split': { methods: ['POST'], id: ids((k) => k.events), bodyFor: (k) => ({ POST: fc.oneof(jsonBodies(SplitEventBody), storedIdsBody('reports', k, 1)) }), admin: ['POST'] },
  '/api/events/merge': { methods: ['POST'], bodyFor: (k) => ({ POST: fc.oneof(jsonBodies(MergeEventsBody), storedIdsBody('events', k, 2)) }), admin: ['POST'] },
  '/api/extract': { methods: ['POST'], body: { POST: jsonBodies(ExtractRequest) } },
  '/api/geocode': { methods: ['GET'], query: GeocodeQuery },
  '/api/geocode/reverse': { methods: ['GET'], query: ReverseQuery },
  '/api/places': { methods: ['GET', 'POST'], body: { POST: jsonBodies(AddPlaceRequest) }, admin: ['POST'] },
  '/api/places/[id]': { methods: ['GET'], id: ids((k) => k.places) },
  '/api/places/missing': { methods: ['GET'] },
};

/** A query for a route that takes none: mostly none, sometimes some. */
const noQuery = fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: queryStrings(z.object({ q: z.string(), limit: z.number() })) });

let clientCounter = 0;
/** A distinct client key per request, so a rate limit on one client never stands in for the answer under test. */
const clientKey = () => `fuzz-${process.pid}-${clientCounter++}`;

/** Authorization headers that are not the admin token. */
const badAuth = fc.constantFrom(undefined, 'Bearer wrong-token', 'Basic YWRtaW46YWRtaW4=', 'Bearer', 'Bearer ', 'bearer', 'Token abc', 'Bearer a b', `Bearer ${'x'.repeat(4000)}`, 'Bearer %00', 'Bearer \u00ff');

/**
 * Requests for one route and method. `auth`: 'token' sends the admin token (the routes' happy path), 'none'
 * sends no or a wrong one. `token` is the server's token.
 */
export function requestArb(route: string, method: string, auth: Auth, token: string, known: FuzzIds): fc.Arbitrary<FuzzRequest> {
  const spec = ROUTE_SPECS[route];
  if (!spec) throw new Error(`no fuzz spec for ${route}: add one to tests/support/fuzz-routes.ts ROUTE_SPECS`);
  const idArb = spec.id ? spec.id(known) : fc.constant('');
  const authArb = auth === 'token' ? fc.constantFrom(`Bearer ${token}`, `bearer ${token}`, `Bearer\t${token} `) : badAuth;
  const bodyArb = spec.bodyFor?.(known)[method as Method] ?? spec.body?.[method as Method] ?? fc.option(fc.record({ contentType: fc.constantFrom(undefined, 'application/json', 'text/plain'), data: fc.oneof(fc.string({ maxLength: 50 }), fc.constant('{}')) }), { nil: undefined, freq: 2 });
  const queryArb = method === 'GET' && spec.query ? queryStrings(spec.query, OPTS) : noQuery;
  return fc.tuple(idArb, queryArb, authArb, bodyArb).map(([id, query, authorization, body]) => {
    // ids holding a bare '%' keep it (bad percent-encoding in the path), the rest of the id is encoded
    const segment = /%(?![0-9A-Fa-f]{2})/.test(id) ? id.split('%').map(encodeParam).join('%') : encodeParam(id);
    const path = route.replace('[id]', segment || 'x');
    const headers: Record<string, string> = { 'x-atlas-client': clientKey() };
    if (authorization !== undefined) headers.authorization = authorization;
    if (body?.contentType !== undefined) headers['content-type'] = body.contentType;
    const canHaveBody = method !== 'GET' && method !== 'HEAD';
    const bodyQuery = body && 'query' in body && typeof body.query === 'string' ? body.query : undefined;
    return { method, path, query: bodyQuery ?? query, headers, body: canHaveBody ? body?.data : undefined };
  });
}

/**
 * Requests for a method the route refuses (405): the method itself, lower-cased, or one nobody answers, with a
 * short query, headers and body — the refusal reads none of them, so the heavy bodies are left to the HTTP bench.
 */
export function refusalArb(route: string, method: string): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      method: fc.constantFrom(method, method.toLowerCase(), 'FOO', 'PROPFIND', 'M-SEARCH'),
      id: fc.string({ maxLength: 12 }),
      query: fc.oneof(fc.constant(''), fc.string({ unit: fc.constantFrom('a', '=', '&', '%', '0', '\u0000', 'é'), maxLength: 20 })),
      contentType: fc.constantFrom(undefined, 'application/json', 'text/plain'),
      body: fc.option(fc.oneof(fc.constant('{}'), fc.string({ maxLength: 20 })), { nil: undefined }),
    })
    .map(({ method: m, id, query, contentType, body }) => ({
      method: m,
      path: route.replace('[id]', encodeParam(id) || 'x'),
      query,
      headers: { 'x-atlas-client': clientKey(), ...(contentType ? { 'content-type': contentType } : {}) },
      body: m === 'GET' || m === 'get' ? undefined : body,
    }));
}

/** The security headers every response carries (next.config.js). */
export const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options'] as const;

/**
 * What is wrong with one answer (empty: nothing). `headers` lower-cased; `security`: also require the
 * security headers (over HTTP; a handler called in-process has none — next.config.js adds them).
 */
export function responseProblems(status: number, headers: Record<string, string | undefined>, body: string, opts: { security: boolean }): string[] {
  const problems: string[] = [];
  if (!((status >= 200 && status < 300) || (status >= 400 && status < 500))) problems.push(`status ${status}`);
  if (opts.security) for (const h of SECURITY_HEADERS) if (!headers[h]) problems.push(`no ${h} header`);
  if (status >= 400) {
    const type = headers['content-type'] ?? '';
    if (!/^application\/json/i.test(type)) problems.push(`error with content-type "${type}"`);
    try {
      const parsed = JSON.parse(body) as { error?: unknown; issues?: unknown };
      if (typeof parsed.error !== 'string' || !parsed.error) problems.push('error body without an "error" string');
      if (!Array.isArray(parsed.issues)) problems.push('error body without an "issues" array');
    } catch {
      problems.push(`error body is not JSON: ${JSON.stringify(body.slice(0, 120))}`);
    }
  } else if (status !== 204 && /json/i.test(headers['content-type'] ?? '')) {
    try {
      JSON.parse(body);
    } catch {
      problems.push('2xx JSON body does not parse');
    }
  }
  return problems;
}

/** The path and query of a request, for messages. */
export const describeRequest = (r: FuzzRequest) =>
  `${r.method} ${r.path}${r.query ? '?' + r.query : ''}`.slice(0, 300) + (r.body !== undefined ? ` body(${r.headers['content-type'] ?? 'no type'}, ${typeof r.body === 'string' ? r.body.length : r.body.byteLength}): ${JSON.stringify(typeof r.body === 'string' ? r.body.slice(0, 200) : '[bytes]')}` : '');
