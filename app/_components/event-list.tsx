'use client';
/**
 * The event list beside the map, newest first: `<ul aria-label="Events">` with exactly one <li> per
 * visible event (its name, ACLED coding and quote) — in server-clusters mode a page of the newest, never all of them. Each item is a link to the view with that event selected, so it works without JS;
 * with JS, clicking (or Enter) selects in place and hovering/focusing highlights the marker.
 * A map move changes only where the links point (they carry the view), and that is all it would re-render: so the rows
 * are memoised on what they show (event, colour, selected, hovered) and a move re-renders none of them. A link's href
 * is the view of its row's last render, brought up to date from `hrefFor` just before anything can read it — the
 * pointer entering or pressing it, focus, the context menu — so following, opening in a new tab or copying a link
 * still gives the current view (and without JS the server-rendered href is the page's own view).
 */
import { memo, useCallback, useMemo, type MouseEvent, type SyntheticEvent } from 'react';
import type { Actor, ConflictEvent } from '@/lib/schemas';
import { actorColorMap, eventColor, isApproximate, sortByDate } from '@/lib/map/features';
import { isPeaceful } from '@/lib/map/acled';
import { acledLabel } from '@/lib/schemas/acled-codebook';
import { eventName } from '@/lib/map/names';
import { useLatest } from './map/use-latest';
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

/** A row's handlers, stable for the list's lifetime (they read the latest props through a ref). */
interface RowActions {
  /** bring the link's href up to the current view */
  refresh: (a: HTMLAnchorElement, id: string) => void;
  click: (ev: MouseEvent<HTMLAnchorElement>, id: string) => void;
  hover: (id: string | null) => void;
}

interface RowProps {
  event: ConflictEvent;
  color: string;
  selected: boolean;
  hovered: boolean;
  /** the link as of this render (a later view is written by `actions.refresh`) */
  href: string;
  actions: RowActions;
}

/** One item: re-rendered only when what it shows changes — not when only its href (the view) does. */
const EventRow = memo(
  function EventRow({ event: e, color, selected, hovered, href, actions }: RowProps) {
    const refresh = (ev: SyntheticEvent<HTMLAnchorElement>) => actions.refresh(ev.currentTarget, e.id);
    return (
      <li data-event-id={e.id} className={[selected && 'selected', hovered && 'hovered'].filter(Boolean).join(' ') || undefined}>
        <a
          href={href}
          aria-current={selected ? 'true' : undefined}
          onClick={(ev) => actions.click(ev, e.id)}
          onPointerDown={refresh}
          onContextMenu={refresh}
          onMouseEnter={(ev) => {
            refresh(ev);
            actions.hover(e.id);
          }}
          onMouseLeave={() => actions.hover(null)}
          onFocus={(ev) => {
            refresh(ev);
            actions.hover(e.id);
          }}
          onBlur={() => actions.hover(null)}
        >
          <TypeIcon type={e.type} color={color} hollow={isApproximate(e)} peaceful={isPeaceful(e)} />
          <span className="event-name">{eventName(e)}</span>
          <span className="event-acled">{acledLabel(e.acled)}</span>
          {(e.reports?.length ?? 1) > 1 && <span className="event-reports muted">{e.reports!.length} reports</span>}
          <span className="event-quote">{e.quote.text}</span>
        </a>
      </li>
    );
  },
  (a, b) => a.event === b.event && a.color === b.color && a.selected === b.selected && a.hovered === b.hovered && a.actions === b.actions,
);

export function EventList({ events, actors, selectedId, hoveredId, hrefFor, onSelect, onHover, total }: EventListProps) {
  const colors = useMemo(() => actorColorMap(actors), [actors]);
  const sorted = useMemo(() => sortByDate(events), [events]);
  const latest = useLatest({ hrefFor, onSelect, onHover });
  const refresh = useCallback(
    (a: HTMLAnchorElement, id: string) => {
      const href = latest.current.hrefFor(id);
      if (a.getAttribute('href') !== href) a.setAttribute('href', href);
    },
    [latest],
  );
  const actions = useMemo<RowActions>(
    () => ({
      refresh,
      click: (ev, id) => {
        refresh(ev.currentTarget, id);
        const select = latest.current.onSelect;
        if (!select || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.button !== 0) return;
        ev.preventDefault();
        select(id);
      },
      hover: (id) => latest.current.onHover?.(id),
    }),
    [latest, refresh],
  );
  return (
    <section id="event-list" tabIndex={-1} className="event-list" aria-labelledby="events-title">
      <h2 id="events-title" className="section-title">
        Events <span className="count">({events.length}{total !== undefined && ` of ${total === null ? 'more' : total.toLocaleString('en-US')}`})</span>
      </h2>
      {total !== undefined && <p className="muted list-paged">The {events.length} newest are listed; the map shows them all. Narrow the filters to list the rest.</p>}
      {events.length === 0 && <p className="muted">No events match these filters.</p>}
      <ul aria-label="Events" className="events">
        {sorted.map((e) => (
          <EventRow key={e.id} event={e} color={eventColor(e, colors)} selected={e.id === selectedId} hovered={e.id === hoveredId} href={hrefFor(e.id)} actions={actions} />
        ))}
      </ul>
    </section>
  );
}
