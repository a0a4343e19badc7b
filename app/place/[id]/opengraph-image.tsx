/**
 * og:image of `/place/[id]`: a small map around the place with its events' markers (app/_lib/og-image.tsx).
 */
import { getStore } from '@/lib/store';
import { placeName, placeSummary } from '@/lib/map/names';
import { placeToLngLat } from '@/lib/map/latlng';
import { resolvePlace } from '../../_lib/place';
import { OG_SIZE, ogImage } from '../../_lib/og-image';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'Map of the place and its events';

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const events = (await (await getStore()).queryEvents({ place: id })).filter((e) => e.place?.id === id);
  const place = resolvePlace(id, events);
  if (!place) return ogImage(null);
  const at = placeToLngLat(place);
  // each event is drawn where it was placed (directional forms move it off the centre), the place itself too
  const markers = [at, ...events.flatMap((e) => (e.place ? [placeToLngLat(e.place)] : []))];
  const name = placeName(place);
  return ogImage({ title: name, subtitle: placeSummary(name, events), center: at, markers });
}
