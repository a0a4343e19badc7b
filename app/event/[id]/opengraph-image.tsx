/**
 * og:image of `/event/[id]`: a small map of the event's place with its marker (app/_lib/og-image.tsx).
 */
import { getStore } from '@/lib/store';
import { eventName, placeLabel } from '@/lib/map/names';
import { placeToLngLat } from '@/lib/map/latlng';
import { OG_SIZE, ogImage } from '../../_lib/og-image';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'Map of the event';

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const e = await (await getStore()).getEvent(decodeURIComponent((await params).id));
  if (!e?.place) return ogImage(e ? { title: eventName(e), center: [38.5, 35], markers: [] } : null);
  const at = placeToLngLat(e.place);
  return ogImage({ title: eventName(e), subtitle: placeLabel(e), center: at, markers: [at] });
}
