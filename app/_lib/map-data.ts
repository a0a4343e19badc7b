/**
 * Server-side glue for the map pages: runs the view's query against the store and gathers what
 * the sidebar needs (actors, counts, timeline bins, article titles and publishers). No logic beyond wiring lib/.
 */
import 'server-only';
import { getStore, storeCache, type ArticleSummary, type EventStore } from '@/lib/store';
import { cachedActorList } from '@/lib/api/cached';
import { searchOptions } from '@/lib/api/search';
import type { AcledSubEventType, ConflictEvent, EventType, ViewState } from '@/lib/schemas';
import { binDates } from '@/lib/map/histogram';
import { binReports, reportCounts } from '@/lib/map/report-counts';
import { storeQuery } from '@/lib/map/view-state';
import { publishersOf } from '@/lib/api/publisher';
import { SERVER_CLUSTERS_THRESHOLD, SERVER_LIST_LIMIT, serverClustersMode } from '@/lib/map/server-clusters';
import type { AtlasViewProps } from '../_components/atlas-view';

type MapData = Omit<AtlasViewProps, 'preset' | 'selectedPlace' | 'children' | 'filters' | 'initialView'> & { articles: ArticleSummary[] };

export async function loadMapData(view: ViewState): Promise<MapData> {
  const store = await getStore();
  // one load per view and store version (lib/store read-cache.ts): the page's data is shared, never mutated
  return storeCache<MapData>(store, 'map-data').get(view, () => load(store, view));
}

async function load(store: EventStore, view: ViewState): Promise<MapData> {
  const q = storeQuery(view);
  const [matching, all, actors, articles] = await Promise.all([
    // one more than the threshold tells server-clusters mode (lib/map/server-clusters.ts): then the list gets a page
    searchOptions(q).then((opts) => store.queryEvents({ ...q, limit: SERVER_CLUSTERS_THRESHOLD + 1 }, opts)),
    store.queryEvents({ includeBackground: q.includeBackground }),
    // counts in the role the filter asks (carried out by, or any role)
    cachedActorList(store, q.role),
    store.listArticles(),
  ]);
  const typeCounts: Partial<Record<EventType, number>> = {};
  const subTypeCounts: Partial<Record<AcledSubEventType, number>> = {};
  for (const e of all) {
    typeCounts[e.type] = (typeCounts[e.type] ?? 0) + 1;
    subTypeCounts[e.acled.subEventType] = (subTypeCounts[e.acled.subEventType] ?? 0) + 1;
  }
  const eventsTruncated = serverClustersMode(matching.length);
  const events = eventsTruncated ? matching.slice(0, SERVER_LIST_LIMIT) : matching;
  let selectedEvent: ConflictEvent | null = null;
  if (view.event) selectedEvent = events.find((e) => e.id === view.event) ?? (await store.getEvent(view.event));
  return {
    events,
    eventsTruncated,
    // curated actors and the open-world ones the data holds (lib/api actorList), with their event counts
    actors,
    counts: Object.fromEntries(actors.map((a) => [a.id, a.eventCount])),
    typeCounts,
    subTypeCounts,
    // reports as the second number (issue 15)
    ...reportCounts(all),
    bins: binReports(binDates(all.map((e) => e.date.value)), all),
    articleTitles: Object.fromEntries(articles.map((a) => [a.id, a.title])),
    // publisher + link of each article (lib/api/publisher.ts; the lede carries any wire dateline)
    articleSources: publishersOf(articles.map((a) => ({ ...a, text: a.lede }))),
    selectedEvent,
    articles,
  };
}
