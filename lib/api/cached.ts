/**
 * The read routes' answers, cached per store (lib/store read-cache.ts): keyed by the parsed query and the store's
 * change version, so a write (here, or in another process on the same database: lib/store notify.ts) is seen by
 * the next request, and identical requests in between share one query and one serialisation.
 * In: an EventStore and a parsed query. Out: the serialised GeoJSON body of /api/events (with its page facts),
 * the listed actors of /api/actors. Values are shared between requests: callers must not mutate them.
 */
import type { EventQuery, ListedActor } from '../schemas';
import { storeCache, type ActorRoleFilter, type EventStore } from '../store';
import { actorList } from './actors';
import { articleRefs, eventPage } from './events';
import { eventCollection } from './geojson';

export interface EventsBody {
  /** the FeatureCollection as JSON text, serialised once */
  json: string;
  limit: number;
  truncated: boolean;
}

/** GET /api/events as GeoJSON: the page of events with their article refs, serialised once per query and version. */
export function eventsGeojson(store: EventStore, query: EventQuery): Promise<EventsBody> {
  return storeCache<EventsBody>(store, 'events.geojson', { sizeOf: (b) => 2 * b.json.length }).get(query, async () => {
    const { events, limit, truncated } = await eventPage(store, query);
    const articles = await articleRefs(store, events);
    return { json: JSON.stringify(eventCollection(events, articles, query, { limit, truncated })), limit, truncated };
  });
}

/** GET /api/actors and the map's actor filter (actorList), once per role and version. */
export function cachedActorList(store: EventStore, role?: ActorRoleFilter): Promise<ListedActor[]> {
  return storeCache<ListedActor[]>(store, 'actors').get(role ?? 'default', () => actorList(store, role));
}
