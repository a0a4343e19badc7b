/**
 * ViewState: everything a permalink holds — the map view (lat, lon, z), the filters (EventQuery)
 * and the selection (event, place). The URL is the state: this one zod schema parses it on the server;
 * the client writes it back with view-url.ts (zod-free), and parse(serialize(v)) equals v.
 * In: URL search params (URLSearchParams or Next's searchParams record). Out: a validated ViewState,
 * plus the parameters that were dropped as invalid, with why.
 */
import { z } from 'zod';
import { EventQuery, paramsToObject } from '../schemas';
import { ID_MAX, VIEW_LIMITS, type View } from './view-url';

export { serializeViewState, viewHref, storeQuery, hasFilters, withFilters, stripEmpty, readViewKeys } from './view-url';

const coord = ([min, max]: readonly [number, number]) => z.coerce.number().finite().min(min).max(max);

export const ViewState = EventQuery.safeExtend({
  lat: coord(VIEW_LIMITS.lat).optional(),
  lon: coord(VIEW_LIMITS.lon).optional(),
  /** Leaflet zoom; the serializer rounds it to 2 decimals */
  z: coord(VIEW_LIMITS.z).optional(),
  /** selected event id: the map opens its popup */
  event: z.string().min(1).max(ID_MAX).optional(),
});
export type ViewState = z.infer<typeof ViewState>;

// the zod-free View type used by client code must stay the same shape as the schema
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameShape: Same<ViewState, View> = true;
void sameShape;

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

function toParams(input: URLSearchParams | SearchParamsRecord): URLSearchParams {
  if (input instanceof URLSearchParams) return input;
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(input)) {
    if (typeof v === 'string') p.set(k, v);
    else if (Array.isArray(v) && v[0] !== undefined) p.set(k, v[0]);
  }
  return p;
}

export interface ParsedViewState {
  view: ViewState;
  /** parameters that were dropped because they were invalid, with the reason */
  dropped: { key: string; message: string }[];
}

/**
 * Parse a URL into a ViewState. A permalink with one bad parameter still opens: invalid keys are
 * dropped (and reported) instead of failing the whole page.
 */
export function parseViewState(input: URLSearchParams | SearchParamsRecord): ParsedViewState {
  const obj: Record<string, string> = paramsToObject(toParams(input));
  const dropped: ParsedViewState['dropped'] = [];
  for (let attempt = 0; attempt < 20; attempt++) {
    const r = ViewState.safeParse(obj);
    if (r.success) return { view: r.data, dropped };
    const issue = r.error.issues[0];
    const key = issue?.code === 'unrecognized_keys' ? issue.keys[0] : issue?.path[0];
    if (typeof key !== 'string' || !(key in obj)) break;
    dropped.push({ key, message: issue?.message ?? 'invalid' });
    delete obj[key];
  }
  return { view: {}, dropped: [...dropped, { key: '*', message: 'URL could not be parsed' }] };
}
