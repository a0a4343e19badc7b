/**
 * Reports of a served event (issue 15): every event /api/events and /api/events/{id} answer carries `reports` and
 * `reportCount`, so a client never has to tell a one-report event from a resolved one.
 * In: ConflictEvents as a store serves them (resolved events carry `reports`; a lone report does not) and the
 * references of their articles (title, source, published). Pure; inputs are never mutated.
 * Out: the same events with `reports` (a lone event's one report is itself, built from the event and its article)
 * and `reportCount`; `reportTotal` sums them (the events route's `meta.reports`).
 */
import type { ArticleRef, ConflictEvent, Report } from '../schemas';
import { reportKey } from '../resolve';
import { reportCount, reportTotal } from '../map/report-counts';

export { reportCount, reportTotal };

export type ArticleFacts = Partial<Pick<ArticleRef, 'title' | 'source' | 'published'>>;

/** An event as the API serves it: never without its reports. */
export type ServedEvent = ConflictEvent & { reports: Report[]; reportCount: number };

/** A lone event as its own (primary) report. */
export function ownReport(e: ConflictEvent, article: ArticleFacts | undefined): Report {
  return {
    eventId: e.id,
    key: reportKey(e),
    articleId: e.articleId,
    title: article?.title ?? '',
    source: article?.source ?? null,
    published: article?.published ?? null,
    quote: { text: e.quote.text, start: e.quote.start, end: e.quote.end },
    fatalities: e.fatalities?.count ?? null,
    date: e.date.value,
    why: ['primary'],
  };
}

/** The reports of an event: its own `reports` when resolved from several, else itself. */
export function reportsOf(e: ConflictEvent, article?: ArticleFacts): Report[] {
  return e.reports && e.reports.length > 0 ? e.reports : [ownReport(e, article)];
}

export function withReport(e: ConflictEvent, article: ArticleFacts | undefined): ServedEvent {
  const reports = reportsOf(e, article);
  return { ...e, reports, reportCount: reports.length };
}

/** Every event with its reports and count; `articles` by article id (events.ts articleRefs). */
export function withReports(events: readonly ConflictEvent[], articles: ReadonlyMap<string, ArticleFacts>): ServedEvent[] {
  return events.map((e) => withReport(e, articles.get(e.articleId)));
}

/** The distinct sources of an event's reports, in report order (null sources left out). */
export function reportSources(reports: readonly Pick<Report, 'source'>[]): string[] {
  const seen = new Set<string>();
  for (const r of reports) if (r.source && !seen.has(r.source)) seen.add(r.source);
  return [...seen];
}

/**
 * The reader's "also reported by": for each of an article's own events (reports) that belongs to a resolved event
 * with other reports, those other reports (other articles first by the event's order). `resolved`: the events
 * /api/events?article=<id> gives (the resolved events with any report from the article).
 */
export function otherReports(own: readonly Pick<ConflictEvent, 'id' | 'articleId'>[], resolved: readonly ConflictEvent[]): Map<string, Report[]> {
  const byReport = new Map<string, ConflictEvent>();
  for (const e of resolved) for (const r of e.reports ?? []) byReport.set(r.eventId, e);
  const out = new Map<string, Report[]>();
  for (const e of own) {
    const others = (byReport.get(e.id)?.reports ?? []).filter((r) => r.eventId !== e.id && r.articleId !== e.articleId);
    if (others.length > 0) out.set(e.id, others);
  }
  return out;
}
