/**
 * Written parents (lib/geocode/parents.ts namesake, lib/geocode/abstain.ts abstainOutsideParent): a name written
 * inside a region whose readings in that region's country all lie far outside it is a place the gazetteer lacks;
 * the same reading of the same name told without its parent goes with it.
 */
import { describe, expect, it } from 'vitest';
import { mention, read } from './real-gazetteer';

describe('a name written inside a region whose readings at home all lie far outside it', () => {
  it('"Tuzla, Istanbul" is no Tuzla of another province (a Bosnian city is no candidate), nor is the bare "Tuzla" before it', () => {
    const ms = read('An arson attack hit a plant in Tuzla industrial zone in Tuzla, Istanbul, on Monday.');
    const tuzla = ms.filter((m) => m.text === 'Tuzla');
    expect(tuzla).toHaveLength(2);
    for (const m of tuzla) expect(m.isLocation).toBe(false);
  });

  it('"Tuzla, Sarajevo and Mostar" stays a list of Bosnian cities', () => {
    expect(mention(read('Shelling hit Tuzla, Sarajevo and Mostar on Monday.'), 'Tuzla').place?.country).toBe('BA');
  });
});

describe('a parent of the child\'s own name is its namesake district', () => {
  it('"Surat city (Surat, Gujarat)" is Surat, not a town near it the gazetteer also files as "Surat"', () => {
    const m = mention(read('On Monday, about 300 migrant workers took to the streets of Surat city (Surat, Gujarat), demanding to go home.'), 'Surat city');
    expect(m.place?.name).toBe('Surat');
  });
});
