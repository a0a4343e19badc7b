/**
 * "Export": download exactly what the list shows, as ACLED CSV or GeoJSON. The links are /api/events
 * with the page's own filters (plus the visible box when "Only what's in view" is on) and no paging;
 * their `download` name is the one the API sends in Content-Disposition (lib/export/selection.ts).
 * A resolved event is one CSV row / one Feature with all its reports (issue 15): the menu says how many of each it
 * holds ("34 events · 51 reports") when it knows.
 * In: the filters (parsed on the server), the visible box or null, the counts. Out: two links (plain <a>: they work
 * without JS, and a right-click "copy link" gives the API URL).
 */
import type { EventQuery } from '@/lib/schemas/query';
import { exportFilename, exportHref, selectionQuery, type ExportFormat } from '@/lib/export/selection';

export interface ExportMenuProps {
  filters: EventQuery;
  /** the map's visible box [west, south, east, north] when the list shows only what is in view */
  inView?: readonly number[] | null;
  /** what the export holds, when the page has every event of it (not in server-clusters mode) */
  counts?: { events: number; reports: number };
}

const FORMATS: { format: ExportFormat; label: string; title: string }[] = [
  { format: 'csv', label: 'CSV (ACLED)', title: 'ACLED columns, one row per event; its reports in source and notes' },
  { format: 'geojson', label: 'GeoJSON', title: 'one Feature per event, [lng, lat], with its reports' },
];

const plural = (n: number, one: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : `${one}s`}`;

export function ExportMenu({ filters, inView, counts }: ExportMenuProps) {
  const query = selectionQuery(filters, inView);
  return (
    <div className="export-menu" role="group" aria-label="Export the selection">
      <span className="export-label">Export:</span>
      {counts && (
        <span className="export-counts muted" data-events={counts.events} data-reports={counts.reports}>
          {plural(counts.events, 'event')} · {plural(counts.reports, 'report')}
        </span>
      )}
      {FORMATS.map(({ format, label, title }) =>
        query ? (
          <a key={format} className="btn btn-small" href={exportHref(query, format)} download={exportFilename(query, format)} title={title} data-format={format}>
            {label}
          </a>
        ) : (
          <span key={format} className="btn btn-small" aria-disabled="true" data-format={format}>
            {label}
          </span>
        ),
      )}
    </div>
  );
}
