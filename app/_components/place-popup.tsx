/**
 * Popup for a selected place: its display name (lib/map placeName: "Tartus") with the gazetteer's original form
 * where it differs ("Ţarţūs"), how many events happened there, and each event as a link that selects it. Text only.
 */
import type { MouseEvent } from 'react';
import type { ConflictEvent } from '@/lib/schemas';
import { eventName, placeName, placeOriginal, placeSummary } from '@/lib/map/names';
import { sortByDate } from '@/lib/map/features';
import { CopyLink } from './copy-link';

export interface PlacePopupProps {
  place: { id: string; name: string; country?: string | null };
  events: readonly ConflictEvent[];
  permalink: string;
  hrefFor: (id: string) => string;
  onSelect?: (id: string) => void;
}

export function PlacePopup({ place, events, permalink, hrefFor, onSelect }: PlacePopupProps) {
  const name = placeName(place);
  const original = placeOriginal(place);
  const click = (id: string) => (ev: MouseEvent) => {
    if (!onSelect) return;
    ev.preventDefault();
    onSelect(id);
  };
  return (
    <article className="place-popup" data-place-id={place.id} aria-label={name}>
      <h2 className="popup-title">{name}</h2>
      {original && <p className="place-original">Original name: <span className="place-original-name">{original}</span></p>}
      <p className="popup-meta">{placeSummary(name, events).slice(name.length + 3)}</p>
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
