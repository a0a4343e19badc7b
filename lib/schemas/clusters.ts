/**
 * GET /api/clusters: the scale path's query and response shapes (docs/API.md).
 * In: the URL of a map view — every /api/events filter (EventQuery) plus a required `bbox` (may cross the
 * antimeridian: west > east) and an integer zoom `z` 0–20.
 * Out: a FeatureCollection of cluster features (`cluster: true`, count, per-type counts, the zoom that expands it)
 * and single events (`cluster: false`, the few fields a marker needs), with `total` (events matching the filters
 * anywhere, placed or not) and `version` (the store change version the index was built from).
 */
import { z } from 'zod';
import { IsoDate } from './article';
import { EventType } from './event';
import { Precision } from './mention';
import { Bbox, EventQuery } from './query';
import { whole } from './numbers';
import { PointGeometry } from './api';

/** Highest zoom the clusters endpoint takes (Leaflet's usual maximum is 18–20). */
export const MAX_CLUSTER_ZOOM = 20;

/** /api/clusters query: EventQuery's filters (limit and format are ignored) + bbox (required) + z. */
export const ClustersQuery = EventQuery.safeExtend({
  bbox: Bbox,
  z: whole('z must be a whole number in decimal digits (the map zoom)').pipe(
    z.number().min(0, 'z must be at least 0').max(MAX_CLUSTER_ZOOM, `z must be at most ${MAX_CLUSTER_ZOOM}`),
  ),
});
export type ClustersQuery = z.infer<typeof ClustersQuery>;

/** One event as the points query gives it: no text, no JSON; lng/lat null for events without a place. */
export const PointRow = z.object({
  id: z.string(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  type: EventType,
  /** ACLED sub-event type */
  subType: z.string(),
  date: IsoDate.nullable(),
  /** lowest reported figure, null when none was reported */
  fatalities: z.number().int().nonnegative().nullable(),
  /** display name of the place (lib/geo displayPlaceName), null without a place */
  location: z.string().nullable(),
  precision: Precision.nullable(),
});
export type PointRow = z.infer<typeof PointRow>;

export const ClusterFeature = z.object({
  type: z.literal('Feature'),
  /** 'c' + clusterId */
  id: z.string().regex(/^c\d+$/),
  geometry: PointGeometry,
  properties: z.object({
    cluster: z.literal(true),
    clusterId: z.number().int().nonnegative(),
    count: z.number().int().min(2),
    /** events per display type (EventType) in the cluster; the values add up to count */
    types: z.partialRecord(EventType, z.number().int().positive()),
    /** the zoom at which the cluster splits (zoom the map there to expand it) */
    expansionZoom: z.number().int().min(0),
  }),
});
export type ClusterFeature = z.infer<typeof ClusterFeature>;

export const PointFeature = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: PointGeometry,
  properties: z.object({
    cluster: z.literal(false),
    id: z.string(),
    type: EventType,
    subType: z.string(),
    date: IsoDate.nullable(),
    fatalities: z.number().int().nonnegative().nullable(),
    location: z.string(),
    precision: Precision,
  }),
});
export type PointFeature = z.infer<typeof PointFeature>;

export const ClusterCollection = z.object({
  type: z.literal('FeatureCollection'),
  /** events matching the filters anywhere (those without a place included: counted, not drawn) */
  total: z.number().int().nonnegative(),
  /** store change version (lib/store/changes.ts) the index was built from */
  version: z.number().int().nonnegative(),
  features: z.array(z.union([ClusterFeature, PointFeature])),
});
export type ClusterCollection = z.infer<typeof ClusterCollection>;
