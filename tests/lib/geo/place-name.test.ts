/**
 * The display-name rule (lib/geo/place-name.ts): ASCII forms, the Arabic article as "al-", curated overrides, and
 * the gazetteer's original kept where it differs. Data-driven cases, plus the curated table's own shape.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import displayNames from '@/data/gazetteer/display-names.json';
import { asciiName, displayPlaceName, normaliseArticles, originalPlaceName } from '@/lib/geo';
import { placeLabel, placeName, placeOriginal } from '@/lib/map/names';

const sy = (id: string, name: string) => ({ id, name, country: 'SY' });

describe('display names', () => {
  it.each([
    ['Ţarţūs', 'SY', 'Tartus'],
    ['Sarāqib', 'SY', 'Saraqib'],
    ['Al Bāb', 'SY', 'al-Bab'],
    ['‘Ayn al ‘Arab', 'SY', 'Ayn al-Arab'],
    ['Ras al ‘Ayn', 'SY', 'Ras al-Ayn'],
    ['As Suwaydā’', 'SY', 'al-Suwayda'],
    ['Deir ez-Zor', 'SY', 'Deir ez-Zor'],
    ['Aleppo', 'SY', 'Aleppo'],
    ['Zürich', 'CH', 'Zurich'],
    ['Kraków', 'PL', 'Krakow'],
    ['Łódź', 'PL', 'Lodz'],
    ['Al Capone Street', 'US', 'Al Capone Street'],
    ['Αθήνα', 'GR', 'Αθήνα'],
  ])('%s (%s) → %s', (name, country, want) => {
    expect(displayPlaceName({ id: 'gn:0', name, country })).toBe(want);
  });

  it('uses the curated table first, by id only', () => {
    expect(displayPlaceName({ id: 'gn:2660646', name: 'Genève', country: 'CH' })).toBe('Geneva');
    expect(displayPlaceName({ id: 'gn:1', name: 'Genève', country: 'CH' })).toBe('Geneve');
    expect(displayPlaceName(sy('gn:172256', '‘Ayn al ‘Arab'))).toBe('Kobani');
  });

  it('keeps the original only where it differs', () => {
    expect(originalPlaceName(sy('gn:163345', 'Ţarţūs'))).toBe('Ţarţūs');
    expect(originalPlaceName(sy('gn:170063', 'Aleppo'))).toBeNull();
    expect(placeOriginal({ id: 'gn:2660646', name: 'Genève', country: 'CH' })).toBe('Genève');
  });

  it('folds to ASCII and joins articles, each step on its own', () => {
    expect(asciiName('Ḩimş')).toBe('Hims');
    expect(asciiName('北京')).toBeNull();
    expect(normaliseArticles('Ar Raqqah')).toBe('al-Raqqah');
    expect(normaliseArticles('Tall Abyad')).toBe('Tall Abyad');
    expect(normaliseArticles('Al')).toBe('Al');
  });

  it('is what the map shows for an event place, and a place without country skips the article rule', () => {
    const place = { ...sy('gn:174018', 'Al Bāb'), kind: 'city' as const, lat: 36.37, lon: 37.51, precision: 'exact' as const, radiusKm: 2, text: 'al-Bab', start: 0, end: 6 };
    expect(placeLabel({ place })).toBe('al-Bab');
    expect(placeLabel({ place: null })).toBe('unknown place');
    expect(placeName({ id: 'x', name: 'Al Bāb' })).toBe('Al Bab');
  });

  it('the curated table is well-formed: gazetteer ids, a name and a reason each', () => {
    const File = z.object({
      _about: z.string().min(1),
      overrides: z.record(z.string().regex(/^(gn|cu|iso|ap):\S+$/), z.strictObject({ name: z.string().min(1), why: z.string().min(1) })),
    }).strict();
    expect(File.safeParse(displayNames).success).toBe(true);
  });
});
