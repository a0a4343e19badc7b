import { describe, expect, it } from 'vitest';
import { find, locations, run } from './helpers';

const placeTexts = (text: string) => locations(run(text)).map((m) => m.text);

describe('person names that are also places', () => {
  it('drops a first name written before a surname ("Troy Aikman")', () => {
    expect(placeTexts('Winning the title was Troy Aikman, 16, of Lima.')).toEqual([]);
  });

  it('keeps the town when no surname follows, or a place word does', () => {
    expect(placeTexts('The fire spread in Troy on Monday.')).toEqual(['Troy']);
    expect(placeTexts('Officials in Troy City said the fire was out.')).toEqual(['Troy City']);
  });

  it('reads "William J. Seymour" as a person, and later "Seymour" too', () => {
    const text = 'Tradition holds that William J. Seymour preached there. Seymour said the hall was full.';
    expect(placeTexts(text)).toEqual([]);
  });

  it('a guessed surname never hides a country ("Taco Bell Canada")', () => {
    expect(find(run('Taco Bell Canada recalled green onions.'), 'Canada').isLocation).toBe(true);
  });

  it('"Hope\'s Wings" is a name, "Richmond" after "in" still a place', () => {
    const ms = run('The foundation gave a grant to Hope’s Wings in Atlanta.');
    expect(locations(ms).map((m) => m.text)).toEqual(['Atlanta']);
  });
});

describe('small places named by the words around them', () => {
  it('"Sen. Robert Ford, D-Charleston" names the senator\'s home town', () => {
    const m = find(run('State Sen. Robert Ford, D-Charleston, said he is optimistic.'), 'Charleston');
    expect(m.isLocation).toBe(true);
    expect(m.place?.id).toBe('gn:4801859');
    expect(m.why.join(' ')).toMatch(/party and home/);
  });

  it('"D-" without a comma or bracket before it is not a party label', () => {
    expect(placeTexts('The D-Charleston line was busy.')).toEqual([]);
  });

  it('"Mindy Miller of Ravenel": a person\'s home', () => {
    expect(placeTexts('No one knows that better than Mindy Miller of Ravenel, whose son is ill.')).toEqual(['Ravenel']);
  });

  it('"a Chapin man": a place named as someone\'s home', () => {
    expect(placeTexts('A Chapin man died early Tuesday in a collision.')).toEqual(['Chapin']);
    expect(placeTexts('The ride was slow for a Chapin driver.')).toEqual(['Chapin']);
  });

  it('"Lewisburg Mayor John Manchester": a title word keeps the town a place', () => {
    expect(placeTexts('On Monday Lewisburg Mayor John Manchester had a busy day.')).toEqual(['Lewisburg']);
  });

  it('a small place inside a longer capitalised name is still dropped', () => {
    expect(placeTexts('On Monday Lewisburg Tigers beat the visitors.')).toEqual([]);
  });
});

describe('state abbreviations without a comma', () => {
  it('"Fla. economist" is Florida', () => {
    const m = find(run('A Fla. economist casts doubt on the figures.'), 'Fla.');
    expect(m.isLocation).toBe(true);
    expect(m.place?.id).toBe('ne1:US-FL');
  });

  it('"Del. Smith" is a delegate, not Delaware', () => {
    expect(placeTexts('The bill was filed by Del. Smith yesterday.')).toEqual([]);
  });
});
