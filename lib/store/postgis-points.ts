/**
 * The PostGIS points query (EventStore.queryPoints, see points.ts): the events a query selects as compact rows for
 * the cluster index. In: an EventQuery, its place area and the folded search needles. Out: one statement whose rows
 * are read by position by points.ts rowsToPoints — the 'set' plan's predicates (postgis-query.ts pgEventWhere: primary
 * rows only), plain columns, no ORDER BY, no limit. Fatalities are the served event's (a group's lowest figure);
 * place name and country are the primary's own (a resolved event's place is its primary's).
 */
import type { EventQuery } from '../schemas';
import type { PlaceArea } from './filter';
import { pointsQuery } from './points';
import { pgEventWhere, SERVED } from './postgis-query';

const COLUMNS =
  `e.id, e.lon, e.lat, e.type, e.acled_sub_event_type, e.date, (${SERVED}::json->'fatalities'->>'count'), e.place_id, ` +
  "(e.json::json->'place'->>'name'), (e.json::json->'place'->>'country'), e.precision";

export function buildPgPointsQuery(q: EventQuery, area: PlaceArea | null, needles: readonly string[]): { text: string; values: unknown[] } {
  const built = pgEventWhere(pointsQuery(q), area, needles);
  if (!built) return { text: `SELECT ${COLUMNS} FROM events e WHERE false`, values: [] };
  return { text: `SELECT ${COLUMNS} FROM events e WHERE ${built.where.join(' AND ')}`, values: built.values };
}
