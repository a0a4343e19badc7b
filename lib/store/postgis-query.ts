/**
 * EventQuery → one PostgreSQL statement, mirroring lib/store/filter.ts exactly.
 * In: a parsed EventQuery and the resolved place area. Out: SQL text + $n parameters selecting events.json.
 * bbox: GiST on geog::geometry (a lon/lat rectangle) then the exact lon/lat test; place radius: ST_DWithin on
 * the sphere; q: pg_trgm GIN via LIKE, strpos decides; order uses the C collation to match code-unit order.
 */
import type { EventQuery } from '../schemas';
import type { PlaceArea } from './filter';

export interface PgQuery {
  text: string;
  values: unknown[];
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function buildPgEventQuery(q: EventQuery, placeArea: PlaceArea | null): PgQuery {
  const where: string[] = [];
  const values: unknown[] = [];
  const p = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  if (!q.includeBackground) where.push('NOT e.background');
  if (q.article !== undefined) where.push(`e.article_id = ${p(q.article)}`);
  if (q.types?.length) where.push(`e.type = ANY(${p(q.types)}::text[])`);
  if (q.actors?.length) where.push(`e.id IN (SELECT event_id FROM event_actors WHERE actor_id = ANY(${p(q.actors)}::text[]))`);
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
    if (!placeArea) return { text: 'SELECT json FROM events WHERE false', values: [] };
    const centre = `ST_SetSRID(ST_MakePoint(${p(placeArea.lon)}, ${p(placeArea.lat)}), 4326)::geography`;
    where.push(`(e.place_id = ${p(placeArea.id)} OR ST_DWithin(e.geog, ${centre}, ${p(placeArea.radiusKm * 1000)}, false))`);
  }
  if (q.q !== undefined) {
    const needle = q.q.toLowerCase();
    where.push(`e.search LIKE ${p(`%${likeEscape(needle)}%`)}`, `strpos(e.search, ${p(needle)}) > 0`);
  }
  let text = `SELECT e.json FROM events e${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY e.sort_date DESC, e.id COLLATE "C"`;
  if (q.limit !== undefined) text += ` LIMIT ${p(q.limit)}`;
  return { text, values };
}
