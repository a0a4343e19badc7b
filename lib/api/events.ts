/**
 * The events read model for routes: one page of events, the references of their articles (title, date,
 * source, url — one store query, never the article text or mentions), and the CSV export context.
 * In: an EventStore and events from it. Out: maps and strings; the store is only read.
 * The actor table and the gazetteer are imported lazily, so the GeoJSON path never loads them.
 */
import type { ArticleRef, ConflictEvent, EventQuery } from '../schemas';
import type { EventStore } from '../store';
import { eventsToAcledCsv, type CsvContext } from '../export';
import { adminResolver } from './admin';
import { searchOptions } from './search';

/** Events per response when the query sets no `limit` (a page the map and a CSV reader take in at once). */
export const DEFAULT_EVENT_LIMIT = 1000;

/**
 * One page of events: the query's `limit` (else DEFAULT_EVENT_LIMIT), and whether more events match.
 * Asks the store for one event more than the page to know.
 */
export async function eventPage(store: EventStore, query: EventQuery): Promise<{ events: ConflictEvent[]; limit: number; truncated: boolean }> {
  const limit = query.limit ?? DEFAULT_EVENT_LIMIT;
  const events = await store.queryEvents({ ...query, limit: limit + 1 }, await searchOptions(query));
  const truncated = events.length > limit;
  if (truncated) events.length = limit;
  return { events, limit, truncated };
}

/** References of every article the events come from, by id (one store query; no article text is read). */
export async function articleRefs(store: EventStore, events: readonly ConflictEvent[]): Promise<Map<string, ArticleRef>> {
  const refs = await store.articleRefs([...new Set(events.map((e) => e.articleId))]);
  return new Map(refs.map((r) => [r.id, r]));
}

/** Admin lookup from the gazetteer, or none when it cannot be loaded (the columns stay empty; logged once). */
let adminWarned = false;
async function adminLookup(): Promise<CsvContext['admin']> {
  try {
    const { getGazetteer } = await import('../gazetteer');
    return adminResolver(getGazetteer());
  } catch (err) {
    if (!adminWarned) console.warn(`[api] CSV admin1/admin2 left empty: ${(err as Error).message}`);
    adminWarned = true;
    return undefined;
  }
}

/** ACLED CSV for events; `now` (ms) sets the timestamp column. */
export async function eventsCsv(events: readonly ConflictEvent[], articles: ReadonlyMap<string, ArticleRef>, now = Date.now()): Promise<string> {
  const { getActors } = await import('../actors');
  const ctx: CsvContext = {
    actors: new Map(getActors().map((a) => [a.id, a])),
    articles,
    admin: await adminLookup(),
    timestamp: Math.floor(now / 1000),
  };
  return eventsToAcledCsv(events, ctx);
}
