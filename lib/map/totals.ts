/**
 * Totals for a selection of events: how many, and how many people were reported killed.
 * In: the events the list shows (never mutated). Out: counts, plus a one-line summary.
 * ACLED's rule (codebook, "Reported fatalities"; docs/API.md "CSV export"): each event
 * carries the LOWEST reported figure, so the sum is a floor. An event with no figure is UNKNOWN, not 0:
 * the CSV writes 0 as ACLED does, but the totals count such events apart ("fatalities unknown for K").
 * Our events carry one figure each (the lowest; no maximum is stored), so no min–max range is shown.
 */
import type { ConflictEvent } from '../schemas';

export interface SelectionTotals {
  /** events in the selection */
  events: number;
  /** sum of the reported (lowest) figures of the events that have one */
  fatalities: number;
  /** events with a fatality figure (0 included: "no one was killed" is a figure) */
  known: number;
  /** events with no figure at all */
  unknown: number;
}

export function selectionTotals(events: readonly Pick<ConflictEvent, 'fatalities'>[]): SelectionTotals {
  const t: SelectionTotals = { events: events.length, fatalities: 0, known: 0, unknown: 0 };
  for (const e of events) {
    const f = e.fatalities;
    if (!f) {
      t.unknown++;
      continue;
    }
    t.known++;
    t.fatalities += f.count;
  }
  return t;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "12 events · 34 fatalities" and, when some are unknown, "fatalities unknown for 5 events". */
export function totalsText(t: SelectionTotals): { main: string; unknown: string | null } {
  const main = `${plural(t.events, 'event', 'events')} · ${plural(t.fatalities, 'fatality', 'fatalities')}`;
  const unknown = t.unknown > 0 ? `fatalities unknown for ${plural(t.unknown, 'event', 'events')}` : null;
  return { main, unknown };
}
