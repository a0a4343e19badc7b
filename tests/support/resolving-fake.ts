/**
 * Tests only: a MemoryStore that serves resolved events (issue 15) by a trivial rule, for the UI and route tests
 * written before the real resolving stores (lib/resolve + lib/store) landed, and `twinArticle`, which writes another
 * outlet's telling of a stored article. Rule: reports of different articles with the same type, place id and date are
 * one event, then the analyst's overrides apply in order (merge: union; split: the keys apart from the others). The
 * primary is the report with the smallest event id; fatalities the lowest, with the range when reports differ.
 */
import { MemoryStore, StoreInputError } from '@/lib/store';
import type { ConflictEvent, EventQuery, Override, Report } from '@/lib/schemas';
import type { QueryOptions, StoredArticle } from '@/lib/store/types';
import { reportKey } from '@/lib/resolve/types';

/** Another outlet's telling of `doc`: new id, title and source, same sentences (offsets kept), other figures. */
export function twinArticle(doc: StoredArticle, o: { id: string; title: string; source: string; fatalities?: Record<number, number> }): StoredArticle {
  const twin = JSON.parse(JSON.stringify(doc).split(doc.article.id).join(o.id)) as StoredArticle;
  twin.article.title = o.title;
  twin.article.source = o.source;
  twin.article.body += `\n\nReported by ${o.source}.`;
  for (const [i, count] of Object.entries(o.fatalities ?? {})) {
    const e = twin.events[Number(i)]!;
    e.fatalities = e.fatalities ? { ...e.fatalities, count } : { count, text: String(count), start: e.quote.start, end: e.quote.start + 1, qualifier: null };
  }
  return twin;
}

export class FakeResolvingStore extends MemoryStore {
  private overridesList: Override[] = [];

  private async reports(): Promise<ConflictEvent[]> {
    return (await super.queryEvents({ includeBackground: true })).sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /** groups of reports (event lists), each sorted by id */
  private async groups(): Promise<ConflictEvent[][]> {
    const all = await this.reports();
    const groupOf = new Map<string, number>();
    const keyOf = (e: ConflictEvent) => `${e.type}|${e.place?.id}|${e.date.value}`;
    const byKey = new Map<string, number>();
    let next = 0;
    for (const e of all) {
      const k = e.place && e.date.value && !e.background ? keyOf(e) : `lone|${e.id}`;
      if (!byKey.has(k)) byKey.set(k, next++);
      groupOf.set(reportKey(e), byKey.get(k)!);
    }
    for (const o of this.overridesList) {
      if (o.kind === 'merge') {
        const g = next++;
        const from = new Set(o.keys.map((k) => groupOf.get(k)));
        for (const [k, v] of groupOf) if (from.has(v)) groupOf.set(k, g);
      } else {
        const g = next++;
        for (const k of o.keys) groupOf.set(k, g);
      }
    }
    const out = new Map<number, ConflictEvent[]>();
    for (const e of all) {
      const g = groupOf.get(reportKey(e))!;
      out.set(g, [...(out.get(g) ?? []), e]);
    }
    return [...out.values()];
  }

  private async resolved(group: ConflictEvent[]): Promise<ConflictEvent> {
    const [primary] = group;
    if (group.length === 1) return primary!;
    const refs = new Map((await this.articleRefs(group.map((e) => e.articleId))).map((r) => [r.id, r]));
    const reports: Report[] = group.map((e, i) => {
      const a = refs.get(e.articleId);
      return { eventId: e.id, key: reportKey(e), articleId: e.articleId, title: a?.title ?? '', source: a?.source ?? null, published: a?.published ?? null, quote: { text: e.quote.text, start: e.quote.start, end: e.quote.end }, fatalities: e.fatalities?.count ?? null, date: e.date.value, why: i === 0 ? ['primary'] : ['same type, place and date'] };
    });
    const figures = group.filter((e) => e.fatalities).map((e) => e.fatalities!);
    const lowest = figures.length ? figures.reduce((a, b) => (b.count < a.count ? b : a)) : null;
    const counts = figures.map((f) => f.count);
    const range = counts.length && Math.min(...counts) !== Math.max(...counts) ? { min: Math.min(...counts), max: Math.max(...counts) } : undefined;
    const actors = [...new Map(group.flatMap((e) => e.actors).map((a) => [`${a.id}|${a.role}`, a])).values()];
    return { ...primary!, actors, fatalities: lowest, reports, ...(range ? { fatalitiesRange: range } : {}) };
  }

  override async queryEvents(q: EventQuery, opts?: QueryOptions): Promise<ConflictEvent[]> {
    const own = await super.queryEvents({ ...q, limit: undefined }, opts);
    const groups = await this.groups();
    const seen = new Set<string>();
    const out: ConflictEvent[] = [];
    for (const e of own) {
      const g = groups.find((x) => x.some((r) => r.id === e.id))!;
      if (!q.article && g[0]!.id !== e.id) continue; // a hidden report: its primary stands for it
      if (seen.has(g[0]!.id)) continue;
      seen.add(g[0]!.id);
      out.push(await this.resolved(g));
    }
    return q.limit !== undefined ? out.slice(0, q.limit) : out;
  }

  override async getEvent(id: string): Promise<ConflictEvent | null> {
    const g = (await this.groups()).find((x) => x.some((r) => r.id === id));
    return g ? this.resolved(g) : null;
  }

  override async addOverride(o: Override): Promise<void> {
    const keys = new Set((await this.reports()).map(reportKey));
    const unknown = [...o.keys, ...o.others].filter((k) => !keys.has(k));
    if (unknown.length) throw new StoreInputError(`no stored report has key ${unknown.join(', ')}`, []);
    this.overridesList.push(o);
    this.changes.bump();
  }

  override async listOverrides(): Promise<Override[]> {
    return [...this.overridesList];
  }
}
