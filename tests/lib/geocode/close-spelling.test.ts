/**
 * Unknown places read as a close spelling of a place where the text puts them (lib/geocode/unknown.ts,
 * data/geocode/unknown.json closeSpelling): one entry within an edit or two, in the written parent's region.
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from '@/lib/geo';
import { getGazetteer } from '@/lib/gazetteer';
import { mention, read } from './real-gazetteer';

const sukkur = () => getGazetteer().lookup('Sukkur').find((e) => e.country === 'PK')!;

describe('a name the gazetteer lacks as written, marked as a place, with a written parent', () => {
  it('is drawn at the one place of its region an edit away ("Sukker town (Sindh)" → Sukkur)', () => {
    const m = mention(read('On Monday, traders protested in Sukker town (Sindh) against power cuts.'), 'Sukker');
    expect(m.isLocation).toBe(true);
    expect(distanceKm(m.place!.lat, m.place!.lon, sukkur().lat, sukkur().lon)).toBeLessThan(1);
    expect(m.why.join(' ')).toMatch(/close spelling \(1 edit from "Sukker"\)/);
  });

  it('is not, when the close spelling lies in another region than the one written (it stays at its parent)', () => {
    const m = mention(read('On Monday, traders protested in Sukker town (Balochistan) against power cuts.'), 'Sukker');
    expect(m.why.join(' ')).not.toMatch(/close spelling/);
    expect(distanceKm(m.place!.lat, m.place!.lon, sukkur().lat, sukkur().lon)).toBeGreaterThan(100);
  });
});
