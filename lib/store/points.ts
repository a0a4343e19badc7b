/**
 * The light points query every store answers (`queryPoints`): the events a query selects as compact rows for the
 * cluster index — no article text, no event JSON handed to JS, no ordering, no limit.
 * Resolution (issue 15): one row per served (primary) event; its fatalities are the resolved event's.
 * In: an EventQuery (its bbox and place apply like queryEvents; limit and format are ignored) and the search
 * variants of q. Out: PointRow[] ({ id, lng, lat, type, subType, date, fatalities, location, precision }), lng/lat
 * null for events without a place (counted by the caller, never drawn).
 * SQLite and PostGIS select plain columns; fatalities and the place name/country are read by the database
 * (json_extract / ->>) so no JSON is parsed in JS; the display name is computed once per place (placeNamer).
 */
import type { ConflictEvent, EventQuery, PointRow } from '../schemas';
import { displayPlaceName } from '../geo';
import { eventPredicates } from './sqlite-query';
import type { PlaceArea } from './filter';

/** The part of a query the points index depends on: limit and format never change which events match. */
export function pointsQuery(q: EventQuery): EventQuery {
  const rest = { ...q };
  delete rest.limit;
  delete rest.format;
  return rest;
}

/** Display names memoised per place id (a million rows name a few thousand places). */
export function placeNamer(): (id: string | null, name: string | null, country: string | null) => string | null {
  const memo = new Map<string, string>();
  return (id, name, country) => {
    if (id === null || name === null) return null;
    const key = `${id}\u0000${name}`;
    let out = memo.get(key);
    if (out === undefined) {
      out = displayPlaceName({ id, name, country });
      memo.set(key, out);
    }
    return out;
  };
}

/** The row of one event (memory store). */
export function pointOfEvent(e: ConflictEvent, name = placeNamer()): PointRow {
  const p = e.place;
  return {
    id: e.id,
    lng: p ? p.lon : null,
    lat: p ? p.lat : null,
    type: e.type,
    subType: e.acled.subEventType,
    date: e.date.value,
    fatalities: e.fatalities ? e.fatalities.count : null,
    location: p ? name(p.id, p.name, p.country) : null,
    precision: p ? p.precision : null,
  };
}

/** Columns selected by both SQL builders, in this order (rowsToPoints reads them by position). */
type RawPoint = [string, number | null, number | null, string, string | null, string | null, number | string | null, string | null, string | null, string | null, string | null];

/** Raw SQL rows (positional, see the SELECT lists below) → PointRows. */
export function rowsToPoints(rows: readonly unknown[][]): PointRow[] {
  const name = placeNamer();
  const out = new Array<PointRow>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const [id, lng, lat, type, subType, date, fatalities, placeId, placeName, country, precision] = rows[i] as RawPoint;
    out[i] = {
      id,
      lng,
      lat,
      type: type as PointRow['type'],
      subType: subType ?? '',
      date,
      fatalities: fatalities === null ? null : Number(fatalities),
      location: lng === null ? null : name(placeId, placeName, country),
      precision: lng === null ? null : (precision as PointRow['precision']),
    };
  }
  return out;
}

/**
 * The SQLite statement: the 'set' plan's exact predicates (sqlite-query.ts), plain columns, no ORDER BY. Its last two
 * parameters are a rowid range (rid > ? AND rid <= ?): sqlitePoints reads the table in slices.
 */
export function buildSqlitePointsQuery(q: EventQuery, area: PlaceArea | null, needles: readonly string[]): { sql: string; params: unknown[] } {
  const cols =
    "e.id, e.lon, e.lat, e.type, e.acled_sub_event_type, e.date, json_extract(coalesce(e.resolved, e.json), '$.fatalities.count'), e.place_id, " +
    "json_extract(e.json, '$.place.name'), json_extract(e.json, '$.place.country'), e.precision";
  if (q.place !== undefined && !area) return { sql: `SELECT ${cols} FROM events e WHERE 0 AND e.rid > ? AND e.rid <= ?`, params: [] };
  const params: unknown[] = [];
  const where = eventPredicates(pointsQuery(q), area, 'set', params, needles);
  return { sql: `SELECT ${cols} FROM events e WHERE ${[...where, 'e.rid > ? AND e.rid <= ?'].join(' AND ')}`, params };
}

/** rowids per slice of the SQLite points query: the event loop gets a turn between slices */
export const SQLITE_POINTS_SLICE = 50_000;

/**
 * Runs the SQLite points query slice by slice over the rowid range (better-sqlite3 is synchronous: one statement
 * over a million rows would hold every other request up for its whole duration). A write between two slices may
 * leave the rows mixed; callers key on the change version read before the first slice, so such a result is
 * already stale and gets rebuilt.
 */
export async function sqlitePoints(slice: (lo: number, hi: number) => unknown[][], maxRid: number): Promise<PointRow[]> {
  const raw: unknown[][] = [];
  for (let lo = 0; lo < maxRid; lo += SQLITE_POINTS_SLICE) {
    for (const r of slice(lo, lo + SQLITE_POINTS_SLICE)) raw.push(r);
    if (lo + SQLITE_POINTS_SLICE < maxRid) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return rowsToPoints(raw);
}
