/**
 * HTTP plumbing shared by every route handler: JSON responses, the error type routes throw,
 * and `handle()` which maps any thrown error to a JSON response.
 * In: a handler body that returns a Response or throws.
 * Out: a Response, always JSON on error: HttpError → its status `{error, issues}`; ZodError, InputError and
 * StoreInputError → 400 `{error, issues}` (lib/schemas/errors.ts); StoreNotFoundError → 404;
 * StoreConflictError → 409 `{error, issues}`; anything else → 500 `{error}` logged to stderr.
 * Never an HTML page, never an unhandled rejection.
 */
import { z } from 'zod';
import { InputError, ServiceError, zodToApiError, type ApiError } from '../schemas';
import { StoreConflictError, StoreInputError, StoreNotFoundError } from '../store';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: ApiError['issues'] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { ...JSON_HEADERS, ...init.headers },
  });
}

export function errorResponse(status: number, error: string, issues: ApiError['issues'] = [], headers: Record<string, string> = {}): Response {
  return json({ error, issues }, { status, headers });
}

/** A zod failure as an HttpError (400 unless told otherwise), naming the bad field. */
export function badInput(err: z.ZodError, what: string, status = 400): HttpError {
  const body = zodToApiError(err, what);
  return new HttpError(status, body.error, body.issues);
}

export function notFound(what: string, id: string): HttpError {
  return new HttpError(404, `${what} not found: ${id}`);
}

/** Maps a thrown error to a JSON Response. Exported for tests. */
export function errorToResponse(err: unknown, route: string): Response {
  if (err instanceof HttpError) return errorResponse(err.status, err.message, err.issues, err.headers);
  if (err instanceof z.ZodError) {
    const body = zodToApiError(err);
    return errorResponse(400, body.error, body.issues);
  }
  if (err instanceof StoreInputError || err instanceof InputError) return errorResponse(400, err.message, err.issues);
  if (err instanceof StoreNotFoundError) return errorResponse(404, err.message);
  if (err instanceof StoreConflictError) return errorResponse(409, err.message, err.issues);
  if (err instanceof ServiceError) return errorResponse(err.status, err.message, [], err.headers); // worker pool: busy, timeout, crash
  console.error(`[api] ${route} failed:`, err);
  return errorResponse(500, 'internal error: the server could not complete the request (logged)');
}

/** Runs a handler body; every failure becomes a JSON error response. */
export async function handle(route: string, body: () => Promise<Response>): Promise<Response> {
  try {
    return await body();
  } catch (err) {
    return errorToResponse(err, route);
  }
}

/** The methods a route may leave out; Next answers them with an empty 405 unless the route exports them. */
export const REFUSABLE_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type RefusableMethod = (typeof REFUSABLE_METHODS)[number];

/**
 * A handler for the methods a route does not answer: 405 with a JSON body naming the method and the ones the
 * route does answer, and an `Allow` header (HEAD and OPTIONS come with GET / from Next).
 */
export function methodNotAllowed(...allowed: RefusableMethod[]): ((req: Request) => Response) & { refusal: true } {
  const allow = [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
  const refuse = (req: Request) => errorResponse(405, `method ${req.method} not allowed here: this endpoint answers ${allow}`, [], { allow });
  return Object.assign(refuse, { refusal: true as const });
}
