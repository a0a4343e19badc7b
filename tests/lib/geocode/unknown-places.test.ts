/**
 * Unknown places (lib/geocode/unknown.ts): a name in no gazetteer that the words around it mark as a place is kept,
 * flagged `inGazetteer: false`, and drawn at the best known parent with that parent's precision and radius.
 * The village names below are invented (each is checked to be absent from the bundled gazetteer); the sentences
 * are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { geocode } from '@/lib/geocode';
import { getGazetteer } from '@/lib/gazetteer';
import type { Mention } from '@/lib/schemas';

const gaz = getGazetteer();
const run = (text: string): Mention[] => geocode(text, { gazetteer: gaz });
const unknowns = (ms: Mention[]) => ms.filter((m) => m.inGazetteer === false);

/** The unknown place named `name`: its mention, checked to be a located, flagged name in no gazetteer. */
function unknownNamed(text: string, name: string): Mention {
  expect(gaz.lookup(name), `"${name}" must be missing from the gazetteer for this test`).toEqual([]);
  const ms = run(text);
  const m = ms.find((x) => x.place?.name === name);
  expect(m, `no unknown place "${name}" in ${JSON.stringify(ms.map((x) => [x.text, x.place?.name, x.nonLocation]))}`).toBeDefined();
  expect(m!.isLocation).toBe(true);
  expect(m!.inGazetteer).toBe(false);
  return m!;
}

describe('unknown places: each mark finds the name and places it at the right parent', () => {
  it('"the town of X, in the Y countryside": at Y, near a city', () => {
    const m = unknownNamed('Rebels shelled the town of Kafr Bashur, in the Hama countryside.', 'Kafr Bashur');
    expect(m.parent?.name).toBe('Ḩamāh');
    expect(m.precision).toBe('near');
    expect(m.place?.kind).toBe('town');
    expect(m.place?.id).toBe(`unk:${m.parent!.id}:kafr-bashur`);
    expect([m.place?.lat, m.place?.lon]).toEqual([m.parent?.lat, m.parent?.lon]);
    expect(m.why[0]).toMatch(/not in the gazetteer; marked as a place by "the town of"; placed at its written parent Ḩamāh \(city: near, \d+ km\)/);
  });

  it('"the village of X in <direction> Y": at Y, kind village', () => {
    const m = unknownNamed('Helicopters dropped barrel bombs on the village of Zorbaqiya in southern Idlib.', 'Zorbaqiya');
    expect(m.parent?.name).toBe('Idlib');
    expect(m.place?.kind).toBe('village');
    expect(m.text).toBe('Zorbaqiya');
  });

  it('"X village, Y": the kind word after the name, the parent after the comma', () => {
    const m = unknownNamed('An IED struck a patrol in Jdeidat Zawra village, Aleppo.', 'Jdeidat Zawra');
    expect(m.parent?.name).toBe('Aleppo');
    expect(m.text).toBe('Jdeidat Zawra village');
    expect(m.place?.kind).toBe('village');
  });

  it('"X town, in the Y countryside"', () => {
    const m = unknownNamed('Residents fled Zawiyat Harb town, in the Hama countryside.', 'Zawiyat Harb');
    expect(m.parent?.name).toBe('Ḩamāh');
    expect(m.place?.kind).toBe('town');
  });

  it('"shelled X in Y": a verb taking a place, then the written parent', () => {
    const m = unknownNamed('Government artillery shelled Maarat Suwayd in Hama on Tuesday.', 'Maarat Suwayd');
    expect(m.parent?.name).toBe('Ḩamāh');
    expect(m.precision).toBe('near');
    expect(m.why[0]).toContain('shelled … in Hama');
  });

  it('"in X, Y" with Y a first-level region: region precision, the region\'s radius', () => {
    const m = unknownNamed('On 3 May, militants attacked a checkpoint in Zastavnivka, Idlib province.', 'Zastavnivka');
    expect(m.parent?.kind).toBe('admin1');
    expect(m.precision).toBe('region');
    expect(m.radiusKm).toBeGreaterThanOrEqual(25);
  });

  it('"near X (Y, Z)": the first known place inside the brackets', () => {
    const m = unknownNamed('Clashes were reported near Mashrafat Qutni (Jisr al-Shughur, Idlib).', 'Mashrafat Qutni');
    expect(m.parent?.name).toBe('Jisr ash Shughūr');
    expect(m.precision).toBe('near');
  });

  it('"X (Y, Z)" needs no word before it when the brackets hold two levels', () => {
    const m = unknownNamed('Gunmen attacked Tuwaymat Sharqi (Jisr al-Shughur, Idlib) at dawn.', 'Tuwaymat Sharqi');
    expect(m.parent?.name).toBe('Jisr ash Shughūr');
  });

  it('"X, in the northern Y countryside" needs no word before it', () => {
    const m = unknownNamed('Two shepherds were wounded in Umm Tuwayna, in the northern Aleppo countryside.', 'Umm Tuwayna');
    expect(m.parent?.name).toBe('Aleppo');
  });

  it('"near X, north of Y": the nearest place named in the same sentence', () => {
    const m = unknownNamed('Two civilians were killed near Umm Jalal, north of Aleppo.', 'Umm Jalal');
    expect(m.parent?.name).toBe('Aleppo');
    expect(m.text).toBe('near Umm Jalal');
    expect(m.why[0]).toContain('named in the same sentence');
  });

  it('"east of X" with no place in its sentence: the article\'s focus region', () => {
    const m = unknownNamed('Shelling was reported east of Kafr Sajna after midnight. Later, fighting spread across Idlib province.', 'Kafr Sajna');
    expect(m.parent?.kind).toBe('admin1');
    expect(m.parent?.name).toBe('Idlib');
    expect(m.precision).toBe('region');
    expect(m.why[0]).toContain("the article's focus");
  });

  it('"the villages of X, W and V in Y": every listed name, each at Y', () => {
    const text = 'Jets struck the villages of Maarzaf, Hazarin and Kansafra in Idlib province.';
    for (const n of ['Maarzaf', 'Hazarin', 'Kansafra']) {
      const m = unknownNamed(text, n);
      expect(m.parent?.name).toBe('Idlib');
      expect(m.place?.kind).toBe('village');
    }
  });

  it('"X and W villages" with a place in the sentence', () => {
    const text = 'Drones targeted Maarzita and Hazano villages near Idlib.';
    expect(unknownNamed(text, 'Maarzita').parent?.name).toBe('Idlib');
    expect(unknownNamed(text, 'Hazano').parent?.name).toBe('Idlib');
  });

  it('"the X neighbourhood of Y": a neighbourhood near the city', () => {
    const m = unknownNamed('Snipers fired into the Jubb Qurmaz neighbourhood of Aleppo on Friday.', 'Jubb Qurmaz');
    expect(m.place?.kind).toBe('neighbourhood');
    expect(m.parent?.name).toBe('Aleppo');
    expect(m.precision).toBe('near');
  });

  it('"the district of X in Y": kind from the noun', () => {
    const m = unknownNamed('Heavy fighting hit the district of Sahrat Nuri in Aleppo.', 'Sahrat Nuri');
    expect(m.place?.kind).toBe('admin2');
  });

  it('a marked name with no known place anywhere is kept, unresolved, with its name', () => {
    const ms = run('An IED exploded in Bqerzala village overnight.');
    const m = ms.find((x) => x.text.startsWith('Bqerzala'));
    expect(m?.isLocation).toBe(false);
    expect(m?.nonLocation).toBe('unresolved');
  });

  it('a gazetteer name set aside for want of context is kept by "shelled X in Y", and made unknown when its reading lies outside Y', () => {
    // the bundled gazetteer's only Hamidiyah lies in Tartus, far from Hama
    const ms = run('Regime artillery shelled Hamidiyah in Hama on Tuesday.');
    const m = ms.find((x) => x.text === 'Hamidiyah');
    expect(m?.isLocation).toBe(true);
    expect(m?.inGazetteer).toBe(false);
    expect(m?.parent?.name).toMatch(/Hama|Ḩamāh/);
    expect(m?.why[0]).toMatch(/the gazetteer's .* lies \d+ km from/);
  });
});

describe('unknown places: what is not one', () => {
  const none = (text: string) => {
    const u = unknowns(run(text));
    expect(u.map((m) => m.text), text).toEqual([]);
  };

  it('months and holidays after "in"', () => {
    none('The talks were held in May in Geneva.');
    none('Prices rose sharply in Ramadan in Syria.');
  });

  it('news agencies and platforms', () => {
    none('A reporter at Reuters in Beirut confirmed the toll.');
    none('The video was first posted in Telegram in Idlib.');
  });

  it('a person near or in a place', () => {
    none('President Assad in Damascus received the delegation.');
    none('Police said Mohammed Khalil in Aleppo was arrested.');
    none('A source close to Barakat said the deal collapsed.');
  });

  it('"near Hamid said": a name followed by a speech verb', () => {
    none('Fighters near Haddad said the road was closed.');
  });

  it('an organisation or armed group in a place', () => {
    none('Israel struck Hamas in Gaza overnight.');
    none('Protesters gathered outside Parliament in Baghdad.');
    none('Clashes broke out near Zarqawi fighters in the desert.');
  });

  it('a possessive after "near"', () => {
    none('Troops deployed near Nasrallah\'s residence in Beirut.');
  });

  it('a title before the name', () => {
    none('Protesters rallied outside Minister Kanaan, in the Hama countryside.');
  });

  it('a list of places is no parent ("in X, Y and Z")', () => {
    none('Aid convoys arrived in Hazmiyeh, Lebanon and Syria last week.');
  });

  it('a country in brackets after a name is a nationality', () => {
    none('In the final, Joris Vandamme (Belgium, Atlas team) and Mirko Stessel (Luxembourg) broke away together.');
  });

  it('one capitalised word opening a sentence before a kind word, or a name after "the"', () => {
    none('Entire villages were emptied near Idlib.');
    none('Protesters gathered outside the Seray in Tripoli.');
  });

  it('a sentence-opening capitalised word before a place', () => {
    none('Yesterday, Idlib was calm.');
  });
});
