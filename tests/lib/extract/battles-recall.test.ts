/**
 * Battles and remote violence in wire-style reports (issue 11): the frames that used to yield nothing —
 * an air force or gunships as the striking subject, bombs dropped, a shell that fell, attacks by / thwarted
 * attacks, operations against armed men, fire opened against a patrol, a shoot-out that broke out in a place
 * named by the sentence before — and what must stay silent: the same words in civil, figurative or
 * referential uses. Also: a denial in a relative clause after the trigger does not negate it, and a
 * clash fought with mortars is one clash, not a clash plus shelling (ACLED folds concurrent tactics).
 * Sentences are written for these tests; places are real so that the geoparser resolves them.
 */
import { describe, expect, it } from 'vitest';
import { liveEvents, liveTypes } from '../../support/read';

const live = liveEvents;
const types = (text: string) => liveTypes(text);

describe('air and drone strikes: the striking subject and its bombs', () => {
  it('an air force, gunships or aircraft as the subject of a strike verb', () => {
    expect(types('The national air force targeted rebel hideouts near Kidal on Tuesday.')).toEqual(['airstrike']);
    expect(types('Helicopter gunships struck militant camps near Ghazni on Sunday.')).toEqual(['airstrike']);
    expect(types('Government aircraft dropped several bombs on a rebel camp near Nyala on Monday.')).toEqual(['airstrike']);
    expect(types('A drone struck a pickup truck carrying fighters near Marib on Friday.')).toEqual(['airstrike']);
  });
  it('civil air force and drone news is no strike', () => {
    expect(types('The air force conducted a flypast over Nairobi for the national day.')).toEqual([]);
    expect(types('The bakery in Leeds dropped its prices on Monday.')).toEqual([]);
  });
});

describe('shelling: a shell as the subject', () => {
  it('a shell fired by, a shell fell, rockets landed', () => {
    expect(types('A shell fired by the separatists fell on a market in Donetsk on Monday.')).toEqual(['shelling']);
    expect(types('Two rockets landed near the airport in Tripoli on Sunday.')).toEqual(['shelling']);
  });
  it('heavy weapons fired at a neighbourhood', () => {
    expect(types('Rebel forces fired heavy and medium weapons at villages near Hodeidah on Thursday.')).toEqual(['shelling']);
  });
});

describe('ground fighting: attacks, operations, fire opened', () => {
  it('passive and nominal frames: following attacks by, thwarted attacks, came under fire', () => {
    expect(types('Two soldiers were killed following attacks by insurgents in Kunduz on Monday.')).toEqual(['clash']);
    expect(types('Army troops thwarted two attacks by militants near Marib on Tuesday.')).toEqual(['clash']);
    expect(types('An army patrol came under fire near Kidal on Wednesday.')).toEqual(['clash']);
  });
  it('an operation against armed men, fire opened against a unit, an encounter', () => {
    expect(types('Soldiers carried out an operation against militants near Mosul on Friday.')).toEqual(['clash']);
    expect(types('Gunmen opened fire against an army patrol near Gao on Saturday.')).toEqual(['clash']);
    expect(types('Troops encountered a group of rebels near Bamenda on Sunday.')).toEqual(['clash']);
  });
  it('the same words without an armed party stay civil', () => {
    expect(types('The company launched an attack on its rivals in Lagos on Monday.')).toEqual([]);
    expect(types('Doctors encountered problems with the new software in Leeds on Monday.')).toEqual([]);
    expect(types('The mayor came under fire from critics in Denver on Tuesday.')).toEqual([]);
    expect(types('Firefighters responded to the fire in Denver on Tuesday.')).toEqual([]);
  });
});

describe('a fight that stands alone in its sentence', () => {
  it('"A shoot-out broke out" takes the place the article was just at', () => {
    const es = live('On Monday, police raided a house in Maiduguri. A shoot-out broke out and two suspects died.');
    expect(es.map((e) => e.type)).toEqual(['clash']);
    expect(es[0]!.place?.name).toMatch(/Maiduguri/);
    expect(es[0]!.fatalities?.count).toBe(2);
  });
  it('a fight named without a verb of occurrence, with neither party nor place, is commentary', () => {
    expect(types('The market in Kano reopened on Monday. Traders still talk about the gun battle.')).toEqual([]);
    expect(types('Officials met in Geneva on Monday. The talks were undermined by increased aerial bombing.').filter((t) => t !== 'talks')).toEqual([]);
  });
});

describe('judging: a denial in another clause', () => {
  it('"the clashes, which have not been confirmed" still reports clashes', () => {
    expect(types('Rebels said 15 soldiers died during the clashes near Kidal, which has not been confirmed by the army.')).toEqual(['clash']);
  });
  it('a denial in the trigger\'s own clause still rejects it', () => {
    expect(types('Fighting did not resume near Kidal on Monday.')).toEqual([]);
  });
});

describe('concurrent tactics: one fight, one event', () => {
  it('mortars and small arms at the same positions are one clash', () => {
    expect(types('Separatist units fired mortars, grenade launchers and small arms at army positions near Mariupol on Friday.')).toEqual(['clash']);
  });
  it('a clash involving artillery fire is one clash, and keeps the toll', () => {
    const es = live('A clash between two militias, involving heavy artillery fire, was reported in Misrata on Monday, killing four fighters.');
    expect(es.map((e) => e.type)).toEqual(['clash']);
    expect(es[0]!.fatalities?.count).toBe(4);
  });
  it('mortars alone stay shelling; shelling elsewhere stays its own event', () => {
    expect(types('The rebels fired 82mm mortars at army positions near Mariupol on Friday.')).toEqual(['shelling']);
    expect(types('Rebels clashed with troops in Kidal on Monday, while artillery shelled Gao.').sort()).toEqual(['clash', 'shelling']);
  });
});

describe('the event\'s place among several', () => {
  const placeOf = (text: string) => live(text)[0]?.place?.name;
  it('a name before a group noun names who, not where ("the Mosul brigade")', () => {
    expect(placeOf('Army units fired mortars at the positions of the Mosul brigade in the area of Tal Afar on Monday.')).toMatch(/Tal.*Afar/);
  });
  it('"near X, Y": Y only says where X is', () => {
    expect(placeOf('Rebels fired grenade launchers at army positions near Manbij, Aleppo, on Monday.')).toBe('Manbij');
  });
});

describe('an exchange of artillery is a battle (ACLED: two armed sides firing at each other)', () => {
  it('"exchanged artillery with", "an exchange of artillery between": an armed clash, not a shelling', () => {
    expect(live('Rebels exchanged artillery with government forces near Marib on Thursday.').map((e) => e.acled.subEventType)).toEqual(['Armed clash']);
    expect(live('An exchange of artillery between the army and rebels near Marib killed two soldiers on Friday.').map((e) => e.acled.subEventType)).toEqual(['Armed clash']);
    // one side firing artillery stays a shelling
    expect(live('Rebels fired artillery at government positions near Marib on Thursday.').map((e) => e.acled.subEventType)).toEqual(['Shelling/artillery/missile attack']);
  });
});
