/**
 * Reports as the second number beside event counts (issue 15): a resolved event counts once in every count of
 * events, and `reportCount` times here — per display type, per ACLED sub-type and per timeline bin.
 * In: events as the store serves them (resolved ones carry `reports`), the timeline's bins. Pure; inputs never mutated.
 * Out: totals, count records, and bins with `reports` set.
 */
import type { AcledSubEventType, Bin, ConflictEvent, EventType } from '../schemas';

/** Number of reports an event stands for (1 for a lone one). */
export const reportCount = (e: Pick<ConflictEvent, 'reports'>) => (e.reports && e.reports.length > 0 ? e.reports.length : 1);
const reportsOf = reportCount;

/** Reports behind a list of events (the second number beside an event count; /api/events `meta.reports`). */
export function reportTotal(events: readonly Pick<ConflictEvent, 'reports'>[]): number {
  let n = 0;
  for (const e of events) n += reportCount(e);
  return n;
}

export function reportCounts(events: readonly Pick<ConflictEvent, 'type' | 'acled' | 'reports'>[]): {
  typeReports: Partial<Record<EventType, number>>;
  subTypeReports: Partial<Record<AcledSubEventType, number>>;
} {
  const typeReports: Partial<Record<EventType, number>> = {};
  const subTypeReports: Partial<Record<AcledSubEventType, number>> = {};
  for (const e of events) {
    const n = reportsOf(e);
    typeReports[e.type] = (typeReports[e.type] ?? 0) + n;
    subTypeReports[e.acled.subEventType] = (subTypeReports[e.acled.subEventType] ?? 0) + n;
  }
  return { typeReports, subTypeReports };
}

/** The bins with `reports`: the reports of the events dated inside each (the open-ended bins' outside ones left out). */
export function binReports(bins: readonly Bin[], events: readonly Pick<ConflictEvent, 'date' | 'reports'>[]): Bin[] {
  if (bins.length === 0) return [];
  const out = bins.map((b) => ({ ...b, reports: 0 }));
  for (const e of events) {
    const d = e.date.value;
    if (!d || d < out[0]!.start || d > out[out.length - 1]!.end) continue;
    let lo = 0;
    let hi = out.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (out[mid]!.end < d) lo = mid + 1;
      else hi = mid;
    }
    out[lo]!.reports += reportsOf(e);
  }
  return out;
}
