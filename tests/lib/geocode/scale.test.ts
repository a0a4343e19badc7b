/**
 * The geoparser's cost grows near-linearly with the number of names in one text: counted, never timed.
 * The anchor index (lib/geocode/anchors.ts) counts the anchor groups its queries look at; four times the names
 * must cost far less than sixteen times the visits. Texts: our own sentences over names drawn from the bundled
 * gazetteer (bench/geocode-scale.ts), varied and repeated. Also a brute-force cross-check of the index's answers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadGazetteer, type MemoryGazetteer } from '@/lib/gazetteer';
import { geocode } from '@/lib/geocode';
import { ANCHOR_COUNTERS, AnchorIndex, type Anchor } from '@/lib/geocode/anchors';
import { distanceKm } from '@/lib/geo';
import type { GazetteerEntry } from '@/lib/schemas';
import { namesText, repeatedNames, variedNames } from '../../../bench/geocode-scale';

let gz: MemoryGazetteer;
beforeAll(() => {
  gz = loadGazetteer(path.resolve(__dirname, '../../../data/gazetteer'));
});

function visits(text: string): number {
  const before = ANCHOR_COUNTERS.visits;
  geocode(text, { gazetteer: gz });
  return ANCHOR_COUNTERS.visits - before;
}

describe('geocode cost against the number of names', () => {
  it('varied names: 4× the names, well under 16× the anchor visits', () => {
    const small = visits(namesText(variedNames(gz, 500)));
    const large = visits(namesText(variedNames(gz, 2000)));
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(8);
  }, 60_000);

  it('fifteen names repeated: 4× the names, well under 16× the anchor visits', () => {
    const small = visits(namesText(repeatedNames(500)));
    const large = visits(namesText(repeatedNames(2000)));
    expect(large / small).toBeLessThan(8);
  }, 60_000);
});

const BANDS = [{ underKm: 30, bonus: 2 }, { underKm: 100, bonus: 1.5 }, { underKm: 300, bonus: 1 }, { underKm: 800, bonus: 0.4 }];
const IGNORED = new Set(['country', 'continent', 'sea']);

/** The scan the index replaces: every anchor, in order. */
function bruteBonus(e: GazetteerEntry, anchors: readonly Anchor[], self: number, key: string): number {
  let best = 0;
  for (const a of anchors) {
    if (a.spanIndex === self || a.entry.id === e.id || a.key === key || IGNORED.has(a.entry.kind)) continue;
    const km = distanceKm(e.lat, e.lon, a.entry.lat, a.entry.lon);
    const b = BANDS.find((x) => km < x.underKm)?.bonus ?? 0;
    best = Math.max(best, b);
  }
  return best;
}
const bruteHolds = (e: GazetteerEntry, anchors: readonly Anchor[], self: number, key: string) =>
  anchors.some((a) => a.spanIndex !== self && a.entry.id !== e.id && a.key !== key
    && (a.entry.parentId === e.id || (e.kind === 'admin1' && a.entry.country === e.country && a.entry.admin1 === e.admin1)));
const bruteSame = (anchors: readonly Anchor[], key: string, id: string, self: number) => anchors.some((a) => a.key === key && a.entry.id === id && a.spanIndex !== self);

describe('AnchorIndex answers as a scan over every anchor does', () => {
  it('proximity bonus, holds-anchor and same-name, on random anchors (poles and antimeridian included)', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const entries: GazetteerEntry[] = [];
    for (let i = 0; i < 3000; i++) entries.push(gz.at(Math.floor(rnd() * gz.size)));
    // points piled near the poles and on both sides of the antimeridian
    for (const [lat, lon] of [[89.9, 10], [89.8, -170], [-89.7, 0], [10, 179.95], [10.1, -179.95], [64, 179.9], [64.1, -179.9]] as const) {
      entries.push({ ...entries[0]!, id: `test:${lat}:${lon}`, kind: 'town', lat, lon, parentId: null });
    }
    const keys = ['a', 'b', 'c', 'd'];
    const anchors: Anchor[] = [];
    const ix = new AnchorIndex({ bands: BANDS, ignoredKinds: IGNORED });
    for (let k = 0; k < 400; k++) {
      const a = { entry: entries[Math.floor(rnd() * entries.length)]!, key: keys[k % 4]!, spanIndex: k };
      anchors.push(a);
      ix.add(a);
      // a repeated entry under other names and spans
      if (k % 10 === 0) {
        const b = { entry: a.entry, key: keys[(k + 1) % 4]!, spanIndex: 1000 + k };
        anchors.push(b);
        ix.add(b);
      }
    }
    for (let q = 0; q < 800; q++) {
      const e = q < 200 ? anchors[q % anchors.length]!.entry : entries[Math.floor(rnd() * entries.length)]!;
      const self = Math.floor(rnd() * 1500);
      const key = keys[q % 4]!;
      expect(ix.proximityBonus(e, self, key)).toBe(bruteBonus(e, anchors, self, key));
      expect(ix.holds(e, self, key)).toBe(bruteHolds(e, anchors, self, key));
      expect(ix.anchoredSame(key, e.id, self)).toBe(bruteSame(anchors, key, e.id, self));
    }
  });
});
