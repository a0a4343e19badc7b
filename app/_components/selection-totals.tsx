/**
 * Totals of the selection, above the list: "N events · M fatalities", and — ACLED's rule, unknown is not
 * 0 — "fatalities unknown for K events" when some events carry no figure (lib/map/totals.ts).
 * In: the events the list shows. Out: a live status line (screen readers hear it change with the filters).
 */
import type { ConflictEvent } from '@/lib/schemas';
import { selectionTotals, totalsText } from '@/lib/map/totals';

export function SelectionTotals({ events }: { events: readonly Pick<ConflictEvent, 'fatalities'>[] }) {
  const t = selectionTotals(events);
  const text = totalsText(t);
  return (
    <p className="selection-totals" role="status" data-events={t.events} data-fatalities={t.fatalities} data-unknown={t.unknown}>
      <strong>{text.main}</strong>
      {text.unknown && <span className="muted"> · {text.unknown}</span>}
      <span className="muted" title="Each event counts the lowest figure reported (ACLED's rule), so the total is a floor."> (lowest reported figures)</span>
    </p>
  );
}
