/**
 * Fuzzing a running server (issue 14): the requests of tests/support/fuzz-routes.ts written on a raw socket
 * (tests/support/raw-http.ts), hand-made requests only a raw socket sends (bad percent-encoding in the path,
 * 20 KB URLs and headers, NUL bytes and spaces in the request line, unknown methods), and the check of each
 * answer: 2xx/4xx only, JSON `{error, issues}` errors, the security headers on every response.
 * In: a base URL. Out: `toRaw`, `edgeClass` (which requests only a server in front of Next can answer well:
 * today's `next start` answers them with Node's or Next's empty/text errors), `RAW_CASES`, `checkOverHttp`.
 * Used by tests/browser/fuzz-http.test.ts and bench/fuzz.bench.ts.
 */
import { rawRequest, type RawRequest, type RawResponse } from './raw-http';
import { responseProblems, type FuzzRequest } from './fuzz-routes';

/** Node's default limit on the request line plus headers (--max-http-header-size). */
export const MAX_HEAD_BYTES = 16 * 1024;

/** A request as written on the wire: characters outside printable ASCII percent-encoded, a bare '%' left alone. */
export function toRaw(r: FuzzRequest): RawRequest {
  const target = (r.path + (r.query ? '?' + r.query : '')).replace(/[^\x21-\x7e]|#/gu, (ch) => {
    try {
      return encodeURIComponent(ch);
    } catch {
      return '%EF%BF%BD';
    }
  });
  return { method: r.method, target, headers: r.headers, body: r.body };
}

export type EdgeClass = 'bad-percent' | 'oversized' | 'unparseable';

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Requests today's `next start` answers outside the contract, which the custom server (scripts/serve.ts, issue 14
 * "edge" part) answers with JSON: a malformed %-escape in the path (Next: text/plain 500), a request line plus
 * headers over 16 KB (Node: empty 431), a request Node cannot parse — NUL or space in the target, a method
 * llhttp does not know (Node: empty 400). null for every other request.
 */
export function edgeClass(r: RawRequest): EdgeClass | null {
  const head = r.method.length + r.target.length + Object.entries(r.headers ?? {}).reduce((n, [k, v]) => n + k.length + v.length + 4, 0) + 100;
  if (head > MAX_HEAD_BYTES - 1024) return 'oversized';
  if (!TOKEN.test(r.method) || /[\x00-\x20\x7f]/.test(r.target) || !KNOWN_METHODS.has(r.method)) return 'unparseable';
  const path = r.target.split('?')[0]!;
  if (/%(?![0-9A-Fa-f]{2})/.test(path)) return 'bad-percent';
  try {
    decodeURIComponent(path);
  } catch {
    return 'bad-percent';
  }
  return null;
}

/** Methods Node's parser (llhttp) accepts; any other is a parse error before Next sees the request. */
const KNOWN_METHODS = new Set(['DELETE', 'GET', 'HEAD', 'POST', 'PUT', 'CONNECT', 'OPTIONS', 'TRACE', 'COPY', 'LOCK', 'MKCOL', 'MOVE', 'PROPFIND', 'PROPPATCH', 'SEARCH', 'UNLOCK', 'BIND', 'REBIND', 'UNBIND', 'ACL', 'REPORT', 'MKACTIVITY', 'CHECKOUT', 'MERGE', 'M-SEARCH', 'NOTIFY', 'SUBSCRIBE', 'UNSUBSCRIBE', 'PATCH', 'PURGE', 'MKCALENDAR', 'LINK', 'UNLINK', 'SOURCE', 'QUERY']);

/** The methods Next's route handlers know; any other method llhttp parses gets Next's empty 400 (FOREIGN_METHOD_CASES). */
const NEXT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH']);
export const foreignMethod = (method: string) => KNOWN_METHODS.has(method) && !NEXT_METHODS.has(method);

export interface RawCase {
  name: string;
  /** null: today's server must already answer it well */
  edge: EdgeClass | null;
  req: RawRequest;
}

const big = 'a'.repeat(20 * 1024);

/** Requests only a raw socket sends, against the routes `ids` name (an event id, an article id, a place id). */
export function rawCases(ids: { event: string; article: string; place: string }): RawCase[] {
  const get = (target: string, headers: Record<string, string> = {}): RawRequest => ({ method: 'GET', target, headers });
  const cases: RawCase[] = [
    // NUL bytes, percent-encoded: the routes see them and must answer (search, ids, geocoding)
    { name: 'NUL in q', edge: null, req: get('/api/events?q=Ale%00ppo') },
    { name: 'NUL in an event id', edge: null, req: get(`/api/events/${ids.event}%00`) },
    { name: 'NUL in a place id', edge: null, req: get('/api/places/gn%3A1%00') },
    { name: 'NUL in geocode q', edge: null, req: get('/api/geocode?q=%00') },
    { name: 'bad %-escape in a query value', edge: null, req: get('/api/events?q=%zz') },
    { name: 'truncated %-escape in a query value', edge: null, req: get('/api/geocode?q=Ale%E0%A4') },
    { name: 'duplicated parameters', edge: null, req: get('/api/events?limit=5&limit=6&q=a&q=b') },
    { name: 'unknown parameter', edge: null, req: get('/api/actors?x=1') },
    { name: 'hex limit', edge: null, req: get('/api/events?limit=0x10') },
    { name: 'empty bbox parts', edge: null, req: get('/api/events?bbox=,,,') },
    { name: 'a method the route does not answer', edge: null, req: { method: 'DELETE', target: '/api/events' } },
    { name: 'PATCH on a write route', edge: null, req: { method: 'PATCH', target: '/api/articles', headers: { 'content-type': 'application/json' }, body: '{}' } },
    { name: 'HEAD', edge: null, req: { method: 'HEAD', target: '/api/events' } },
    { name: 'OPTIONS', edge: null, req: { method: 'OPTIONS', target: '/api/articles' } },
    { name: 'POST without a body', edge: null, req: { method: 'POST', target: '/api/extract', headers: { 'content-type': 'application/json' } } },
    { name: 'POST 2 MB', edge: null, req: { method: 'POST', target: '/api/extract', headers: { 'content-type': 'application/json' }, body: `{"text":"${'a'.repeat(2_000_000)}"}` } },
    { name: 'POST with NUL bytes in JSON', edge: null, req: { method: 'POST', target: '/api/extract', headers: { 'content-type': 'application/json' }, body: '{"text":"Aleppo\\u0000 shelled\u0000"}' } },
    { name: 'POST invalid UTF-8', edge: null, req: { method: 'POST', target: '/api/extract', headers: { 'content-type': 'application/json' }, body: new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]) } },
    { name: 'POST deeply nested JSON', edge: null, req: { method: 'POST', target: '/api/extract', headers: { 'content-type': 'application/json' }, body: '['.repeat(100_000) + ']'.repeat(100_000) } },
    { name: 'reprocess without a token', edge: null, req: { method: 'POST', target: `/api/articles/${ids.article}/reprocess` } },
    // bad percent-encoding in the path: Next's param decoding throws → text/plain 500 (fixed by the custom server)
    { name: 'bare % as an event id', edge: 'bad-percent', req: get('/api/events/%') },
    { name: '%zz in an article id', edge: 'bad-percent', req: get('/api/articles/%zz') },
    { name: 'truncated UTF-8 escape in a place id', edge: 'bad-percent', req: get('/api/places/%E0%A4') },
    { name: 'lone-surrogate bytes in a place id', edge: 'bad-percent', req: get('/api/places/%ED%A0%80') },
    { name: 'bare % in reprocess', edge: 'bad-percent', req: { method: 'POST', target: '/api/articles/%/reprocess' } },
    // over Node's 16 KB header limit: empty 431 (the custom server answers JSON)
    { name: '20 KB URL', edge: 'oversized', req: get(`/api/events?q=${big}`) },
    { name: '20 KB URL on an id route', edge: 'oversized', req: get(`/api/places/${big}`) },
    { name: '20 KB header', edge: 'oversized', req: get('/api/actors', { 'x-filler': big }) },
    // requests Node cannot parse: empty 400 (the custom server answers JSON)
    { name: 'NUL byte in the path', edge: 'unparseable', req: get('/api/ev\u0000ents') },
    { name: 'space in the path', edge: 'unparseable', req: get('/api/events/a b') },
    { name: 'unknown method FOO', edge: 'unparseable', req: { method: 'FOO', target: '/api/events' } },
    { name: 'lower-case method', edge: 'unparseable', req: { method: 'get', target: '/api/events' } },
  ];
  void ids.place;
  return cases;
}

/**
 * Methods Node parses but Next's route handlers do not know (WebDAV and friends): Next answers them with an empty
 * 400 before any route code runs. A finding for the server in front of Next; the bench reports it.
 */
export const FOREIGN_METHOD_CASES: RawCase[] = ['PROPFIND', 'MKCOL', 'LOCK', 'TRACE', 'M-SEARCH', 'PURGE'].map((method) => ({ name: `${method} (a method Next does not know)`, edge: null, req: { method, target: '/api/events' } }));

/** An /api path no route serves (Next answers with its HTML not-found page). The bench reports it. */
export const UNKNOWN_API_PATH: RawCase = { name: 'unknown /api path', edge: null, req: { method: 'GET', target: '/api/no-such-route' } };

/** Sends one request and lists what is wrong with the answer (a connection closed without one is a problem). */
export async function checkOverHttp(baseUrl: string, req: RawRequest): Promise<{ res: RawResponse | null; problems: string[] }> {
  let res: RawResponse;
  try {
    res = await rawRequest(baseUrl, req);
  } catch (err) {
    return { res: null, problems: [`no answer: ${(err as Error).message}`] };
  }
  if (res.status === 0) return { res, problems: ['connection closed without an answer'] };
  // HEAD answers carry no body: judge the status and headers only
  const body = req.method === 'HEAD' ? '{"error":"-","issues":[]}' : res.body;
  return { res, problems: responseProblems(res.status, res.headers, body, { security: true }) };
}
