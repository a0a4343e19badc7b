/**
 * Cross-article resolution on PostGIS (issue 15, migration 007): the ResolutionAccess the driver (lib/resolve
 * resolveAsync) reads and writes through, on the write transaction's own client, and the analyst overrides' rows.
 * In: a pg client inside a transaction; the driver's queries and its ResolutionResult.
 * The driver asks for candidates one report at a time; the access answers them from one statement run up front for
 * every added report (candidateQuery, the driver's own box and days), each stored row parsed once per transaction
 * (and not again in a later one while its JSON text is the same: the parsed-row cache below).
 * Out: rows — events.component / grp / is_primary / report_count / resolved / search, and event_actors rows:
 *  - a primary's actor rows are its served event's actors (resolved ?? own; counted, acting = actingActorIds(served)),
 *    plus its own actors the served event lacks (counted = false); own = the row's own report names the actor;
 *  - a non-primary's rows are its own actors, none counted;
 *  - a primary's search text covers every report of its group (filter.ts groupSearchText).
 */
import type pg from 'pg';
import type { ConflictEvent, Override, ReportKey } from '../schemas';
import { candidateQuery, type CandidateQuery, type ReportRef, type ResolutionAccess, type ResolutionResult } from '../resolve';
import { actingActorIds, actorIds, groupSearchText, inBbox, searchText } from './filter';
import { pgGridCells } from './postgis-query';
import { StoreInputError } from './errors';

type Client = pg.PoolClient;

/** The columns every ReportRef query selects (the report's row joined with its article). */
const REF_COLUMNS = 'e.id, e.json, e.component, a.id AS article_id, a.title, a.source, a.published';
const REF_FROM = 'events e JOIN articles a ON a.id = e.article_id';

interface RefRow {
  id: string;
  json: string;
  component: string | null;
  article_id: string;
  title: string;
  source: string | null;
  published: string | null;
}

/**
 * Parsed rows kept across transactions, by event id, each with the JSON text and article fields it was parsed from:
 * a row read again with the very same text (compared as strings: no parse, no hash) gives back the same event
 * object, which the driver's memo finds by identity. Whatever another instance wrote, another text is another
 * parse. Bounded: the oldest entry goes past PARSED_MAX.
 */
const PARSED_MAX = 50_000;
const parsed = new Map<string, { json: string; event: ConflictEvent; article: ReportRef['article'] }>();

function refOf(r: RefRow): ReportRef {
  const kept = parsed.get(r.id);
  if (kept && kept.json === r.json && kept.article.id === r.article_id && kept.article.title === r.title && kept.article.source === r.source && kept.article.published === r.published) {
    return { event: kept.event, article: kept.article, component: r.component };
  }
  const event = JSON.parse(r.json) as ConflictEvent;
  const article = { id: r.article_id, title: r.title, source: r.source, published: r.published as ReportRef['article']['published'] };
  parsed.delete(r.id);
  parsed.set(r.id, { json: r.json, event, article });
  if (parsed.size > PARSED_MAX) parsed.delete(parsed.keys().next().value!);
  return { event, article, component: r.component };
}

/** One actor row of an event as stored in event_actors. */
interface ActorRow {
  actor: string;
  event: string;
  background: boolean;
  acting: boolean;
  counted: boolean;
  own: boolean;
}

/** The actor rows a report's row carries under an assignment (the header's rules). */
export function actorRowsOf(own: ConflictEvent, served: ConflictEvent | null): ActorRow[] {
  const ownIds = actorIds(own);
  if (!served) {
    const acting = new Set(actingActorIds(own));
    return ownIds.map((a) => ({ actor: a, event: own.id, background: own.background, acting: acting.has(a), counted: false, own: true }));
  }
  const ids = actorIds(served);
  const acting = new Set(actingActorIds(served));
  const mine = new Set(ownIds);
  const rows = ids.map((a) => ({ actor: a, event: own.id, background: own.background, acting: acting.has(a), counted: true, own: mine.has(a) }));
  const ownActing = new Set(actingActorIds(own));
  for (const a of ownIds) if (!ids.includes(a)) rows.push({ actor: a, event: own.id, background: own.background, acting: ownActing.has(a), counted: false, own: true });
  return rows;
}

const OVERRIDE_COLUMNS = 'o.id, o.kind, o.keys, o.others, o.created_at, o.note';

interface OverrideRow {
  id: string;
  kind: 'merge' | 'split';
  keys: string;
  others: string;
  created_at: string;
  note: string | null;
}

function overrideOf(r: OverrideRow): Override {
  return { id: r.id, kind: r.kind, keys: JSON.parse(r.keys), others: JSON.parse(r.others), createdAt: r.created_at, note: r.note };
}

/** Every stored override, oldest first. */
export async function listOverrides(c: Pick<Client, 'query'>): Promise<Override[]> {
  const r = await c.query(`SELECT ${OVERRIDE_COLUMNS} FROM resolution_overrides o ORDER BY o.seq`);
  return (r.rows as OverrideRow[]).map(overrideOf);
}

/**
 * Inside a transaction: stores an override after checking every key names a stored report; returns the components
 * of the reports it names (what the driver must resolve again).
 */
export async function insertOverride(c: Client, o: Override): Promise<string[]> {
  const named = [...new Set([...o.keys, ...o.others])];
  const found = await c.query('SELECT DISTINCT report_key, component FROM events WHERE report_key = ANY($1::text[])', [named]);
  const known = new Set(found.rows.map((x) => x.report_key as string));
  const missing = named.filter((k) => !known.has(k));
  if (missing.length) {
    throw new StoreInputError(`override names reports that are not stored: ${missing.join(', ')}`, missing.map((k) => ({ path: 'keys', message: `no stored report "${k}"` })));
  }
  await c.query('INSERT INTO resolution_overrides (id, kind, keys, others, created_at, note) VALUES ($1, $2, $3, $4, $5, $6)', [
    o.id,
    o.kind,
    JSON.stringify(o.keys),
    JSON.stringify(o.others),
    o.createdAt,
    o.note ?? null,
  ]);
  await c.query('INSERT INTO resolution_override_keys (override_id, key) SELECT $1, k FROM unnest($2::text[]) k', [o.id, named]);
  return [...new Set(found.rows.map((x) => x.component as string | null).filter((x): x is string => x !== null))].sort();
}

/**
 * The driver's access on one transaction's client. `inserted`: ids of the rows this transaction just wrote with
 * insertExtraction, each as its own lone event (component = grp = id, own actor rows counted): rows whose assignment
 * keeps that are not written again.
 */
export class PgResolutionAccess implements ResolutionAccess<'async'> {
  /** every report the driver was handed or read, by event id (write needs their events and titles) */
  private readonly seen = new Map<string, ReportRef>();

  constructor(
    private readonly c: Client,
    private readonly added: readonly ReportRef[],
    private readonly inserted: ReadonlySet<string> = new Set(),
  ) {
    for (const r of added) this.seen.set(r.event.id, r);
  }

  private async refs(where: string, values: unknown[]): Promise<ReportRef[]> {
    const r = await this.c.query(`SELECT ${REF_COLUMNS} FROM ${REF_FROM} WHERE ${where} ORDER BY e.id COLLATE "C"`, values);
    const out = (r.rows as RefRow[]).map(refOf);
    for (const x of out) this.seen.set(x.event.id, x);
    return out;
  }

  /** candidate answers computed up front, by query (JSON) */
  private prefetched: Map<string, ReportRef[]> | null = null;

  /**
   * One statement for the candidate queries of every added report: an index range scan of events_cell per covered
   * 0.25° cell and day range ((cell, sort_date) is both the place and the days), the exact box test here, then the
   * distinct rows once.
   */
  private async prefetch(added: readonly ReportRef[]): Promise<Map<string, ReportRef[]>> {
    const out = new Map<string, ReportRef[]>();
    const qs = new Map<string, CandidateQuery>();
    for (const ref of added) {
      const q = candidateQuery(ref);
      if (q) qs.set(JSON.stringify(q), q);
    }
    if (!qs.size) return out;
    const keys = [...qs.keys()];
    const cols: [number[], number[], string[], string[]] = [[], [], [], []];
    keys.forEach((k, i) => {
      const q = qs.get(k)!;
      for (const cell of pgGridCells(q.bbox)) {
        cols[0].push(i);
        cols[1].push(cell);
        cols[2].push(q.from);
        cols[3].push(q.to);
      }
    });
    // sort_date is date.value ('' when undated): a range of real days leaves undated rows out
    const pairs = await this.c.query(
      `SELECT q.i, e.id, e.lat, e.lon FROM unnest($1::int[], $2::int[], $3::text[], $4::text[]) AS q (i, cell, f, t)
       JOIN events e ON e.cell = q.cell AND e.sort_date >= q.f AND e.sort_date <= q.t AND NOT e.background`,
      cols,
    );
    const found = new Map<number, Set<string>>();
    for (const x of pairs.rows as { i: number; id: string; lat: number; lon: number }[]) {
      if (!inBbox(x.lon, x.lat, qs.get(keys[x.i]!)!.bbox)) continue;
      let set = found.get(x.i);
      if (!set) found.set(x.i, (set = new Set()));
      set.add(x.id);
    }
    const ids = [...new Set([...found.values()].flatMap((x) => [...x]))].filter((id) => !this.seen.has(id));
    if (ids.length) await this.refs('e.id = ANY($1::text[])', [ids]);
    keys.forEach((k, i) => {
      const hit = [...(found.get(i) ?? [])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      out.set(k, hit.map((id) => this.seen.get(id)!));
    });
    return out;
  }

  async candidates(q: CandidateQuery): Promise<ReportRef[]> {
    this.prefetched ??= await this.prefetch(this.added);
    const hit = this.prefetched.get(JSON.stringify(q));
    if (hit) return hit;
    const [west, south, east, north] = q.bbox;
    const env = (w: string, e: string) => `(e.geog::geometry && ST_MakeEnvelope(${w}, $3, ${e}, $4, 4326))`;
    const where = [
      'NOT e.background',
      'e.date IS NOT NULL AND e.date >= $1 AND e.date <= $2',
      'e.lat IS NOT NULL AND e.lat >= $3 AND e.lat <= $4',
      west <= east ? `${env('$5', '$6')} AND e.lon >= $5 AND e.lon <= $6` : `(${env('$5', '180')} OR ${env('-180', '$6')}) AND (e.lon >= $5 OR e.lon <= $6)`,
    ];
    return this.refs(where.join(' AND '), [q.from, q.to, south, north, west, east]);
  }

  async componentMembers(ids: readonly string[]): Promise<ReportRef[]> {
    if (!ids.length) return [];
    return this.refs('e.component = ANY($1::text[])', [[...ids]]);
  }

  async reportsByKey(keys: readonly ReportKey[]): Promise<ReportRef[]> {
    if (!keys.length) return [];
    return this.refs('e.report_key = ANY($1::text[])', [[...keys]]);
  }

  /** whether any override is stored (asked once per transaction: most stores have none) */
  private anyOverride: boolean | null = null;

  async overrides(keys: readonly ReportKey[]): Promise<Override[]> {
    if (!keys.length) return [];
    this.anyOverride ??= (await this.c.query('SELECT EXISTS (SELECT 1 FROM resolution_overrides) AS x')).rows[0].x as boolean;
    if (!this.anyOverride) return [];
    const r = await this.c.query(
      `SELECT ${OVERRIDE_COLUMNS} FROM resolution_overrides o
       WHERE o.id IN (SELECT override_id FROM resolution_override_keys WHERE key = ANY($1::text[])) ORDER BY o.seq`,
      [[...keys]],
    );
    return (r.rows as OverrideRow[]).map(overrideOf);
  }

  async write(result: ResolutionResult): Promise<void> {
    const as = result.assignments;
    if (!as.length) return;
    const missing = as.map((a) => a.eventId).filter((id) => !this.seen.has(id));
    if (missing.length) await this.refs('e.id = ANY($1::text[])', [missing]);
    const refOfId = (id: string): ReportRef => {
      const r = this.seen.get(id);
      if (!r) throw new Error(`resolution assigned report "${id}", which is not stored`);
      return r;
    };
    const members = new Map<string, ReportRef[]>();
    for (const a of as) members.set(a.group, [...(members.get(a.group) ?? []), refOfId(a.eventId)]);

    const ids: string[] = [];
    const comps: string[] = [];
    const groups: string[] = [];
    const primaries: boolean[] = [];
    const counts: number[] = [];
    const resolved: (string | null)[] = [];
    const search: (string | null)[] = [];
    const rewrite: string[] = [];
    const actorRows: ActorRow[] = [];
    for (const a of as) {
      const ref = refOfId(a.eventId);
      const multi = a.primary && a.reportCount > 1 && a.resolved !== null;
      const fresh = this.inserted.has(a.eventId);
      // a row insertExtraction just wrote is already its own lone event: nothing to change
      if (fresh && a.primary && !multi && a.component === a.eventId && a.group === a.eventId) continue;
      ids.push(a.eventId);
      comps.push(a.component);
      groups.push(a.group);
      primaries.push(a.primary);
      counts.push(a.primary ? Math.max(1, a.reportCount) : a.reportCount);
      resolved.push(multi ? JSON.stringify(a.resolved) : null);
      // a freshly inserted row already carries its own search text; any other row may have carried a group's
      search.push(multi ? groupSearchText((members.get(a.group) ?? [ref]).map((m) => ({ event: m.event, title: m.article.title }))) : fresh ? null : searchText(ref.event, ref.article.title));
      // rows insertExtraction just wrote (own actors, counted) already fit a lone primary
      if (fresh && a.primary && !multi) continue;
      rewrite.push(a.eventId);
      actorRows.push(...actorRowsOf(ref.event, a.primary ? (multi ? a.resolved : ref.event) : null));
    }
    if (!ids.length) return;
    await this.c.query(
      `UPDATE events e SET component = u.component, grp = u.grp, is_primary = u.is_primary, report_count = u.report_count,
         resolved = u.resolved, search = coalesce(u.search, e.search)
       FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[], $5::int[], $6::text[], $7::text[]) AS u (id, component, grp, is_primary, report_count, resolved, search)
       WHERE e.id = u.id`,
      [ids, comps, groups, primaries, counts, resolved, search],
    );
    if (rewrite.length) {
      await this.c.query('DELETE FROM event_actors WHERE event_id = ANY($1::text[])', [rewrite]);
      if (actorRows.length) {
        await this.c.query(
          'INSERT INTO event_actors (actor_id, event_id, background, acting, counted, own) SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[], $4::boolean[], $5::boolean[], $6::boolean[])',
          [actorRows.map((r) => r.actor), actorRows.map((r) => r.event), actorRows.map((r) => r.background), actorRows.map((r) => r.acting), actorRows.map((r) => r.counted), actorRows.map((r) => r.own)],
        );
      }
    }
  }
}
