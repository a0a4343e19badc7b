import { describe, expect, it } from 'vitest';
import { selectionTotals, totalsText } from '@/lib/map/totals';
import { fixtureEvents } from './fixtures';

const f = (count: number) => ({ fatalities: { count, text: String(count), start: 0, end: 1, qualifier: null } });

describe('selectionTotals', () => {
  it('sums the reported figures and counts unknown ones apart (unknown is not 0)', () => {
    const t = selectionTotals([f(4), f(0), { fatalities: null }, f(12), { fatalities: null }]);
    expect(t).toEqual({ events: 5, reports: 5, fatalities: 16, known: 3, unknown: 2 });
    expect(totalsText(t)).toEqual({ main: '5 events · 16 fatalities', unknown: 'fatalities unknown for 2 events' });
  });
  it('says nothing of unknowns when every event has a figure, and uses the singular', () => {
    const t = selectionTotals([f(1)]);
    expect(totalsText(t)).toEqual({ main: '1 event · 1 fatality', unknown: null });
    expect(totalsText(selectionTotals([]))).toEqual({ main: '0 events · 0 fatalities', unknown: null });
    expect(totalsText(selectionTotals([{ fatalities: null }])).unknown).toBe('fatalities unknown for 1 event');
  });
  it('agrees with a brute-force sum over the fixture events and does not mutate them', () => {
    const events = fixtureEvents();
    const before = JSON.stringify(events);
    const t = selectionTotals(events);
    expect(t.fatalities).toBe(events.reduce((s, e) => s + (e.fatalities?.count ?? 0), 0));
    expect(t.unknown).toBe(events.filter((e) => e.fatalities === null).length);
    expect(t.known + t.unknown).toBe(events.length);
    expect(JSON.stringify(events)).toBe(before);
  });
  it('writes large numbers with thousands separators', () => {
    expect(totalsText(selectionTotals([f(1200), f(34)])).main).toBe('2 events · 1,234 fatalities');
  });
});
