/**
 * EventQuery → one SQLite statement, mirroring lib/store/filter.ts exactly, in one of three plans:
 *  - 'set'   (default): the most selective index drives — R*Tree for bbox/place, FTS5 trigram for q (3+ chars),
 *            event_actors for actors, events_type for types, events_acled for eventTypes/subEventTypes — then the matches are sorted;
 *  - 'grid'  (bbox + limit, few hits): read the box's 0.1° grid-cell ranges from events_cell (it covers the
 *            point, sort key and background), sort those, then read events.json only for the rows returned;
 *  - 'scan'  (limit, many hits): walk events_order in result order, test every filter exactly, stop at the limit.
 * All plans return the same rows; sqlite.ts picks one from capped hit counts (planEstimates).
 * Resolution (issue 15, migration 007): only primary rows are served (is_primary = 1, the partial indexes events_order
 * and events_cell list only those), as coalesce(resolved, json); `article` selects the primaries of the groups holding
 * a report of that article; the actor filter reads event_actors rows with counted = 1 (the group's union); `q` is
 * tested on the group's text (group_search, migration 008) and found through the reports' own FTS rows.
 */
import type { EventQuery } from '../schemas';
import { searchNeedles, type PlaceArea } from './filter';
import { circleBbox, GRID_COLS, gridCol, gridRow } from './rows';

export type Plan = 'set' | 'grid' | 'scan';

export interface SqlQuery {
  sql: string;
  params: unknown[];
}

type Box = readonly [number, number, number, number];

/** R*Tree range test on alias `t` (its 32-bit float boxes round outward: an exact test must follow). */
function rtreeRange(t: string, [west, south, east, north]: Box, params: unknown[]): string {
  params.push(south, north);
  const lat = `${t}.max_lat >= ? AND ${t}.min_lat <= ?`;
  if (west <= east) {
    params.push(west, east);
    return `${lat} AND ${t}.max_lon >= ? AND ${t}.min_lon <= ?`;
  }
  params.push(west, east);
  return `${lat} AND (${t}.max_lon >= ? OR ${t}.min_lon <= ?)`;
}

/** R*Tree cover of a box on alias `t`; a box across the antimeridian is two ranges ORed on one scan. */
function rtreeCover(t: string, bbox: Box, params: unknown[]): string {
  const [west, south, east, north] = bbox;
  if (west <= east) return rtreeRange(t, bbox, params);
  return `((${rtreeRange(t, [west, south, 180, north], params)}) OR (${rtreeRange(t, [-180, south, east, north], params)}))`;
}

function rtreeIn(bbox: Box, params: unknown[]): string {
  const [west, south, east, north] = bbox;
  if (west <= east) return `e.rid IN (SELECT rid FROM events_rtree t WHERE ${rtreeRange('t', bbox, params)})`;
  const a = rtreeRange('t', [west, south, 180, north], params);
  const b = rtreeRange('t', [-180, south, east, north], params);
  return `e.rid IN (SELECT rid FROM events_rtree t WHERE ${a} UNION ALL SELECT rid FROM events_rtree t WHERE ${b})`;
}

/** Exact point-in-box on alias `t` (columns lat, lon). */
function exactBox(t: string, [west, south, east, north]: Box, params: unknown[]): string {
  params.push(south, north, west, east);
  return `${t}.lat >= ? AND ${t}.lat <= ? AND ${west <= east ? `${t}.lon >= ? AND ${t}.lon <= ?` : `(${t}.lon >= ? OR ${t}.lon <= ?)`}`;
}

/** FTS5 phrase for a substring: double quotes doubled, whole thing quoted. */
export function ftsPhrase(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

const marks = (xs: readonly unknown[]) => xs.map(() => '?').join(',');
const usesFts = (needle: string) => [...needle].length >= 3;
/** The FTS5 query for a set of needles (OR of phrases), or null when one is too short for the trigram index. */
function ftsQuery(needles: readonly string[]): string | null {
  return needles.length && needles.every(usesFts) ? needles.map(ftsPhrase).join(' OR ') : null;
}
/** The event_actors condition of the role filter on counted rows ('actor', the default: acting = 1; 'any': every row). */
const roleCond = (q: EventQuery, t: string) => ` AND ${t}counted = 1${q.role === 'any' ? '' : ` AND ${t}acting = 1`}`;

/** The text a primary row is searched by: its group's (migration 008), else its own. */
const SEARCHED = 'coalesce(e.group_search, e.search)';

/** The served event of a primary row: the resolved event of a group of several reports, else the report itself. */
export const SERVED_JSON = 'coalesce(e.resolved, e.json)';

/** Exact predicates on `e` for the filters that are not index-driven in the given plan. */
export function eventPredicates(q: EventQuery, area: PlaceArea | null, plan: Plan, params: unknown[], needles: readonly string[]): string[] {
  const where: string[] = ['e.is_primary = 1'];
  if (!q.includeBackground) where.push('e.background = 0');
  if (q.article !== undefined) {
    // the primaries of the groups holding any report of the article
    where.push('e.rid IN (SELECT p.rid FROM events r JOIN events p ON p.id = coalesce(r.grp, r.id) WHERE r.article_id = ?)');
    params.push(q.article);
  }
  if (q.types?.length) {
    where.push(`e.type IN (${marks(q.types)})`);
    params.push(...q.types);
  }
  if (q.eventTypes?.length) {
    where.push(`e.acled_event_type IN (${marks(q.eventTypes)})`);
    params.push(...q.eventTypes);
  }
  if (q.subEventTypes?.length) {
    where.push(`e.acled_sub_event_type IN (${marks(q.subEventTypes)})`);
    params.push(...q.subEventTypes);
  }
  if (q.actors?.length) {
    where.push(
      plan === 'set'
        ? `e.rid IN (SELECT event_rid FROM event_actors WHERE actor_id IN (${marks(q.actors)})${roleCond(q, '')})`
        : `EXISTS (SELECT 1 FROM event_actors a WHERE a.event_rid = e.rid AND a.actor_id IN (${marks(q.actors)})${roleCond(q, 'a.')})`,
    );
    params.push(...q.actors);
  }
  if (q.from !== undefined || q.to !== undefined) where.push("e.sort_date != ''");
  if (q.from !== undefined) {
    where.push('e.sort_date >= ?');
    params.push(q.from);
  }
  if (q.to !== undefined) {
    where.push('e.sort_date <= ?');
    params.push(q.to);
  }
  if (q.bbox) {
    if (plan === 'set') where.push(rtreeIn(q.bbox, params));
    where.push(exactBox('e', q.bbox, params));
  }
  if (q.place !== undefined && area) {
    const nearParams: unknown[] = [];
    const near = plan === 'set' ? `${rtreeIn(circleBbox(area.lat, area.lon, area.radiusKm), nearParams)} AND ` : '';
    where.push(`(e.place_id = ? OR (${near}haversine_km(?, ?, e.lat, e.lon) <= ?))`);
    params.push(area.id, ...nearParams, area.lat, area.lon, area.radiusKm);
  }
  if (q.q !== undefined) {
    const fts = ftsQuery(needles);
    if (plan === 'set' && fts !== null) {
      // the FTS rows are the reports' own texts: a matching report stands for its group's primary
      where.push('e.rid IN (SELECT p.rid FROM events_fts f JOIN events r ON r.rid = f.rowid JOIN events p ON p.id = coalesce(r.grp, r.id) WHERE events_fts MATCH ?)');
      params.push(fts);
    }
    // the exact test: one of the folded needles is a substring of the group's text (no needle: nothing matches)
    where.push(needles.length ? `(${needles.map(() => `instr(${SEARCHED}, ?) > 0`).join(' OR ')})` : '0');
    params.push(...needles);
  }
  return where;
}

/** Grid-cell ranges covering a box: one contiguous range of cells per 0.1° row (two across the antimeridian). */
export function gridRanges([west, south, east, north]: Box): [number, number][] {
  const cols: [number, number][] = west <= east ? [[gridCol(west), gridCol(east)]] : [[gridCol(west), GRID_COLS - 1], [0, gridCol(east)]];
  const out: [number, number][] = [];
  for (let row = gridRow(south); row <= gridRow(north); row++) {
    for (const [c0, c1] of cols) out.push([row * GRID_COLS + c0, row * GRID_COLS + c1]);
  }
  return out;
}

/** Most grid ranges the 'grid' plan will union; taller boxes use another plan. */
export const MAX_GRID_RANGES = 120;
/**
 * Fewest bbox hits per grid range for the 'grid' plan: every range is an arm sorted on its own (~0.3 ms each on the
 * 2-core bench box, so a 6°-tall view costs ~18 ms before reading a row) while the 'set' plan reads ~10 µs per hit;
 * below this the R*Tree 'set' plan is cheaper.
 */
export const GRID_MIN_HITS_PER_ARM = 20;

function gridPlan(q: EventQuery, area: PlaceArea | null, bbox: Box, needles: readonly string[]): SqlQuery {
  const params: unknown[] = [];
  const arms = gridRanges(bbox).map(([lo, hi]) => {
    params.push(lo, hi);
    const where = ['e.cell BETWEEN ? AND ?', ...eventPredicates(q, area, 'grid', params, needles)];
    return `SELECT e.rid, e.sort_date, e.id FROM events e INDEXED BY events_cell WHERE ${where.join(' AND ')}`;
  });
  let inner = `SELECT rid, sort_date, id FROM (${arms.join(' UNION ALL ')}) ORDER BY sort_date DESC, id`;
  if (q.limit !== undefined) {
    inner += ' LIMIT ?';
    params.push(q.limit);
  }
  return { sql: `SELECT ${SERVED_JSON} FROM (${inner}) x CROSS JOIN events e ON e.rid = x.rid ORDER BY x.sort_date DESC, x.id`, params };
}

/** `needles`: the folded needles of q and its variants (search-text.ts searchNeedles); unused without q. */
export function buildEventQuery(q: EventQuery, area: PlaceArea | null, plan: Plan = 'set', needles: readonly string[] = q.q !== undefined ? searchNeedles(q.q) : []): SqlQuery {
  if (q.place !== undefined && !area) return { sql: 'SELECT json FROM events WHERE 0', params: [] };
  if (plan === 'grid' && q.bbox && gridRanges(q.bbox).length <= MAX_GRID_RANGES) return gridPlan(q, area, q.bbox, needles);
  const params: unknown[] = [];
  const where = eventPredicates(q, area, plan === 'grid' ? 'set' : plan, params, needles);
  const from = plan === 'scan' ? 'events e INDEXED BY events_order' : 'events e';
  let sql = `SELECT ${SERVED_JSON} FROM ${from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY e.sort_date DESC, e.id`;
  if (q.limit !== undefined) {
    sql += ' LIMIT ?';
    params.push(q.limit);
  }
  return { sql, params };
}

/** Capped hit counts of the index-driven filters: a small one means that index should drive. */
export function planEstimates(q: EventQuery, cap: number, needles: readonly string[] = q.q !== undefined ? searchNeedles(q.q) : []): { filter: 'bbox' | 'actors' | 'q'; sql: string; params: unknown[] }[] {
  const out: { filter: 'bbox' | 'actors' | 'q'; sql: string; params: unknown[] }[] = [];
  const capped = (inner: string) => `SELECT count(*) FROM (${inner} LIMIT ${Math.floor(cap)})`;
  if (q.bbox) {
    const params: unknown[] = [];
    out.push({ filter: 'bbox', sql: capped(`SELECT 1 FROM events_rtree t WHERE ${rtreeCover('t', q.bbox, params)}`), params });
  }
  if (q.actors?.length) out.push({ filter: 'actors', sql: capped(`SELECT 1 FROM event_actors WHERE actor_id IN (${marks(q.actors)})${roleCond(q, '')}`), params: [...q.actors] });
  const fts = q.q !== undefined ? ftsQuery(needles) : null;
  if (fts !== null) out.push({ filter: 'q', sql: capped('SELECT 1 FROM events_fts WHERE events_fts MATCH ?'), params: [fts] });
  return out;
}
