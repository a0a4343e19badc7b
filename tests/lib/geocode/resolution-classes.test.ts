/**
 * Resolution error classes on world news, on the bundled gazetteer (sentences written for these tests):
 * - a prominent place against a small namesake lifted only by the article's focus country ("England" in a story
 *   about Texas is not a village of 2,800 in Arkansas; "Tripoli" beside "US dollar" is not a village in Iowa):
 *   candidates.json focusBySize, only against a prominent rival (rivalPrior);
 * - a large named region (England, Scotland, Wales, Siberia) is as prominent as a state: candidates.json largeRegion;
 * - local evidence still flips the reading to the small namesake: a written parent, a county or state around it,
 *   a nearby place; and readings inside the focus country keep their order among themselves.
 */
import { describe, expect, it } from 'vitest';
import { focusScale } from '@/lib/geocode/candidates';
import type { GazetteerEntry } from '@/lib/schemas';
import { mention, read } from './real-gazetteer';

const placeOf = (text: string, name: string, n = 0) => {
  const p = mention(read(text), name, n).place;
  return p ? `${p.kind}/${p.country}` : null;
};

describe('a prominent place is not taken by a small namesake in the focus country', () => {
  it.each([
    ['Officials in Texas confirmed a second case. A third case was reported in England last week.', 'England', 'region/GB'],
    ['A cow in Alabama tested positive, and a case was later confirmed in Scotland.', 'Scotland', 'region/GB'],
    ['The U.S. embassy said two citizens were hurt in Wales on Friday.', 'Wales', 'region/GB'],
    ['Ranchers in Ohio and a farm in England reported the same strain.', 'England', 'region/GB'],
    ['Heavy snow closed roads in Mexico, and a cold wave reached Siberia.', 'Siberia', 'region/RU'],
    // the only US evidence is a currency: a village of 1,000 in Iowa is no rival for the Libyan capital
    ['Traders in Tripoli said the pound fell against the US dollar on Monday.', 'Tripoli', 'city/LY'],
  ])('%s → %s is %s', (text, name, expected) => {
    expect(placeOf(text, name)).toBe(expected);
  });
});

describe('local evidence still picks the small namesake', () => {
  it.each([
    ['The mayor of England, Arkansas, opened the new library.', 'England', 'village/US'],
    ['Shops in Tripoli, Iowa, closed early as the storm arrived.', 'Tripoli', 'village/US'],
    ['Deputies in Anderson County, Texas, said a Palestine man was arrested.', 'Palestine', 'town/US'],
    ['Police in Mexico, Missouri, arrested two men.', 'Mexico', 'town/US'],
    ['A tornado damaged homes in Paris, Texas, on Sunday night.', 'Paris', 'town/US'],
    ['The school board in Athens, Ga., approved the budget.', 'Athens', 'city/US'],
  ])('%s → %s is %s', (text, name, expected) => {
    expect(placeOf(text, name)).toBe(expected);
  });

  it('readings in the focus country keep their order: the larger Mansfield of the two in the US', () => {
    const m = mention(read('Floods hit Kansas and Missouri. In Mansfield, the town council met on Monday.'), 'Mansfield');
    expect(m.place?.country).toBe('US');
    expect(m.place?.kind).toBe('town');
  });
});

describe('focusScale', () => {
  const e = (x: Partial<GazetteerEntry> & Pick<GazetteerEntry, 'id' | 'kind' | 'country'>): GazetteerEntry => ({
    name: 'X', alt: [], admin1: null, parentId: null, population: null, lat: 0, lon: 0, radiusKm: 5, bbox: null, source: 'test', ...x,
  });
  const focusUS = new Map([['US', 1]]);
  it('is 1 without a focus reading, for a town of known size, for a state, and for unknown population', () => {
    expect(focusScale([e({ id: 'a', kind: 'village', country: 'GB', population: 900 })], focusUS)).toBe(1);
    // no prominent reading outside the focus: nothing to yield to
    expect(focusScale([e({ id: 'a', kind: 'village', country: 'US', population: 2800 }), e({ id: 'b', kind: 'village', country: 'UY', population: 900 })], focusUS)).toBe(1);
    expect(focusScale([e({ id: 'a', kind: 'town', country: 'US', population: 40000 })], focusUS)).toBe(1);
    expect(focusScale([e({ id: 'a', kind: 'admin1', country: 'US' })], focusUS)).toBe(1);
    expect(focusScale([e({ id: 'a', kind: 'village', country: 'US', population: null })], focusUS)).toBe(1);
  });
  it('shrinks for a village of a few thousand, and follows the best focus reading of the name', () => {
    const rival = e({ id: 'r', kind: 'country', country: 'GB' });
    const small = focusScale([e({ id: 'a', kind: 'village', country: 'US', population: 2800 }), rival], focusUS);
    expect(small).toBeGreaterThan(0.29);
    expect(small).toBeLessThan(0.7);
    expect(focusScale([e({ id: 'a', kind: 'village', country: 'US', population: 2800 }), e({ id: 'b', kind: 'town', country: 'US', population: 50000 }), rival], focusUS)).toBe(1);
  });
});
