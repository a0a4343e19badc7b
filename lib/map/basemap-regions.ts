/**
 * Where the detail basemap is built: data/basemap/regions.json (zod-validated), plus a margin round the
 * bundled corpus's events. In: the JSON and event points. Out: the set of tile keys to build. Build-time only
 * (scripts/basemap/detail.ts); the map reads the result from public/basemap/detail/index.json.
 */
import { z } from 'zod';
import { tilesIn, type Bbox } from './basemap-tiles';

const Bbox4 = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .refine(([w, s, e, n]) => w < e && s < n, 'bbox must be [west, south, east, north] with west < east and south < north');

export const BasemapRegions = z.object({
  /** tile edge in degrees (1 → 1°×1° tiles) */
  tileDeg: z.number().positive().max(10),
  /** zoom from which the map loads detail tiles */
  minZoom: z.number().int().min(4).max(16),
  /** degrees of margin round every bundled event */
  eventPadDeg: z.number().min(0).max(5),
  regions: z.array(z.object({ name: z.string().min(1), bbox: Bbox4 })),
});
export type BasemapRegions = z.infer<typeof BasemapRegions>;

/** Tile keys covering the configured regions and a margin round each event point ([lng, lat]). */
export function tilesFor(cfg: BasemapRegions, events: [number, number][]): string[] {
  const keys = new Set<string>();
  for (const r of cfg.regions) for (const k of tilesIn(r.bbox as Bbox, cfg.tileDeg, undefined, Infinity)) keys.add(k);
  const d = cfg.eventPadDeg;
  for (const [lon, lat] of events) {
    for (const k of tilesIn([lon - d, lat - d, lon + d, lat + d], cfg.tileDeg, undefined, Infinity)) keys.add(k);
  }
  return [...keys].sort();
}
