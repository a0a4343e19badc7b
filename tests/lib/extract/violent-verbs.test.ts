/**
 * Common violent verbs and frames (issue 11): ground attacks, exchanges of fire, pursuits, snipers, fire
 * fights and territory taken are clashes; explosions observed near a line are shelling; "bombed" by aircraft
 * is an air strike. Words with civil uses ("attacked", "shot dead", "opened fire", "took over") weigh enough
 * only beside a conflict party (triggers.json `party`): police alone is no conflict party, so a police
 * shooting in a robbery stays crime; a figurative attack on a plan gives nothing.
 */
import { describe, expect, it } from 'vitest';
import { liveTypes } from '../../support/read';

// through the real geoparser: the places of these sentences are not in the extract fixture
const types = liveTypes;

describe('violent verbs and frames', () => {
  it('a ground attack on a military target by an armed group is a clash', () => {
    expect(types('Insurgents attacked a border outpost near Kidal on Tuesday.')).toEqual(['clash']);
    expect(types('Unidentified gunmen stormed an army post outside Zamfara on Sunday.')).toEqual(['clash']);
    expect(types('Rebels ambushed an army convoy near Goma on Friday.')).toEqual(['clash']);
  });
  it('an exchange of fire, a fire fight, fire at positions', () => {
    expect(types('Three smugglers died after exchanging fire with border guards near Kandahar on Monday.')).toEqual(['clash']);
    expect(types('Soldiers engaged in a fire-fight with separatists near Bamenda on Wednesday.')).toEqual(['clash']);
    expect(types('Militiamen opened fire on an army checkpoint in Kirkuk on Thursday.')).toEqual(['clash']);
    expect(types('The rebels fired small arms at army positions near Hodeidah on Saturday.')).toEqual(['clash']);
    // heavy machine guns fired from afar without small arms are a shelling, as ACLED codes them
    expect(types('The rebels fired heavy machine guns at army positions near Hodeidah on Saturday.')).toEqual(['shelling']);
  });
  it('pursuit, a sniper, a shooting between armed parties', () => {
    expect(types('Troops pursued and killed five jihadists near Mopti on Monday.')).toEqual(['clash']);
    expect(types('An enemy sniper shot a soldier near Bakhmut on Tuesday.')).toEqual(['clash']);
    expect(types('Soldiers shot dead two militants at a checkpoint in Kunar on Friday.')).toEqual(['clash']);
  });
  it('fire at positions, a shoot-out, bursts of fire', () => {
    expect(types('Separatist units fired small arms at army positions near Mariupol on Friday.')).toEqual(['clash']);
    expect(types('A shoot-out broke out between two armed factions in Tripoli on Monday.')).toEqual(['clash']);
    expect(types('Observers recorded several bursts of fire near Horlivka on Tuesday.')).toEqual(['clash']);
  });
  it('a weapon named inside a fire-at frame still makes the type (mortars stay shelling)', () => {
    expect(types('The rebels fired 82mm mortars at army positions near Mariupol on Friday.')).toEqual(['shelling']);
  });
  it('observed projectiles are shelling', () => {
    expect(types('The monitors observed a total of 14 projectiles near Avdiivka on Wednesday.')).toEqual(['shelling']);
  });
  it('operations, encounters, thwarted attacks and kills of armed men', () => {
    expect(types('Special forces killed six insurgents in Kunar on Sunday.')).toEqual(['clash']);
    expect(types('Police had an encounter with militants near Sopore on Monday.')).toEqual(['clash']);
    expect(types('Government troops thwarted a rebel attack near Marib on Tuesday.')).toEqual(['clash']);
    expect(types('Four fighters died in an operation by army commandos near Ghazni on Friday.')).toEqual(['clash']);
    expect(types('A guard was killed by a rebel sniper near Taiz on Thursday.')).toEqual(['clash']);
  });
  it('civil operations and encounters are no clash', () => {
    expect(types('Doctors carried out an operation by keyhole surgery in Leeds on Friday.')).toEqual([]);
    expect(types('The mayor spoke of her encounter with voters in Denver on Monday.')).toEqual([]);
  });
  it('territory taken', () => {
    expect(types('The militants took over control of 14 villages in Cabo Delgado on Sunday.')).toEqual(['territory']);
  });
  it('explosions observed near a line are shelling', () => {
    expect(types('The monitors observed 12 explosions near Avdiivka on Wednesday.')).toEqual(['shelling']);
  });
  it('"bombed" by aircraft is an air strike', () => {
    expect(types('The air force bombed militants near Maiduguri on Thursday.')).toEqual(['airstrike']);
  });
  it('crime stays crime: police alone is no conflict party', () => {
    expect(types('Police shot dead a robber during a bank heist in Lagos on Monday.')).toEqual([]);
    expect(types('Officers opened fire on a stolen car in Houston on Friday.')).toEqual([]);
    expect(types('A man was shot in a bar fight in Chicago on Saturday.')).toEqual([]);
  });
  it('figurative and civil uses give nothing', () => {
    expect(types('Opposition leaders attacked the budget plan in Nairobi on Tuesday.')).toEqual([]);
    expect(types('A rival firm took over the mill in Leeds on Monday.')).toEqual([]);
    expect(types('Fireworks explosions lit the sky over Sydney on Sunday.')).toEqual([]);
  });
  it('a protest against attacks by armed groups is no attack', () => {
    // (the residents' march is a protest: its grievance names the attacks)
    expect(types('Residents of Butembo marched on Saturday over rising banditry and attacks by armed groups.')).toEqual(['protest']);
  });
  it('peaceful protesters are no conflict party: their march is a protest, nothing violent', () => {
    expect(types('Protesters marched peacefully through Accra on Saturday and attacked the new tax in speeches.')).toEqual(['protest']);
  });
});
