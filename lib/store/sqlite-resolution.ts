/**
 * Cross-article resolution inside SQLite write transactions (issue 15; migration 007_event_resolution.sql).
 * In: the store's connection (statements cached by the store) and, per write, the reports it is about to insert
 * (or, for resolveAll, rows already stored) and the components whose rows it deleted. Out: the driver
 * (resolution.ts) run over a synchronous ResolutionAccess — a candidate query on the place-and-day R*Tree
 * (migration 008), component members, overrides by report key — and its outcome written back: resolution columns
 * (only the changed ones), the union search text of primaries (group_search), and event_actors rows (counted = 1 on
 * primaries, own = 0 for actors only other reports of the group name). The new reports are handed back to the store's
 * insert with their final columns (Placement: written once); stored rows whose resolution did not change are not
 * written. Every method must run inside the caller's transaction.
 * Parsed rows are kept across writes (a bounded cache by rowid: the event, its article and its component — the one
 * resolution column this connection keeps in step, as it writes every change of it; component members and the other
 * columns are read fresh), so a candidate seen before costs no query and no JSON and the driver finds its reading by
 * the event object. The cache is dropped whenever it could be stale: another connection committed (PRAGMA
 * data_version moved), this connection deleted rows (rowids can be reused) or set components outside `write`
 * (resolveAll), or a write transaction failed (`forget`).
 */
import type Database from 'better-sqlite3';
import type { ConflictEvent, Override } from '../schemas';
import { Override as OverrideSchema } from '../schemas';
import { actingActorIds, actorIds, groupSearchText, searchText } from './filter';
import { StoreConflictError, StoreInputError } from './errors';
import { isResolvable, keptResolved, reportKey, resolveSync, type ReportAssignment, type ReportRef, type ResolutionAccess, type ResolutionResult } from './resolution';
import { dayNumber, type ReportArticle } from '../resolve';

type Stmt = (sql: string) => Database.Statement;

/** events joined with their article: what a ReportRef is read from (positional, raw mode) */
const REF_COLS = 'e.rid, e.id, e.json, e.component, e.article_id, a.title, a.source, a.published';
type RefRow = [number, string, string, string | null, string, string, string | null, string | null];
/** what the queries return first: a row's id, its rowid and its current component (the rest from the cache) */
type KeyRow = [number, string, string | null];
/**
 * a component member's key and its current resolution columns but `resolved` (only whether it is NULL): what the
 * write-back compares a non-primary row against without reading it again (a row per member and write was the
 * write-back's cost in a large group)
 */
type MemberRow = [...KeyRow, string | null, number, number, number, number];

/** parsed rows kept across writes */
const ROW_CACHE_MAX = 50_000;

interface CachedRow {
  id: string;
  /** its component as this connection last wrote or read it (kept in step by write; see the class comment) */
  component: string | null;
  event: ConflictEvent;
  article: ReportArticle;
}

interface Current {
  rid: number;
  component: string | null;
  grp: string | null;
  is_primary: number;
  report_count: number;
  resolved: string | null;
  background: number;
  group_search: string | null;
}

/** The final resolution columns of a report inserted by the write that resolves it (sqlite.ts writeEvents). */
export interface Placement {
  component: string;
  grp: string;
  isPrimary: 0 | 1;
  reportCount: number;
  resolved: string | null;
  /** the group's search text (events.group_search) on a primary of several reports; null on every other row */
  groupSearch: string | null;
  /** event_actors rows: [actor id, acting, counted, own] */
  actors: [string, 0 | 1, 0 | 1, 0 | 1][];
}

/**
 * A report's event_actors rows: a primary's are the served event's (counted), with own = 0 for those its report
 * does not name, and its own actors the served event lacks (counted = 0); any other report's, its own (counted = 0).
 */
export function actorRows(event: ConflictEvent, primary: 0 | 1, kept: ConflictEvent | null): [string, 0 | 1, 0 | 1, 0 | 1][] {
  const out: [string, 0 | 1, 0 | 1, 0 | 1][] = [];
  const own = actorIds(event);
  const ownActing = new Set(actingActorIds(event));
  if (primary) {
    const served = kept ?? event;
    const acting = new Set(actingActorIds(served));
    const union = actorIds(served);
    for (const id of union) out.push([id, acting.has(id) ? 1 : 0, 1, own.includes(id) ? 1 : 0]);
    for (const id of own) if (!union.includes(id)) out.push([id, ownActing.has(id) ? 1 : 0, 0, 1]);
  } else {
    for (const id of own) out.push([id, ownActing.has(id) ? 1 : 0, 0, 1]);
  }
  return out;
}

/**
 * A report's own search text (search-text.ts searchText), kept per event object and title: a group's text is
 * rebuilt from its members' at every change of the group, and the store hands the same kept objects again.
 */
const OWN_SEARCH = new WeakMap<ConflictEvent, { title: string; text: string }>();
function ownSearch(event: ConflictEvent, title: string): string {
  const seen = OWN_SEARCH.get(event);
  if (seen?.title === title) return seen.text;
  const text = searchText(event, title);
  OWN_SEARCH.set(event, { title, text });
  return text;
}

/** searchText(event, title): the kept one when a group's text already read it (writeEvents), else computed and not kept */
export function knownSearch(event: ConflictEvent, title: string): string {
  const seen = OWN_SEARCH.get(event);
  return seen?.title === title ? seen.text : searchText(event, title);
}

/** reports per driver call in resolveAll */
const RESOLVE_ALL_BATCH = 2000;

export class SqliteResolution {
  constructor(
    private readonly db: Database.Database,
    private readonly stmt: Stmt,
  ) {}

  /** rowid → the parsed row (insertion order: the oldest is dropped past ROW_CACHE_MAX) */
  private cache = new Map<number, CachedRow>();
  /** PRAGMA data_version when the cache was last known valid (it moves only on other connections' commits) */
  private version: unknown = null;

  /** drops every kept row (after a failed write, a delete, or another connection's commit) */
  forget(): void {
    this.cache.clear();
    this.anyOverrides = null;
  }

  /** whether any override is stored, as of the last check (null: ask); reset with the cache */
  private anyOverrides: boolean | null = null;

  /** a row this connection just inserted (inside the write transaction; `forget` if it rolls back) */
  remember(rid: number, event: ConflictEvent, article: ReportArticle, component: string | null): void {
    this.cache.set(rid, { id: event.id, component, event, article });
    if (this.cache.size > ROW_CACHE_MAX) this.cache.delete(this.cache.keys().next().value!);
  }

  /** inside a write transaction, before reading: drop the cache if another connection committed since */
  private checkVersion(): void {
    const v = this.stmt('PRAGMA data_version').pluck().get();
    if (v !== this.version) {
      this.cache.clear();
      this.anyOverrides = null;
      this.version = v;
    }
  }

  /** the parsed rows of `keys` (rowid, id, component), in order: kept ones from the cache, the others in one query */
  private rowsOf(keys: readonly KeyRow[]): CachedRow[] {
    const out: (CachedRow | undefined)[] = keys.map(([rid, id]) => {
      const c = this.cache.get(rid);
      return c?.id === id ? c : undefined;
    });
    const missing = keys.filter((_, i) => !out[i]).map((k) => k[0]);
    if (!missing.length) return out as CachedRow[];
    const rows = this.stmt(`SELECT ${REF_COLS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.rid IN (SELECT value FROM json_each(?))`)
      .raw()
      .all(JSON.stringify(missing)) as RefRow[];
    const parsed = new Map<number, CachedRow>();
    const articles = new Map<string, ReportArticle>();
    for (const [rid, id, json, component, articleId, title, source, published] of rows) {
      let a = articles.get(articleId);
      if (!a) articles.set(articleId, (a = { id: articleId, title, source, published }));
      const row: CachedRow = { id, component, event: JSON.parse(json) as ConflictEvent, article: a };
      parsed.set(rid, row);
      this.remember(rid, row.event, a, component);
    }
    return keys.map(([rid], i) => out[i] ?? parsed.get(rid)!);
  }

  /** components of the stored rows of article `id` (before a write deletes them) */
  componentsOfArticle(id: string): string[] {
    return this.stmt('SELECT DISTINCT component FROM events WHERE article_id = ? AND component IS NOT NULL').pluck().all(id) as string[];
  }

  /**
   * inside a transaction: runs the driver on `added` and `touched` components. With `insert`, the added reports
   * are not stored yet: they get their final columns through it (inserted once); without, they are stored rows.
   * `article`: the article(s) of the added reports (others are read from the store).
   */
  resolve(
    added: readonly ConflictEvent[],
    article: ReportArticle | readonly ReportArticle[] | null,
    touched: readonly string[],
    insert: ((placed: Map<string, Placement>) => void) | null = null,
  ): ResolutionResult {
    this.checkVersion();
    const refs = new Map<string, ReportRef>();
    const addedIds = new Set<string>();
    const addedRefs: ReportRef[] = [];
    const articles = new Map<string, ReportArticle>();
    for (const a of article === null ? [] : Array.isArray(article) ? article : [article as ReportArticle]) articles.set(a.id, a);
    for (const e of added) {
      addedIds.add(e.id);
      let a = articles.get(e.articleId);
      if (!a) {
        a = this.articleOf(e.articleId);
        articles.set(a.id, a);
      }
      const ref: ReportRef = { event: e, article: a, component: null };
      refs.set(e.id, ref);
      addedRefs.push(ref);
    }
    /** component members read by this run, by event id, with their current resolution columns */
    const members = new Map<string, MemberRow>();
    // a stored row as the driver reads it: the kept event and article, the component read now
    const toRefs = (keys: readonly KeyRow[]): ReportRef[] => {
      const rows = this.rowsOf(keys.filter((k) => !refs.has(k[1])));
      let i = 0;
      return keys.map((k) => {
        const known = refs.get(k[1]);
        if (known) return known;
        const row = rows[i++]!;
        const ref: ReportRef = { event: row.event, article: row.article, component: k[2] };
        refs.set(k[1], ref);
        return ref;
      });
    };
    const access: ResolutionAccess<'sync'> = {
      candidates: ({ bbox, from, to }) => {
        const [west, south, east, north] = bbox;
        const arms: [number, number][] = west <= east ? [[west, east]] : [[west, 180], [-180, east]];
        // the place-and-day R*Tree (migration 008) gives the candidate rows in the box and days; kept rows are tested
        // here (the same tests as the SQL below, on the same values: the R*Tree's 32-bit bounds are only an outer
        // bound) and answered from the cache, component included; only the others are read
        const [fromDay, toDay] = [dayNumber(from), dayNumber(to)];
        const rows: KeyRow[] = [];
        const unknown: number[] = [];
        for (const [w, e] of arms) {
          const inBox = this.stmt('SELECT rid FROM events_resolution_rtree WHERE max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ? AND max_day >= ? AND min_day <= ?')
            .pluck()
            .all(south, north, w, e, fromDay, toDay) as number[];
          for (const rid of inBox) {
            const row = this.cache.get(rid);
            if (!row) {
              unknown.push(rid);
              continue;
            }
            const ev = row.event;
            const p = ev.place;
            const day = ev.date.value ?? '';
            if (!p || ev.background || p.lat < south || p.lat > north || p.lon < w || p.lon > e || day < from || day > to) continue;
            rows.push([rid, row.id, row.component]);
          }
        }
        if (unknown.length) {
          for (const [w, e] of arms) {
            rows.push(
              ...(this.stmt(
                `SELECT e.rid, e.id, e.component FROM events e WHERE e.rid IN (SELECT value FROM json_each(?))
                 AND e.lat >= ? AND e.lat <= ? AND e.lon >= ? AND e.lon <= ? AND e.sort_date >= ? AND e.sort_date <= ? AND e.background = 0`,
              ).raw().all(JSON.stringify(unknown), south, north, w, e, from, to) as KeyRow[]),
            );
          }
        }
        // in no particular order (the driver's outcome does not depend on it; sorting every box's rows by id cost more
        // than the rest of the candidate step on many retellings of one happening)
        const keep: KeyRow[] = [];
        const seen = new Set<string>();
        for (const r of rows) {
          // a row left unresolved (resolveAll's later batches) is not a candidate yet; the added ones are the driver's
          if (seen.has(r[1]) || (r[2] === null && !addedIds.has(r[1]))) continue;
          seen.add(r[1]);
          keep.push(r);
        }
        return toRefs(keep);
      },
      componentMembers: (ids) => {
        if (!ids.length) return [];
        const rows = this.stmt(
          `SELECT e.rid, e.id, e.component, e.grp, e.is_primary, e.report_count, e.resolved IS NULL, e.background FROM events e
           WHERE e.component IN (SELECT value FROM json_each(?)) ORDER BY e.id`,
        ).raw().all(JSON.stringify(ids)) as MemberRow[];
        for (const m of rows) members.set(m[1], m);
        return toRefs(rows.map((m) => [m[0], m[1], m[2]]));
      },
      reportsByKey: (keys) => toRefs(this.keysByReportKey(keys)),
      overrides: (keys) => this.overridesNaming(keys),
      write: (result) => this.write(result, refs, insert ? addedIds : new Set(), insert, members),
    };
    return resolveSync(access, { added: addedRefs, touched: [...new Set(touched)].sort() });
  }

  /** report rows whose report key is one of `keys`, in event id order: found through their articles (events_article; no index on report_key, migration 008) */
  private keysByReportKey(keys: readonly string[]): KeyRow[] {
    if (!keys.length) return [];
    return this.stmt(
      `SELECT e.rid, e.id, e.component FROM events e WHERE e.article_id IN (SELECT value FROM json_each(?)) AND e.report_key IN (SELECT value FROM json_each(?)) ORDER BY e.id`,
    )
      .raw()
      .all(JSON.stringify(articlesOfKeys(keys)), JSON.stringify(keys)) as KeyRow[];
  }

  private articleOf(id: string): ReportArticle {
    return this.stmt('SELECT id, title, source, published FROM articles WHERE id = ?').get(id) as ReportArticle;
  }

  private refById(id: string, refs: Map<string, ReportRef>): ReportRef | undefined {
    const known = refs.get(id);
    if (known) return known;
    const k = this.stmt('SELECT rid, id, component FROM events WHERE id = ?').raw().get(id) as KeyRow | undefined;
    if (!k) return undefined;
    const row = this.rowsOf([k])[0]!;
    const ref: ReportRef = { event: row.event, article: row.article, component: k[2] };
    refs.set(id, ref);
    return ref;
  }

  /**
   * persists the driver's outcome: only stored rows whose resolution changed are written; the reports of this write
   * not inserted yet (`pending`) are handed to `insert` with their final columns, so they are written once
   */
  private write(
    result: ResolutionResult,
    refs: Map<string, ReportRef>,
    pending: ReadonlySet<string>,
    insert: ((placed: Map<string, Placement>) => void) | null,
    read: ReadonlyMap<string, MemberRow> = new Map(),
  ): void {
    const members = new Map<string, string[]>();
    for (const a of result.assignments) {
      const list = members.get(a.group) ?? [];
      list.push(a.eventId);
      members.set(a.group, list);
    }
    // a primary of several reports is searched by all of their words (group_search, not FTS-indexed: the FTS rows are
    // the reports' own `search`, written once at insert, and a query maps a matching report to its group's primary)
    const groupSearchOf = (a: ReportAssignment, kept: ConflictEvent | null): string | null => {
      if (!kept) return null;
      const group = (members.get(a.group) ?? [a.eventId]).flatMap((id) => {
        const m = this.refById(id, refs);
        return m ? [{ event: m.event, title: m.article.title }] : [];
      });
      return groupSearchText(group, ownSearch);
    };
    const placed = new Map<string, Placement>();
    const sel = this.stmt('SELECT rid, component, grp, is_primary, report_count, resolved, background, group_search FROM events WHERE id = ?');
    const curActors = this.stmt('SELECT actor_id, acting, counted, own FROM event_actors WHERE event_rid = ? ORDER BY actor_id').raw();
    const delActors = this.stmt('DELETE FROM event_actors WHERE event_rid = ?');
    const insActor = this.stmt('INSERT INTO event_actors (actor_id, event_rid, background, acting, counted, own) VALUES (?, ?, ?, ?, ?, ?)');
    // one UPDATE per changed row, of the changed columns only: an unchanged component or is_primary keeps its
    // index entries (events_component, the partial events_order / events_cell) untouched
    let set: string[] = [];
    let values: unknown[] = [];
    const change = (column: string, was: unknown, now: unknown) => {
      if (was === now) return;
      set.push(`${column} = ?`);
      values.push(now);
    };
    for (const a of result.assignments) {
      const kept = keptResolved(a);
      const resolvedJson = kept ? JSON.stringify(kept) : null;
      const primary = a.primary ? 1 : 0;
      if (pending.has(a.eventId)) {
        const ref = refs.get(a.eventId)!;
        placed.set(a.eventId, { component: a.component, grp: a.group, isPrimary: primary, reportCount: a.reportCount, resolved: resolvedJson, groupSearch: groupSearchOf(a, kept), actors: actorRows(ref.event, primary, kept) });
        continue;
      }
      // a row read as a component member, neither primary nor keeping a resolved event before or after: its resolved
      // and role stay (no group text, no actor rows to rewrite), so only the three columns read with it can change
      const m = read.get(a.eventId);
      if (m && m[4] === 0 && primary === 0 && m[6] === 1 && resolvedJson === null) {
        set = [];
        values = [];
        change('component', m[2], a.component);
        change('grp', m[3], a.group);
        change('report_count', m[5], a.reportCount);
        if (!set.length) continue;
        this.stmt(`UPDATE events SET ${set.join(', ')} WHERE rid = ?`).run(...values, m[0]);
        const cached = this.cache.get(m[0]);
        if (cached) cached.component = a.component;
        continue;
      }
      const cur = sel.get(a.eventId) as Current | undefined;
      if (!cur) continue; // not stored (the driver's business): nothing to write
      set = [];
      values = [];
      change('component', cur.component, a.component);
      change('grp', cur.grp, a.group);
      change('is_primary', cur.is_primary, primary);
      change('report_count', cur.report_count, a.reportCount);
      change('resolved', cur.resolved, resolvedJson);
      if (!set.length) continue;
      const rewritesRole = cur.is_primary !== primary || cur.resolved !== resolvedJson;
      const ref = rewritesRole ? this.refById(a.eventId, refs)! : null;
      if (ref) change('group_search', cur.group_search, groupSearchOf(a, kept));
      this.stmt(`UPDATE events SET ${set.join(', ')} WHERE rid = ?`).run(...values, cur.rid);
      const cached = this.cache.get(cur.rid);
      if (cached) cached.component = a.component;
      if (!ref) continue;
      // actor rows: rewritten only when they differ
      const want = actorRows(ref.event, primary, kept).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
      const have = curActors.all(cur.rid) as [string, number, number, number][];
      const same = have.length === want.length && have.every((h, i) => h[0] === want[i]![0] && h[1] === want[i]![1] && h[2] === want[i]![2] && h[3] === want[i]![3]);
      if (same) continue;
      delActors.run(cur.rid);
      for (const [id, acting, counted, own] of want) insActor.run(id, cur.rid, cur.background, acting, counted, own);
    }
    insert?.(placed);
  }

  /** inside a resolving write (after checkVersion): overrides naming any of `keys`, oldest first */
  private overridesNaming(keys: readonly string[]): Override[] {
    if (!keys.length) return [];
    // most stores hold no override: asked once, not twice per write (addOverride, another connection or a failed write resets it)
    this.anyOverrides ??= !!this.stmt('SELECT EXISTS (SELECT 1 FROM resolution_overrides)').pluck().get();
    if (!this.anyOverrides) return [];
    const rows = this.stmt(
      `SELECT o.id, o.kind, o.keys, o.others, o.created_at, o.note FROM resolution_overrides o
       WHERE o.id IN (SELECT override_id FROM resolution_override_keys WHERE key IN (SELECT value FROM json_each(?))) ORDER BY o.seq`,
    ).raw().all(JSON.stringify(keys)) as [string, Override['kind'], string, string, string, string | null][];
    return rows.map(fromRow);
  }

  listOverrides(): Override[] {
    const rows = this.stmt('SELECT id, kind, keys, others, created_at, note FROM resolution_overrides ORDER BY seq').raw().all() as [string, Override['kind'], string, string, string, string | null][];
    return rows.map(fromRow);
  }

  /** inside a transaction: validates, stores and applies one override */
  addOverride(input: Override): void {
    const parsed = OverrideSchema.safeParse(input);
    if (!parsed.success) throw new StoreInputError(`invalid override: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
    const o = parsed.data;
    if (this.stmt('SELECT 1 FROM resolution_overrides WHERE id = ?').get(o.id)) throw new StoreConflictError(`override id "${o.id}" is already stored`);
    const named = [...new Set([...o.keys, ...o.others])];
    const found = this.stmt('SELECT report_key, component FROM events WHERE article_id IN (SELECT value FROM json_each(?)) AND report_key IN (SELECT value FROM json_each(?))')
      .raw()
      .all(JSON.stringify(articlesOfKeys(named)), JSON.stringify(named)) as [string, string | null][];
    const known = new Set(found.map((r) => r[0]));
    const unknown = named.filter((k) => !known.has(k));
    if (unknown.length) throw new StoreInputError(`override names no stored report for key(s) ${unknown.join(', ')}`);
    this.stmt('INSERT INTO resolution_overrides (id, kind, keys, others, created_at, note) VALUES (?, ?, ?, ?, ?, ?)').run(
      o.id, o.kind, JSON.stringify(o.keys), JSON.stringify(o.others), o.createdAt, o.note,
    );
    this.anyOverrides = true;
    const key = this.stmt('INSERT OR IGNORE INTO resolution_override_keys (key, override_id) VALUES (?, ?)');
    for (const k of named) key.run(k, o.id);
    this.resolve([], null, found.flatMap((r) => (r[1] === null ? [] : [r[1]])));
  }

  /** inside a transaction: every stored report resolved again, from scratch, in batches of rows */
  resolveAll(): number {
    this.stmt("UPDATE events SET report_key = article_id || '@' || json_extract(json, '$.quote.start') WHERE report_key IS NULL").run();
    this.stmt('UPDATE events SET component = NULL').run();
    this.forget();
    const keys = this.stmt('SELECT rid, id, component FROM events ORDER BY id').raw().all() as KeyRow[];
    for (let i = 0; i < keys.length; i += RESOLVE_ALL_BATCH) {
      this.resolve(this.rowsOf(keys.slice(i, i + RESOLVE_ALL_BATCH)).map((r) => r.event), null, []);
    }
    return keys.length;
  }
}

/** the article ids of report keys (`${articleId}@${quote.start}`: the article id is what comes before the last '@') */
const articlesOfKeys = (keys: readonly string[]): string[] => [...new Set(keys.map((k) => k.slice(0, k.lastIndexOf('@'))))];

function fromRow([id, kind, keys, others, createdAt, note]: [string, Override['kind'], string, string, string, string | null]): Override {
  return { id, kind, keys: JSON.parse(keys) as string[], others: JSON.parse(others) as string[], createdAt, note };
}

export { isResolvable, reportKey };
