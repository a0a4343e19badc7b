/**
 * The zod-free half of the view state, safe for client bundles (zod stays on the server): writing a
 * ViewState back into a URL, and reading back the view/selection keys the map itself writes
 * (lat, lon, z, event, place, inview, layer). Filters are never parsed here: the server parses the whole URL with the
 * one zod schema (lib/schemas/view.ts, parsed by view-state.ts) and hands the client its filters.
 */
import type { EventQuery } from '../schemas/query';
import type { ViewKeys, ViewState } from '../schemas/view';
import { serializeEventQuery } from '../schemas/query-url';
import { ID_MAX, VIEW_LIMITS } from '../schemas/view-limits';

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** ViewState → URL parameters, in a stable order (filters as serializeEventQuery writes them, then view keys). */
export function serializeViewState(v: ViewState): URLSearchParams {
  const p = serializeEventQuery(v);
  if (v.event) p.set('event', v.event);
  if (v.lat !== undefined) p.set('lat', String(round(v.lat, 5)));
  if (v.lon !== undefined) p.set('lon', String(round(v.lon, 5)));
  if (v.z !== undefined) p.set('z', String(round(v.z, 2)));
  if (v.inview) p.set('inview', '1');
  if (v.layer) p.set('layer', v.layer);
  return p;
}

function num(p: URLSearchParams, key: keyof typeof VIEW_LIMITS): number | undefined {
  const raw = p.get(key);
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  const [min, max] = VIEW_LIMITS[key];
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

function id(p: URLSearchParams, key: 'event' | 'place'): string | undefined {
  const raw = p.get(key);
  return raw && raw.length <= ID_MAX ? raw : undefined;
}

/** The view and selection keys of a URL (invalid ones read as absent, as the server drops them). */
export function readViewKeys(p: URLSearchParams): ViewKeys {
  const out: ViewKeys = {};
  const lat = num(p, 'lat'), lon = num(p, 'lon'), z = num(p, 'z'), event = id(p, 'event'), place = id(p, 'place');
  if (lat !== undefined) out.lat = lat;
  if (lon !== undefined) out.lon = lon;
  if (z !== undefined) out.z = z;
  if (event !== undefined) out.event = event;
  if (place !== undefined) out.place = place;
  if (p.get('inview') === '1') out.inview = true;
  const layer = p.get('layer');
  if (layer === 'points' || layer === 'density') out.layer = layer;
  return out;
}

/** "/?actors=…&lat=…" — the permalink for a view (relative, so it works on any host). */
export function viewHref(v: ViewState, pathname = '/'): string {
  const s = serializeViewState(v).toString();
  return s ? `${pathname}?${s}` : pathname;
}

const VIEW_KEYS = ['lat', 'lon', 'z', 'event', 'place', 'inview', 'layer'] as const;

/** The filter part of a view: what the store runs (no view keys, no selection). */
export function storeQuery(v: ViewState): EventQuery {
  const q: Record<string, unknown> = { ...v };
  for (const k of VIEW_KEYS) delete q[k];
  return q as EventQuery;
}

/** True when a view has any filter set. */
export function hasFilters(v: ViewState): boolean {
  const q = storeQuery(v);
  return Boolean(q.actors?.length || q.types?.length || q.eventTypes?.length || q.subEventTypes?.length || q.from || q.to || q.q || q.includeBackground || q.article);
}

/** Replace the filters of a view, keeping the map position, dropping a selection the filter may hide. */
export function withFilters(v: ViewState, filters: EventQuery): ViewState {
  const next: ViewState = { ...filters };
  if (v.lat !== undefined) next.lat = v.lat;
  if (v.lon !== undefined) next.lon = v.lon;
  if (v.z !== undefined) next.z = v.z;
  if (v.inview) next.inview = true;
  if (v.layer) next.layer = v.layer;
  return stripEmpty(next);
}

/** Drop undefined and empty-array keys so two equal views compare equal. */
export function stripEmpty<T extends Record<string, unknown>>(v: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v)) {
    if (val === undefined) continue;
    if (Array.isArray(val) && val.length === 0) continue;
    out[k] = val;
  }
  return out as T;
}
