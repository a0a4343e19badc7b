/**
 * "X in Y" in event placement (lib/extract/place.ts): the event stands at the more specific X when X lies in or
 * near Y, or is a name in no gazetteer placed at Y; such an event carries place.inGazetteer = false and
 * place.parent, at Y's point. Sentences written for these tests; unknown names invented.
 */
import { describe, expect, it } from 'vitest';
import { liveEvents } from '../../support/read';
import type { ConflictEvent } from '@/lib/schemas';

const placeOf = (text: string): NonNullable<ConflictEvent['place']> => {
  const events = liveEvents(text, '2024-05-01');
  expect(events.length, `no event in "${text}"`).toBeGreaterThan(0);
  const p = events[0]!.place;
  expect(p, `no place for the event of "${text}"`).not.toBeNull();
  return p!;
};

describe('X in Y: a known X that lies in or near Y', () => {
  it('"bombed Kafr Zayta in Hama": at Kafr Zayta, not Hama', () => {
    const p = placeOf('Regime jets bombed Kafr Zayta in Hama on Monday.');
    expect(p.name).toMatch(/^Kafr Zayt/);
    expect(p.inGazetteer).toBeUndefined();
  });

  it('"shelled Kafr Nabl in Idlib": at the town, not the governorate\'s city', () => {
    expect(placeOf('Government forces shelled Kafr Nabl in Idlib on Tuesday.').name).not.toBe('Idlib');
  });

  it('"near Saraqib in Idlib": near the town', () => {
    const p = placeOf('Insurgents attacked a checkpoint near Saraqib in Idlib, killing two soldiers.');
    expect(p.name).toMatch(/^Sar[aā]qib/);
    expect(p.precision).toBe('near');
  });

  it('"Saraqib, in the eastern Idlib countryside": at the town', () => {
    expect(placeOf('Russian airstrikes hit Saraqib, in the eastern Idlib countryside, killing four people.').name).toMatch(/^Sar[aā]qib/);
  });
});

describe('X in Y: an X in no gazetteer is placed at Y and flagged', () => {
  it('"shelled Maarat Suwayd in Hama": the event keeps the name, at Hama\'s point', () => {
    const p = placeOf('Government artillery shelled Maarat Suwayd in Hama on Tuesday, killing two civilians.');
    expect(p.name).toBe('Maarat Suwayd');
    expect(p.inGazetteer).toBe(false);
    expect(p.parent?.name).toBe('Ḩamāh');
    expect([p.lat, p.lon]).toEqual([p.parent!.lat, p.parent!.lon]);
    expect(p.id.startsWith('unk:')).toBe(true);
  });

  it('"the village of Zorbaqiya in Idlib": at the village, near Idlib', () => {
    const p = placeOf('Rebels attacked the village of Zorbaqiya in Idlib on Sunday.');
    expect(p.name).toBe('Zorbaqiya');
    expect(p.inGazetteer).toBe(false);
    expect(p.parent?.name).toBe('Idlib');
    expect(p.precision).toBe('near');
  });

  it('"in Zastavnivka, Idlib province": region precision and the province\'s radius', () => {
    const p = placeOf('Militants attacked an army post in Zastavnivka, Idlib province, killing three soldiers.');
    expect(p.name).toBe('Zastavnivka');
    expect(p.inGazetteer).toBe(false);
    expect(p.precision).toBe('region');
    expect(p.radiusKm).toBeGreaterThanOrEqual(25);
  });

  it('"near X (Y, Z)": at X, placed at Y', () => {
    const p = placeOf('Militants ambushed a patrol near Tuwaymat Sharqi (Jisr al-Shughur, Idlib), killing two soldiers.');
    expect(p.name).toBe('Tuwaymat Sharqi');
    expect(p.parent?.name).toBe('Jisr ash Shughūr');
  });

  it('"the villages of X and W in Y province": at the first village, in the province', () => {
    const p = placeOf('Turkish drones struck the villages of Maarzaf and Hazarin in Idlib province on Monday.');
    expect(p.name).toBe('Maarzaf');
    expect(p.parent?.kind).toBe('admin1');
  });
});

describe('X in Y: what does not change', () => {
  it('a city in its country stays at the city', () => {
    expect(placeOf('Protesters gathered in Hama in Syria on Friday.').name).toBe('Ḩamāh');
    expect(placeOf('Clashes erupted in Aleppo, in northern Syria, on Monday.').name).toBe('Aleppo');
  });

  it('a single place stays the place, with no unknown flag', () => {
    const p = placeOf('An airstrike hit a market in Idlib on Monday.');
    expect(p.name).toBe('Idlib');
    expect(p.inGazetteer).toBeUndefined();
    expect(p.parent).toBeUndefined();
  });

  it('a person "in" a place does not take the event from it', () => {
    const p = placeOf('Gunmen shot dead Mohammed Khalil in Aleppo on Monday.');
    expect(p.name).toBe('Aleppo');
    expect(p.inGazetteer).toBeUndefined();
  });
});
