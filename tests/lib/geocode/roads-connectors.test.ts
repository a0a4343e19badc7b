import { describe, expect, it } from 'vitest';
import { read } from './real-gazetteer';

/** "text → name/country" of every location the sentence yields. */
const places = (text: string): string[] => read(text).filter((m) => m.isLocation && m.place).map((m) => `${m.text} → ${m.place!.name}/${m.place!.country}`);

describe('a place named before a lowercase road word names the road, not where the text is', () => {
  it('"the Peshawar road in Mardan": the road is named after where it leads; the sentence is in Mardan', () => {
    const got = places('Traders blocked the Peshawar road in Mardan on Friday.');
    expect(got.some((p) => p.startsWith('Peshawar'))).toBe(false);
    expect(got).toContain('Mardan → Mardan/PK');
  });

  it('"on the Jalalabad highway near Surobi": the same for a highway', () => {
    const got = places('Gunmen ambushed a convoy on the Jalalabad highway near Surobi.');
    expect(got.some((p) => p.startsWith('Jalalabad'))).toBe(false);
  });

  it('"on a Kandahar street" is a street in Kandahar', () => {
    expect(places('A bomb went off on a Kandahar street, police said.')).toEqual(['Kandahar → Kandahār/AF']);
  });

  it('a road name alone in its sentence still says where ("blocked the Multan highway")', () => {
    expect(places('Farmers blocked the Multan highway with tractors.')).toEqual(['Multan → Multan/PK']);
  });
});

describe('hyphenated names with a lowercase particle are one name', () => {
  it('"Port-au-Prince", "Fontenay-sous-Bois" are read whole, not as their capitalised halves', () => {
    expect(places('Aid flights reached Port-au-Prince, and donations came from Fontenay-sous-Bois.')).toEqual([
      'Port-au-Prince → Port-au-Prince/HT',
      'Fontenay-sous-Bois → Fontenay-sous-Bois/FR',
    ]);
  });
});

describe('a capitalised word after a name that opens another place is no organisation suffix', () => {
  it('"the Massawa Red Sea port": "Red" opens the sea\'s name, Massawa stays a place; "the Aleppo Red Crescent" is an organisation', () => {
    const ms = read('Warships patrolled off the Massawa Red Sea port on Monday, while the Aleppo Red Crescent sent aid.');
    expect(ms.find((m) => m.text.endsWith('Massawa'))?.isLocation).toBe(true);
    expect(ms.find((m) => m.text === 'Aleppo')?.nonLocation).toBe('organisation');
  });
});

describe('"of" after a place noun or a title is literal context for a name that needs it', () => {
  it('"the exits of Hadibu" (a village), "the Mayor of Tyr" (an alternate name of Tyre) are places', () => {
    expect(places('Police guarded the exits of Hadibu during the curfew.')).toEqual(['Hadibu → Hadibu/YE']);
    expect(places('Gunmen fired at the car of the Mayor of Tyr on Sunday.')).toEqual(['Tyr → Tyre/LB']);
  });

  it('a title before "of the" names no place: "the Governor of the Bank"', () => {
    expect(places('Protesters denounced the Governor of the Bank on Sunday.')).toEqual([]);
  });
});

describe('a street named after a site, and names joined by "los"', () => {
  it('"on the Tripoli Airport Road (Tripoli)": the street runs through the city, not to the airport the gazetteer knows', () => {
    const got = places('On Monday, shells hit houses on the Tripoli Airport Road (Tripoli).');
    expect(got.some((p) => p.includes('Airport'))).toBe(false);
    expect(got).toEqual(['Tripoli → Tripoli/LY']);
    // a county's name before a road noun stays a place
    expect(places('A truck overturned on Douglas County Road 12 near Alexandria, Minnesota.').some((p) => p.startsWith('Douglas County'))).toBe(true);
  });

  it('"Leon de los Aldama" is one name, not Leon and an Aldama elsewhere', () => {
    expect(places('On Monday, in Leon de los Aldama, Guanajuato, gunmen shot dead a trader.')).toEqual([
      'Leon de los Aldama → León de los Aldama/MX',
      'Guanajuato → Guanajuato/MX',
    ]);
  });
});
