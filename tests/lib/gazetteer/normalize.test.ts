import { describe, expect, it } from 'vitest';
import { normalizeName, stripArticles, hasArticle } from '@/lib/gazetteer/normalize';

describe('normalizeName', () => {
  const cases: [string, string][] = [
    ['Tartus', 'tartus'],
    ['Ṭarṭūs', 'tartus'],
    ['TARTOUS', 'tartous'],
    ['al-Bab', 'al bab'],
    ['Al Bab', 'al bab'],
    ['El-Bab', 'al bab'],
    ['Bab', 'bab'],
    ['Alabama', 'alabama'],
    ['Al', 'al'],
    ['Deir ez-Zor', 'deir al zor'],
    ['Dayr az Zawr', 'dayr al zawr'],
    ["Mare'", 'mare'],
    ['Mare’', 'mare'],
    ['Māri‘', 'mari'],
    ['Ra’s al ‘Ayn', 'ras al ayn'],
    ['ʿAyn al-ʿArab', 'ayn al arab'],
    ['ad-Dana', 'al dana'],
    ['ash-Shaddadi', 'al shaddadi'],
    ['As Suwaydā’', 'al suwayda'],
    ['St. Louis', 'st louis'],
    ['  São   Paulo ', 'sao paulo'],
    ['Syria–Iraq border', 'syria iraq border'],
    ['Kobanî', 'kobani'],
    ['Düsseldorf', 'dusseldorf'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
    ['İncirlik', 'incirlik'],
    ['Jisr al-Shughur', 'jisr al shughur'],
    ['Khan Shaykhūn', 'khan shaykhun'],
    ['`Ayn `Isa', 'ayn isa'],
    ['', ''],
  ];
  it.each(cases)('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const [input] of cases) expect(normalizeName(normalizeName(input))).toBe(normalizeName(input));
  });

  it('never strips an article that is the last word or part of a word', () => {
    expect(normalizeName('Alamein')).toBe('alamein');
    expect(normalizeName('Elazig')).toBe('elazig');
    expect(normalizeName('Asheville')).toBe('asheville');
    expect(normalizeName('Port Said El')).toBe('port said el');
  });
});

describe('stripArticles', () => {
  it('drops canonical article words so Bab and al-Bab meet', () => {
    expect(stripArticles(normalizeName('al-Bab'))).toBe('bab');
    expect(stripArticles(normalizeName('Al Bab'))).toBe(normalizeName('Bab'));
    expect(stripArticles(normalizeName('Ras al-Ain'))).toBe('ras ain');
    expect(stripArticles('alabama')).toBe('alabama');
    expect(stripArticles('al')).toBe('al');
  });
  it('hasArticle reports keys that change when stripped', () => {
    expect(hasArticle('al bab')).toBe(true);
    expect(hasArticle('bab')).toBe(false);
  });
});

describe('ambiguous article spellings', () => {
  it('count only when hyphenated or capitalised', () => {
    expect(normalizeName('At Tanf')).toBe('al tanf');
    expect(normalizeName('at-Tanf')).toBe('al tanf');
    expect(normalizeName('at Tartous')).toBe('at tartous');
    expect(normalizeName('as Kerry')).toBe('as kerry');
    expect(normalizeName('As Suwayda')).toBe('al suwayda');
    expect(normalizeName('an-Nabk')).toBe('al nabk');
    expect(normalizeName('al Bab')).toBe('al bab');
    expect(normalizeName('el Bab')).toBe('al bab');
  });
});
