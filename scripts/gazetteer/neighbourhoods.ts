/**
 * Attach GeoNames city sections (PPLX, kind "neighbourhood") to their city: the nearest city of the same
 * country within MAX_KM becomes the parent (and lends its admin1). Sections with no city nearby keep their
 * admin-1 parent.
 * In: all build entries (mutated in place, parentId/admin1 of neighbourhoods only). Out: how many were attached.
 */
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import type { BuildEntry } from './entry';

export const MAX_KM = 20;

export function attachNeighbourhoods(entries: BuildEntry[]): number {
  const cities = entries.filter((e) => e.kind === 'city' && e.id.startsWith('gn:'));
  if (cities.length === 0) return 0;
  const index = new KDBush(cities.length, 64, Float64Array);
  for (const c of cities) index.add(c.lon, c.lat);
  index.finish();
  let attached = 0;
  for (const e of entries) {
    if (e.kind !== 'neighbourhood' || !e.id.startsWith('gn:')) continue;
    const [hit] = around(index as never, e.lon, e.lat, 1, MAX_KM, (i: number) => cities[i]!.country === e.country) as unknown as number[];
    const city = hit === undefined ? undefined : cities[hit];
    if (!city) continue;
    e.parentId = city.id;
    e.admin1 = city.admin1;
    attached++;
  }
  return attached;
}
