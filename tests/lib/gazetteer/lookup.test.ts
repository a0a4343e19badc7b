/** Lookups and ranked search against the committed data/gazetteer (what the geoparser will see). */
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadGazetteer, type MemoryGazetteer } from '@/lib/gazetteer';

let gz: MemoryGazetteer;
beforeAll(() => {
  gz = loadGazetteer(path.resolve(__dirname, '../../../data/gazetteer'));
});

const ids = (name: string) => gz.lookup(name).map((e) => e.id);
const top = (q: string, opts?: Parameters<MemoryGazetteer['search']>[1]) => gz.search(q, opts)[0];

describe('lookup', () => {
  it('finds the Syrian port under every spelling', () => {
    const port = gz.lookup('Tartus').find((e) => e.kind === 'city' && e.country === 'SY');
    expect(port).toBeDefined();
    expect(port!.lat).toBeCloseTo(34.89, 1);
    expect(ids('Tartous')).toContain(port!.id);
    expect(ids('Ṭarṭūs')).toContain(port!.id);
    expect(ids('TARTUS')).toContain(port!.id);
  });

  it('resolves Hmeimim spellings to the air base', () => {
    for (const n of ['Hmeimim', 'Hmeymim', 'Khmeimim', 'Hmeymim air base']) {
      const base = gz.lookup(n).find((e) => e.kind === 'base');
      expect(base, n).toBeDefined();
      expect(base!.country).toBe('SY');
      expect(Math.abs(base!.lat - 35.41)).toBeLessThan(0.05);
    }
  });

  it('resolves Marea and Mare\' to the Syrian town in Aleppo governorate', () => {
    for (const n of ['Marea', "Mare'", 'Mare’']) {
      const town = gz.lookup(n).find((e) => e.country === 'SY');
      expect(town, n).toBeDefined();
      expect(town!.kind).toBe('town');
      expect(town!.parentId).toBe('ne1:SY-HL');
    }
  });

  it('keeps Palmyra in Syria and its US namesakes', () => {
    const all = gz.lookup('Palmyra');
    expect(all.some((e) => e.country === 'SY' && e.name === 'Tadmur')).toBe(true);
    expect(all.filter((e) => e.country === 'US').length).toBeGreaterThan(3);
    expect(all[0]!.country).toBe('SY');
  });

  it('treats GeoNames population 0 as unknown (Qamishli)', () => {
    const q = gz.lookup('Qamishli').find((e) => e.country === 'SY' && e.id.startsWith('gn:'));
    expect(q).toBeDefined();
    expect(q!.population).toBeNull();
    expect(q!.kind).not.toBe('village');
  });

  it('Aleppo and Halab reach the same city', () => {
    const city = gz.lookup('Aleppo').find((e) => e.kind === 'city')!;
    expect(city.id).toBe('gn:170063');
    expect(ids('Halab')).toContain(city.id);
  });

  it('al-Bab, Al Bab, El Bab and Bab all reach al-Bab', () => {
    for (const n of ['al-Bab', 'Al Bab', 'El-Bab', 'Bab', 'al Bab']) expect(ids(n), n).toContain('gn:174018');
  });

  it('Kobani and Ayn al-Arab are one town', () => {
    expect(ids('Kobani')).toContain('gn:172256');
    expect(ids('Ayn al-Arab')).toContain('gn:172256');
    expect(ids('Ain al-Arab')).toContain('gn:172256');
  });

  it('Geneva has Swiss and US namesakes; the Swiss city ranks first among cities', () => {
    const all = gz.lookup('Geneva');
    expect(all.some((e) => e.country === 'CH' && e.kind === 'city')).toBe(true);
    expect(all.some((e) => e.country === 'US')).toBe(true);
    expect(all.find((e) => e.kind === 'city' || e.kind === 'town')!.country).toBe('CH');
  });

  it('Georgia is both a country and a US state, the country first', () => {
    const all = gz.lookup('Georgia');
    expect(all[0]!.id).toBe('iso:GE');
    expect(all.some((e) => e.kind === 'admin1' && e.country === 'US')).toBe(true);
  });

  it('keeps Turkey as the country name (world-countries says Türkiye)', () => {
    expect(gz.byId('iso:TR')!.name).toBe('Turkey');
    expect(ids('Türkiye')).toContain('iso:TR');
  });

  it('Syrian governorates come from Natural Earth, parented to Syria', () => {
    // Natural Earth also has the UNDOF zone as an SY admin-1 feature without an ISO 3166-2 code
    const govs = gz.children('iso:SY').filter((e) => e.kind === 'admin1' && /^ne1:SY-[A-Z]{2}$/.test(e.id));
    expect(govs.length).toBe(14);
    for (const g of govs) expect(g.bbox).not.toBeNull();
  });

  it('US counties are admin2 under their state, also by bare name', () => {
    const hall = gz.lookup('Hall County').filter((e) => e.kind === 'admin2');
    expect(hall.map((e) => e.admin1)).toEqual(expect.arrayContaining(['Georgia', 'Nebraska', 'Texas']));
    expect(gz.byId('us-county:13139')!.parentId).toBe('ne1:US-GA');
    expect(ids('Hall')).toContain('us-county:13139');
  });

  it('returns nothing for an unknown name and for blank input', () => {
    expect(gz.lookup('Qwzxplorbia')).toEqual([]);
    expect(gz.lookup('   ')).toEqual([]);
  });

  it('entries are frozen and carry a source', () => {
    const e = gz.byId('gn:170063')!;
    expect(Object.isFrozen(e)).toBe(true);
    expect(e.source).toBe('GeoNames 170063');
    expect(gz.byId('cu:khmeimim-air-base')!.source).toMatch(/Wikipedia/);
  });
});

describe('search', () => {
  it('ranks the exact city above fuzzy neighbours', () => {
    expect(top('Aleppo')!.id).toBe('gn:170063');
    expect(top('Tartus')!.id).toBe('gn:163345');
  });

  it('fuzzy-matches unseen spellings', () => {
    expect(top('Aleppoo')!.id).toBe('gn:170063');
    expect(top('Damascos')!.id).toBe('gn:170654');
    expect(top('Tartouss', { country: 'SY' })!.id).toBe('gn:163345');
  });

  it('exact matches outrank prefix matches', () => {
    const r = gz.search('Homs', { limit: 10 });
    expect(r[0]!.name.startsWith('Homs')).toBe(true);
    expect(r[0]!.score).toBeGreaterThanOrEqual(r[r.length - 1]!.score);
  });

  it('filters by country and kinds', () => {
    const us = gz.search('Palmyra', { country: 'us', limit: 5 });
    expect(us.length).toBeGreaterThan(0);
    expect(us.every((r) => r.country === 'US')).toBe(true);
    const bases = gz.search('Hmeimim', { kinds: ['base'] });
    expect(bases.every((r) => r.kind === 'base')).toBe(true);
  });

  it('respects limit and returns scores in [0, 1], sorted', () => {
    const r = gz.search('Springfield', { limit: 4 });
    expect(r).toHaveLength(4);
    for (let i = 1; i < r.length; i++) expect(r[i - 1]!.score).toBeGreaterThanOrEqual(r[i]!.score);
    for (const x of r) {
      expect(x.score).toBeGreaterThan(0);
      expect(x.score).toBeLessThanOrEqual(1);
    }
  });

  it('returns [] for nothing searchable', () => {
    expect(gz.search('!!!')).toEqual([]);
  });
});

describe('lookupDemonym', () => {
  it('maps English demonyms to countries, apart from lookup()', () => {
    expect(gz.lookupDemonym('Syrian').map((e) => e.id)).toContain('iso:SY');
    expect(gz.lookupDemonym('Turkish').map((e) => e.id)).toContain('iso:TR');
    expect(ids('Syrian')).not.toContain('iso:SY');
  });
});

describe('airport codes', () => {
  it('are found by lookupCode and by an all-caps search, but never by lookup()', () => {
    expect(gz.lookupCode('ltk').map((e) => e.id)).toEqual(['ap:OSLK']);
    expect(gz.lookupCode('OSLK').map((e) => e.id)).toEqual(['ap:OSLK']);
    expect(gz.search('DAM', { limit: 2 }).map((r) => r.id)).toContain('ap:OSDI');
    expect(gz.byId('ap:OSLK')!.alt).toEqual(expect.arrayContaining(['LTK', 'OSLK']));
    expect(ids('LTK')).toEqual([]);
    expect(ids('The')).toEqual([]);
  });
});

describe('codes of countries, states and curated regions', () => {
  it('resolve through lookupCode, most important first, and stay out of lookup()', () => {
    expect(gz.lookupCode('UK')[0]!.id).toBe('iso:GB');
    expect(gz.lookupCode('us')[0]!.id).toBe('iso:US');
    expect(gz.lookupCode('DRC')[0]!.id).toBe('iso:CD');
    expect(gz.lookupCode('SYR')[0]!.id).toBe('iso:SY');
    expect(gz.lookupCode('TX')[0]!.id).toBe('ne1:US-TX');
    expect(gz.lookupCode('EU')[0]!.id).toBe('cu:european-union');
    expect(ids('US')).not.toContain('iso:US');
    expect(ids('U.S.')).toContain('iso:US');
    expect(gz.lookupCode('ZZZZZ')).toEqual([]);
  });
});
