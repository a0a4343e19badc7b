/**
 * Popup for a selected place: its name, how many events happened there, and each event as a link
 * that selects it. Text only.
 */
import type { MouseEvent } from 'react';
import type { ConflictEvent } from '@/lib/schemas';
import { eventName, placeSummary } from '@/lib/map/names';
import { sortByDate } from '@/lib/map/features';
import { CopyLink } from './copy-link';

export interface PlacePopupProps {
  place: { id: string; name: string };
  events: readonly ConflictEvent[];
  permalink: string;
  hrefFor: (id: string) => string;
  onSelect?: (id: string) => void;
}

export function PlacePopup({ place, events, permalink, hrefFor, onSelect }: PlacePopupProps) {
  const click = (id: string) => (ev: MouseEvent) => {
    if (!onSelect) return;
    ev.preventDefault();
    onSelect(id);
  };
  return (
    <article className="place-popup" data-place-id={place.id} aria-label={place.name}>
      <h2 className="popup-title">{place.name}</h2>
      <p className="popup-meta">{placeSummary(place.name, events).slice(place.name.length + 3)}</p>
      {events.length > 0 && (
        <ul className="place-events">
          {sortByDate(events).map((e) => (
            <li key={e.id}>
              <a href={hrefFor(e.id)} onClick={click(e.id)}>{eventName(e)}</a>
              <q>{e.quote.text}</q>
            </li>
          ))}
        </ul>
      )}
      <p className="popup-links"><CopyLink href={permalink} /></p>
    </article>
  );
}
