/**
 * The download of "exactly what the list shows": the /api/events URL for the current selection and a
 * file name that describes it. Zod-free (the sidebar's export menu imports it; the route names its
 * download with the same function, so the link's `download` name and Content-Disposition agree).
 * In: the page's filters (EventQuery, as parsed on the server), the format, and — when "Only what's in
 * view" is on — the map's visible box [west, south, east, north]. Out: a relative URL, a file name.
 * Rules (docs/API.md "Exporting the selection"):
 * - the filters are the list's own query object, plus `bbox` (the visible box clamped to lon −180..180,
 *   lat −90..90: the same events `inBBox` keeps), plus `limit` = EXPORT_LIMIT (the list is not paged);
 * - events without a place are exported when the list shows them (not in view mode: a box never
 *   holds them): CSV latitude/longitude empty, GeoJSON geometry null (RFC 7946 §3.2).
 */
import type { EventQuery } from '../schemas/query';
import { serializeEventQuery } from '../schemas/query-url';

export type ExportFormat = 'csv' | 'geojson';
type Box = [number, number, number, number];

/** The most events one request may return (EventQuery's `limit` maximum): the export is never paged. */
export const EXPORT_LIMIT = 100000;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** A map's visible box as an API bbox: longitudes and latitudes clamped to the valid range. */
export function clampBox([w, s, e, n]: readonly number[]): Box {
  return [clamp(w!, -180, 180), clamp(s!, -90, 90), clamp(e!, -180, 180), clamp(n!, -90, 90)];
}

/** Two boxes' overlap (neither crossing the antimeridian); null when they do not overlap. */
function intersect(a: Box, b: Box): Box | null {
  const box: Box = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
  return box[0] <= box[2] && box[1] <= box[3] ? box : null;
}

/**
 * The query of the selection: the filters, the visible box when given (intersected with a `bbox`
 * filter), never a format or a page size of their own. Null when the two boxes do not overlap (the
 * list is empty). A filter box that crosses the antimeridian is kept as it is.
 */
export function selectionQuery(filters: EventQuery, inView?: readonly number[] | null): EventQuery | null {
  const q: EventQuery = { ...filters };
  delete q.format;
  delete q.limit;
  if (inView) {
    const view = clampBox(inView);
    if (!q.bbox) q.bbox = view;
    else if (q.bbox[0] <= q.bbox[2]) {
      const both = intersect(q.bbox, view);
      if (!both) return null;
      q.bbox = both;
    }
  }
  return q;
}

/** "/api/events?…&format=csv&limit=100000" for a selection query. */
export function exportHref(query: EventQuery, format: ExportFormat): string {
  const p = serializeEventQuery({ ...query, format, limit: EXPORT_LIMIT });
  return `/api/events?${p.toString()}`;
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
const list = (xs: readonly string[] | undefined) => (xs?.length ? xs.map(slug).filter(Boolean).join('+') : '');
const coord = (x: number) => String(Math.round(x * 100) / 100);

/** The longest file name written (before the extension). */
export const FILENAME_MAX = 120;

/**
 * "conflict-atlas_2016-01-01_2016-12-31_russia_airstrike.csv": the filters in a fixed order, each made of
 * [a-z0-9-+.] only (safe in a Content-Disposition header and on every file system), cut at FILENAME_MAX.
 */
export function exportFilename(query: EventQuery, format: ExportFormat): string {
  const parts = ['conflict-atlas'];
  if (query.from && query.to) parts.push(query.from, query.to);
  else if (query.from) parts.push(`from-${query.from}`);
  else if (query.to) parts.push(`to-${query.to}`);
  for (const p of [list(query.actors), list(query.types), list(query.eventTypes), list(query.subEventTypes)]) if (p) parts.push(p);
  if (query.q && slug(query.q)) parts.push(`q-${slug(query.q)}`);
  if (query.place && slug(query.place)) parts.push(`place-${slug(query.place)}`);
  if (query.article && slug(query.article)) parts.push(`article-${slug(query.article)}`);
  if (query.bbox) parts.push(`bbox-${query.bbox.map(coord).join('_')}`);
  if (query.includeBackground) parts.push('with-background');
  const name = parts.join('_').slice(0, FILENAME_MAX).replace(/[-_+.]+$/, '');
  return `${name}.${format}`;
}
