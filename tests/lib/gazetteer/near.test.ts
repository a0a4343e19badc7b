/** near() over kdbush/geokdbush, cross-checked against a brute-force scan of every entry. */
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { distanceKm, loadGazetteer, type MemoryGazetteer } from '@/lib/gazetteer';
import type { PlaceKind } from '@/lib/schemas';
import { prng } from '../../support/prng';

let gz: MemoryGazetteer;
beforeAll(() => {
  gz = loadGazetteer(path.resolve(__dirname, '../../../data/gazetteer'));
});

function bruteForce(lat: number, lon: number, k: number, kinds?: PlaceKind[]): number[] {
  const all: number[] = [];
  for (let i = 0; i < gz.size; i++) {
    const e = gz.at(i);
    if (kinds && !kinds.includes(e.kind)) continue;
    all.push(distanceKm(lat, lon, e.lat, e.lon));
  }
  return all.sort((a, b) => a - b).slice(0, k);
}

describe('near', () => {
  it('matches brute force on random points (distances of the k nearest)', () => {
    const r = prng(42);
    for (let t = 0; t < 12; t++) {
      const lat = -60 + r() * 130, lon = -180 + r() * 360;
      const got = gz.near(lat, lon, { limit: 5 }).map((n) => n.km);
      const want = bruteForce(lat, lon, 5);
      expect(got.length).toBe(5);
      // kdbush stores Float32 coordinates: allow a few metres of rounding
      got.forEach((km, i) => expect(Math.abs(km - want[i]!)).toBeLessThan(0.05 + want[i]! * 1e-5));
    }
  });

  it('filters by kind and matches brute force for that kind', () => {
    const got = gz.near(35.0, 38.0, { limit: 3, kinds: ['base'] });
    const want = bruteForce(35.0, 38.0, 3, ['base']);
    expect(got.every((n) => n.entry.kind === 'base')).toBe(true);
    got.forEach((n, i) => expect(Math.abs(n.km - want[i]!)).toBeLessThan(0.05));
  });

  it('is closest first and honours maxKm', () => {
    const got = gz.near(36.2, 37.16, { limit: 50, maxKm: 10 });
    expect(got.length).toBeGreaterThan(0);
    for (let i = 1; i < got.length; i++) expect(got[i]!.km).toBeGreaterThanOrEqual(got[i - 1]!.km);
    expect(got.every((n) => n.km <= 10.01)).toBe(true);
    expect(got.map((n) => n.entry.id)).toContain('gn:170063');
  });

  it('returns nothing when nothing is within maxKm', () => {
    expect(gz.near(-50, -140, { maxKm: 5 })).toEqual([]);
  });
});

describe('children and byId', () => {
  it('lists the neighbourhoods of a city and the governorates of a country', () => {
    const aleppo = gz.children('gn:170063').map((e) => e.id);
    expect(aleppo).toEqual(expect.arrayContaining(['cu:aleppo-sheikh-maqsoud', 'cu:aleppo-al-midan']));
    expect(gz.children('cu:aleppo-al-midan')).toEqual([]);
    expect(gz.children('no:such')).toEqual([]);
  });

  it('every parentId resolves (round trip through byId)', () => {
    for (let i = 0; i < gz.size; i += 97) {
      const e = gz.at(i);
      expect(gz.byId(e.id)).toBe(e);
      if (e.parentId) expect(gz.byId(e.parentId), e.id).toBeDefined();
    }
  });
});
