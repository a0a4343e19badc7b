/**
 * `/place/[id]`: a shareable page for a place — server-rendered title and Open Graph description
 * ("<place> — 7 events: shelling, air strikes, truces"), opening the map there with its popup.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getStore } from '@/lib/store';
import { placeName, placeSummary } from '@/lib/map/names';
import type { SearchParamsRecord } from '@/lib/schemas';
import { parseViewState } from '@/lib/map/view-state';
import { loadMapData } from '../../_lib/map-data';
import { siteUrl } from '../../_lib/site-url';
import { sharePath } from '@/lib/map/share';
import { resolvePlace } from '../../_lib/place';
import { MapPage } from '../../_components/map-page';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParamsRecord> };

async function load(id: string) {
  const store = await getStore();
  const events = await store.queryEvents({ place: id });
  const place = resolvePlace(id, events);
  return place ? { place, events: events.filter((e) => e.place?.id === id) } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = decodeURIComponent((await params).id);
  const found = await load(id);
  if (!found) return { title: 'Place not found — Conflict Atlas' };
  const name = placeName(found.place);
  const description = placeSummary(name, found.events);
  return { title: `${name} — Conflict Atlas`, description, openGraph: { title: name, description, type: 'website', url: siteUrl(sharePath({ place: id })), siteName: 'Conflict Atlas' } };
}

export default async function PlacePage({ params, searchParams }: Props) {
  const id = decodeURIComponent((await params).id);
  const found = await load(id);
  if (!found) notFound();
  const { view, dropped } = parseViewState(await searchParams);
  const preset = { place: id };
  const data = await loadMapData({ ...view, ...preset });
  const initialView = { lat: found.place.lat, lon: found.place.lon, z: 10 };
  return <MapPage view={view} data={data} dropped={dropped} preset={preset} selectedPlace={found.place} initialView={initialView} />;
}
