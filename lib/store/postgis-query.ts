/**
 * EventQuery → one PostgreSQL statement, mirroring lib/store/filter.ts exactly, in one of two plans:
 *  - 'set'  : bbox via GiST on geog::geometry (a lon/lat rectangle) then the exact lon/lat test; place radius:
 *             ST_DWithin on the sphere; q: pg_trgm GIN via LIKE, strpos decides; the planner picks the index
 *             (or walks events_order for dense views) and sorts;
 *  - 'grid' : bbox + limit (map viewports): one ordered index-only scan of events_cell per covered 0.25° cell
 *             (exact lon/lat test on the index tuple), merged in result order (Merge Append) and stopped at the
 *             limit; events.json is then read only for the ids returned.
 * Order uses the C collation to match code-unit order. postgis.ts picks the plan (choosePgPlan).
 * Resolution (issue 15, migration 007): both plans read primary rows only (the grid plan tests is_primary on
 * the events_cell index tuple) and serve `resolved` (a group's merged event) or else `json`; `actors` matches the counted
 * actor rows (the served event's), `article` the events with any report from that article. buildPgPointsQuery
 * (the points query) shares the 'set' plan's predicates (pgEventWhere).
 */
import type { EventQuery } from '../schemas';
import { searchNeedles, type PlaceArea } from './filter';

export interface PgQuery {
  text: string;
  values: unknown[];
  /** the plan the text implements ('grid' falls back to 'set' where it does not fit) */
  plan: PgPlan;
}

export type PgPlan = 'set' | 'grid';

/** The served event of a primary row: its group's merged event, or its own. */
export const SERVED = 'coalesce(e.resolved, e.json)';
type Box = readonly [number, number, number, number];

/** 0.25° cells, the same formula as the generated column in migrations/postgis/002_grid_cells.sql. */
export const PG_GRID = { perDegree: 4, rows: 720, cols: 1440 } as const;
const pgRow = (lat: number) => Math.min(PG_GRID.rows - 1, Math.floor((lat + 90) * PG_GRID.perDegree));
const pgCol = (lon: number) => Math.min(PG_GRID.cols - 1, Math.floor((lon + 180) * PG_GRID.perDegree));

/** Cells covering a box (two column ranges across the antimeridian); every point inside lies in one of them. */
export function pgGridCells([west, south, east, north]: Box): number[] {
  const cols: [number, number][] = west <= east ? [[pgCol(west), pgCol(east)]] : [[pgCol(west), PG_GRID.cols - 1], [0, pgCol(east)]];
  const out: number[] = [];
  for (let row = pgRow(south); row <= pgRow(north); row++) {
    for (const [c0, c1] of cols) for (let c = c0; c <= c1; c++) out.push(row * PG_GRID.cols + c);
  }
  return out;
}

/** Most cells (UNION ALL arms) the grid plan merges; planning cost grows with the arms, bigger views use 'set'. */
export const MAX_PG_GRID_CELLS = 120;

/** The grid plan serves bbox views with a limit whose other filters the cell index can test cheaply. */
function gridFits(q: EventQuery): q is EventQuery & { bbox: Box; limit: number } {
  if (!q.bbox || q.limit === undefined) return false;
  if (q.actors?.length || q.q !== undefined || q.place !== undefined || q.article !== undefined) return false;
  return pgGridCells(q.bbox).length <= MAX_PG_GRID_CELLS;
}

export function choosePgPlan(q: EventQuery): PgPlan {
  return gridFits(q) ? 'grid' : 'set';
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Grid plan: bbox + limit, filters limited to background, types (display and ACLED) and dates (choosePgPlan checks). */
function buildPgGridQuery(q: EventQuery, bbox: Box, limit: number): PgQuery {
  const [west, south, east, north] = bbox;
  // shared parameters: $1 limit, $2..$5 box, then types/eventTypes/subEventTypes/from/to, then one per cell
  const values: unknown[] = [limit, south, north, west, east];
  const where = ['e.is_primary', 'e.lat >= $2 AND e.lat <= $3', west <= east ? 'e.lon >= $4 AND e.lon <= $5' : '(e.lon >= $4 OR e.lon <= $5)'];
  const p = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  if (!q.includeBackground) where.push('NOT e.background');
  if (q.types?.length) where.push(`e.type = ANY(${p(q.types)}::text[])`);
  if (q.eventTypes?.length) where.push(`e.acled_event_type = ANY(${p(q.eventTypes)}::text[])`);
  if (q.subEventTypes?.length) where.push(`e.acled_sub_event_type = ANY(${p(q.subEventTypes)}::text[])`);
  if (q.from !== undefined || q.to !== undefined) where.push("e.sort_date <> ''");
  if (q.from !== undefined) where.push(`e.sort_date >= ${p(q.from)}`);
  if (q.to !== undefined) where.push(`e.sort_date <= ${p(q.to)}`);
  const order = 'ORDER BY sort_date DESC, id COLLATE "C"';
  const arms = pgGridCells(bbox).map(
    (cell) => `(SELECT e.id, e.sort_date FROM events e WHERE e.cell = ${p(cell)} AND ${where.join(' AND ')} ${order} LIMIT $1)`,
  );
  const page = `SELECT id, sort_date FROM (${arms.join(' UNION ALL ')}) u ${order} LIMIT $1`;
  const text = `SELECT ${SERVED} AS json FROM (${page}) x JOIN events e ON e.id = x.id ORDER BY x.sort_date DESC, x.id COLLATE "C"`;
  return { text, values, plan: 'grid' };
}

/**
 * The 'set' plan's predicates on `events e` (primary rows only), with their parameters; null when nothing can match
 * (an unknown place). `needles`: the folded needles of q and its variants (search-text.ts searchNeedles).
 */
export function pgEventWhere(q: EventQuery, placeArea: PlaceArea | null, needles: readonly string[]): { where: string[]; values: unknown[] } | null {
  const where: string[] = ['e.is_primary'];
  const values: unknown[] = [];
  const p = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  if (!q.includeBackground) where.push('NOT e.background');
  // the events with any report from the article: the groups of its rows
  if (q.article !== undefined) where.push(`e.id IN (SELECT grp FROM events WHERE article_id = ${p(q.article)} AND grp IS NOT NULL)`);
  if (q.types?.length) where.push(`e.type = ANY(${p(q.types)}::text[])`);
  if (q.eventTypes?.length) where.push(`e.acled_event_type = ANY(${p(q.eventTypes)}::text[])`);
  if (q.subEventTypes?.length) where.push(`e.acled_sub_event_type = ANY(${p(q.subEventTypes)}::text[])`);
  if (q.actors?.length) {
    // role 'actor' (default): only the rows of actors that carried the event out; 'any': every role
    where.push(`e.id IN (SELECT event_id FROM event_actors WHERE actor_id = ANY(${p(q.actors)}::text[]) AND counted${q.role === 'any' ? '' : ' AND acting'})`);
  }
  if (q.from !== undefined || q.to !== undefined) where.push('e.date IS NOT NULL');
  if (q.from !== undefined) where.push(`e.sort_date >= ${p(q.from)}`);
  if (q.to !== undefined) where.push(`e.sort_date <= ${p(q.to)}`);
  if (q.bbox) {
    const [west, south, east, north] = q.bbox;
    const env = (w: number, e: number) => `(e.geog::geometry && ST_MakeEnvelope(${p(w)}, ${p(south)}, ${p(e)}, ${p(north)}, 4326))`;
    const lat = `e.lat >= ${p(south)} AND e.lat <= ${p(north)}`;
    if (west <= east) where.push(env(west, east), `${lat} AND e.lon >= ${p(west)} AND e.lon <= ${p(east)}`);
    else where.push(`(${env(west, 180)} OR ${env(-180, east)})`, `${lat} AND (e.lon >= ${p(west)} OR e.lon <= ${p(east)})`);
  }
  if (q.place !== undefined) {
    if (!placeArea) return null;
    const centre = `ST_SetSRID(ST_MakePoint(${p(placeArea.lon)}, ${p(placeArea.lat)}), 4326)::geography`;
    where.push(`(e.place_id = ${p(placeArea.id)} OR ST_DWithin(e.geog, ${centre}, ${p(placeArea.radiusKm * 1000)}, false))`);
  }
  if (q.q !== undefined) {
    // one folded needle per spelling: trigram GIN via LIKE, strpos decides; no needle matches nothing
    if (!needles.length) where.push('false');
    else {
      where.push(`(${needles.map((n) => `e.search LIKE ${p(`%${likeEscape(n)}%`)}`).join(' OR ')})`);
      where.push(`(${needles.map((n) => `strpos(e.search, ${p(n)}) > 0`).join(' OR ')})`);
    }
  }
  return { where, values };
}

/** `needles`: the folded needles of q and its variants (search-text.ts searchNeedles); unused without q. */
export function buildPgEventQuery(q: EventQuery, placeArea: PlaceArea | null, plan: PgPlan = 'set', needles: readonly string[] = q.q !== undefined ? searchNeedles(q.q) : []): PgQuery {
  if (plan === 'grid' && gridFits(q)) return buildPgGridQuery(q, q.bbox, q.limit);
  const built = pgEventWhere(q, placeArea, needles);
  if (!built) return { text: 'SELECT json FROM events WHERE false', values: [], plan: 'set' };
  const { where, values } = built;
  let text = `SELECT ${SERVED} AS json FROM events e WHERE ${where.join(' AND ')} ORDER BY e.sort_date DESC, e.id COLLATE "C"`;
  if (q.limit !== undefined) {
    values.push(q.limit);
    text += ` LIMIT $${values.length}`;
  }
  return { text, values, plan: 'set' };
}
