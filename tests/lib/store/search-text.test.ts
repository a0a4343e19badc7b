/**
 * Folded search (lib/store/search-text.ts): case, accents, apostrophes and punctuation ignored; variants matched as
 * whole words; and the gazetteer variants the read side hands in (lib/api/search.ts variantsIn).
 */
import { describe, expect, it } from 'vitest';
import { foldSearch, matchesSearch, searchNeedles, searchText } from '@/lib/store/search-text';
import { variantsIn } from '@/lib/api/search';
import { loadGazetteer } from '@/lib/gazetteer';
import type { ConflictEvent, GazetteerEntry } from '@/lib/schemas';
import { loadFixtureDocs } from './fixtures';

describe('folded search text', () => {
  it.each([
    ['Ţarţūs', 'tartus'],
    ['TARTUS', 'tartus'],
    ['al-Bāb', 'al bab'],
    ['Ma‘arrat al-Nu‘man', 'maarrat al numan'],
    ["Qusayr's \"siege\"", 'qusayrs siege'],
    ['a\u0000b', 'a b'],
    ['Straße', 'strasse'],
  ])('%s → %s', (s, want) => expect(foldSearch(s)).toBe(want));

  it('matches the query as a substring, variants only as whole words and when long enough', () => {
    const e = structuredClone(loadFixtureDocs()[0]!.events[0]!) as ConflictEvent;
    e.place = { ...e.place!, id: 'gn:163345', name: 'Ţarţūs', country: 'SY', text: 'Tartus' };
    const text = searchText(e, 'Strikes on the coast');
    expect(matchesSearch(text, searchNeedles('tartu'))).toBe(true);
    expect(matchesSearch(text, searchNeedles('ŢARŢŪS'))).toBe(true);
    expect(matchesSearch(text, searchNeedles('Tartous'))).toBe(false);
    expect(matchesSearch(text, searchNeedles('Tartous', ['Tartus']))).toBe(true);
    // a variant is whole words: "tartu" is no variant of anything here
    expect(matchesSearch(text, searchNeedles('Tartous', ['Tartu']))).toBe(false);
    // too short to trust as a variant
    expect(searchNeedles('x', ['Bab', 'Tartus'])).toEqual(['x', ' tartus ']);
    expect(searchNeedles('"\'')).toEqual([]);
    expect(matchesSearch(text, [])).toBe(false);
  });
});

describe('gazetteer spelling variants of a query', () => {
  const entry = (id: string, name: string, alt: string[]): GazetteerEntry => ({
    id, name, alt, kind: 'city', country: 'SY', admin1: null, parentId: null, population: null, lat: 34.9, lon: 35.9, radiusKm: 5, bbox: null, source: 'test',
  });
  const tartus = entry('gn:163345', 'Ţarţūs', ['Tartous', 'Tartus']);
  const fake = {
    lookup: (n: string) => (['tartus', 'tartous', 'ţarţūs'].includes(n.toLowerCase()) ? [tartus] : []),
    lookupVariant: (n: string) => (n.toLowerCase() === 'tartouss' ? [tartus] : []),
  };

  it('gives every name of the places q names, the same set for every spelling', () => {
    const want = ['Tartus', 'Ţarţūs', 'Tartous'];
    expect(variantsIn(fake, 'Tartus')).toEqual(want);
    expect(variantsIn(fake, 'Tartous')).toEqual(want);
    expect(variantsIn(fake, 'Ţarţūs')).toEqual(want);
    expect(variantsIn(fake, 'Tartouss')).toEqual(want);
    expect(variantsIn(fake, 'air strike')).toEqual([]);
    expect(variantsIn(fake, 'x'.repeat(61))).toEqual([]);
  });

  it('finds Ţarţūs in the bundled gazetteer for Tartus, Tartous and Ţarţūs', () => {
    const g = loadGazetteer();
    for (const q of ['Tartus', 'Tartous', 'Ţarţūs']) {
      const v = variantsIn(g, q);
      expect(v).toContain('Ţarţūs');
      expect(v).toContain('Tartus');
    }
  }, 60_000);
});
