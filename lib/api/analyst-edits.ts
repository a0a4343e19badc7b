/**
 * The analyst's merge and split of resolved events (issue 15), as the admin routes run them: read the named
 * events, build the Override (overrides.ts, pure), store it (the store re-resolves the touched components in the
 * same transaction and bumps its change version, so every cache keyed on it is fresh), then read the result again.
 * In: an EventStore, the parsed body (MergeEventsBody / SplitEventBody), a stamp (id, time). Out: the response
 * bodies of lib/schemas/api.ts (MergeEventsResponse / SplitEventResponse). Unknown ids are a 404 HttpError.
 */
import { randomUUID } from 'node:crypto';
import type { ConflictEvent, EventFeature, Override } from '../schemas';
import type { EventStore } from '../store';
import { notFound } from './http';
import { articleRefs } from './events';
import { eventFeature } from './geojson';
import { mergeOverride, splitOverride, type OverrideStamp } from './overrides';

export function newStamp(note?: string, now = new Date()): OverrideStamp {
  return { id: `ov-${randomUUID()}`, createdAt: now.toISOString(), note };
}

async function mustGet(store: EventStore, id: string): Promise<ConflictEvent> {
  const e = await store.getEvent(id);
  if (!e) throw notFound('event', id);
  return e;
}

async function features(store: EventStore, events: ConflictEvent[]): Promise<EventFeature[]> {
  const refs = await articleRefs(store, events);
  return events.map((e) => eventFeature(e, refs.get(e.articleId)));
}

export async function mergeEvents(store: EventStore, ids: readonly string[], stamp: OverrideStamp): Promise<{ override: Override; event: EventFeature }> {
  const events: ConflictEvent[] = [];
  for (const id of ids) events.push(await mustGet(store, id));
  const override = mergeOverride(events, stamp);
  await store.addOverride(override);
  // any report of the merged event names it (getEvent maps a report id to its group's resolved event)
  const merged = await mustGet(store, events[0]!.reports?.[0]?.eventId ?? events[0]!.id);
  const [event] = await features(store, [merged]);
  return { override, event: event! };
}

export async function splitEvent(store: EventStore, id: string, reports: readonly string[], stamp: OverrideStamp): Promise<{ override: Override; events: [EventFeature, EventFeature] }> {
  const event = await mustGet(store, id);
  const { override, taken, kept } = splitOverride(event, reports, stamp);
  await store.addOverride(override);
  const [a, b] = await features(store, [await mustGet(store, taken[0]!.eventId), await mustGet(store, kept[0]!.eventId)]);
  return { override, events: [a!, b!] };
}
