/**
 * Cross-article resolution inside SQLite write transactions (issue 15; migration 007_event_resolution.sql).
 * In: the store's connection (statements cached by the store) and, per write, the reports it just inserted and the
 * components whose rows it deleted. Out: the driver (resolution.ts) run over a synchronous ResolutionAccess — a
 * candidate query on the R*Tree plus the date, component members, overrides by report key — and its outcome
 * written back: resolution columns, the union search text of primaries, and event_actors rows (counted = 1 on
 * primaries, own = 0 for actors only other reports of the group name). Rows whose resolution did not change are
 * not written. Every method must run inside the caller's transaction.
 */
import type Database from 'better-sqlite3';
import type { ConflictEvent, Override } from '../schemas';
import { Override as OverrideSchema } from '../schemas';
import { actingActorIds, actorIds, groupSearchText, searchText } from './filter';
import { StoreConflictError, StoreInputError } from './errors';
import { isResolvable, keptResolved, reportKey, resolveSync, type ReportRef, type ResolutionAccess, type ResolutionResult } from './resolution';
import type { ReportArticle } from '../resolve';

type Stmt = (sql: string) => Database.Statement;

/** events joined with their article: what a ReportRef is read from (positional, raw mode) */
const REF_COLS = 'e.id, e.json, e.component, e.article_id, a.title, a.source, a.published';
type RefRow = [string, string, string | null, string, string, string | null, string | null];

interface Current {
  rid: number;
  component: string | null;
  grp: string | null;
  is_primary: number;
  report_count: number;
  resolved: string | null;
  background: number;
  search: string;
}

/** reports per driver call in resolveAll */
const RESOLVE_ALL_BATCH = 2000;

export class SqliteResolution {
  constructor(
    private readonly db: Database.Database,
    private readonly stmt: Stmt,
  ) {}

  /** components of the stored rows of article `id` (before a write deletes them) */
  componentsOfArticle(id: string): string[] {
    return this.stmt('SELECT DISTINCT component FROM events WHERE article_id = ? AND component IS NOT NULL').pluck().all(id) as string[];
  }

  /** inside a transaction: runs the driver on `added` (rows already inserted) and `touched` components */
  resolve(added: readonly ConflictEvent[], article: ReportArticle | null, touched: readonly string[]): ResolutionResult {
    const refs = new Map<string, ReportRef>();
    const addedIds = new Set<string>();
    const addedRefs: ReportRef[] = [];
    const articles = new Map<string, ReportArticle>();
    if (article) articles.set(article.id, article);
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
    const toRef = (r: RefRow): ReportRef => {
      const [id, json, component, articleId, title, source, published] = r;
      const known = refs.get(id);
      if (known) return known;
      let a = articles.get(articleId);
      if (!a) {
        a = { id: articleId, title, source, published };
        articles.set(articleId, a);
      }
      const ref: ReportRef = { event: JSON.parse(json) as ConflictEvent, article: a, component };
      refs.set(id, ref);
      return ref;
    };
    const access: ResolutionAccess<'sync'> = {
      candidates: ({ bbox, from, to }) => {
        const [west, south, east, north] = bbox;
        const rows: RefRow[] = [];
        const arms: [number, number][] = west <= east ? [[west, east]] : [[west, 180], [-180, east]];
        for (const [w, e] of arms) {
          for (const r of this.stmt(
            `SELECT ${REF_COLS} FROM events_rtree t CROSS JOIN events e ON e.rid = t.rid JOIN articles a ON a.id = e.article_id
             WHERE t.max_lat >= ? AND t.min_lat <= ? AND t.max_lon >= ? AND t.min_lon <= ?
               AND e.lat >= ? AND e.lat <= ? AND e.lon >= ? AND e.lon <= ? AND e.sort_date >= ? AND e.sort_date <= ? AND e.background = 0`,
          ).raw().all(south, north, w, e, south, north, w, e, from, to) as RefRow[]) {
            rows.push(r);
          }
        }
        const out: ReportRef[] = [];
        const seen = new Set<string>();
        for (const r of rows.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
          // a row left unresolved (resolveAll's later batches) is not a candidate yet; the added ones are the driver's
          if (seen.has(r[0]) || (r[2] === null && !addedIds.has(r[0]))) continue;
          if (addedIds.has(r[0])) {
            seen.add(r[0]);
            out.push(refs.get(r[0])!);
            continue;
          }
          seen.add(r[0]);
          out.push(toRef(r));
        }
        return out;
      },
      componentMembers: (ids) => this.refsWhere('component', ids).map(toRef),
      reportsByKey: (keys) => this.refsWhere('report_key', keys).map(toRef),
      overrides: (keys) => this.overridesNaming(keys),
      write: (result) => this.write(result, refs),
    };
    return resolveSync(access, { added: addedRefs, touched: [...new Set(touched)].sort() });
  }

  /** report rows (with their article) whose `column` is one of `values`, in event id order */
  private refsWhere(column: 'component' | 'report_key', values: readonly string[]): RefRow[] {
    if (!values.length) return [];
    return this.stmt(
      `SELECT ${REF_COLS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.${column} IN (SELECT value FROM json_each(?)) ORDER BY e.id`,
    ).raw().all(JSON.stringify(values)) as RefRow[];
  }

  private articleOf(id: string): ReportArticle {
    return this.stmt('SELECT id, title, source, published FROM articles WHERE id = ?').get(id) as ReportArticle;
  }

  private refById(id: string, refs: Map<string, ReportRef>): ReportRef | undefined {
    const known = refs.get(id);
    if (known) return known;
    const r = this.stmt(`SELECT ${REF_COLS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = ?`).raw().get(id) as RefRow | undefined;
    if (!r) return undefined;
    const ref: ReportRef = { event: JSON.parse(r[1]) as ConflictEvent, article: { id: r[3], title: r[4], source: r[5], published: r[6] }, component: r[2] };
    refs.set(id, ref);
    return ref;
  }

  /** persists the driver's outcome: only rows whose resolution changed are written */
  private write(result: ResolutionResult, refs: Map<string, ReportRef>): void {
    const members = new Map<string, string[]>();
    for (const a of result.assignments) {
      const list = members.get(a.group) ?? [];
      list.push(a.eventId);
      members.set(a.group, list);
    }
    const sel = this.stmt('SELECT rid, component, grp, is_primary, report_count, resolved, background, search FROM events WHERE id = ?');
    const upd = this.stmt('UPDATE events SET component = ?, grp = ?, is_primary = ?, report_count = ?, resolved = ? WHERE rid = ?');
    const updSearch = this.stmt('UPDATE events SET search = ? WHERE rid = ?');
    const delActors = this.stmt('DELETE FROM event_actors WHERE event_rid = ?');
    const insActor = this.stmt('INSERT INTO event_actors (actor_id, event_rid, background, acting, counted, own) VALUES (?, ?, ?, ?, ?, ?)');
    for (const a of result.assignments) {
      const cur = sel.get(a.eventId) as Current | undefined;
      if (!cur) continue; // not stored (the driver's business): nothing to write
      const kept = keptResolved(a);
      const resolvedJson = kept ? JSON.stringify(kept) : null;
      const primary = a.primary ? 1 : 0;
      const sameSlots = cur.component === a.component && cur.grp === a.group && cur.is_primary === primary && cur.report_count === a.reportCount;
      if (sameSlots && cur.resolved === resolvedJson) continue;
      upd.run(a.component, a.group, primary, a.reportCount, resolvedJson, cur.rid);
      if (cur.is_primary === primary && cur.resolved === resolvedJson) continue;
      const ref = this.refById(a.eventId, refs)!;
      // search: a primary of several reports searches them all; every other row its own words
      let search: string;
      if (kept) {
        const group = (members.get(a.group) ?? [a.eventId]).flatMap((id) => {
          const m = this.refById(id, refs);
          return m ? [{ event: m.event, title: m.article.title }] : [];
        });
        search = groupSearchText(group);
      } else {
        search = searchText(ref.event, ref.article.title);
      }
      if (search !== cur.search) updSearch.run(search, cur.rid);
      // actors: a primary's rows are the served event's (counted), with own = 0 for those its report does not name
      delActors.run(cur.rid);
      const own = actorIds(ref.event);
      if (primary) {
        const served = kept ?? ref.event;
        const acting = new Set(actingActorIds(served));
        const union = actorIds(served);
        for (const id of union) insActor.run(id, cur.rid, cur.background, acting.has(id) ? 1 : 0, 1, own.includes(id) ? 1 : 0);
        const ownActing = new Set(actingActorIds(ref.event));
        for (const id of own) if (!union.includes(id)) insActor.run(id, cur.rid, cur.background, ownActing.has(id) ? 1 : 0, 0, 1);
      } else {
        const ownActing = new Set(actingActorIds(ref.event));
        for (const id of own) insActor.run(id, cur.rid, cur.background, ownActing.has(id) ? 1 : 0, 0, 1);
      }
    }
  }

  overridesNaming(keys: readonly string[]): Override[] {
    if (!keys.length || !this.stmt('SELECT EXISTS (SELECT 1 FROM resolution_overrides)').pluck().get()) return [];
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
    const found = this.stmt('SELECT report_key, component FROM events WHERE report_key IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(named)) as [string, string | null][];
    const known = new Set(found.map((r) => r[0]));
    const unknown = named.filter((k) => !known.has(k));
    if (unknown.length) throw new StoreInputError(`override names no stored report for key(s) ${unknown.join(', ')}`);
    this.stmt('INSERT INTO resolution_overrides (id, kind, keys, others, created_at, note) VALUES (?, ?, ?, ?, ?, ?)').run(
      o.id, o.kind, JSON.stringify(o.keys), JSON.stringify(o.others), o.createdAt, o.note,
    );
    const key = this.stmt('INSERT OR IGNORE INTO resolution_override_keys (key, override_id) VALUES (?, ?)');
    for (const k of named) key.run(k, o.id);
    this.resolve([], null, found.flatMap((r) => (r[1] === null ? [] : [r[1]])));
  }

  /** inside a transaction: every stored report resolved again, from scratch, in batches of rows */
  resolveAll(): number {
    this.stmt("UPDATE events SET report_key = article_id || '@' || json_extract(json, '$.quote.start') WHERE report_key IS NULL").run();
    this.stmt('UPDATE events SET component = NULL').run();
    const ids = this.stmt('SELECT id FROM events ORDER BY id').pluck().all() as string[];
    for (let i = 0; i < ids.length; i += RESOLVE_ALL_BATCH) {
      const batch = this.stmt(`SELECT ${REF_COLS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.id`)
        .raw()
        .all(JSON.stringify(ids.slice(i, i + RESOLVE_ALL_BATCH))) as RefRow[];
      const events = batch.map((r) => JSON.parse(r[1]) as ConflictEvent);
      this.resolve(events, null, []);
    }
    return ids.length;
  }
}

function fromRow([id, kind, keys, others, createdAt, note]: [string, Override['kind'], string, string, string, string | null]): Override {
  return { id, kind, keys: JSON.parse(keys) as string[], others: JSON.parse(others) as string[], createdAt, note };
}

export { isResolvable, reportKey };
