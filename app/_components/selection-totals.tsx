/**
 * Totals of the selection, above the list: "N events · M fatalities" ("N events · R reports · M fatalities" when
 * events were told by several articles, issue 15: counts are of events, reports the second number), and — ACLED's rule, unknown is not
 * 0 — "fatalities unknown for K events" when some events carry no figure (lib/map/totals.ts).
 * In server-clusters mode (lib/map/server-clusters.ts) `total` is the count of matching events the map's clusters
 * report (null until they answer): the line gives it, and the fatalities of the listed page only.
 * In: the events the list shows. Out: a live status line (screen readers hear it change with the filters).
 */
import type { ConflictEvent } from '@/lib/schemas';
import { selectionTotals, totalsText } from '@/lib/map/totals';
import { SERVER_CLUSTERS_THRESHOLD } from '@/lib/map/server-clusters';

export function SelectionTotals({ events, total }: { events: readonly Pick<ConflictEvent, 'fatalities' | 'reports'>[]; total?: number | null }) {
  const t = selectionTotals(events);
  const text = totalsText(t);
  if (total !== undefined) {
    const n = total === null ? `More than ${SERVER_CLUSTERS_THRESHOLD.toLocaleString('en-US')} events` : `${total.toLocaleString('en-US')} events`;
    return (
      <p className="selection-totals" role="status" data-events={total ?? ''} data-listed={t.events} data-reports={t.reports} data-fatalities={t.fatalities} data-unknown={t.unknown}>
        <strong>{n}</strong>
        <span className="muted"> · the {t.events.toLocaleString('en-US')} newest listed{t.reports > t.events ? ` (${t.reports.toLocaleString('en-US')} reports)` : ''}: {t.fatalities.toLocaleString('en-US')} fatalities{text.unknown && `, ${text.unknown}`}</span>
      </p>
    );
  }
  return (
    <p className="selection-totals" role="status" data-events={t.events} data-reports={t.reports} data-fatalities={t.fatalities} data-unknown={t.unknown}>
      <strong>{text.main}</strong>
      {text.unknown && <span className="muted"> · {text.unknown}</span>}
      <span className="muted" title="Each event counts the lowest figure reported (ACLED's rule), so the total is a floor."> (lowest reported figures)</span>
    </p>
  );
}
