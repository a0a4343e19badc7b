/**
 * ViewState: everything a permalink holds — the map view (lat, lon, z), the filters (EventQuery) and
 * the selection (event, place) and list options (inview). The URL is the state: lib/map/view-state.ts parses a URL with this
 * schema on the server; lib/map/view-url.ts (zod-free) writes it back.
 * In: URL search params (as strings, coerced). Out: a validated ViewState; MapView is where the map is.
 */
import { z } from 'zod';
import { EventQuery } from './query';
import { ID_MAX, VIEW_LIMITS } from './view-limits';
import { decimal } from './numbers';

const coord = ([min, max]: readonly [number, number]) => decimal('must be a decimal number').pipe(z.number().min(min).max(max));

/** Where the map is: centre and Leaflet zoom. */
export const MapView = z.object({
  lat: coord(VIEW_LIMITS.lat),
  lon: coord(VIEW_LIMITS.lon),
  /** Leaflet zoom; the serializer rounds it to 2 decimals */
  z: coord(VIEW_LIMITS.z),
});
export type MapView = z.infer<typeof MapView>;

export const ViewState = EventQuery.safeExtend({
  ...MapView.partial().shape,
  /** selected event id: the map opens its popup */
  event: z.string().min(1).max(ID_MAX).optional(),
  /** "inview=1": the list shows only the events inside the map's visible box */
  inview: z.literal('1').transform(() => true as const).optional(),
  /** "layer=points": markers only; absent or "density": the density layer under them at low zoom (lib/map/density.ts) */
  layer: z.enum(['points', 'density']).optional(),
});
export type ViewState = z.infer<typeof ViewState>;

/** The view and selection keys of a ViewState (what the map itself writes into the URL). */
export type ViewKeys = Pick<ViewState, 'lat' | 'lon' | 'z' | 'event' | 'place' | 'inview' | 'layer'>;

/** A URL parsed into a ViewState, with the parameters dropped as invalid and why. */
export const ParsedViewState = z.object({
  view: ViewState,
  dropped: z.array(z.object({ key: z.string(), message: z.string() })),
});
export type ParsedViewState = z.infer<typeof ParsedViewState>;

/** Next's `searchParams` of a page. */
export type SearchParamsRecord = Record<string, string | string[] | undefined>;
export { ID_MAX, VIEW_LIMITS };
