import { describe, expect, it } from 'vitest';
import { find, locations, run } from './helpers';

describe('recognition', () => {
  it('reads a multi-word name with a lowercase Arabic article inside ("Deir ez-Zor")', () => {
    const m = find(run('Fighting continued in Deir ez-Zor on Monday.'), 'Deir');
    expect(m.text).toBe('Deir ez-Zor');
    expect(m.place?.id).toBe('gn:170794');
  });

  it('reads "Ras al-Ain" as one toponym', () => {
    const ms = locations(run('Turkish-backed fighters entered Ras al-Ain.'));
    expect(ms.map((m) => m.text)).toEqual(['Ras al-Ain']);
  });

  it('keeps "and", "of" and "the" inside country names, longest match first', () => {
    const ms = locations(run('Envoys from Bosnia and Herzegovina, the Isle of Man and the Democratic Republic of the Congo met.'));
    expect(ms.map((m) => m.place?.id)).toEqual(['iso:BA', 'iso:IM', 'iso:CD']);
  });

  it('splits a possessive into two places ("Syria’s Aleppo")', () => {
    const ms = locations(run('Air strikes pounded Syria’s Aleppo overnight.'));
    expect(ms.map((m) => m.text)).toEqual(['Syria', 'Aleppo']);
    expect(ms.map((m) => m.place?.id)).toEqual(['iso:SY', 'gn:170063']);
  });

  it('strips a straight-apostrophe possessive too', () => {
    const ms = locations(run("Syria's army advanced."));
    expect(ms).toHaveLength(1);
    expect(ms[0]!.text).toBe('Syria');
  });

  it('normalises diacritics and transliterations at lookup ("Ṭarṭūs" and "Tartous")', () => {
    expect(find(run('A ship docked at Ṭarṭūs.'), 'Ṭarṭūs').place?.id).toBe('gn:163345');
    expect(find(run('A ship docked at Tartous.'), 'Tartous').place?.id).toBe('gn:163345');
  });

  it('resolves the abbreviation "U.S." to the country', () => {
    const m = find(run('The U.S. sent more troops to Syria.'), 'U.S.');
    expect(m.isLocation).toBe(true);
    expect(m.place?.id).toBe('iso:US');
    expect(m.precision).toBe('country');
  });

  it('treats "U.S.-backed" as an attribute, not a location', () => {
    const m = find(run('Kurdish fighters allied to a U.S.-backed militia advanced.'), 'U.S.');
    expect(m.isLocation).toBe(false);
    expect(m.nonLocation).toBe('attribute');
  });

  it('never reads "U.N." as a place', () => {
    expect(run('U.N. agencies appealed for aid in Syria.').filter((m) => m.text.includes('U.N'))).toEqual([]);
  });

  it('reads "UK" as the United Kingdom', () => {
    expect(find(run('Ministers in the UK met on Monday.'), 'UK').place?.id).toBe('iso:GB');
  });

  it('needs context for a common word that is also a town ("Reading" at sentence start)', () => {
    expect(locations(run('Reading the report, officials sighed.'))).toEqual([]);
    expect(find(run('Police in Reading arrested two men.'), 'Reading').place?.id).toBe('gn:2639577');
  });

  it('does not read calendar words as places ("March")', () => {
    expect(locations(run('The uprising began in March 2011.'))).toEqual([]);
  });

  it('ignores lowercase place names', () => {
    expect(run('a syria-wide truce held')).toEqual([]);
  });

  it('does not read a surname after a first name as a place ("John Kerry")', () => {
    const ms = run('John Kerry met officials. Later Kerry spoke again.');
    expect(locations(ms)).toEqual([]);
  });
});
