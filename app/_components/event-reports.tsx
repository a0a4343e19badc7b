/**
 * The reports of a resolved event (issue 15), under the popup's primary quote: "5 reports" as a collapsed list with
 * one quote per source — its outlet (or its article's title when none), its own figure and date, and a link to the
 * article reader at that report's sentence. A lone event (one report) shows nothing here.
 * Also the fatalities range ("reports: 12–15") and the reader's "also reported by" line. Text nodes only.
 * In: the event (with `reports` when resolved from several articles). Out: markup; no state.
 */
import type { ConflictEvent, Report } from '@/lib/schemas';
import { formatDate } from '@/lib/map/names';

export const reportsLabel = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'report' : 'reports'}`;

/** where a report opens: its sentence in its article's reader */
export const reportHref = (r: Pick<Report, 'articleId' | 'eventId'>) => `/articles/${encodeURIComponent(r.articleId)}#${encodeURIComponent(r.eventId)}`;

/** how a report is named: its outlet, else its article's title */
export const reportName = (r: Pick<Report, 'source' | 'title' | 'articleId'>) => r.source?.trim() || r.title.trim() || r.articleId;

/** one report per source (the first, in the event's order: the primary first), so five outlets give five quotes */
export function onePerSource(reports: readonly Report[]): Report[] {
  const seen = new Set<string>();
  return reports.filter((r) => {
    const k = r.source?.trim().toLowerCase() || `article:${r.articleId}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/** "(reports: 12–15)" when the reports' figures differ; null otherwise */
export function rangeText(e: Pick<ConflictEvent, 'fatalitiesRange'>): string | null {
  const r = e.fatalitiesRange;
  return r && r.min !== r.max ? `reports: ${r.min.toLocaleString('en-US')}–${r.max.toLocaleString('en-US')}` : null;
}

export function EventReports({ event: e }: { event: ConflictEvent }) {
  const reports = e.reports ?? [];
  if (reports.length < 2) return null;
  const shown = onePerSource(reports);
  const sources = new Set(reports.map((r) => r.source?.trim().toLowerCase() || `article:${r.articleId}`)).size;
  return (
    <details className="popup-reports" data-reports={reports.length}>
      <summary>
        {reportsLabel(reports.length)}
        <span className="muted"> · {sources === 1 ? 'one source' : `${sources} sources`}</span>
      </summary>
      <ol aria-label="Reports of this event">
        {shown.map((r) => (
          <li key={r.key} data-report={r.eventId}>
            <blockquote className="report-quote">{r.quote.text}</blockquote>
            <p className="report-meta">
              <a href={reportHref(r)} title={r.title}>{reportName(r)}</a>
              {r.source && r.title ? <span className="muted"> · {r.title}</span> : null}
              {r.date ? <span className="muted"> · {formatDate(r.date)}</span> : null}
              {r.fatalities !== null ? <span className="muted"> · {r.fatalities.toLocaleString('en-US')} killed</span> : null}
            </p>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** The reader's line under one of the article's own events: the other reports of the event it belongs to. */
export function AlsoReported({ reports }: { reports: readonly Report[] }) {
  if (reports.length === 0) return null;
  return (
    <p className="also-reported">
      Also reported by:{' '}
      {reports.map((r, i) => (
        <span key={r.key}>
          {i > 0 ? ', ' : ''}
          <a href={reportHref(r)} title={r.title}>{reportName(r)}</a>
        </span>
      ))}
    </p>
  );
}
