import { describe, expect, it } from 'vitest';
import { latLngBounds, placeToLngLat, toLatLng } from '@/lib/map/latlng';

describe('toLatLng', () => {
  it('swaps GeoJSON [lng, lat] into Leaflet [lat, lng]', () => {
    expect(toLatLng([37.1, 36.5])).toEqual([36.5, 37.1]);
  });
  it('does not mutate its input', () => {
    const p = Object.freeze([35.9, 34.9] as const);
    expect(toLatLng(p)).toEqual([34.9, 35.9]);
  });
  it('rejects positions that are clearly [lat, lng] or not numbers', () => {
    expect(() => toLatLng([36.5, 137.1])).toThrow(/lng, lat/);
    expect(() => toLatLng([Number.NaN, 1])).toThrow();
    expect(() => toLatLng([1])).toThrow();
  });
  it('round-trips with placeToLngLat and computes bounds', () => {
    expect(toLatLng(placeToLngLat({ lat: 10, lon: 20 }))).toEqual([10, 20]);
    expect(latLngBounds([[30, 10], [40, 20]])).toEqual([[10, 30], [20, 40]]);
    expect(latLngBounds([])).toBeNull();
  });
});
