import { describe, expect, it } from 'vitest';
import { Mention } from '@/lib/schemas';
import { geocode } from '@/lib/geocode';
import { ENTRIES, fakeGazetteer } from './fake-gazetteer';
import { find, locations, run } from './helpers';

describe('demonyms, organisations and attributes', () => {
  it('reports demonyms as non-locations linked to their country', () => {
    const ms = run('Turkish jets struck Kurdish fighters.');
    const turkish = find(ms, 'Turkish');
    expect(turkish.isLocation).toBe(false);
    expect(turkish.nonLocation).toBe('demonym');
    expect(turkish.place?.id).toBe('iso:TR');
    expect(find(ms, 'Kurdish').nonLocation).toBe('demonym');
    expect(locations(ms)).toEqual([]);
  });

  it('reports "British-based" as a demonym', () => {
    expect(find(run('The British-based monitor said.'), 'British').nonLocation).toBe('demonym');
  });

  it('reports "Moscow-based" as an attribute', () => {
    const m = find(run('a fellow at the Moscow-based think tank'), 'Moscow');
    expect(m.isLocation).toBe(false);
    expect(m.nonLocation).toBe('attribute');
  });

  it.each([
    ['Professors at Damascus University protested.', 'Damascus'],
    ['The Syrian Observatory for Human Rights said.', 'Syrian'],
    ['Free Syrian Army rebels advanced.', 'Syrian'],
    ['The Syrian Democratic Forces took the town.', 'Syrian'],
    ['The Bank of England held rates.', 'England'],
    ['The New York Times reported it.', 'New York'],
    ['Fighters of the Islamic State of Iraq and the Levant fled.', 'Iraq'],
  ])('%s → "%s" is part of an organisation', (text, name) => {
    const m = find(run(text), name);
    expect(m.isLocation).toBe(false);
    expect(m.nonLocation).toBe('organisation');
  });

  it('produces mentions that satisfy the Mention schema, with spans into the text', () => {
    const text = 'Syria’s Aleppo was shelled; Moscow said the U.S.-backed Syrian Democratic Forces advanced near Homs.';
    for (const m of run(text)) {
      expect(() => Mention.parse(m)).not.toThrow();
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.why.length).toBeGreaterThan(0);
    }
  });

  it('does not mutate its input or the gazetteer entries', () => {
    const text = 'Shelling hit northern Aleppo countryside; Moscow said talks in Geneva would go on.';
    const before = JSON.stringify(ENTRIES);
    const gazetteer = Object.freeze(fakeGazetteer());
    const opts = Object.freeze({ gazetteer });
    const first = geocode(text, opts);
    expect(JSON.stringify(ENTRIES)).toBe(before);
    expect(geocode(text, opts)).toEqual(first);
  });

  it('fails clearly on bad input', () => {
    expect(() => geocode(42 as unknown as string, { gazetteer: fakeGazetteer() })).toThrow(/text must be a string/);
    expect(() => geocode('Syria', {} as never)).toThrow(/pass the gazetteer/);
  });

  it('returns no mentions for text without places', () => {
    expect(run('')).toEqual([]);
    expect(run('Nothing happened here today, officials said.')).toEqual([]);
  });
});
