/**
 * Request bodies, read defensively: content type checked (415), size capped (413) both on the
 * Content-Length header and while reading the stream, UTF-8 decoded strictly and JSON parsed
 * (400). Nothing is buffered past the limit.
 * In: a Request and the accepted media types / byte limit.
 * Out: the body text or parsed JSON value, or a thrown HttpError.
 */
import { z } from 'zod';
import { HttpError, badInput } from './http';

/** Default cap for POST bodies: 1 MB. */
export const MAX_BODY_BYTES = 1_000_000;

/** The media type of a request without parameters, lower-cased ('' when absent). */
export function mediaType(req: Request): string {
  return (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** 415 unless the request's media type is one of `accepted`. Returns the matched type. */
export function requireContentType(req: Request, accepted: readonly string[]): string {
  const type = mediaType(req);
  if (!accepted.includes(type)) {
    throw new HttpError(
      415,
      `unsupported content type ${type ? `"${type}"` : '(none)'}: send ${accepted.join(' or ')}`,
      [{ path: 'content-type', message: `expected ${accepted.join(' or ')}` }],
      { 'accept-post': accepted.join(', ') },
    );
  }
  return type;
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, `request body too large: the limit is ${limit} bytes`, [
    { path: 'body', message: `at most ${limit} bytes` },
  ]);
}

/** Reads the body as UTF-8 text, refusing more than `limit` bytes (header and stream both checked). */
export async function readText(req: Request, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = req.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) throw tooLarge(limit);
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'request body is not valid UTF-8', [{ path: 'body', message: 'invalid UTF-8' }]);
  }
}

/** Parses JSON text, 400 on a syntax error (the message says where). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new HttpError(400, `invalid JSON body: ${detail}`, [{ path: 'body', message: 'invalid JSON' }]);
  }
}

/** Content type → size-capped read → JSON → zod. `what` names the body in error messages. */
export async function readJsonBody<T extends z.ZodType>(req: Request, schema: T, opts: { what: string; limit?: number }): Promise<z.infer<T>> {
  requireContentType(req, ['application/json']);
  const value = parseJson(await readText(req, opts.limit));
  return parseBody(value, schema, opts.what);
}

/** zod-validates a decoded body: 400 naming the field, or 413 when the only problems are sizes (too_big). */
export function parseBody<T extends z.ZodType>(value: unknown, schema: T, what: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const onlySize = parsed.error.issues.every((i) => i.code === 'too_big');
  throw badInput(parsed.error, what, onlySize ? 413 : 400);
}
