/**
 * One component of linked reports → its events. Deterministic in the component's reports and constraints alone
 * (never in the order they arrived), so any ingest order gives the same events.
 * In: the reports of one component (profiles), their pairwise comparisons (`compareOf`) and the analyst's
 * constraints. Out: groups of reports, each one happening.
 * How: start from the analyst's units (must-links); take the linking pairs strongest first (ties by event ids) and
 * join their two groups when every pair across is compatible (complete linkage on the hard rules: one strike by
 * Russia and one by Turkey never share a group through a third report) and no analyst split stands between them.
 */
import { pairKey, type Constraints } from './constraints';
import type { Comparison, ReportProfile } from './compare';

export interface Link {
  a: ReportProfile;
  b: ReportProfile;
  c: Comparison;
}

export function partition(
  reports: readonly ReportProfile[],
  linkPairs: readonly Link[],
  compareOf: (a: ReportProfile, b: ReportProfile) => Comparison,
  cons: Constraints,
): ReportProfile[][] {
  const parent = new Map<string, string>();
  const members = new Map<string, ReportProfile[]>();
  for (const r of reports) {
    parent.set(r.id, r.id);
    members.set(r.id, [r]);
  }
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let x = id;
    while (x !== root) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent.set(drop, keep);
    members.get(keep)!.push(...members.get(drop)!);
    members.delete(drop);
  };
  // the analyst's units
  const byKey = new Map<string, ReportProfile[]>();
  for (const r of reports) {
    const list = byKey.get(r.key);
    if (list) list.push(r);
    else byKey.set(r.key, [r]);
  }
  // (most stores hold no override: no pair keys are built for an empty set of constraints — quadratic in a component)
  const keys = cons.must.size ? [...byKey.keys()].sort() : [];
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++) {
      if (!cons.must.has(pairKey(keys[i]!, keys[j]!))) continue;
      for (const a of byKey.get(keys[i]!)!) for (const b of byKey.get(keys[j]!)!) union(a.id, b.id);
    }

  const constrained = cons.must.size > 0 || cons.cannot.size > 0;
  // no analyst constraint and every pair compatible: whatever the order, each link's two groups are joinable, so the
  // links make the connected reports one group — the retellings of one happening — without sorting the links
  // (quadratic in a component's size, and asked again at every write that adds to it)
  if (!constrained && everyPairCompatible(reports, compareOf) && connected(reports, linkPairs)) return [[...reports].sort((x, y) => cmp(x.id, y.id))];
  const joinable = (ga: readonly ReportProfile[], gb: readonly ReportProfile[]) => {
    for (const x of ga)
      for (const y of gb) {
        if (constrained) {
          const k = pairKey(x.key, y.key);
          if (cons.cannot.has(k)) return false;
          if (cons.must.has(k)) continue;
        }
        if (!compareOf(x, y).compatible) return false;
      }
    return true;
  };
  const ordered = [...linkPairs].sort(
    (p, q) => q.c.score - p.c.score || cmp(minId(p), minId(q)) || cmp(maxId(p), maxId(q)),
  );
  for (const { a, b } of ordered) {
    const [ra, rb] = [find(a.id), find(b.id)];
    if (ra === rb) continue;
    if (joinable(members.get(ra)!, members.get(rb)!)) union(ra, rb);
  }
  return [...members.values()].map((g) => g.sort((x, y) => cmp(x.id, y.id))).sort((x, y) => cmp(x[0]!.id, y[0]!.id));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const minId = (l: Link) => (l.a.id < l.b.id ? l.a.id : l.b.id);
const maxId = (l: Link) => (l.a.id < l.b.id ? l.b.id : l.a.id);

/** whether every two reports are compatible (stops at the first pair that is not) */
function everyPairCompatible(reports: readonly ReportProfile[], compareOf: (a: ReportProfile, b: ReportProfile) => Comparison): boolean {
  for (let i = 0; i < reports.length; i++) for (let j = i + 1; j < reports.length; j++) if (!compareOf(reports[i]!, reports[j]!).compatible) return false;
  return true;
}

/** whether the links join all the reports */
function connected(reports: readonly ReportProfile[], linkPairs: readonly Link[]): boolean {
  if (reports.length <= 1) return true;
  const parent = new Map<string, string>(reports.map((r) => [r.id, r.id]));
  const find = (id: string): string => {
    while (parent.get(id) !== id) {
      const up = parent.get(parent.get(id)!)!;
      parent.set(id, up);
      id = up;
    }
    return id;
  };
  let parts = reports.length;
  for (const { a, b } of linkPairs) {
    const [ra, rb] = [find(a.id), find(b.id)];
    if (ra === rb) continue;
    parent.set(ra, rb);
    if (--parts === 1) return true;
  }
  return false;
}
