/**
 * Three reader rules from the ACLED error classes of session 8, pinned by sentences written for them:
 * - the weapons fired decide shelling vs clash: grenade launchers, anti-tank guided missiles and heavy machine guns
 *   are fired from afar like mortars (a shelling); small arms among them make it a fight (a clash); a weapon that is
 *   the instrument of violence against civilians ("opened fire with …") is no event of its own;
 * - a bare name opening a clause as the subject of a violent verb is an armed group ("Zarakure attacked…"), but a
 *   surname told alone is a person and a place is a place;
 * - a crowd that clashes with police is the crowd's riot, not an armed clash; two armed parties stay a clash;
 * - police who beat or shoot a person commit an attack on a civilian (ACLED's Attack by police forces); a house they
 *   raid is an operation, and a robber they shoot stays crime.
 * Places are real so that the geoparser resolves them; the group names are invented.
 */
import { describe, expect, it } from 'vitest';
import { liveCoded, liveEvents, liveTypes } from '../../support/read';

describe('the weapons fired decide shelling or clash', () => {
  it('grenade launchers or anti-tank guided missiles alone are a shelling', () => {
    expect(liveCoded('On Tuesday, separatist fighters fired grenade launchers at army positions near Avdiivka.')).toEqual(['shelling/Shelling/artillery/missile attack']);
    expect(liveCoded('On Tuesday, the army fired anti-tank guided missiles at separatist positions near Horlivka.')).toEqual(['shelling/Shelling/artillery/missile attack']);
  });
  it('heavy machine guns fired from afar are heavy weapons too: a shelling', () => {
    expect(liveCoded('On Tuesday, separatist fighters fired heavy machine guns and grenade launchers at army positions near Avdiivka.')).toEqual(['shelling/Shelling/artillery/missile attack']);
    expect(liveTypes('On Tuesday, monitors recorded 15 bursts of fire involving heavy machineguns near Avdiivka.')).toEqual(['shelling']);
  });
  it('with small arms among them it is one clash', () => {
    expect(liveCoded('On Tuesday, separatist fighters fired grenade launchers and small arms at army positions near Avdiivka.')).toEqual(['clash/Armed clash']);
    expect(liveCoded('On Tuesday, separatist fighters fired heavy machine guns, grenade launchers and small arms at army positions near Avdiivka.')).toEqual(['clash/Armed clash']);
    expect(liveTypes('On Tuesday, monitors recorded 15 bursts of fire involving small arms and heavy machineguns near Avdiivka.')).toEqual(['clash']);
  });
  it('a monitors\' count "a total of N explosions" is a shelling; fire "in both directions of the frontline" is an exchange: a clash', () => {
    expect(liveCoded('On Friday, the monitoring mission observed a total of 7 explosions involving unknown weapons near Avdiivka.')).toEqual(['shelling/Shelling/artillery/missile attack']);
    expect(liveCoded('On Friday, the monitors recorded a total of 12 projectiles near Horlivka.')).toEqual(['shelling/Shelling/artillery/missile attack']);
    expect(liveCoded('On Friday, the monitors observed a total of 40 explosions in both directions of the frontline near Avdiivka.')).toEqual(['clash/Armed clash']);
  });
  it('a weapon that is the instrument of violence against villagers is no shelling of its own', () => {
    expect(liveTypes('On Tuesday, gunmen opened fire with heavy machine guns on villagers in Kaduna, killing five people.')).toEqual(['attack']);
  });
});

describe('a bare name as the subject of a violent verb', () => {
  it('is an armed group that makes the violence an event', () => {
    const es = liveEvents('On 4 March 2023, Zarakure attacked and injured a village chief in Ngozi.', '2023-03-06');
    expect(es.map((e) => e.acled.subEventType)).toEqual(['Attack']);
    expect(es[0]!.actors.map((a) => a.text)).toContain('Zarakure');
    expect(liveTypes('On 4 March 2023, Zarakure tortured an elderly woman in Ngozi.', '2023-03-06')).toEqual(['attack']);
  });
  it('a surname told alone is a person, not a group', () => {
    const text = 'On 4 March 2023, people protested in Lviv against the arrest of the activist Ivan Petrenko. Petrenko stabbed a man in self-defence in Odesa in 2019.';
    expect(liveEvents(text, '2023-03-06').flatMap((e) => e.actors.map((a) => a.text))).not.toContain('Petrenko');
  });
  it('a place before the verb stands for its state, not for a group named after it', () => {
    const es = liveEvents('On 4 March 2023, Kyiv shelled a village near Donetsk.', '2023-03-06');
    expect(es.flatMap((e) => e.actors.map((a) => a.id)).some((id) => id.endsWith(':kyiv'))).toBe(false);
  });
});

describe("a crowd's fight is the crowd's event", () => {
  it('locals who pelt stones and clash with police riot: one event, no armed clash', () => {
    expect(liveTypes('On Monday, locals pelted stones and clashed with police in Kathua.')).toEqual(['riot']);
  });
  it('a protest whose crowd clashes with police is a violent demonstration', () => {
    expect(liveCoded('On Monday, hundreds of garment workers held a protest over unpaid wages and clashed with police in Gazipur.')).toEqual(['riot/Violent demonstration']);
  });
  it('two armed parties that clash beside a protest stay a clash', () => {
    expect(liveTypes('On Monday, soldiers clashed with militants near a protest camp in Kathua.')).toContain('clash');
  });
});

describe('police violence against a person', () => {
  it('police who beat or shoot an unarmed person commit an attack', () => {
    expect(liveCoded('On Monday, police officers beat a journalist outside a market in Kinshasa.')).toEqual(['attack/Attack']);
    expect(liveCoded('On Monday, a taxi driver was shot and wounded by police in Mombasa after he refused to stop.')).toEqual(['attack/Attack']);
  });
  it('a raid on a house is an operation, and a robber shot in a heist stays crime', () => {
    expect(liveTypes('On Monday, police raided a house in Mombasa and seized documents.')).toEqual([]);
    expect(liveTypes('Police shot dead a robber during a bank heist in Mombasa on Monday.')).toEqual([]);
  });
});

describe('violence no one is named for', () => {
  it('is acted by the unidentified armed group of its country (ACLED actor 1)', () => {
    const es = liveEvents('On Monday, in Culiacan, Sinaloa, a man was found dead with his hands tied and signs of torture.');
    expect(es.map((e) => e.acled.eventType)).toEqual(['Violence against civilians']);
    expect(es[0]!.actors.filter((a) => a.role === 'actor').map((a) => a.name)).toEqual(['Unidentified armed group (Mexico)']);
  });
  it('a named perpetrator keeps the event; a protest keeps its protesters', () => {
    const es = liveEvents('On Monday, Zuran militants shot dead two farmers near Kaduna.');
    expect(es[0]!.actors.filter((a) => a.role === 'actor').map((a) => a.text)).toEqual(['Zuran militants']);
    const p = liveEvents('On Monday, hundreds of nurses protested outside the ministry in Nairobi.');
    expect(p[0]!.actors.filter((a) => a.role === 'actor').map((a) => a.name)).toEqual(['Protesters (Kenya)']);
  });
});

describe('a party right before "killed"', () => {
  const rolesOf = (text: string, role: string) => liveEvents(text, '2020-05-10').flatMap((e) => e.actors.filter((a) => a.role === role).map((a) => a.id));
  it('with an object after the verb it acts ("soldiers killed two militants")', () => {
    expect(rolesOf('Soldiers killed two militants near Kidal on Monday.', 'actor')).toEqual(['mali-military']);
  });
  it('without one it is the headline\'s victim ("two soldiers killed in an ambush")', () => {
    expect(rolesOf('Two soldiers killed in an ambush near Kidal on Monday.', 'target')).toEqual(['mali-military']);
  });
});

describe('any text is read', () => {
  it('a capitalised "word" hundreds of thousands of letters long before a violent verb (the surname check builds no regex from it)', () => {
    const word = `P${'a'.repeat(200000)}`;
    expect(() => liveEvents(`Police struck Kharkiv, officials said. ${word} shelled Odesa on 3 March, wounding 12. ${word} stormed Odesa.`)).not.toThrow();
  });
});

describe('fire set to property', () => {
  it('"set N trucks on fire", "set alight", "burned a house" by armed men is property destruction', () => {
    expect(liveCoded('On Monday, armed men set two trucks on fire near Temuco.')).toEqual(['looting/Looting/property destruction']);
    expect(liveCoded('On Monday, unidentified people set alight three cars in Malmo.')).toEqual(['looting/Looting/property destruction']);
    expect(liveCoded('On Monday, armed men set fire to a school near Kabul.')).toEqual(['looting/Looting/property destruction']);
    expect(liveCoded('On Monday, gunmen burned a house and two tractors at a farm near Temuco.')).toEqual(['looting/Looting/property destruction']);
  });
  it('a person setting himself on fire is no property destruction', () => {
    expect(liveTypes('On Monday, a vendor set himself on fire outside the governor office in Sidi Bouzid.')).not.toContain('looting');
  });
  it('demonstrators who vandalise or burn are one violent demonstration, not a protest and a looting', () => {
    expect(liveCoded('On Monday, residents demonstrated against the curfew and vandalized the town hall in Kayes.')).toEqual(['riot/Violent demonstration']);
    expect(liveCoded('On Monday, in Rosario, students set fire to barricades across the main avenue to protest fees.')).toEqual(['riot/Violent demonstration']);
    // looted money named as the grievance leaves the protest peaceful
    expect(liveCoded('On Monday, teachers protested in Kayes. They demanded the recovery of looted funds.')).toEqual(['protest/Peaceful protest']);
  });
});

describe('a village named as what armed men attacked', () => {
  it('"militants attacked Kormalow (Biu LGA, Borno)": violence against the village, an attack, not a clash', () => {
    expect(liveCoded('On Monday, suspected militants attacked Kormalow (Biu LGA, Borno) and burnt several houses.')).toEqual(['attack/Attack']);
    expect(liveCoded('On Monday, armed herders attacked Tsugunni, Yandaka and Garin Goje villages in Batsari LGA (Katsina).')).toEqual(['attack/Attack']);
  });
  it('a town attacked in a fight with the army stays a clash', () => {
    expect(liveCoded('On Monday, Taliban fighters attacked Sangin, Helmand, and clashed with the army.')).toEqual(['clash/Armed clash']);
  });
});

describe('mobs fighting each other', () => {
  it('"two mobs clashed with each other", "rival mobs clashed": mob violence, not an armed clash', () => {
    expect(liveCoded('On Monday, two mobs clashed with each other in Satna over a land dispute.')).toEqual(['riot/Mob violence']);
    expect(liveCoded('On Monday, rival mobs clashed near the market in Satna.')).toEqual(['riot/Mob violence']);
  });
});
