import { describe, expect, it } from 'vitest';
import { mention, read } from './real-gazetteer';

/** The country of the place a sentence's mention `name` resolves to (null: not located). */
const countryOf = (text: string, name: string, n = 0) => {
  const m = mention(read(text), name, n);
  return m.isLocation ? m.place?.country ?? null : null;
};
const idOf = (text: string, name: string, n = 0) => mention(read(text), name, n).place?.id ?? null;

describe('world homonyms: without local evidence the prominent reading wins', () => {
  it('London and Manchester in a weather story are in England', () => {
    const text = 'Storms hit London and Manchester on Sunday, the weather service said.';
    expect(idOf(text, 'London')).toBe('gn:2643743');
    expect(countryOf(text, 'Manchester')).toBe('GB');
  });

  it('Tripoli alone is the Libyan capital', () => {
    expect(idOf('Protesters gathered in Tripoli on Friday.', 'Tripoli')).toBe('gn:2210247');
  });

  it('Colchester alone is the English town, not a namesake in the US', () => {
    expect(countryOf('A hospital in Colchester reported new cases.', 'Colchester')).toBe('GB');
  });

  it('Athens and Rome together are the European capitals', () => {
    const text = 'Talks were held in Athens and Rome.';
    expect(countryOf(text, 'Athens')).toBe('GR');
    expect(countryOf(text, 'Rome')).toBe('IT');
  });

  it('Alexandria with a ferry to Cyprus is in Egypt', () => {
    expect(countryOf('Ferries left Alexandria for Cyprus.', 'Alexandria')).toBe('EG');
  });

  it('Birmingham alone is the English city', () => {
    expect(countryOf('Thousands marched in Birmingham.', 'Birmingham')).toBe('GB');
  });

  it('Paris and Cairo on a flight are the capitals', () => {
    const text = 'The delegation flew from Paris to Cairo.';
    expect(countryOf(text, 'Paris')).toBe('FR');
    expect(countryOf(text, 'Cairo')).toBe('EG');
  });

  it('a country named in a list is the country, never a namesake village in the next one ("China, Japan")', () => {
    expect(idOf('Delegates from China, Japan and Korea met.', 'China')).toBe('iso:CN');
  });
});

describe('world homonyms: local evidence in the text flips the reading', () => {
  it('"London, Ontario" is the Canadian city', () => {
    expect(idOf('Police in London, Ontario, arrested two men.', 'London')).toBe('gn:6058560');
  });

  it('"Manchester, N.H." is the New Hampshire city', () => {
    expect(idOf('A fire broke out in Manchester, N.H., on Tuesday.', 'Manchester')).toBe('gn:5089178');
  });

  it('"Paris, Texas" is the Texas town', () => {
    expect(countryOf('The fair opened in Paris, Texas, on Friday.', 'Paris')).toBe('US');
  });

  it('"Athens, Ga." is the Georgia city', () => {
    expect(idOf('Students in Athens, Ga., rallied.', 'Athens')).toBe('gn:4180386');
  });

  it('"Tripoli (Lebanon)": a country in brackets is the parent', () => {
    expect(idOf('Clashes erupted in Tripoli (Lebanon) overnight.', 'Tripoli')).toBe('gn:266826');
  });

  it('a demonym in the sentence lifts its country: "Lebanese troops ... Tripoli"', () => {
    expect(countryOf('Lebanese troops deployed in Tripoli.', 'Tripoli')).toBe('LB');
  });

  it('"Alexandria, Va." is the Virginia city', () => {
    expect(idOf('Schools in Alexandria, Va., closed.', 'Alexandria')).toBe('gn:4744091');
  });

  it('"Birmingham, Alabama" is the Alabama city', () => {
    expect(idOf('Traffic was diverted around Birmingham, Alabama.', 'Birmingham')).toBe('gn:4049979');
  });

  it('a nearby small town pulls a namesake to it: "Corbin and London" are in Kentucky', () => {
    expect(idOf('Heavy rain fell on Corbin and London overnight.', 'London')).toBe('gn:4298960');
  });

  it('a country named inside an actor ("Military Forces of Mexico") lifts its towns', () => {
    expect(idOf('Military Forces of Mexico clashed with gunmen in Salamanca.', 'Salamanca')).toBe('gn:3988214');
  });

  it('a demonym inside an actor ("Venezuelan National Guard") lifts its regions; without it the other reading stays', () => {
    expect(countryOf('Venezuelan National Guard troops patrolled Bolivar.', 'Bolivar')).toBe('VE');
    expect(countryOf('Troops patrolled Bolivar.', 'Bolivar')).not.toBe('VE');
  });
});
