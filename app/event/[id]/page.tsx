/**
 * `/event/[id]`: a shareable page for one event — server-rendered title and Open Graph description
 * (ACLED coding and quote) from the event's data, opening the map there with its popup. The id of a report that is
 * not its event's primary (issue 15: another article's telling) redirects to the event's own page.
 */
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getStore } from '@/lib/store';
import { eventName } from '@/lib/map/names';
import { acledLabel } from '@/lib/schemas/acled-codebook';
import type { SearchParamsRecord } from '@/lib/schemas';
import { parseViewState } from '@/lib/map/view-state';
import { loadMapData } from '../../_lib/map-data';
import { siteUrl } from '../../_lib/site-url';
import { sharePath } from '@/lib/map/share';
import { MapPage } from '../../_components/map-page';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParamsRecord> };

async function load(id: string) {
  return (await getStore()).getEvent(id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const e = await load(decodeURIComponent((await params).id));
  if (!e) return { title: 'Event not found — Conflict Atlas' };
  const title = eventName(e);
  const description = `${acledLabel(e.acled)}: “${e.quote.text}”`;
  return { title: `${title} — Conflict Atlas`, description, openGraph: { title, description, type: 'article', url: siteUrl(sharePath({ event: e.id })), siteName: 'Conflict Atlas' } };
}

export default async function EventPage({ params, searchParams }: Props) {
  const id = decodeURIComponent((await params).id);
  const e = await load(id);
  if (!e) notFound();
  const { view, dropped } = parseViewState(await searchParams);
  // an old permalink of a report now told under another event id: the event's own page (same query string)
  if (e.id !== id) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(await searchParams)) for (const x of [v ?? []].flat()) qs.append(k, x);
    redirect(`${sharePath({ event: e.id })}${qs.size ? `?${qs}` : ''}`);
  }
  const preset = { event: id };
  // the selected event stays visible even if it is a background event
  const effective = { includeBackground: e.background || undefined, ...view, ...preset };
  const data = await loadMapData(effective);
  const initialView = e.place ? { lat: e.place.lat, lon: e.place.lon, z: 10 } : undefined;
  return <MapPage view={effective} data={data} dropped={dropped} preset={preset} initialView={initialView} />;
}
