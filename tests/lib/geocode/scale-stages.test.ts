/**
 * Each geoparser stage that once grew with the square of the names in one text, counted (never timed) on texts
 * of 1,000 and 8,000 distinct names (bench/geocode-scale.ts): eight times the names must cost about eight times
 * the work, far from the sixty-four times a pass over every name per name gives. Also cross-checks of the
 * shortcuts against the plain computation they replace.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadGazetteer, type MemoryGazetteer } from '@/lib/gazetteer';
import { geocode } from '@/lib/geocode';
import { FOCUS_COUNTERS, focusOf } from '@/lib/geocode/focus';
import { namesText, variedNames } from '../../../bench/geocode-scale';

let gz: MemoryGazetteer;
beforeAll(() => {
  gz = loadGazetteer(path.resolve(__dirname, '../../../data/gazetteer'));
});

/** The counter's growth over geocoding one text. */
function counted(read: () => number, text: string): number {
  const before = read();
  geocode(text, { gazetteer: gz });
  return read() - before;
}

/** 1,000 then 8,000 varied names: the counts of each. */
function growth(read: () => number): { small: number; large: number } {
  const small = counted(read, namesText(variedNames(gz, 1_000)));
  const large = counted(read, namesText(variedNames(gz, 8_000)));
  return { small, large };
}

describe('per-stage cost against the number of distinct names (8× the names)', () => {
  it('focus: the votes read for the per-name foci grow ~8×, not ~64× (no replay of every vote per name)', () => {
    const { small, large } = growth(() => FOCUS_COUNTERS.votes);
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(12);
  }, 120_000);
});

describe('the focus without one name', () => {
  it('counts its countries and regions (size) exactly as the replayed map holds them', () => {
    let seed = 11;
    const rnd = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    const ccs = ['SY', 'IQ', 'TR', 'LB', 'JO'];
    const votes = Array.from({ length: 300 }, () => {
      const cc = ccs[rnd(ccs.length)]!;
      const countries: [string, number][] = rnd(4) === 0 ? [] : [[cc, rnd(2) === 0 ? 1 : 0.5]];
      const regions: [string, number][] = rnd(3) === 0 ? [] : [[`${cc}/${rnd(3)}`, rnd(2) === 0 ? 1 : 0.5]];
      return { key: `k${rnd(40)}`, countries, regions, city: null };
    });
    for (let k = 0; k < 41; k++) {
      const f = focusOf(votes, `k${k}`);
      const counts = [f.countries.size, f.regions.size];
      // iterating replays the votes: the entries a plain replay gives
      expect([[...f.countries].length, [...f.regions].length]).toEqual(counts);
      expect(f.countries.size).toBe(counts[0]);
    }
  });
});
