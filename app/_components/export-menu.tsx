/**
 * "Export": download exactly what the list shows, as ACLED CSV or GeoJSON. The links are /api/events
 * with the page's own filters (plus the visible box when "Only what's in view" is on) and no paging;
 * their `download` name is the one the API sends in Content-Disposition (lib/export/selection.ts).
 * In: the filters (parsed on the server), the visible box or null. Out: two links (plain <a>: they work
 * without JS, and a right-click "copy link" gives the API URL).
 */
import type { EventQuery } from '@/lib/schemas/query';
import { exportFilename, exportHref, selectionQuery, type ExportFormat } from '@/lib/export/selection';

export interface ExportMenuProps {
  filters: EventQuery;
  /** the map's visible box [west, south, east, north] when the list shows only what is in view */
  inView?: readonly number[] | null;
}

const FORMATS: { format: ExportFormat; label: string; title: string }[] = [
  { format: 'csv', label: 'CSV (ACLED)', title: 'ACLED columns, one row per event' },
  { format: 'geojson', label: 'GeoJSON', title: 'one Feature per event, [lng, lat]' },
];

export function ExportMenu({ filters, inView }: ExportMenuProps) {
  const query = selectionQuery(filters, inView);
  return (
    <div className="export-menu" role="group" aria-label="Export the selection">
      <span className="export-label">Export:</span>
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
