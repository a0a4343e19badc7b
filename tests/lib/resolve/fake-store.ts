/**
 * A minimal store for the driver tests: rows in a Map, the ResolutionAccess a real store gives (candidates by box
 * and date, component members, reports by key, overrides), add / remove / override like a store's writes.
 */
import { reportKey, resolveSync, type CandidateQuery, type ReportRef, type ResolutionAccess, type ResolutionResult } from '@/lib/resolve';
import type { Override } from '@/lib/schemas';

interface Row {
  ref: ReportRef;
  group: string;
  primary: boolean;
  resolved: ReportRef['event'] | null;
}

export class FakeStore {
  rows = new Map<string, Row>();
  overrideList: Override[] = [];
  calls = { candidates: 0, componentMembers: 0 };

  private access(): ResolutionAccess<'sync'> {
    const refs = () => [...this.rows.values()].map((r) => r.ref);
    const inBox = ({ bbox: [w, s, e, n], from, to }: CandidateQuery, ref: ReportRef) => {
      const p = ref.event.place;
      const d = ref.event.date.value;
      if (!p || !d || ref.event.background || d < from || d > to || p.lat < s || p.lat > n) return false;
      return w <= e ? p.lon >= w && p.lon <= e : p.lon >= w || p.lon <= e;
    };
    return {
      candidates: (q) => (this.calls.candidates++, refs().filter((r) => inBox(q, r))),
      componentMembers: (ids) => (this.calls.componentMembers++, refs().filter((r) => r.component !== null && ids.includes(r.component))),
      reportsByKey: (keys) => refs().filter((r) => keys.includes(reportKey(r.event))),
      overrides: (keys) => this.overrideList.filter((o) => [...o.keys, ...o.others].some((k) => keys.includes(k))),
      write: (result) => {
        for (const a of result.assignments) {
          const row = this.rows.get(a.eventId)!;
          row.ref = { ...row.ref, component: a.component };
          row.group = a.group;
          row.primary = a.primary;
          row.resolved = a.resolved;
        }
      },
    };
  }

  add(refs: readonly ReportRef[]): ResolutionResult {
    for (const ref of refs) this.rows.set(ref.event.id, { ref: { ...ref, component: null }, group: ref.event.id, primary: true, resolved: null });
    return resolveSync(this.access(), { added: refs.map((r) => ({ ...r, component: null })), touched: [] });
  }

  removeArticle(articleId: string): ResolutionResult {
    const touched = new Set<string>();
    for (const [id, row] of this.rows)
      if (row.ref.event.articleId === articleId) {
        if (row.ref.component) touched.add(row.ref.component);
        this.rows.delete(id);
      }
    return resolveSync(this.access(), { added: [], touched: [...touched] });
  }

  override(o: Override): ResolutionResult {
    this.overrideList.push(o);
    const keys = new Set([...o.keys, ...o.others]);
    const touched = [...this.rows.values()].filter((r) => keys.has(reportKey(r.ref.event)) && r.ref.component).map((r) => r.ref.component!);
    return resolveSync(this.access(), { added: [], touched: [...new Set(touched)] });
  }

  /** served events: primaries' resolved events (or the report itself) */
  served() {
    return [...this.rows.values()].filter((r) => r.primary).map((r) => r.resolved ?? r.ref.event);
  }

  groups(): string[][] {
    const by = new Map<string, string[]>();
    for (const [id, r] of this.rows) by.set(r.group, [...(by.get(r.group) ?? []), id]);
    return [...by.values()].map((g) => g.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  }
}
