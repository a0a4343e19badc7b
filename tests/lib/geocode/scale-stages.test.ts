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
import { buildColocation, COLOCATION_COUNTERS } from '@/lib/geocode/colocation';
import { distanceKm } from '@/lib/geo';
import { THRESHOLDS } from '@/lib/geocode/data';
import type { GazetteerEntry } from '@/lib/schemas';
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

  // a search visits a few points directly where readings are sparse (1,000 names) and grows boxes where they crowd
  // (8,000): the count per search is bounded, so the ratio stays near 8× (13× measured; a scan of every reading
  // within reach gave 36×, and 64× is the square)
  it('co-location: the points looked at for partners grow ~8×, not with the crowding of every reading', () => {
    const { small, large } = growth(() => COLOCATION_COUNTERS.points);
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(16);
  }, 120_000);
});

describe('co-location partners', () => {
  it('are the ones a scan over every reading gives (nearest within reach, first in 1° cell order on ties)', () => {
    let seed = 5;
    const rnd = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    const pool: GazetteerEntry[] = [];
    for (let i = 0; pool.length < 1500; i++) {
      const e = gz.at(rnd(gz.size));
      if (['admin2', 'city', 'town', 'village'].includes(e.kind)) pool.push(e);
    }
    // crowd a few areas (the antimeridian and a pole included), with points at the very same place
    const crowd: GazetteerEntry[] = [];
    for (const [lat, lon] of [[36.2, 37.1], [51.5, -0.1], [-16.5, 179.99], [-16.5, -179.99], [89.95, 20]] as const) {
      for (let k = 0; k < 120; k++) {
        const base = pool[rnd(pool.length)]!;
        const at = k % 10 === 0 ? [lat, lon] : [lat + (rnd(2001) - 1000) / 4000, lon + (rnd(2001) - 1000) / 4000];
        crowd.push({ ...base, id: `t:${lat}:${lon}:${k}`, lat: Math.max(-90, Math.min(90, at[0]!)), lon: at[1]! > 180 ? at[1]! - 360 : at[1]! < -180 ? at[1]! + 360 : at[1]! });
      }
    }
    const all = [...pool, ...crowd];
    const readings = new Map<string, GazetteerEntry[]>();
    for (let k = 0; k < all.length; k++) {
      const key = `n${rnd(900)}`;
      const list = readings.get(key) ?? [];
      list.push(all[k]!);
      readings.set(key, list);
    }
    const ix = buildColocation(readings);
    // the plain scan over every point, by the rules written in colocation.ts
    const T = THRESHOLDS.colocation;
    const local = new Set<string>(T.localKinds);
    const reachOf = (x: GazetteerEntry) => (x.kind === 'admin2' ? x.radiusKm * T.countyRadiusFactor : 0);
    const points: { e: GazetteerEntry; key: string; seq: number }[] = [];
    for (const [key, es] of readings) if (es.length <= T.maxReadings) for (const e of es) if (local.has(e.kind)) points.push({ e, key, seq: points.length });
    const maxReach = Math.max(T.nearKm, ...points.map((p) => reachOf(p.e)));
    const span = Math.min(2, Math.ceil(maxReach / 111));
    const brute = (e: GazetteerEntry, key: string): string | null => {
      let best: { km: number; rank: number; id: string } | null = null;
      const la = Math.floor(e.lat), lo = Math.floor(e.lon);
      for (const p of points) {
        if (p.key === key || p.e.id === e.id) continue;
        const di = Math.floor(p.e.lat) - la, dj = Math.floor(p.e.lon) - lo;
        if (Math.abs(di) > span || Math.abs(dj) > span) continue;
        const km = distanceKm(e.lat, e.lon, p.e.lat, p.e.lon);
        if (km > Math.max(T.nearKm, reachOf(e), reachOf(p.e))) continue;
        const rank = ((di + span) * (2 * span + 1) + (dj + span)) * 2 ** 26 + p.seq;
        if (!best || km < best.km || (km === best.km && rank < best.rank)) best = { km, rank, id: p.e.id };
      }
      return best?.id ?? null;
    };
    let agreed = 0;
    for (const [key, entries] of readings) {
      for (const e of entries) {
        if (!local.has(e.kind)) continue;
        const want = brute(e, key);
        expect(ix.partner(e, key)?.id ?? null).toBe(want);
        if (want) agreed++;
      }
    }
    expect(agreed).toBeGreaterThan(300);
  });
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
