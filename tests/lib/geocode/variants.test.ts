/**
 * Spelling variants in running text (data/geocode/transliteration.json + variants.json, recognise.ts): a name the
 * gazetteer holds under another romanisation is found, resolved to the right place and marked in `why`; a variant
 * needs place evidence and a country the text names, so persons, movements and foreign look-alikes are not placed.
 * Runs on the committed gazetteer (the fake one has no skeleton index). Sentences written for these tests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getGazetteer, type MemoryGazetteer } from '@/lib/gazetteer';
import { geocode } from '@/lib/geocode';
import type { Mention } from '@/lib/schemas';

let gz: MemoryGazetteer;
beforeAll(() => {
  gz = getGazetteer();
});
const run = (text: string): Mention[] => geocode(text, { gazetteer: gz });
const isVariant = (m: Mention) => m.why.some((w) => w.startsWith('spelling variant of '));
/** the location mention whose text includes `needle` */
function place(text: string, needle: string): Mention {
  const m = run(text).find((x) => x.isLocation && x.text.includes(needle));
  if (!m) throw new Error(`no location "${needle}" in: ${text}`);
  return m;
}

/** [sentence, name as written, gazetteer name (diacritics as a regex), country] */
const FOUND: [string, string, RegExp, string][] = [
  ['Syrian troops shelled Mhardeh overnight.', 'Mhardeh', /^Mu.radah$/, 'SY'],
  ['Government forces entered Sheikh Maskin, north of Daraa.', 'Sheikh Maskin', /^Shaykh Misk.n$/, 'SY'],
  ['Rebels in Tal Bisa, Homs, rejected the deal.', 'Tal Bisa', /^Tallb.sah$/, 'SY'],
  ['Warplanes struck Kfar Nabl in the Idlib countryside.', 'Kfar Nabl', /^Kafranbel$/, 'SY'],
  ['Residents fled Khirbet Ghazaleh as the Syrian army advanced.', 'Khirbet Ghazaleh', /^Khirbat Ghaz.lah$/, 'SY'],
  ['Clashes were reported in Kafr Zeita, Hama.', 'Kafr Zeita', /^Kafr Zayt.$/, 'SY'],
  ['The village of Tel Abiad was quiet, Syrian activists said.', 'Tel Abiad', /^Tall Abya.$/, 'SY'],
  ['Dozens rallied in Nabatiyeh, south Lebanon.', 'Nabatiyeh', /^Nabatieh$/, 'LB'],
  ['Militants attacked a checkpoint in Tooz Khurmatu, Iraq.', 'Tooz Khurmatu', /^.[uū]z Kh.rm.t.$/, 'IQ'],
  ['Syrian troops reached Talbisseh and al-Rastan.', 'Talbisseh', /^Tallb.sah$/, 'SY'],
  ['Syrian forces advanced on Kafr Nubbudah.', 'Kafr Nubbudah', /^Kafr Nab.dah$/, 'SY'],
  ['Syrian jets bombed Taftanaaz in Idlib.', 'Taftanaaz', /^Taftan.z$/, 'SY'],
  ['Shelling hit Sarmeen, Idlib.', 'Sarmeen', /^Sarm.n$/, 'SY'],
  ['Protesters gathered in Douma and Harastah, Syria.', 'Harastah', /^.arast.$/, 'SY'],
  ['Regime forces shelled Kafr Zita and Latamina in Hama.', 'Latamina', /^Latamneh$/, 'SY'],
  ['Lebanese troops deployed in Hasbaya.', 'Hasbaya', /^H.sba.ya$/, 'LB'],
  ['Shells hit Jebel Zawiyeh, Idlib.', 'Jebel Zawiyeh', /^Jabal al-Zawiya$/, 'SY'],
];

describe('a spelling variant is found and resolved', () => {
  it.each(FOUND)('%s', (sentence, written, gazetteerName, country) => {
    const m = place(sentence, written);
    expect(m.place?.country).toBe(country);
    expect(m.place?.name).toMatch(gazetteerName);
    expect(isVariant(m)).toBe(true);
    expect(m.why).toContain(`spelling variant of ${m.place?.name}`);
  });

  it('keeps the span of the name as written', () => {
    const text = 'Clashes were reported in Kafr Zeita, Hama.';
    const m = place(text, 'Kafr Zeita');
    expect(text.slice(m.start, m.end)).toBe('Kafr Zeita');
  });
});

describe('an apostrophe for ʿayn or hamza does not break a name', () => {
  it('reads "Dar\'a" and "A\'zaz" whole', () => {
    const ms = run("Shelling hit Dar'a and A'zaz on Monday, Syrian media said.").filter((m) => m.isLocation);
    expect(ms.map((m) => m.text)).toEqual(["Dar'a", "A'zaz"]);
    expect(ms.every((m) => m.place?.country === 'SY')).toBe(true);
  });

  it('reads "Ma\'arat al-Nu\'man" and "Qal\'at al-Madiq" whole', () => {
    const ms = run("Rebels withdrew from Ma'arat al-Nu'man and Qal'at al-Madiq in Syria.").filter((m) => m.isLocation);
    expect(ms.map((m) => m.text)).toEqual(["Ma'arat al-Nu'man", "Qal'at al-Madiq", 'Syria']);
    expect(ms.every((m) => m.place?.country === 'SY')).toBe(true);
  });

  it('reads "Ra\'s al \'Ayn" whole, never "Ayn" alone (Al Ain, UAE)', () => {
    const ms = run("Turkish forces entered Ra's al 'Ayn in northern Syria.").filter((m) => m.isLocation);
    const ras = ms.find((m) => m.text.startsWith("Ra's"));
    expect(ras?.text).toBe("Ra's al 'Ayn");
    expect(ras?.place?.country).toBe('SY');
    expect(ms.some((m) => m.place?.country === 'AE')).toBe(false);
  });

  it('never matches the first half of a word cut at its apostrophe ("Ba\'ath" is no "Ba" = Bath)', () => {
    const ms = run("The Ba'ath party met in Syria.").filter((m) => m.isLocation);
    expect(ms.map((m) => m.text)).toEqual(['Syria']);
  });

  it('still cuts a possessive off ("Idlib\'s countryside")', () => {
    expect(place("Rebels shelled Idlib's countryside.", 'Idlib').text).toBe('Idlib');
  });
});

describe('precision: no place without evidence', () => {
  it('a movement that folds like a town is never a variant (Hamas ≠ Homs)', () => {
    const ms = run('A statement from Hamas said the truce held in Gaza.');
    expect(ms.some((m) => m.place?.name === 'Homs')).toBe(false);
    expect(ms.some(isVariant)).toBe(false);
  });

  it('a person titled Sheikh is not a town', () => {
    const ms = run('Speaking in Damascus, Sheikh Maskin told reporters the talks failed.');
    expect(ms.filter((m) => m.text.includes('Maskin') && m.isLocation)).toEqual([]);
  });

  it('a variant with no place word around it is not placed', () => {
    expect(run('The Syrian side Mhardeh won the cup final.').some((m) => m.text.includes('Mhardeh'))).toBe(false);
    expect(run('Mhardeh said the talks failed.').some((m) => m.text.includes('Mhardeh'))).toBe(false);
  });

  it('a reading in a country the text does not name is dropped (a Greek name is no Moroccan city)', () => {
    const ms = run('The band played in Kentro last night, Greek fans said.');
    expect(ms.some((m) => m.text.includes('Kentro'))).toBe(false);
  });

  it('names outside the folded countries never match a variant', () => {
    const ms = run('Voters at Gravely backed the levy in Kentucky, and officials from Defra met farmers in Devon.');
    expect(ms.some(isVariant)).toBe(false);
    expect(ms.filter((m) => m.isLocation).map((m) => m.text)).toEqual(['Kentucky', 'Devon']);
  });

  it('a faith word after "in" is not a place', () => {
    expect(run('The debate in Islam circles in Syria continued.').some(isVariant)).toBe(false);
  });
});
