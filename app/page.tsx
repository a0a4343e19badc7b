/**
 * `/`: the map page. The URL is the state: parse it, query the store, render sidebar + map.
 */
import type { SearchParamsRecord } from '@/lib/schemas';
import { parseViewState } from '@/lib/map/view-state';
import { loadMapData } from './_lib/map-data';
import { resolvePlace } from './_lib/place';
import { MapPage } from './_components/map-page';

export const dynamic = 'force-dynamic';

export default async function Home({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const { view, dropped } = parseViewState(await searchParams);
  const data = await loadMapData(view);
  const selectedPlace = view.place ? resolvePlace(view.place, data.events) : null;
  return <MapPage view={view} data={data} dropped={dropped} selectedPlace={selectedPlace} />;
}
