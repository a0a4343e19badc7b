import { describe, expect, it } from 'vitest';
import { geocode } from '@/lib/geocode';
import { sharesPrimaryName, kmToExtent } from '@/lib/geocode/abstain';
import type { GazetteerEntry } from '@/lib/schemas';
import { ENTRIES, fakeGazetteer } from './fake-gazetteer';
import { find } from './helpers';

const e = (x: Partial<GazetteerEntry> & Pick<GazetteerEntry, 'id' | 'name' | 'kind' | 'lat' | 'lon'>): GazetteerEntry => ({
  alt: [], country: null, admin1: null, parentId: null, population: null, radiusKm: 10, bbox: null, source: 'test', ...x,
});

// "Boni" is only an alternate name of Bonn (as in GeoNames); the Malian Boni is not in this gazetteer
const gaz = fakeGazetteer([
  ...ENTRIES,
  e({ id: 'iso:ML', name: 'Mali', kind: 'country', country: 'ML', lat: 17, lon: -4, radiusKm: 560, bbox: [-12.24, 10.16, 4.24, 25] }),
  e({ id: 'iso:DE', name: 'Germany', kind: 'country', country: 'DE', lat: 51.5, lon: 10.5, radiusKm: 300, bbox: [5.87, 47.27, 15.04, 55.06] }),
  e({ id: 'gn:2946447', name: 'Bonn', kind: 'city', country: 'DE', admin1: 'North Rhine-Westphalia', lat: 50.73, lon: 7.1, radiusKm: 8, population: 331000, alt: ['Boni', 'Bonna'] }),
]);
const run = (t: string) => geocode(t, { gazetteer: gaz });

describe('abstaining on weak foreign alias matches', () => {
  it('leaves "Boni" unresolved when the sentence is about Mali and Bonn only matches by an alternate name', () => {
    const ms = run('Militants attacked an army post near Boni in central Mali on Sunday.');
    const m = find(ms, 'Boni');
    expect(m.isLocation).toBe(false);
    expect(m.nonLocation).toBe('unresolved');
    expect(m.place).toBeNull();
    expect(m.why[0]).toBe("no confident location: only alias matches far from the article's focus (ML)");
    expect(m.candidates.map((c) => c.name)).toContain('Bonn');
    expect(find(ms, 'Mali').isLocation).toBe(true);
  });

  it('keeps the alias reading when the sentence names the candidate’s own country', () => {
    const m = find(run('Delegates met in Boni, Germany, on Sunday.'), 'Boni');
    expect(m.isLocation).toBe(true);
    expect(m.place?.id).toBe('gn:2946447');
  });

  it('keeps a primary-name match even in a Mali sentence', () => {
    const m = find(run('Officials from Bonn visited central Mali on Sunday.'), 'Bonn');
    expect(m.isLocation).toBe(true);
    expect(m.place?.id).toBe('gn:2946447');
  });

  it('keeps the alias reading when no focus country is known', () => {
    const m = find(run('Militants attacked an army post near Boni on Sunday.'), 'Boni');
    expect(m.isLocation).toBe(true);
    expect(m.place?.id).toBe('gn:2946447');
  });

  it('never withdraws a country known by another of its names', () => {
    const m = find(run('Troops from Britain arrived in central Mali on Sunday.'), 'Britain');
    expect(m.isLocation).toBe(true);
    expect(m.place?.id).toBe('iso:GB');
  });

  it('treats the primary name give or take whole words as a name match', () => {
    expect(sharesPrimaryName('quebec', 'quebec city')).toBe(true);
    expect(sharesPrimaryName('gatehouse of fleet', 'gatehouse')).toBe(true);
    expect(sharesPrimaryName('bonn', 'boni')).toBe(false);
    expect(sharesPrimaryName('hamm', 'hamas')).toBe(false);
  });

  it('measures distance to a country’s extent, zero inside it', () => {
    const mali = gaz.byId('iso:ML')!;
    expect(kmToExtent(14, -4, mali)).toBe(0);
    expect(kmToExtent(50.73, 7.1, mali)).toBeGreaterThan(1500);
  });
});
