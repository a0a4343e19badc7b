/**
 * Admin auth for write routes: `Authorization: Bearer $ATLAS_ADMIN_TOKEN`.
 * In: a Request and the server's token (process.env.ATLAS_ADMIN_TOKEN by default).
 * Out: nothing when allowed; otherwise throws HttpError —
 *   503 when no token is configured (writes disabled), 401 + `WWW-Authenticate: Bearer` when the
 *   header is missing or not a Bearer credential, 403 when the token is wrong, 429 + Retry-After once the client
 *   has used up its wrong-token tries (ATLAS_RATE_ADMIN_FAILURES per ATLAS_RATE_ADMIN_WINDOW, limits.ts) — then
 *   even the right token is refused until a try comes back.
 * The comparison hashes both tokens with SHA-256 and compares the digests with
 * crypto.timingSafeEqual, so neither the content nor the length of the secret leaks through timing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpError } from './http';
import { countAdminFailure, refuseLockedOut } from './limits';

export const INGESTION_DISABLED = 'ingestion disabled: set ATLAS_ADMIN_TOKEN';

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

/** Constant-time string equality (over SHA-256 digests, so lengths may differ). */
export function tokensEqual(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export function requireAdmin(req: Request, token: string | undefined = process.env.ATLAS_ADMIN_TOKEN): void {
  if (!token) throw new HttpError(503, INGESTION_DISABLED);
  refuseLockedOut(req);
  const header = req.headers.get('authorization');
  const match = header ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header) : null;
  if (!match) {
    throw new HttpError(401, 'authorization required: send Authorization: Bearer <ATLAS_ADMIN_TOKEN>', [], {
      'www-authenticate': 'Bearer realm="conflict-atlas"',
    });
  }
  if (!tokensEqual(match[1]!, token)) {
    countAdminFailure(req);
    throw new HttpError(403, 'forbidden: the bearer token is not valid');
  }
}
