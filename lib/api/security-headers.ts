/**
 * The security headers every response carries — the ONE source of the policy, used by the custom server
 * (scripts/serve.ts) per request and by next.config.js for `next dev`.
 * In: a per-request CSP nonce (null: no nonce, dev only), whether this is development, whether the site is served
 * over HTTPS (ATLAS_HTTPS=1 → HSTS) and the opt-in online tile URL (NEXT_PUBLIC_TILE_URL → its origin in img-src).
 * Out: a header-name → value record; `cspPolicy` alone; `newNonce()` (128 random bits, base64).
 * Scripts: `'self' 'nonce-…' 'strict-dynamic'` — only scripts carrying this response's nonce run, and what they load;
 * never `'unsafe-inline'` (a dev server without a nonce is the one exception, as `next dev` needs inline scripts)
 * and `'unsafe-eval'` only in development. No dependencies: pure TS, loadable by the server before Next.
 */

export interface SecurityOptions {
  /** this response's nonce; null only for `next dev` (no per-request hook there) */
  nonce: string | null;
  dev?: boolean;
  /** ATLAS_HTTPS=1: the site is served over HTTPS, so browsers are told to stay on it (HSTS) */
  https?: boolean;
  /** NEXT_PUBLIC_TILE_URL, e.g. https://{s}.tile.example.org/{z}/{x}/{y}.png */
  tileUrl?: string;
}

export const HSTS = 'max-age=31536000; includeSubDomains';

/** The origin of an online tile URL template ({s}, {z}… placeholders allowed); '' when unset. */
export function tileOrigin(tileUrl: string | undefined): string {
  if (!tileUrl) return '';
  try {
    return new URL(tileUrl.replace(/\{[a-z]\}/g, 'a')).origin;
  } catch {
    throw new Error(`NEXT_PUBLIC_TILE_URL is not a URL: ${tileUrl} (expected e.g. https://tile.example.org/{z}/{x}/{y}.png)`);
  }
}

/** A fresh CSP nonce: 16 random bytes, base64 (the form Next accepts: [A-Za-z0-9+/=]). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The Content-Security-Policy value. */
export function cspPolicy({ nonce, dev = false, tileUrl }: SecurityOptions): string {
  const tile = tileOrigin(tileUrl);
  const scripts = nonce
    ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])]
    : dev
      ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
      : ["'self'"];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tile ? ' ' + tile : ''}`,
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every security header, by name. HSTS only with `https`. */
export function securityHeaders(opts: SecurityOptions): Record<string, string> {
  return {
    'Content-Security-Policy': cspPolicy(opts),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    ...(opts.https ? { 'Strict-Transport-Security': HSTS } : {}),
  };
}
