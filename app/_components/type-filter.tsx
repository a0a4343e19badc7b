'use client';
/**
 * The event-type part of the filters: the map's display classes grouped under ACLED's 6 event types. Each group's
 * heading filters by the ACLED event type (eventTypes), its chips by display class (types), and its "sub-types"
 * list by ACLED sub-event type (subEventTypes); the three combine with AND, like every filter. Checkboxes named
 * after the URL parameters, so the GET form works without JS. Classes and sub-types without events are not offered
 * (unless selected) when counts are given. Counts are of events; when events were told by several articles the
 * reports follow as a second number ("12 / 15", titled "12 events · 15 reports", issue 15).
 */
import type { AcledSubEventType, EventQuery, EventType } from '@/lib/schemas';
import type { AcledEventTypeName } from '@/lib/schemas/acled-codebook';
import { typeGroups } from '@/lib/map/acled';
import { EVENT_TYPES } from '@/lib/map/icons';
import { TYPE_LABELS } from '@/lib/map/names';
import { TypeIcon } from './type-icon';
import { EventCount } from './event-count';

export interface TypeFilterProps {
  query: EventQuery;
  /** events per display class */
  typeCounts?: Readonly<Partial<Record<EventType, number>>>;
  /** events per ACLED sub-event type */
  subTypeCounts?: Readonly<Partial<Record<AcledSubEventType, number>>>;
  /** reports per display class / sub-type (the second number) */
  typeReports?: Readonly<Partial<Record<EventType, number>>>;
  subTypeReports?: Readonly<Partial<Record<AcledSubEventType, number>>>;
  onChange: (q: EventQuery) => void;
}

const toggle = <T,>(list: readonly T[] | undefined, item: T): T[] =>
  list?.includes(item) ? list.filter((x) => x !== item) : [...(list ?? []), item];

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export function TypeFilter({ query, typeCounts, subTypeCounts, typeReports, subTypeReports, onChange }: TypeFilterProps) {
  const offeredType = (t: EventType) => !typeCounts || (typeCounts[t] ?? 0) > 0 || (query.types?.includes(t) ?? false);
  const offeredSub = (s: AcledSubEventType) => !subTypeCounts || (subTypeCounts[s] ?? 0) > 0 || (query.subEventTypes?.includes(s) ?? false);
  const groupCount = (subTypes: readonly AcledSubEventType[]) => subTypes.reduce((n, s) => n + (subTypeCounts?.[s] ?? 0), 0);
  const groupReports = (subTypes: readonly AcledSubEventType[]) => (subTypeReports ? subTypes.reduce((n, s) => n + (subTypeReports[s] ?? 0), 0) : undefined);
  const groups = typeGroups(EVENT_TYPES.filter(offeredType))
    .map((g) => ({ ...g, subTypes: g.subTypes.filter(offeredSub) }))
    .filter((g) => g.types.length > 0 || g.subTypes.length > 0 || query.eventTypes?.includes(g.eventType));
  const selectedGroup = (g: AcledEventTypeName) => query.eventTypes?.includes(g) ?? false;
  return (
    <fieldset className="chips type-filter">
      <legend>Event types</legend>
      {groups.map((g) => {
        const id = `type-group-${slug(g.eventType)}`;
        const anySub = g.subTypes.some((s) => query.subEventTypes?.includes(s));
        return (
          <div key={g.eventType} className="type-group" role="group" aria-labelledby={id} data-acled-type={g.eventType}>
            <h3 className="type-group-title" id={id}>
              <label>
                <input type="checkbox" name="eventTypes" value={g.eventType} checked={selectedGroup(g.eventType)}
                  onChange={() => onChange({ ...query, eventTypes: toggle(query.eventTypes, g.eventType) })} />
                {g.eventType}
                {subTypeCounts ? <EventCount events={groupCount(g.subTypes)} reports={groupReports(g.subTypes)} /> : null}
              </label>
            </h3>
            {g.types.map((t) => (
              <label key={t} className="chip chip-toggle" data-type={t}>
                <input type="checkbox" name="types" value={t} checked={query.types?.includes(t) ?? false}
                  onChange={() => onChange({ ...query, types: toggle(query.types, t) })} />
                <TypeIcon type={t} size={16} /> {TYPE_LABELS[t]}
                {typeCounts ? <EventCount events={typeCounts[t] ?? 0} reports={typeReports?.[t]} /> : null}
              </label>
            ))}
            {g.subTypes.length > 0 && (
              <details className="sub-types" open={anySub || undefined}>
                <summary>ACLED sub-types</summary>
                {g.subTypes.map((s) => (
                  <label key={s} className="chip chip-toggle sub-type" data-sub-type={s}>
                    <input type="checkbox" name="subEventTypes" value={s} checked={query.subEventTypes?.includes(s) ?? false}
                      onChange={() => onChange({ ...query, subEventTypes: toggle(query.subEventTypes, s) })} />
                    {s}
                    {subTypeCounts ? <EventCount events={subTypeCounts[s] ?? 0} reports={subTypeReports?.[s]} /> : null}
                  </label>
                ))}
              </details>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
