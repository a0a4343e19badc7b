/**
 * Shared query semantics for every EventStore: the one reference the SQL backends must agree with.
 * In: ConflictEvents plus the little context a filter needs (article title, resolved place area).
 * Out: pure predicates, the result order and helpers (search text, lede, haversine).
 *
 * Semantics (documented in docs/STORE.md):
 * - actors: any of the ids is among the event's actors in the role `role` asks for (actingActorIds):
 *   role 'actor' (the default) — the side that carried the event out: actors with role `actor`, or, in an event
 *   with none, its speakers (else mediators), the side ACLED's actor1 names; role 'any' — any role (target, ally,
 *   mediator, speaker, mentioned included).
 * - types: the event type (display class) is one of them.
 * - eventTypes / subEventTypes: the event's ACLED coding (acled.eventType / acled.subEventType) is one of them.
 *   Like every filter they combine with AND (with each other and with types).
 * - from / to: inclusive bounds on date.value; events without a resolved date are excluded when either is set.
 * - bbox [west, south, east, north]: the event point (place.lon, place.lat) lies inside, boundary included;
 *   west > east means the box crosses the antimeridian. Events without a place never match.
 * - place: the event's place id equals it, OR the event point lies within the place's area. The area is
 *   read from the stored events themselves (no gazetteer needed): centre = place of the first event
 *   (by id) with that place id, radius = the largest radiusKm recorded for that id. Unknown id → nothing.
 * - q: the folded query (search-text.ts foldSearch: case, diacritics, apostrophes and punctuation ignored), or one of
 *   its spelling variants (QueryOptions.variants, found by lib/api), is a substring of the folded quote, article title,
 *   place name, place display name or mention text.
 * - article: any report of the event comes from that article (a resolved event told by several articles is found
 *   from each of them: its `reports`' article ids; an event without `reports` is its own one report).
 * - resolution (issue 15): a store serves one event per resolved group — the primary report's row with the resolved
 *   event (lib/resolve); its filter columns (type, ACLED coding, date, place) are the primary's, the actor filter and
 *   counts see the union of the group's actors (the resolved event's `actors`), and `q` searches the text of every
 *   report of the group (groupSearchText). Place areas (`place`) are read from every stored report.
 * - includeBackground: default false, background events are left out.
 * - order: date.value descending (undated last), then id ascending (code-unit order); limit applies last.
 */
import type { ConflictEvent, EventQuery } from '../schemas';
import { distanceKm as haversineKm } from '../geo';
import { matchesSearch, searchNeedles, searchText } from './search-text';

export { foldSearch, searchNeedles, searchText, MAX_SEARCH_VARIANTS } from './search-text';

/** Which of an event's actors the `actors` filter looks at: the acting side ('actor') or every role ('any'). */
export type ActorRoleFilter = NonNullable<EventQuery['role']>;
export const DEFAULT_ACTOR_ROLE: ActorRoleFilter = 'actor';

/** What a store query may carry besides the EventQuery: spelling variants of `q` (lib/api/search.ts). */
export interface QueryOptions {
  variants?: readonly string[];
}

/** Who carried an event out, and every actor it names: lib/schemas (the resolution stage reads them too). */
import { actingActorIds, actorIds } from '../schemas';
export { actingActorIds, actorIds };

/** Actor ids the `actors` filter matches for an event under a role filter. */
export function roleActorIds(e: Pick<ConflictEvent, 'actors'>, role: ActorRoleFilter | undefined): string[] {
  return (role ?? DEFAULT_ACTOR_ROLE) === 'any' ? actorIds(e) : actingActorIds(e);
}

export interface PlaceArea {
  id: string;
  lat: number;
  lon: number;
  radiusKm: number;
}

export interface FilterContext {
  /** title of the event's article (for q) */
  title: string;
  /** resolved `place` filter area, null when q.place is unset or unknown */
  placeArea: PlaceArea | null;
  /** folded needles of q and its variants (searchNeedles); computed from q when absent */
  needles?: readonly string[];
  /** the search text of the event's group (groupSearchText); searchText(e, title) when absent (a lone report) */
  search?: string;
}

/** the one great-circle distance (lib/geo: the sphere PostGIS uses for geography with use_spheroid=false) */
export { distanceKm as haversineKm, EARTH_RADIUS_KM } from '../geo';

export function inBbox(lon: number, lat: number, [west, south, east, north]: readonly [number, number, number, number]): boolean {
  if (lat < south || lat > north) return false;
  return west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
}

/** Place area from the events carrying that place id; null when none does. */
export function resolvePlaceArea(id: string, events: Iterable<ConflictEvent>): PlaceArea | null {
  let first: ConflictEvent | null = null;
  let radiusKm = 0;
  for (const e of events) {
    if (e.place?.id !== id) continue;
    if (!first || e.id < first.id) first = e;
    radiusKm = Math.max(radiusKm, e.place.radiusKm);
  }
  if (!first?.place) return null;
  return { id, lat: first.place.lat, lon: first.place.lon, radiusKm };
}

export function matchesEvent(e: ConflictEvent, q: EventQuery, ctx: FilterContext): boolean {
  if (!q.includeBackground && e.background) return false;
  if (q.article !== undefined && !reportArticleIds(e).includes(q.article)) return false;
  if (q.types?.length && !q.types.includes(e.type)) return false;
  if (q.eventTypes?.length && !q.eventTypes.includes(e.acled.eventType)) return false;
  if (q.subEventTypes?.length && !q.subEventTypes.includes(e.acled.subEventType)) return false;
  if (q.actors?.length && !roleActorIds(e, q.role).some((id) => q.actors!.includes(id))) return false;
  if (q.from !== undefined || q.to !== undefined) {
    const d = e.date.value;
    if (d === null) return false;
    if (q.from !== undefined && d < q.from) return false;
    if (q.to !== undefined && d > q.to) return false;
  }
  if (q.bbox && (!e.place || !inBbox(e.place.lon, e.place.lat, q.bbox))) return false;
  if (q.place !== undefined) {
    const area = ctx.placeArea;
    if (!area || !e.place) return false;
    if (e.place.id !== q.place && haversineKm(area.lat, area.lon, e.place.lat, e.place.lon) > area.radiusKm) return false;
  }
  if (q.q !== undefined && !matchesSearch(ctx.search ?? searchText(e, ctx.title), ctx.needles ?? searchNeedles(q.q))) return false;
  return true;
}

/** Result order: newest date first, undated last, then id ascending. */
export function compareEvents(a: ConflictEvent, b: ConflictEvent): number {
  const da = a.date.value;
  const db = b.date.value;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** First sentence of a body (for article summaries): lede.ts. */
export { lede } from './lede';

/** The articles whose reports make up a served event: its reports' articles, or its own article for a lone report. */
export function reportArticleIds(e: Pick<ConflictEvent, 'articleId' | 'reports'>): string[] {
  return e.reports?.length ? [...new Set(e.reports.map((r) => r.articleId))] : [e.articleId];
}

/**
 * The search text of a resolved group: the lines of every report's own search text (searchText with its article's
 * title), in event id order, each distinct line once ('\n' between lines: a folded needle never spans two lines,
 * so `q` matches the group exactly when it matches one of its reports). One report: its own text.
 */
export function groupSearchText(
  members: readonly { event: ConflictEvent; title: string }[],
  /** each member's own search text (a store may hand kept ones): searchText by default */
  own: (event: ConflictEvent, title: string) => string = searchText,
): string {
  if (members.length === 1) return own(members[0]!.event, members[0]!.title);
  const lines = new Set<string>();
  const sorted = [...members].sort((a, b) => (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
  for (const m of sorted) for (const line of own(m.event, m.title).split('\n')) lines.add(line);
  return [...lines].join('\n');
}
