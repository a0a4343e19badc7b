'use client';
/**
 * The event list beside the map, newest first: `<ul aria-label="Events">` with exactly one <li> per
 * visible event (its name, ACLED coding and quote) — in server-clusters mode a page of the newest, never all of them. Each item is a link to the view with that event selected, so it works without JS;
 * with JS, clicking (or Enter) selects in place and hovering/focusing highlights the marker.
 * A map move changes only the links (they carry the view): each item's content is memoised per event and colour, so
 * a move re-renders the 200 anchors, not their icons and text.
 */
import { memo, useMemo, type MouseEvent } from 'react';
import type { Actor, ConflictEvent } from '@/lib/schemas';
import { actorColorMap, eventColor, isApproximate, sortByDate } from '@/lib/map/features';
import { isPeaceful } from '@/lib/map/acled';
import { acledLabel } from '@/lib/schemas/acled-codebook';
import { eventName } from '@/lib/map/names';
import { TypeIcon } from './type-icon';

export interface EventListProps {
  events: readonly ConflictEvent[];
  actors: readonly Actor[];
  selectedId?: string;
  /** event hovered on the map: its item is highlighted */
  hoveredId?: string | null;
  hrefFor: (id: string) => string;
  onSelect?: (id: string) => void;
  onHover?: (id: string | null) => void;
  /** server-clusters mode: `events` is a page of the newest; total matching (null: not known yet) */
  total?: number | null;
}

/** What an item shows: unchanged by map moves, so memoised (its props are the event and its colour). */
const EventItemContent = memo(function EventItemContent({ event: e, color }: { event: ConflictEvent; color: string }) {
  return (
    <>
      <TypeIcon type={e.type} color={color} hollow={isApproximate(e)} peaceful={isPeaceful(e)} />
      <span className="event-name">{eventName(e)}</span>
      <span className="event-acled">{acledLabel(e.acled)}</span>
      {(e.reports?.length ?? 1) > 1 && <span className="event-reports muted">{e.reports!.length} reports</span>}
      <span className="event-quote">{e.quote.text}</span>
    </>
  );
});

export function EventList({ events, actors, selectedId, hoveredId, hrefFor, onSelect, onHover, total }: EventListProps) {
  const colors = useMemo(() => actorColorMap(actors), [actors]);
  const sorted = useMemo(() => sortByDate(events), [events]);
  const click = (id: string) => (ev: MouseEvent<HTMLAnchorElement>) => {
    if (!onSelect || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.button !== 0) return;
    ev.preventDefault();
    onSelect(id);
  };
  return (
    <section id="event-list" tabIndex={-1} className="event-list" aria-labelledby="events-title">
      <h2 id="events-title" className="section-title">
        Events <span className="count">({events.length}{total !== undefined && ` of ${total === null ? 'more' : total.toLocaleString('en-US')}`})</span>
      </h2>
      {total !== undefined && <p className="muted list-paged">The {events.length} newest are listed; the map shows them all. Narrow the filters to list the rest.</p>}
      {events.length === 0 && <p className="muted">No events match these filters.</p>}
      <ul aria-label="Events" className="events">
        {sorted.map((e) => (
          <li key={e.id} data-event-id={e.id} className={[e.id === selectedId && 'selected', e.id === hoveredId && 'hovered'].filter(Boolean).join(' ') || undefined}>
            <a
              href={hrefFor(e.id)}
              aria-current={e.id === selectedId ? 'true' : undefined}
              onClick={click(e.id)}
              onMouseEnter={() => onHover?.(e.id)}
              onMouseLeave={() => onHover?.(null)}
              onFocus={() => onHover?.(e.id)}
              onBlur={() => onHover?.(null)}
            >
              <EventItemContent event={e} color={eventColor(e, colors)} />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
