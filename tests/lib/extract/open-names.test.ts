import { describe, expect, it } from 'vitest';
import { COUNTRY_CACHE_MAX, countryByName, countryCacheSize } from '@/lib/extract/open-names';

describe('country names of open-world actors', () => {
  it('reads a country name and nothing else', () => {
    expect(countryByName('Armenia')).toBe('AM');
    expect(countryByName('Zuran')).toBeNull();
  });
  it('keeps its name cache bounded whatever the texts bring (any text can name new groups)', () => {
    for (let i = 0; i < COUNTRY_CACHE_MAX + 50; i++) countryByName(`Qx${i.toString(36)}vel`);
    expect(countryCacheSize()).toBeLessThanOrEqual(COUNTRY_CACHE_MAX);
    expect(countryByName('Armenia')).toBe('AM');
  });
});
