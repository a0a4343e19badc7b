/** lib/export/report-cells.ts: ACLED's `source` and `notes` of an event told by several reports. */
import { describe, expect, it } from 'vitest';
import type { Report } from '@/lib/schemas';
import { notesCell, reportExtras, sourceCell } from '@/lib/export/report-cells';

const r = (articleId: string, source: string | null, fatalities: number | null, title = 'T'): Report => ({
  eventId: `${articleId}-e0`, key: `${articleId}@0`, articleId, title, source, published: null, quote: { text: 'q', start: 0, end: 1 }, fatalities, date: '2026-03-09', why: [],
});
const quote = { text: 'Drones struck the depot, killing 12.', start: 0, end: 36 };

describe('report cells', () => {
  it('a lone event: its article source, its quote, one report', () => {
    expect(sourceCell({}, 'Wire')).toBe('Wire');
    expect(notesCell({ quote, fatalities: null })).toBe(quote.text);
    expect(reportExtras({ articleId: 'a' })).toEqual({ count: 1, articles: 'a' });
  });
  it('several reports: distinct sources joined by "; ", each report named in the notes, the range coded at its lowest', () => {
    const reports = [r('a', 'Wire', 12), r('b', 'Daily', 15), r('c', 'Wire', null), r('d', null, 14, 'Untitled monitor')];
    expect(sourceCell({ reports }, 'ignored')).toBe('Wire; Daily');
    expect(notesCell({ quote, reports, fatalities: { count: 12, text: '12', start: 0, end: 2, qualifier: null }, fatalitiesRange: { min: 12, max: 15 } })).toBe(
      'Drones struck the depot, killing 12. (4 reports: Wire: 12 fatalities; Daily: 15 fatalities; Wire; Untitled monitor: 14 fatalities) Reported fatalities range 12-15; the lowest (12) is coded.',
    );
    expect(notesCell({ quote, reports: reports.slice(0, 1), fatalities: null })).toBe(quote.text);
    expect(reportExtras({ articleId: 'a', reports })).toEqual({ count: 4, articles: 'a; b; c; d' });
  });
});
