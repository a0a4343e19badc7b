/**
 * Totals for a selection of events: how many, and how many people were reported killed.
 * In: the events the list shows (never mutated). Out: counts, plus a one-line summary.
 * ACLED's rule (codebook, "Reported fatalities"; docs/API.md "CSV export"): each event
 * carries the LOWEST reported figure, so the sum is a floor. An event with no figure is UNKNOWN, not 0:
 * the CSV writes 0 as ACLED does, but the totals count such events apart ("fatalities unknown for K").
 * A resolved event (issue 15) counts once however many reports told it; `reports` is the second number
 * ("34 events · 51 reports"), shown when some event has more than one. Its figure is already the lowest of its
 * reports (the range stays in its popup), so a toll told five times is added once.
 */
import type { ConflictEvent } from '../schemas';

export interface SelectionTotals {
  /** events in the selection */
  events: number;
  /** reports behind them (≥ events: a resolved event stands for every article that told it) */
  reports: number;
  /** sum of the reported (lowest) figures of the events that have one */
  fatalities: number;
  /** events with a fatality figure (0 included: "no one was killed" is a figure) */
  known: number;
  /** events with no figure at all */
  unknown: number;
}

export function selectionTotals(events: readonly Pick<ConflictEvent, 'fatalities' | 'reports'>[]): SelectionTotals {
  const t: SelectionTotals = { events: events.length, reports: 0, fatalities: 0, known: 0, unknown: 0 };
  for (const e of events) {
    t.reports += e.reports && e.reports.length > 0 ? e.reports.length : 1;
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

/**
 * "12 events · 34 fatalities" — "12 events · 19 reports · 34 fatalities" when events were told more than once —
 * and, when some are unknown, "fatalities unknown for 5 events".
 */
export function totalsText(t: Pick<SelectionTotals, 'events' | 'fatalities' | 'unknown'> & { reports?: number }): { main: string; unknown: string | null } {
  const reports = t.reports !== undefined && t.reports > t.events ? ` · ${plural(t.reports, 'report', 'reports')}` : '';
  const main = `${plural(t.events, 'event', 'events')}${reports} · ${plural(t.fatalities, 'fatality', 'fatalities')}`;
  const unknown = t.unknown > 0 ? `fatalities unknown for ${plural(t.unknown, 'event', 'events')}` : null;
  return { main, unknown };
}
