/**
 * The map's own shapes, derived from events for drawing: an event as a GeoJSON point ([lng, lat]) with
 * the few properties a marker needs, what the clusterer hands the marker layer, the timeline's bins,
 * and the basemap's city labels (public/basemap/cities.json, written by scripts/basemap-build.ts).
 * In: built by lib/map from ConflictEvents. Out: read by the map components.
 */
import { z } from 'zod';
import { IsoDate } from './article';
import { EventType } from './event';
import { Precision } from './mention';

/** A GeoJSON position, longitude first. */
export const LngLatTuple = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const EventPointProps = z.object({
  id: z.string(),
  type: EventType,
  color: z.string(),
  /** region- or country-precision: drawn hollow with an uncertainty circle */
  hollow: z.boolean(),
  /** a peaceful protest (ACLED sub-event type): drawn calm, never in a party's colour */
  peaceful: z.boolean().optional(),
  /** the place's name is in no gazetteer (EventPlace.inGazetteer false): drawn hollow with a dashed outer ring at its parent */
  unlisted: z.boolean().optional(),
  radiusKm: z.number().nonnegative(),
  precision: Precision,
  /** accessible name of the marker */
  name: z.string(),
  placeId: z.string(),
});
export type EventPointProps = z.infer<typeof EventPointProps>;

export const EventPoint = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.literal('Point'), coordinates: LngLatTuple }),
  properties: EventPointProps,
});
export type EventPoint = z.infer<typeof EventPoint>;

const TypeCounts = z.partialRecord(EventType, z.number().int().nonnegative());

/** One thing to draw at a zoom: an event marker or a cluster of them. */
export const ClusterItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('event'), id: z.string(), lngLat: LngLatTuple, props: EventPointProps }),
  z.object({
    kind: z.literal('cluster'),
    clusterId: z.number().int(),
    lngLat: LngLatTuple,
    count: z.number().int().positive(),
    types: TypeCounts,
    /** every leaf sits on the same point: zooming in will never split it, spiderfy instead */
    colocated: z.boolean(),
    name: z.string(),
  }),
]);
export type ClusterItem = z.infer<typeof ClusterItem>;

export const BinUnit = z.enum(['day', 'week', 'month']);
export type BinUnit = z.infer<typeof BinUnit>;

/** One bar of the timeline histogram. */
export const Bin = z.object({
  /** first day in the bin */
  start: IsoDate,
  /** last day in the bin */
  end: IsoDate,
  count: z.number().int().nonnegative(),
  /** on the first / last bin only: events dated before / after the timeline's span, counted in this open-ended bin */
  outside: z.number().int().positive().optional(),
  /** reports behind the bin's events (issue 15: ≥ count when events were told by several articles) */
  reports: z.number().int().nonnegative().optional(),
});
export type Bin = z.infer<typeof Bin>;

/** A city label of the offline basemap, shown from `minZoom` on. */
export const CityLabel = z.object({ name: z.string(), lat: z.number(), lon: z.number(), minZoom: z.number() });
export type CityLabel = z.infer<typeof CityLabel>;
