'use client';
/**
 * Filters: actor chips with counts (multi-select) and the actor role toggle (carried out by / any role; the
 * counts follow it), event types, a date range on the timeline, free text, the background toggle and Reset. It is a GET form over the same URL parameters, so it works
 * without JS; with JS every change calls onChange with the new EventQuery at once.
 */
import { memo, useState, type FormEvent } from 'react';
import type { AcledSubEventType, Actor, Bin, EventQuery, EventType } from '@/lib/schemas';
import { stripEmpty } from '@/lib/map/view-url';
import { Timeline } from './timeline';
import { TypeFilter } from './type-filter';
import { ActorRoleToggle } from './actor-role-toggle';

export interface FiltersProps {
  query: EventQuery;
  actors: readonly Actor[];
  /** events per actor id in the query's role (carried out by, or any role); actors without events are not offered */
  counts: Readonly<Record<string, number>>;
  typeCounts?: Readonly<Partial<Record<EventType, number>>>;
  /** events per ACLED sub-event type (the type filter's sub-type lists) */
  subTypeCounts?: Readonly<Partial<Record<AcledSubEventType, number>>>;
  /** reports per type / sub-type: the second number (issue 15) */
  typeReports?: Readonly<Partial<Record<EventType, number>>>;
  subTypeReports?: Readonly<Partial<Record<AcledSubEventType, number>>>;
  bins: readonly Bin[];
  /** `how.frame`: a timeline play frame (replace the URL rather than add a history entry) */
  onChange: (q: EventQuery, how?: { frame?: boolean }) => void;
}

const toggle = <T,>(list: readonly T[] | undefined, item: T): T[] =>
  list?.includes(item) ? list.filter((x) => x !== item) : [...(list ?? []), item];

function FiltersForm({ query, actors, counts, typeCounts, subTypeCounts, typeReports, subTypeReports, bins, onChange }: FiltersProps) {
  const [text, setText] = useState(query.q ?? '');
  const emit = (q: EventQuery, how?: { frame?: boolean }) => (how ? onChange(stripEmpty({ ...q }), how) : onChange(stripEmpty({ ...q })));
  // the actors the data holds (curated and open-world), most events first
  const offered = actors.filter((a) => (counts[a.id] ?? 0) > 0 || query.actors?.includes(a.id)).sort((a, b) => (counts[b.id] ?? 0) - (counts[a.id] ?? 0));
  const submitText = (ev: FormEvent) => {
    ev.preventDefault();
    emit({ ...query, q: text.trim() || undefined });
  };
  const reset = () => {
    setText('');
    onChange({});
  };
  return (
    <form className="filters" method="get" action="/" onSubmit={submitText} aria-label="Filters">
      <div className="filter-search">
        <label htmlFor="filter-q">Search events</label>
        <input id="filter-q" name="q" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="words in the quote" />
        <button type="submit" className="btn">Apply</button>
      </div>
      <fieldset className="chips">
        <legend>Actors</legend>
        <ActorRoleToggle key={query.role ?? 'actor'} role={query.role} onChange={(role) => emit({ ...query, role: role === 'actor' ? undefined : role })} />
        {offered.map((a) => (
          <label key={a.id} className="chip chip-toggle" data-actor={a.id}>
            <input type="checkbox" name="actors" value={a.id} checked={query.actors?.includes(a.id) ?? false}
              onChange={() => emit({ ...query, actors: toggle(query.actors, a.id) })} />
            <span className="swatch" style={{ background: a.color }} aria-hidden="true" />
            {a.name} <span className="count" aria-label={`${counts[a.id] ?? 0} events`}>{counts[a.id] ?? 0}</span>
          </label>
        ))}
      </fieldset>
      <TypeFilter query={query} typeCounts={typeCounts} subTypeCounts={subTypeCounts} typeReports={typeReports} subTypeReports={subTypeReports} onChange={emit} />
      <fieldset className="dates">
        <legend>Dates</legend>
        <Timeline bins={bins} from={query.from} to={query.to} onChange={(r, how) => emit({ ...query, from: r.from, to: r.to }, how)} />
        <label>From <input type="date" name="from" value={query.from ?? ''} onChange={(e) => emit({ ...query, from: e.target.value || undefined })} /></label>
        <label>To <input type="date" name="to" value={query.to ?? ''} onChange={(e) => emit({ ...query, to: e.target.value || undefined })} /></label>
      </fieldset>
      <label className="toggle">
        <input type="checkbox" name="includeBackground" value="true" checked={query.includeBackground ?? false}
          onChange={(e) => emit({ ...query, includeBackground: e.target.checked || undefined })} />
        Show background events (mentioned as context, not reported as news)
      </label>
      <div className="filter-actions">
        <noscript><button type="submit" className="btn">Apply filters</button></noscript>
        <a className="btn" href="/" onClick={(e) => { e.preventDefault(); reset(); }}>Reset filters</a>
      </div>
    </form>
  );
}

/** Memoised: a map move re-renders the page's shell, and the filters (with the timeline) do not depend on the view. */
export const Filters = memo(FiltersForm);
