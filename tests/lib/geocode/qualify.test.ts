import { describe, expect, it } from 'vitest';
import { areaOfBox } from '@/lib/geocode/geometry';
import { distanceKm } from '@/lib/geo';
import { find, run } from './helpers';

describe('directional and relative forms', () => {
  it('spans "northern Syria" as one mention whose point lies in the northern third', () => {
    const m = find(run('Clashes erupted in northern Syria.'), 'Syria');
    expect(m.text).toBe('northern Syria');
    expect(m.qualifier).toBe('northern');
    expect(m.precision).toBe('region');
    expect(m.point!.lat).toBeGreaterThan(35.6);
    // covers the northern third only: smaller than the circle around the whole extent
    expect(m.radiusKm!).toBeLessThan(areaOfBox([35.76, 32.32, 42.36, 37.3]).radiusKm);
  });

  it('handles hyphenated directions ("south-eastern Turkey")', () => {
    const m = find(run('An insurgency in south-eastern Turkey continued.'), 'Turkey');
    expect(m.text).toBe('south-eastern Turkey');
    expect(m.point!.lat).toBeLessThan(38);
    expect(m.point!.lon).toBeGreaterThan(38);
  });

  it('places "the northern Aleppo countryside" just north of the city', () => {
    const m = find(run('Fighters were pushed out of the northern Aleppo countryside.'), 'Aleppo');
    expect(m.text).toBe('northern Aleppo countryside');
    expect(m.place?.id).toBe('gn:170063');
    expect(m.point!.lat).toBeGreaterThan(36.25);
    expect(distanceKm(m.point!.lat, m.point!.lon, 36.2, 37.16)).toBeLessThan(45);
  });

  it('reads "the Syria-Iraq border" as one border mention between the two countries', () => {
    const ms = run('Jets struck a Syria-Iraq border control point.');
    const m = find(ms, 'border');
    expect(m.text).toBe('Syria-Iraq border');
    expect(m.qualifier).toBe('border');
    expect(m.precision).toBe('region');
    expect(m.point!.lon).toBeGreaterThan(38.7);
    expect(m.point!.lon).toBeLessThan(42.4);
    expect(ms.filter((x) => x.text === 'Iraq')).toEqual([]);
  });

  it('finds the partner of "the Iraq border" in the article’s focus country', () => {
    const m = find(run('Syria said the strikes in Syria hit a post at the Iraq border.'), 'Iraq border');
    expect(m.point!.lon).toBeLessThan(42.4);
  });

  it('marks "near X" and "outskirts of X" with precision near', () => {
    expect(find(run('Shells fell near Homs.'), 'Homs').precision).toBe('near');
    const m = find(run('A market on the outskirts of Homs was hit.'), 'Homs');
    expect(m.text).toBe('outskirts of Homs');
    expect(m.precision).toBe('near');
  });

  it('puts "north of Homs" outside the city to the north', () => {
    const m = find(run('Rebels attacked a village north of Homs.'), 'Homs');
    expect(m.precision).toBe('near');
    expect(m.point!.lat).toBeGreaterThan(34.73);
  });

  it('prefers the province for "Aleppo province"', () => {
    const m = find(run('Shelling hit northern Aleppo province and Aleppo province towns.'), 'Aleppo province', 1);
    expect(m.place?.id).toBe('ne1:SY-HL');
    expect(m.precision).toBe('region');
  });

  it('resolves "the Midan neighbourhood" to the neighbourhood of the focus city', () => {
    const m = find(run('Rockets hit Aleppo again. One person was killed in the Midan neighbourhood of the city.'), 'Midan');
    expect(m.place?.id).toBe('cu:midan-aleppo');
    expect(m.precision).toBe('exact');
  });
});
