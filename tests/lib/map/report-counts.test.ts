/** lib/map/report-counts.ts: reports as the second number per type, sub-type and timeline bin (issue 15). */
import { describe, expect, it } from 'vitest';
import type { ConflictEvent } from '@/lib/schemas';
import { binDates } from '@/lib/map/histogram';
import { binReports, reportCounts } from '@/lib/map/report-counts';

type E = Pick<ConflictEvent, 'type' | 'acled' | 'reports' | 'date'>;
const ev = (date: string | null, reports: number, type: ConflictEvent['type'] = 'airstrike'): E => ({
  type, acled: { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' }, date: { value: date, precision: 1, text: null },
  reports: reports > 1 ? (Array.from({ length: reports }, () => ({})) as ConflictEvent['reports']) : undefined,
});

describe('report counts', () => {
  it('per type and sub-type: a lone event is one report, a resolved one its reports', () => {
    const { typeReports, subTypeReports } = reportCounts([ev('2026-01-01', 3), ev('2026-01-02', 1), ev(null, 2, 'clash')]);
    expect(typeReports).toEqual({ airstrike: 4, clash: 2 });
    expect(subTypeReports).toEqual({ 'Air/drone strike': 6 });
  });
  it('per timeline bin, the bins unchanged otherwise and not mutated', () => {
    const events = [ev('2026-01-01', 3), ev('2026-01-01', 1), ev('2026-01-03', 2), ev(null, 5)];
    const bins = binDates(events.map((e) => e.date.value), 'day');
    const copy = structuredClone(bins);
    const out = binReports(bins, events);
    expect(bins).toEqual(copy);
    expect(out.map((b) => [b.start, b.count, b.reports])).toEqual([['2026-01-01', 2, 4], ['2026-01-02', 0, 0], ['2026-01-03', 1, 2]]);
  });
});
