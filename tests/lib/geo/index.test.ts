import { describe, expect, it } from 'vitest';
import { distanceKm, EARTH_RADIUS_KM, KM_PER_DEGREE_LATITUDE } from '@/lib/geo';

describe('distanceKm', () => {
  it('uses the PostGIS mean sphere radius', () => {
    expect(EARTH_RADIUS_KM).toBe(6371.0087714);
    expect(KM_PER_DEGREE_LATITUDE).toBeCloseTo(111.195, 3);
  });

  it('is 0 for one point and symmetric', () => {
    expect(distanceKm(33.5, 36.3, 33.5, 36.3)).toBe(0);
    expect(distanceKm(48.8566, 2.3522, 51.5074, -0.1278)).toBe(distanceKm(51.5074, -0.1278, 48.8566, 2.3522));
  });

  it('matches known great-circle distances on the sphere', () => {
    // Paris – London ≈ 343.6 km, Damascus – Aleppo ≈ 309 km, quarter of a meridian = R·π/2
    expect(distanceKm(48.8566, 2.3522, 51.5074, -0.1278)).toBeCloseTo(343.56, 1);
    expect(distanceKm(33.5138, 36.2765, 36.2021, 37.1343)).toBeCloseTo(308.9, 0);
    expect(distanceKm(0, 0, 90, 0)).toBeCloseTo((EARTH_RADIUS_KM * Math.PI) / 2, 9);
    expect(distanceKm(0, 0, 0, 180)).toBeCloseTo(EARTH_RADIUS_KM * Math.PI, 9);
  });

  it('crosses the antimeridian the short way', () => {
    expect(distanceKm(0, 179.5, 0, -179.5)).toBeCloseTo(KM_PER_DEGREE_LATITUDE, 6);
  });
});

describe('distanceKm against Turf', () => {
  it("agrees with @turf/distance's central angle, scaled to our radius, on random pairs", async () => {
    const { distance } = await import('@turf/distance');
    const { prng } = await import('../../support/prng');
    const next = prng(7);
    for (let i = 0; i < 2000; i++) {
      const [lat1, lon1, lat2, lon2] = [next() * 180 - 90, next() * 360 - 180, next() * 180 - 90, next() * 360 - 180];
      const turfKm = distance([lon1, lat1], [lon2, lat2], { units: 'radians' }) * EARTH_RADIUS_KM;
      expect(Math.abs(distanceKm(lat1, lon1, lat2, lon2) - turfKm)).toBeLessThan(1e-6);
    }
  });
});
