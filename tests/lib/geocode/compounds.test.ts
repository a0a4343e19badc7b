/**
 * Compound names (data/geocode/variants.json heads, recognise.ts): "Tal X", "Kafr X", "Deir X", "Ain X", "Ras X",
 * "Jabal X", "Umm X", "Abu X", "Bab X", "Wadi X", "Bir X" … are one name, matched whole or not at all; an unknown
 * compound never falls apart into a place for its head or for the word after it, and a head alone is no place.
 * Runs on the committed gazetteer. Sentences written for these tests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getGazetteer, type MemoryGazetteer } from '@/lib/gazetteer';
import { geocode } from '@/lib/geocode';
import type { Mention } from '@/lib/schemas';

let gz: MemoryGazetteer;
beforeAll(() => {
  gz = getGazetteer();
});
const locations = (text: string): Mention[] => geocode(text, { gazetteer: gz }).filter((m) => m.isLocation);
const texts = (text: string): string[] => locations(text).map((m) => m.text);

/** [sentence, the compound as written (mention text may carry a qualifier before it), country] */
const WHOLE: [string, string, string][] = [
  ['Turkish-backed fighters shelled Tal Abyad in Syria.', 'Tal Abyad', 'SY'],
  ['Fighting near Tell Abyad, Syria.', 'Tell Abyad', 'SY'],
  ['Clashes in Kafr Nabl, Idlib.', 'Kafr Nabl', 'SY'],
  ['Fighters crossed Ain Issa, Syria.', 'Ain Issa', 'SY'],
  ['Rebels held Jabal al-Zawiya in Idlib.', 'Jabal al-Zawiya', 'SY'],
  ['Shells hit Beit Lahiya, Gaza.', 'Beit Lahiya', 'PS'],
  ['British troops reached Umm Qasr, Iraq.', 'Umm Qasr', 'IQ'],
  ['Strikes hit Abu Kamal, Syria.', 'Abu Kamal', 'SY'],
  ['Trucks crossed Bab al-Hawa into Syria.', 'Bab al-Hawa', 'SY'],
  ['Clashes in Wadi Barada near Damascus.', 'Wadi Barada', 'SY'],
  ['Shells fell near Deir Hafer, east of Aleppo.', 'Deir Hafer', 'SY'],
  ['Residents fled Khirbet Ghazaleh as the Syrian army advanced.', 'Khirbet Ghazaleh', 'SY'],
];

describe('a compound name is matched whole', () => {
  it.each(WHOLE)('%s', (sentence, compound, country) => {
    const m = locations(sentence).find((x) => x.text.endsWith(compound));
    expect(m, `${compound} in ${JSON.stringify(texts(sentence))}`).toBeDefined();
    expect(m!.place?.country).toBe(country);
    // neither half is a mention of its own
    const [head, ...rest] = compound.split(' ');
    expect(texts(sentence)).not.toContain(head);
    expect(texts(sentence)).not.toContain(rest.join(' '));
  });
});

/** [sentence, the unknown compound, the places that must still be found] */
const UNKNOWN: [string, string, string[]][] = [
  ['Artillery hit Tal Mardin near Hama.', 'Tal Mardin', ['near Hama']],
  ['Residents of Kafr Qurmuzi fled Syria.', 'Kafr Qurmuzi', ['Syria']],
  ['Shelling near Deir Aleppo, Syria.', 'Deir Aleppo', ['Syria']],
  ['Militants in Ain Zarqawiya, Syria.', 'Ain Zarqawiya', ['Syria']],
  ['Fighting on Jabal Murtafi, Syria.', 'Jabal Murtafi', ['Syria']],
  ['Clashes in Ras Qarhun, Syria.', 'Ras Qarhun', ['Syria']],
  ['Shells fell on Bir Qasimi, Syria.', 'Bir Qasimi', ['Syria']],
  ['Abu Sayyaf militants attacked a base in Sulu, Philippines.', 'Abu Sayyaf', ['Sulu', 'Philippines']],
];

describe('an unknown compound does not fall apart', () => {
  it.each(UNKNOWN)('%s', (sentence, compound, kept) => {
    // gazetteer places as before; the compound itself may be kept whole as a place in no gazetteer (unknown.ts)
    expect(locations(sentence).filter((m) => m.inGazetteer !== false).map((m) => m.text)).toEqual(kept);
    for (const m of locations(sentence).filter((x) => x.inGazetteer === false)) expect(m.text.endsWith(compound)).toBe(true);
    const [head, tail] = compound.split(' ');
    const ms = geocode(sentence, { gazetteer: gz });
    // no mention of any role covers the head or the word after it on its own
    expect(ms.some((m) => m.text === head || m.text === tail)).toBe(false);
  });
});

describe('a generic head alone is no place', () => {
  it.each([
    ['Rockets were fired near Tal on Monday, Syrian media said.', 'Tal'],
    ['Clashes near Ras, north of Latakia.', 'Ras'],
    ['A mine exploded near Bir in Syria.', 'Bir'],
    ['Fighters hid on the Jabal, Syria.', 'Jabal'],
    ['Residents fled Deir in Syria.', 'Deir'],
    ['Clashes near Ain, Syria.', 'Ain'],
  ])('%s', (sentence, head) => {
    expect(texts(sentence).some((t) => t.endsWith(head))).toBe(false);
  });

  it('unless the table says the head names a town on its own (Bab = al-Bab, Marj = al-Marj)', () => {
    expect(locations('Troops deployed in Bab, Aleppo.').find((m) => m.text === 'Bab')?.place?.country).toBe('SY');
    expect(locations('Fighting in Marj, Libya.').find((m) => m.text === 'Marj')?.place?.country).toBe('LY');
  });

  it('an English word spelled like a head opens no compound at a sentence start', () => {
    expect(texts('Tell Congress to act, Syrians in Texas urged.')).toEqual(['Texas']);
  });
});
