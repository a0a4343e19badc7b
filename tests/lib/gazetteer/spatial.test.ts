import { describe, expect, it } from 'vitest';
import { bboxContains, containsPoint, distanceKm, importance } from '@/lib/gazetteer';

describe('spatial helpers', () => {
  it('distanceKm: Damascus–Aleppo is about 310 km', () => {
    expect(distanceKm(33.51, 36.29, 36.2, 37.16)).toBeGreaterThan(300);
    expect(distanceKm(33.51, 36.29, 36.2, 37.16)).toBeLessThan(320);
    expect(distanceKm(10, 10, 10, 10)).toBe(0);
  });

  it('bboxContains handles boxes across the antimeridian', () => {
    expect(bboxContains([170, -50, -170, -40], -45, 175)).toBe(true);
    expect(bboxContains([170, -50, -170, -40], -45, -175)).toBe(true);
    expect(bboxContains([170, -50, -170, -40], -45, 0)).toBe(false);
    expect(bboxContains([35, 32, 42, 37], 38, 36)).toBe(false);
  });

  it('containsPoint uses the bbox when present, else the radius', () => {
    const box = { bbox: [35.6, 32.3, 42.4, 37.3] as [number, number, number, number], lat: 35, lon: 38, radiusKm: 1 };
    expect(containsPoint(box, 36.2, 37.16)).toBe(true);
    const dot = { bbox: null, lat: 36.2, lon: 37.16, radiusKm: 10 };
    expect(containsPoint(dot, 36.25, 37.16)).toBe(true);
    expect(containsPoint(dot, 36.5, 37.16)).toBe(false);
  });
});

describe('importance', () => {
  it('uses population when known and the kind prior when not', () => {
    const big = importance({ kind: 'city', population: 2_000_000, radiusKm: 20 });
    const small = importance({ kind: 'village', population: 300, radiusKm: 1 });
    const unknownTown = importance({ kind: 'town', population: null, radiusKm: 3 });
    const unknownVillage = importance({ kind: 'village', population: null, radiusKm: 1 });
    expect(big).toBeGreaterThan(small);
    expect(unknownTown).toBeGreaterThan(unknownVillage);
    expect(importance({ kind: 'country', population: null, radiusKm: 500 })).toBe(1);
  });
  it('raises widely-named places (prominence) and big admin-1 units', () => {
    const town = { kind: 'town', population: 50_000, radiusKm: 6 } as const;
    expect(importance(town, 40)).toBeGreaterThan(importance(town, 0));
    expect(importance(town, 1000)).toBeLessThanOrEqual(1);
    expect(importance({ kind: 'admin1', population: null, radiusKm: 400 })).toBeGreaterThan(importance({ kind: 'admin1', population: null, radiusKm: 20 }));
  });
});
