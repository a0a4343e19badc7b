import { describe, expect, it } from 'vitest';
import { find, locations, run } from './helpers';
import { read } from './real-gazetteer';

describe('place names inside other names', () => {
  it.each([
    ['The West Nile virus spread fast.', 'Nile'],
    ['Marburg virus killed nine people.', 'Marburg'],
  ])('%s → "%s" is part of a disease name', (text, name) => {
    const m = find(run(text), name);
    expect(m.isLocation).toBe(false);
    expect(m.nonLocation).toBe('organisation');
    expect(m.why[0]).toMatch(/disease or strain/);
  });

  it('a strain name between slashes is not a location', () => {
    expect(locations(run('The vaccine holds an A/Texas/7/2009 strain.'))).toEqual([]);
  });

  it('"US$460 million" is a currency', () => {
    expect(locations(run('Libya agreed to a US$460 million settlement.')).map((m) => m.text)).toEqual(['Libya']);
  });

  it('a country written by another of its names is a place without a preposition', () => {
    const m = find(run('Britain recognizes that the pandemic is global.'), 'Britain');
    expect(m.isLocation).toBe(true);
    expect(m.place?.id).toBe('iso:GB');
  });
});

describe('unions of states: literal vs actor', () => {
  it('"the ninth country in the EU" is a place', () => {
    const m = find(run('Sweden is the ninth country in the EU to confirm the virus.'), 'EU');
    expect(m.isLocation).toBe(true);
    expect(m.place?.id).toBe('cu:european-union');
  });

  it.each([
    ['The EU said it would send aid.', 'EU'],
    ['Senior EU officials met on Monday.', 'EU'],
    ['Samples were sent to the European Union laboratories.', 'European Union'],
  ])('%s → "%s" acts as a body', (text, name) => {
    const m = find(run(text), name);
    expect(m.isLocation).toBe(false);
    expect(m.nonLocation).toBe('organisation');
  });
});

describe('county names written alone', () => {
  it('"Clarke" is Clarke County when the article names Georgia', () => {
    const ms = run('Schools in Georgia face cuts. Clarke will update its layoff policy.');
    const m = find(ms, 'Clarke');
    expect(m.isLocation).toBe(true);
    expect(m.place?.id).toBe('us-county:13059');
  });

  it('without the state, a bare county name stays unread', () => {
    expect(locations(run('Clarke will update its layoff policy.'))).toEqual([]);
  });
});

describe('an Arabic article opening a name is not a place by itself (bundled gazetteer)', () => {
  it.each([
    ['Fighters attacked a checkpoint in Al Qarnayn (Idlib) on Sunday.', 'Al Qarnayn'],
    ['Militiamen raided Al Zuhur farms on Sunday.', null],
    ['Rockets fell on El Hamra village near Sidon.', 'El Hamra village'],
  ])('%s → the name read whole (%s), never "Al"/"El" alone (Ål in Norway has that name)', (text, whole) => {
    const ms = read(text);
    expect(ms.filter((m) => /^(?:al|el)$/i.test(m.text))).toEqual([]);
    if (whole) expect(ms.map((m) => m.text)).toContain(whole);
  });
});
