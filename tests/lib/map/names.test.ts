import { describe, expect, it } from 'vitest';
import { clusterName, eventName, formatDate, placeSummary } from '@/lib/map/names';
import { fixtureEvents } from './fixtures';

describe('accessible names', () => {
  const [shelling, air, truce] = fixtureEvents();
  it('names an event from its data', () => {
    expect(eventName(shelling!)).toBe('Shelling in Testville, 21 Oct 2016');
    expect(eventName(truce!)).toBe('Truce in northern Region countryside, 5 May 2016');
    expect(eventName({ ...air!, place: null, date: { value: null, precision: null, text: null } })).toBe('Air strike in unknown place, date unknown');
  });
  it('formats dates by precision', () => {
    expect(formatDate('2016-02-05', 3)).toBe('Feb 2016');
    expect(formatDate('2016-02-05', 2)).toBe('week of 5 Feb 2016');
  });
  it('summarises clusters and places', () => {
    expect(clusterName(3, { shelling: 2, airstrike: 1 }, 'Testville')).toBe('3 events near Testville: 2 shelling, 1 air strike');
    expect(placeSummary('Testville', [shelling!, air!, shelling!])).toBe('Testville — 3 events: shelling, air strikes');
    expect(placeSummary('Nowhere', [])).toBe('Nowhere — 0 events');
  });
});
