/**
 * What the HTTP edge (scripts/serve.ts) decides before a request reaches Next.
 * In: the raw request target, the socket's address and X-Forwarded-For, a Node parser error code.
 * Out: `requestTargetProblem` — null, or the 400 body `{error, issues}` naming a malformed percent-encoding in the
 * path (Next would answer those with a text/plain 500); `clientAddress` — the value of the `x-atlas-client` request
 * header (the socket's address; with a trusted proxy, the right-most X-Forwarded-For entry, the one that proxy
 * appended); `methodProblem` — null, or the 405 body for a method no route answers (TRACE, PROPFIND…);
 * `rawErrorResponse` — a complete HTTP/1.1 response for a request Node could not parse (oversized
 * request line or headers → 431, anything else → 400), JSON body included, for the server's 'clientError' event.
 * Pure TS, no dependencies.
 */
import type { ApiError } from '../schemas/errors';

/** the request header the edge sets to the client's address (overwriting any the client sent) */
export const CLIENT_HEADER = 'x-atlas-client';

const HEX2 = /^[0-9A-Fa-f]{2}$/;

/** Null when every `%` in the path starts a valid escape and the escapes decode as UTF-8; else the 400 body. */
export function requestTargetProblem(target: string): ApiError | null {
  const q = target.indexOf('?');
  const path = q === -1 ? target : target.slice(0, q);
  if (!path.includes('%')) return null;
  for (let i = path.indexOf('%'); i !== -1; i = path.indexOf('%', i + 1)) {
    const escape = path.slice(i, i + 3);
    if (!HEX2.test(escape.slice(1))) {
      return problem(`"${escape}" at character ${i + 1} is not %XX with two hex digits (write a literal % as %25)`);
    }
  }
  // every escape is well-formed: the bytes must still be UTF-8
  const runs = path.match(/(?:%[0-9A-Fa-f]{2})+/g) ?? [];
  for (const run of runs) {
    try {
      decodeURIComponent(run);
    } catch {
      return problem(`the bytes ${run} are not valid UTF-8 (percent-encode each character's UTF-8 bytes)`);
    }
  }
  return null;
}

function problem(message: string): ApiError {
  return { error: `malformed percent-encoding in the URL path: ${message}`, issues: [{ path: 'path', message }] };
}

/** the methods the app answers (routes refuse the ones they do not implement with their own JSON 405) */
export const SERVED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/**
 * Null for a method the app serves; else the 405 body for methods no route ever answers (TRACE, PROPFIND, MKCOL…:
 * Next answers those with an empty 400 or a text/plain 500). Methods are case-sensitive (RFC 9110 §9.1).
 */
export function methodProblem(method: string | undefined): ApiError | null {
  if (method && (SERVED_METHODS as readonly string[]).includes(method)) return null;
  const shown = (method ?? '').slice(0, 40);
  return { error: `method ${shown} not allowed: this server answers ${SERVED_METHODS.join(', ')}`, issues: [{ path: 'method', message: `${shown} is not served` }] };
}

const IP_CHARS = /^[0-9A-Fa-f:.]{2,45}$/;

/**
 * The client's address: the socket's, or — when the server sits behind a proxy it trusts (ATLAS_TRUST_PROXY=1) —
 * the right-most X-Forwarded-For entry (earlier entries are whatever the client claimed). IPv4-mapped IPv6
 * (`::ffff:1.2.3.4`) is written as IPv4; an unusable header falls back to the socket's address.
 */
export function clientAddress(remote: string | undefined, forwardedFor: string | string[] | undefined, trustProxy: boolean): string {
  let addr = remote ?? '';
  if (trustProxy && forwardedFor !== undefined) {
    const list = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',');
    const last = list[list.length - 1]?.trim() ?? '';
    if (IP_CHARS.test(last)) addr = last;
  }
  if (addr.startsWith('::ffff:') && addr.includes('.')) addr = addr.slice(7);
  return addr || 'unknown';
}

const REASONS: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/** Status and body for a parser error code from Node's HTTP server (err.code in 'clientError'). */
export function clientErrorBody(code: string | undefined): { status: number; body: ApiError } {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return {
      status: 431,
      body: { error: 'request line or headers too large: keep the URL and headers under 16 KB (send long input in a POST body)', issues: [] },
    };
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT' || code === 'HPE_REQUEST_TIMEOUT') {
    return { status: 408, body: { error: 'request timeout: the request was not received in time', issues: [] } };
  }
  const detail = code ? ` (${code})` : '';
  return { status: 400, body: { error: `bad request: the HTTP request could not be parsed${detail}`, issues: [] } };
}

/** A complete raw HTTP/1.1 response (connection closed after it) for a request Node could not parse. */
export function rawErrorResponse(code: string | undefined, headers: Record<string, string>): string {
  const { status, body } = clientErrorBody(code);
  const text = JSON.stringify(body);
  const lines = [
    `HTTP/1.1 ${status} ${REASONS[status]}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${new TextEncoder().encode(text).length}`,
    'Cache-Control: no-store',
    'Connection: close',
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  return `${lines.join('\r\n')}\r\n\r\n${text}`;
}
