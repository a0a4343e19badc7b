/**
 * Share links: the canonical page of an event or a place (`/event/<id>`, `/place/<id>`), which carries the
 * Open Graph tags, rather than the map view `/?event=…`; and absolute URLs on the site's base URL
 * (`ATLAS_BASE_URL`, default http://localhost:3000), for `og:url` and `og:image`.
 * In: an event or place id; a path and an environment. Out: a relative path; an absolute URL string.
 */

export const DEFAULT_BASE_URL = 'http://localhost:3000';

/** `/event/<id>` or `/place/<id>` (the id URL-encoded: gazetteer ids hold ':'). */
export function sharePath(sel: { event: string } | { place: string }): string {
  return 'event' in sel ? `/event/${encodeURIComponent(sel.event)}` : `/place/${encodeURIComponent(sel.place)}`;
}

/** The site's base URL from ATLAS_BASE_URL (an absolute http(s) URL), else the default; no trailing slash. */
export function baseUrl(env: Record<string, string | undefined> = {}): URL {
  const raw = env.ATLAS_BASE_URL?.trim();
  if (raw) {
    try {
      const u = new URL(raw);
      if (u.protocol === 'http:' || u.protocol === 'https:') return new URL(u.origin + u.pathname.replace(/\/+$/, ''));
    } catch {
      // fall through to the default: a bad setting must not take every page down
    }
  }
  return new URL(DEFAULT_BASE_URL);
}

/** An absolute URL for a site path. */
export function absoluteUrl(path: string, env: Record<string, string | undefined> = {}): string {
  const base = baseUrl(env);
  return base.origin + base.pathname.replace(/\/$/, '') + (path.startsWith('/') ? path : `/${path}`);
}
