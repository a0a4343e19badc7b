/**
 * The resolution stage's driver: new or changed reports → what every affected report's row must say.
 * In: the reports just written (`added`, component null) and the components whose membership changed
 * (`touched`: reports deleted by a reprocess, keys named by a new override), plus a store's ResolutionAccess.
 * Out: a ResolutionResult, handed to access.write once (the caller's transaction holds it all).
 * Steps: candidates near each new report (a box of `maxRadiusKm` + slack, its window ± the widest window) →
 * the components of those it links with, of the touched ones and of reports an analyst merged with it → their
 * members → pairwise comparisons (only between reports inside each other's candidate box and days) → components
 * (linking pairs and analyst merges) → partition.ts → merge.ts. The steps are a generator of requests, so the
 * same code runs synchronously inside a SQLite transaction and asynchronously on PostGIS.
 */
import type { ConflictEvent, Override, ReportKey } from '../schemas';
import { circleBbox } from '../geo';
import { compare, links, partedByHardRule, partedCheaply, profile, type Comparison, type ReportProfile } from './compare';
import { constraints } from './constraints';
import { partition, type Link } from './partition';
import { resolveGroup } from './merge';
import { rules, type ResolutionRules } from './rules';
import { isoOfDay, maxWindowDays } from './window';
import type { CandidateQuery, ReportAssignment, ReportRef, ResolutionAccess, ResolutionResult } from './types';

/** Bump when compare/partition/merge or data/resolve/rules.json change what they decide: stores resolve again. */
export const RESOLUTION_VERSION = '6';

export interface ResolutionInput {
  added: readonly ReportRef[];
  touched: readonly string[];
}

/**
 * A bounded cache of two generations (an LRU approximation without the delete + re-insert of every read): reads
 * look in the young map, then in the old one (moving the entry young); when the young map reaches `cap / 2`
 * entries it becomes the old one and the previous old one is dropped. At most `cap` entries.
 */
class Lru<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  constructor(private readonly cap: number) {}
  get(k: K): V | undefined {
    const v = this.young.get(k);
    if (v !== undefined) return v;
    const o = this.old.get(k);
    if (o !== undefined) this.set(k, o);
    return o;
  }
  set(k: K, v: V): void {
    if (this.young.size >= this.cap / 2) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(k, v);
  }
}

/**
 * Reading a report (profile) and comparing two are pure in their inputs, and a store asks for the same stored
 * reports write after write (a growing group is compared again at every new report): both are memoised per rules
 * object. A profile is found first by the event object itself (a store that keeps its parsed rows hands the same
 * object again: nothing to compare), then by event id and content — the WHOLE event and its article's fields
 * (sameContent), so whatever part of the event profile() reads, another content is another entry (a reprocessed
 * report under the same id misses). Contents are compared only when an id has been read before (a report parsed
 * again from its row, a reprocess): a report never seen — every new report of an ingest — costs no comparison.
 * Each memoised profile gets a serial number (`memoKey`) and its own map of comparisons, keyed by the other
 * profile's serial (the first of a pair in event id order holds it): a growing group is looked up pair by pair at
 * every write, and one global map keyed by both (a string, or a number past small integers) cost more than the
 * comparisons it saved (bench/ingest). The maps are bounded together: the memo lists the maps holding entries, and
 * past COMPARISONS_MAX entries it empties them all (a bound, not an LRU).
 */
interface Memo {
  byObject: WeakMap<ConflictEvent, ReportProfile>;
  /** by event id: the profiles read for it, newest first (a few contents: reprocessed reports) */
  byId: Lru<string, ReportProfile[]>;
  /** the profiles' comparison maps that hold entries, and how many entries they hold together */
  holders: Map<number, Comparison>[];
  pairs: number;
  serial: number;
}
const PROFILES_MAX = 100_000;
/** contents kept per event id */
const CONTENTS_PER_ID = 4;
const COMPARISONS_MAX = 400_000;
const MEMOS = new WeakMap<ResolutionRules, Memo>();
const memoOf = (r: ResolutionRules): Memo => {
  let m = MEMOS.get(r);
  if (!m) MEMOS.set(r, (m = { byObject: new WeakMap(), byId: new Lru(PROFILES_MAX), holders: [], pairs: 0, serial: 0 }));
  return m;
};

/**
 * Whether two parsed values would serialise to the same JSON up to the order of object keys (own enumerable keys,
 * keys holding undefined left out as JSON.stringify does): what a profile is read from is the same. Stops at the
 * first difference; a NaN or another value JSON writes differently only makes it answer false (a fresh reading).
 * Walking both costs less than serialising and hashing both (bench/ingest: every report of a batch seen before
 * under its id).
 */
function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameContent(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let n = 0;
  for (const k in x) {
    if (!Object.hasOwn(x, k) || x[k] === undefined) continue;
    if (!Object.hasOwn(y, k) || !sameContent(x[k], y[k])) return false;
    n++;
  }
  for (const k in y) if (Object.hasOwn(y, k) && y[k] !== undefined) n--;
  return n === 0;
}

const sameArticle = (a: ReportRef['article'], b: ReportRef['article']) =>
  a === b || (a.id === b.id && a.title === b.title && a.source === b.source && a.published === b.published);

function memoProfile(ref: ReportRef, r: ResolutionRules, memo: Memo): ReportProfile {
  const seen = memo.byObject.get(ref.event);
  // the same event object with the same article: the memoised reading as it is (nothing reads a profile's ref but
  // its event and article; a copy per stored candidate and write was most of this function's allocation)
  if (seen && sameArticle(seen.ref.article, ref.article)) return seen;
  const read = memo.byId.get(ref.event.id);
  // the same content read before under this id (a report parsed again from its row, the same report put again)
  const hit = read?.find((p) => sameArticle(p.ref.article, ref.article) && sameContent(p.event, ref.event));
  // same content: the memoised reading with this report's own objects (deep-equal to the ones it was read from)
  const p = hit ? { ...hit, ref, event: ref.event } : { ...profile(ref, r), memoKey: memo.serial++, pairs: new Map() };
  if (!hit) memo.byId.set(ref.event.id, [p, ...(read ?? [])].slice(0, CONTENTS_PER_ID));
  memo.byObject.set(ref.event, p);
  return p;
}

/** what the driver keeps of a pair partedCheaply or partedByHardRule (never served: only `compatible` of an incompatible pair is read) */
const PARTED: Comparison = Object.freeze({ compatible: false, score: 0, reasons: Object.freeze(['parted by a hard rule (article, sub-types, places, days, actors or tolls)']) as string[] });

type Request =
  | { kind: 'candidates'; q: CandidateQuery }
  | { kind: 'componentMembers'; ids: string[] }
  | { kind: 'reportsByKey'; keys: ReportKey[] }
  | { kind: 'overrides'; keys: ReportKey[] };

/** Where another report must lie to possibly be the same happening as `p` (null: `p` can never join). */
function queryOf(p: ReportProfile, r: ResolutionRules): CandidateQuery | null {
  if (!p.window) return null;
  const days = maxWindowDays(r) + r.dayToleranceDays;
  return { bbox: circleBbox(p.lat, p.lon, r.maxRadiusKm + r.slackKm), from: isoOfDay(p.window.from - days), to: isoOfDay(p.window.to + days) };
}

export function candidateQuery(ref: ReportRef, r: ResolutionRules = rules()): CandidateQuery | null {
  return queryOf(memoProfile(ref, r, memoOf(r)), r);
}

/** appends `v` to the list under `k` (in place: copying the list at every member was quadratic in a component's size) */
function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function* steps(input: ResolutionInput, r: ResolutionRules): Generator<Request, ResolutionResult, unknown> {
  const addedIds = new Set(input.added.map((a) => a.event.id));
  const memo = memoOf(r);
  const nodes = new Map<string, ReportProfile>();
  for (const ref of input.added) nodes.set(ref.event.id, memoProfile(ref, r, memo));

  const compareOf = (a: ReportProfile, b: ReportProfile): Comparison => {
    const x = a.id < b.id ? a : b;
    const y = x === a ? b : a;
    // a pair a cheap hard rule parts (same article, a report that cannot join, sub-types that never meet — most
    // candidate pairs) costs less to test than to look up: not memoised, and not compared (compare() would allocate its
    // reason; the driver reads only `compatible` of an incompatible pair, see PARTED)
    if (partedCheaply(x, y, r)) return PARTED;
    const held = x.pairs!;
    let c = held.get(y.memoKey!);
    if (c) return c;
    // parted by a hard rule on places, days, actors or tolls: compare() would say incompatible, maybe for a reason it
    // reads from the sentences first; the driver reads nothing but `compatible` of an incompatible pair (links,
    // partition, merge's `why` takes compatible pairs only), so their sentences are not read for it (and the
    // verdict is memoised like a comparison: the rules are pure in the two profiles)
    c = partedByHardRule(x, y, r) ? PARTED : compare(x, y, r);
    if (memo.pairs >= COMPARISONS_MAX) {
      for (const m of memo.holders) m.clear();
      memo.holders = [];
      memo.pairs = 0;
    }
    if (held.size === 0) memo.holders.push(held);
    held.set(y.memoKey!, c);
    memo.pairs++;
    return c;
  };

  // 1. stored reports the new ones link with
  const affected = new Set<string>(input.touched);
  const stored = new Map<string, ReportRef>();
  // reports told at one place and in one window (the retellings of one happening in a batch) ask the same query: the
  // store is only read until the write, so its answer is asked once per run
  const answered = new Map<string, ReportRef[]>();
  for (const p of [...nodes.values()]) {
    const q = queryOf(p, r);
    if (!q) continue;
    const qk = `${q.bbox[0]},${q.bbox[1]},${q.bbox[2]},${q.bbox[3]},${q.from},${q.to}`;
    let found = answered.get(qk);
    if (!found) answered.set(qk, (found = (yield { kind: 'candidates', q }) as ReportRef[]));
    for (const ref of found) {
      if (addedIds.has(ref.event.id)) continue;
      // a member of a component already affected adds nothing here (its pairs are compared in step 4): a new report
      // among many retellings of one happening is not compared with each of them twice
      if (ref.component !== null && affected.has(ref.component)) continue;
      const c = compareOf(p, memoProfile(ref, r, memo));
      if (!links(c, r)) continue;
      if (ref.component !== null) affected.add(ref.component);
      else stored.set(ref.event.id, ref);
    }
  }
  // 2. reports an analyst merged with a new one
  const addedKeys = [...new Set([...nodes.values()].map((p) => p.key))];
  if (addedKeys.length) {
    const early = (yield { kind: 'overrides', keys: addedKeys }) as Override[];
    const partners = [...new Set(early.flatMap((o) => (o.kind === 'merge' ? o.keys : [...o.keys, ...o.others])))].filter((k) => !addedKeys.includes(k));
    if (partners.length) {
      for (const ref of (yield { kind: 'reportsByKey', keys: partners }) as ReportRef[]) {
        if (addedIds.has(ref.event.id)) continue;
        if (ref.component !== null) affected.add(ref.component);
        else stored.set(ref.event.id, ref);
      }
    }
  }
  // 3. every member of the affected components
  const affectedIds = [...affected].sort();
  if (affectedIds.length) {
    for (const ref of (yield { kind: 'componentMembers', ids: affectedIds }) as ReportRef[]) {
      if (!addedIds.has(ref.event.id)) stored.set(ref.event.id, ref);
    }
  }
  for (const ref of stored.values()) if (!nodes.has(ref.event.id)) nodes.set(ref.event.id, memoProfile(ref, r, memo));
  const all = [...nodes.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const keys = [...new Set(all.map((p) => p.key))].sort();
  const overrides = keys.length ? ((yield { kind: 'overrides', keys }) as Override[]) : [];
  const cons = constraints(overrides, new Set(keys));

  // 4. linking pairs among them (each report against those inside its box and days: sorted by window start). The
  // loops read numbers from arrays (profiles come in several object shapes, and reading their fields pair by pair was
  // most of this step's cost on a large component) and reports by their position in `all` (event id order)
  const pos = new Map<string, number>();
  all.forEach((p, i) => pos.set(p.id, i));
  const byStart = all.filter((p) => p.window).sort((a, b) => a.window!.from - b.window!.from || (a.id < b.id ? -1 : 1));
  const n = byStart.length;
  const from = new Float64Array(n);
  const to = new Float64Array(n);
  const lat = new Float64Array(n);
  const lon = new Float64Array(n);
  const at = new Int32Array(n);
  byStart.forEach((p, k) => {
    from[k] = p.window!.from;
    to[k] = p.window!.to;
    lat[k] = p.lat;
    lon[k] = p.lon;
    at[k] = pos.get(p.id)!;
  });
  const linksFound: Link[] = [];
  /** the positions in `all` of each found link's two reports, in event id order */
  const linkEnds: number[] = [];
  const span = maxWindowDays(r) * 2 + r.dayToleranceDays;
  for (let i = 0; i < n; i++) {
    const a = byStart[i]!;
    const [west, south, east, north] = queryOf(a, r)!.bbox;
    const plain = west <= east;
    const last = to[i]! + span;
    for (let j = i + 1; j < n; j++) {
      if (from[j]! > last) break;
      // inBox
      const y = lat[j]!;
      if (y < south || y > north) continue;
      const x = lon[j]!;
      if (plain ? !(x >= west && x <= east) : !(x >= west || x <= east)) continue;
      const b = byStart[j]!;
      const c = compareOf(a, b);
      if (!links(c, r)) continue;
      if (at[i]! < at[j]!) {
        linksFound.push({ a, b, c });
        linkEnds.push(at[i]!, at[j]!);
      } else {
        linksFound.push({ a: b, b: a, c });
        linkEnds.push(at[j]!, at[i]!);
      }
    }
  }
  // components: linking pairs + analyst units (union-find on positions: the smaller position, the smaller id, is the root)
  const parent = new Int32Array(all.length);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const join = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[ra < rb ? rb : ra] = ra < rb ? ra : rb;
  };
  for (let k = 0; k < linkEnds.length; k += 2) join(linkEnds[k]!, linkEnds[k + 1]!);
  const byKey = new Map<string, number[]>();
  all.forEach((p, i) => pushTo(byKey, p.key, i));
  for (const pk of cons.must.keys()) {
    const [ka, kb] = pk.split('\u0000') as [string, string];
    for (const a of byKey.get(ka) ?? []) for (const b of byKey.get(kb) ?? []) join(a, b);
  }
  const components = new Map<string, ReportProfile[]>();
  all.forEach((p, i) => pushTo(components, all[find(i)]!.id, p));
  const linksBy = new Map<string, Link[]>();
  linksFound.forEach((l, k) => pushTo(linksBy, all[find(linkEnds[2 * k]!)]!.id, l));

  // 5. events
  const assignments: ReportAssignment[] = [];
  for (const [root, members] of components) {
    const component = root; // the smallest event id in it (join keeps the smaller root)
    for (const group of partition(members, linksBy.get(root) ?? [], compareOf, cons)) {
      const { primary, event } = resolveGroup(group, compareOf, cons);
      for (const p of group) {
        const isPrimary = p === primary;
        assignments.push({ eventId: p.id, component, group: primary.id, primary: isPrimary, resolved: isPrimary ? event : null, reportCount: isPrimary ? group.length : 0 });
      }
    }
  }
  assignments.sort((a, b) => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0));
  const live = new Set(components.keys());
  return { assignments, droppedComponents: affectedIds.filter((c) => !live.has(c)) };
}

function answerSync(access: ResolutionAccess<'sync'>, req: Request): unknown {
  switch (req.kind) {
    case 'candidates':
      return access.candidates(req.q);
    case 'componentMembers':
      return access.componentMembers(req.ids);
    case 'reportsByKey':
      return access.reportsByKey(req.keys);
    case 'overrides':
      return access.overrides(req.keys);
  }
}

/** Inside a synchronous transaction (SQLite, memory). */
export function resolveSync(access: ResolutionAccess<'sync'>, input: ResolutionInput, r: ResolutionRules = rules()): ResolutionResult {
  const gen = steps(input, r);
  let next = gen.next();
  while (!next.done) next = gen.next(answerSync(access, next.value));
  access.write(next.value);
  return next.value;
}

/** Inside an asynchronous transaction (PostGIS: every access call on the transaction's client). */
export async function resolveAsync(access: ResolutionAccess<'async'>, input: ResolutionInput, r: ResolutionRules = rules()): Promise<ResolutionResult> {
  const gen = steps(input, r);
  let next = gen.next();
  while (!next.done) {
    const req = next.value;
    const answer =
      req.kind === 'candidates'
        ? await access.candidates(req.q)
        : req.kind === 'componentMembers'
          ? await access.componentMembers(req.ids)
          : req.kind === 'reportsByKey'
            ? await access.reportsByKey(req.keys)
            : await access.overrides(req.keys);
    next = gen.next(answer);
  }
  await access.write(next.value);
  return next.value;
}

/** All reports at once, nothing stored (evaluation, fixtures, tests): the same decisions a store makes. */
export function resolveReports(refs: readonly ReportRef[], overrides: readonly Override[] = [], r: ResolutionRules = rules()): ResolutionResult {
  const names = (o: Override, keys: readonly string[]) => [...o.keys, ...o.others].some((k) => keys.includes(k));
  return resolveSync(
    {
      candidates: () => [],
      componentMembers: () => [],
      reportsByKey: () => [],
      overrides: (keys) => overrides.filter((o) => names(o, keys)),
      write: () => {},
    },
    { added: refs.map((ref) => ({ ...ref, component: null })), touched: [] },
    r,
  );
}
