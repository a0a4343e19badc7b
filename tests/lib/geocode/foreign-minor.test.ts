import { describe, expect, it } from 'vitest';
import { mention, read } from './real-gazetteer';

/** "name/country" of a mention's reading, or "-" when it was withdrawn. */
const where = (text: string, name: string, n = 0): string => {
  const m = mention(read(text), name, n);
  return m.place && m.isLocation ? `${m.place.name}/${m.place.country}` : '-';
};

describe('a small place read only abroad, in a sentence set in another country', () => {
  it('is withdrawn when a town and its state set the sentence: the gazetteer lacks the village', () => {
    const text = 'Militiamen burned houses in Gannat village near Jos, Plateau State, on Sunday.';
    const m = mention(read(text), 'Gannat');
    expect(m.isLocation).toBe(false);
    expect(m.nonLocation).toBe('unresolved');
    expect(m.why.join(' ')).toMatch(/small place abroad.*Gannat, FR/);
    expect(where(text, 'near Jos')).toBe('Jos/NG');
  });

  it('is withdrawn when the written parents are bracketed after it: "X (Y LGA, Z)" is one sentence', () => {
    expect(where('Gunmen killed two herders at Gannat (Bokkos LGA, Plateau).', 'Gannat')).toBe('-');
  });

  it('is withdrawn when the article\'s places hold another country and its own sentence names none', () => {
    const text = 'Gunmen killed two herders at Gannat. The attack happened in Bokkos, Plateau, near Jos.';
    expect(where(text, 'Gannat')).toBe('-');
  });

  it('stays when its own country is written beside it', () => {
    expect(where('Farmers protested in Gannat and Vichy, in central France.', 'Gannat')).toBe('Gannat/FR');
  });

  it('stays beside a lone country that may be where people came from, not where the sentence is', () => {
    expect(where('Residents in Kilkis rallied against the arrival of migrants from Afghanistan.', 'Kilkis')).toBe('Kilkís/GR');
  });

  it('stays beside a lone first-level region of another country (a town and its region would set the sentence)', () => {
    const text = 'Teachers marched in Gannat while a union in Mayo sent support.';
    expect(where(text, 'Mayo')).toBe('Mayo/IE');
    expect(where(text, 'Gannat')).toBe('Gannat/FR');
  });
});

describe('a part of town lies in the town its sentence names', () => {
  it('a colonia read 250 km away in the same state is a namesake: the sentence names the city', () => {
    // (before: any place within 300 km of the state named beside it was kept)
    expect(where('On Sunday, in Zapopan, Jalisco, gunmen shot two men in Colonia Santa Anita.', 'Colonia Santa Anita')).toBe('-');
  });

  it('"fraccionamiento X", "colonia X" written lowercase before the name mark a part of town too', () => {
    expect(where('On Sunday, in Tijuana, Baja California, gunmen shot two men in fraccionamiento El Roble.', 'El Roble')).toBe('-');
  });

  it('a neighbourhood read inside the city stays', () => {
    expect(where('On Sunday, in Aleppo, shells hit the Salaheddine neighbourhood.', 'Salaheddine')).toBe('Salaheddine/SY');
  });
});
