/**
 * Explosions and remote violence other than air strikes and shelling (triggers.json `explosion`): IEDs, roadside
 * and planted bombs, landmines a vehicle or a person hits, grenades thrown, suicide bombers. A device defused,
 * dismantled, or one that went off in its makers' hands is a disrupted weapons use. Civil explosions (a gas
 * cylinder, a boiler, fireworks, a transformer) are no events; observed explosions near a line stay shelling
 * (violent-verbs.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { liveCoded } from '../../support/read';

const coded = (text: string) => liveCoded(text, '2022-03-20');

describe('explosions', () => {
  it('planted bombs, remote-controlled devices and bombs that went off are IEDs', () => {
    expect(coded('A bomb planted by insurgents wounded three soldiers near Khost on Monday.')).toEqual(['explosion/Remote explosive/landmine/IED']);
    expect(coded('An RCIED targeted a police vehicle in Baidoa on Sunday.')).toEqual(['explosion/Remote explosive/landmine/IED']);
    expect(coded('A magnetic bomb attached to a car went off in Kabul on Tuesday.')).toEqual(['explosion/Remote explosive/landmine/IED']);
    expect(coded('Separatists blew up a railway bridge near Quetta on Sunday.')).toEqual(['explosion/Remote explosive/landmine/IED']);
  });
  it('a vehicle or a person hitting a mine is a landmine event', () => {
    expect(coded('A shepherd stepped on a mine near Hadrut on Monday.')).toEqual(['explosion/Remote explosive/landmine/IED']);
    expect(coded('An army truck hit a mine outside Kidal on Friday.')).toEqual(['explosion/Remote explosive/landmine/IED']);
  });
  it('a thrown grenade is a grenade event; a suicide vest a suicide bomb', () => {
    expect(coded('Suspected rebels lobbed a grenade at a police post in Srinagar on Monday.')).toEqual(['explosion/Grenade']);
    expect(coded('A man wearing an explosive vest detonated it at a checkpoint in Mogadishu on Monday.')).toEqual(['explosion/Suicide bomb']);
  });
  it('a device defused, or one that went off early in its makers\' hands, is a disrupted weapons use (one event)', () => {
    expect(coded('Police defused an IED planted on a road near Kandahar on Tuesday.')).toEqual(['other/Disrupted weapons use']);
    expect(coded('Two militants were killed when landmines they were planting exploded prematurely near Ghazni on Monday.')).toEqual(['other/Disrupted weapons use']);
  });
});

describe('civil explosions are not events (negatives)', () => {
  it('gas cylinders, boilers, fireworks, transformers', () => {
    expect(coded('A gas cylinder explosion killed two people at a restaurant in Lahore on Monday.')).toEqual([]);
    expect(coded('A boiler explosion injured four workers at a plant in Ohio on Tuesday.')).toEqual([]);
    expect(coded('A fireworks explosion damaged houses in Tultepec on Sunday.')).toEqual([]);
  });
  it('explosives named as cargo or tools are no event', () => {
    expect(coded('Workers used explosives to clear rock at a quarry near Denver on Monday.')).toEqual([]);
  });
});
