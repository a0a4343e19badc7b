/**
 * The transliteration-folding table (data/geocode/transliteration.json, lib/gazetteer/fold.ts), both ways:
 * spellings of one place fold to one skeleton, distinct towns with similar names do not; and the skeleton index
 * of the committed gazetteer (lookupVariant) finds the gazetteer's entry from a spelling it does not list.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldable, foldKey, foldName, MIN_FOLD_KEY_LENGTH } from '@/lib/gazetteer/fold';
import { loadGazetteer, normalizeName, type MemoryGazetteer } from '@/lib/gazetteer';

/** [as a news text may write it, as a gazetteer writes it] */
const SAME: [string, string][] = [
  ['Mhardeh', 'Muḩradah'],
  ['Sheikh Maskin', 'Shaykh Miskīn'],
  ['Tal Bisa', 'Tallbīsah'],
  ['Talbiseh', 'Tallbīsah'],
  ['Kfar Nabl', 'Kafranbel'],
  ["Ma'arat al-Nu'man", 'Ma‘arrat an Nu‘mān'],
  ['Maarat al-Numan', 'Ma‘arrat an Nu‘mān'],
  ["Qal'at al-Madiq", 'Qalaat al-Madiq'],
  ["Ra's al 'Ayn", 'Ras al-Ain'],
  ['Ras el-Ein', 'Ra’s al ‘Ayn'],
  ['Dair al-Zour', 'Dayr az Zawr'],
  ['Deir ez-Zor', 'Dayr az Zawr'],
  ['Khan Sheikhoun', 'Khan Shaykhūn'],
  ['Tel Abiad', 'Tall Abyaḑ'],
  ['Tell Abyad', 'Tall Abyaḑ'],
  ['Jisr al-Shughour', 'Jisr ash Shughūr'],
  ['Saraqeb', 'Sarāqib'],
  ['Edlib', 'Idlib'],
  ['Kamishly', 'Al Qāmishlī'],
  ['Hasakeh', 'Al Ḩasakah'],
  ['Ain al-Arab', 'Ayn al Arab'],
  ['Khirbet Ghazaleh', 'Khirbat Ghazālah'],
  ['Kafr Zeita', 'Kafr Zaytā'],
  ['Deir Hafer', 'Dayr Ḩāfir'],
  ['Jebel al-Zawiya', 'Jabal az Zāwiyah'],
  ['Sheikh Maqsoud', 'Shaykh Maqsūd'],
  ['Beit Lahiya', 'Bayt Lāhiyā'],
  ['Oued Souf', 'Wadi Souf'],
  ['Sweida', 'As Suwayda'],
  ['Nabatiyeh', 'Nabatieh'],
  ["Dar'a", 'Daraa'],
  ["A'zaz", 'I‘zāz'],
];

/** distinct real places whose names look alike: they must keep different skeletons */
const APART: [string, string][] = [
  ['Hama', 'Homs'],
  ['Tal Abyad', 'Tal Afar'],
  ['Tal Rifaat', 'Tal Tamr'],
  ['Sarmin', 'Saraqib'],
  ['Daraa', 'Dael'],
  ['Izra', 'Azaz'],
  ['Jasim', 'Jisr al-Shughur'],
  ['Kafr Zita', 'Kafr Nabl'],
  ['Muhradah', 'Mayadin'],
  ['Khan Shaykhun', 'Khan Tuman'],
  ['Tafas', 'Tasil'],
  ['Sanamayn', 'Salamiyah'],
  ['Maarat al-Numan', 'Maarat Misrin'],
  ['Deir ez-Zor', 'Deir Hafer'],
  ['Ras al-Ain', 'Ras Baalbek'],
];

describe('foldName: variants fold together', () => {
  it.each(SAME)('%s ≡ %s', (written, gazetteer) => {
    expect(foldName(written)).toBe(foldName(gazetteer));
    expect(foldName(written).length).toBeGreaterThan(1);
  });
});

describe('foldName: distinct towns stay apart', () => {
  it.each(APART)('%s ≠ %s', (a, b) => {
    expect(foldName(a)).not.toBe(foldName(b));
  });
});

describe('the table', () => {
  it('applies its rules in order and joins words without spaces', () => {
    expect(foldName('Mhardeh')).toBe('mhrd');
    expect(foldName('Tal Bisa')).toBe('tlbs');
    // sh is one letter: "Sahab" (s…h) and "Shab" do not meet
    expect(foldName('Sahab')).not.toBe(foldName('Shab'));
  });

  it('drops article spellings wherever they stand before another word, hyphenated or not', () => {
    expect(foldName('Ma‘arrat an Nu‘mān')).toBe(foldName('Maarat al-Numan'));
    expect(foldKey(normalizeName('Jisr ash-Shughur'))).toBe(foldName('Jisr Shughur'));
  });

  it('is pure and idempotent on a skeleton-free input', () => {
    const name = "Ma'arat al-Nu'man";
    foldName(name);
    expect(name).toBe("Ma'arat al-Nu'man");
    expect(foldName('')).toBe('');
  });

  it('indexes only the countries it names', () => {
    expect(foldable('SY')).toBe(true);
    expect(foldable('YE')).toBe(true);
    expect(foldable('US')).toBe(false);
    expect(foldable('UA')).toBe(false);
    expect(foldable(null)).toBe(false);
    expect(MIN_FOLD_KEY_LENGTH).toBeGreaterThanOrEqual(3);
  });
});

describe('MemoryGazetteer.lookupVariant (committed gazetteer)', () => {
  let gz: MemoryGazetteer;
  beforeAll(() => {
    gz = loadGazetteer(path.resolve(__dirname, '../../../data/gazetteer'));
  });
  const top = (n: string) => gz.lookupVariant(n)[0];

  it('finds a Syrian town from a spelling the gazetteer does not list', () => {
    expect(gz.lookup('Mhardeh')).toEqual([]);
    expect(top('Mhardeh')?.country).toBe('SY');
    expect(top('Mhardeh')?.name).toMatch(/^Mu.radah$/);
    expect(top('Sheikh Maskin')?.name).toMatch(/^Shaykh Misk.n$/);
    expect(top('Tal Bisa')?.name).toMatch(/^Tallb.sah$/);
  });

  it('never answers for a name outside the folded countries or for a short skeleton', () => {
    expect(gz.lookupVariant('Smithvile').every((e) => foldable(e.country))).toBe(true);
    expect(gz.lookupVariant('Dar')).toEqual([]);
  });

  it('returns the same entries for every spelling of one skeleton', () => {
    const ids = (n: string) => gz.lookupVariant(n).map((e) => e.id);
    expect(ids('Deir Hafer')).toEqual(ids('Dair Hafir'));
    expect(ids('Deir Hafer').length).toBeGreaterThan(0);
  });
});
